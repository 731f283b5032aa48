// The React components of @govtech-network/widgets/react.js, server-rendered in Node with react-dom/server.
// Lit loads in Node through its `node` export condition (Vite's default server conditions, which
// vitest.config.ts keeps): its build brings a DOM shim with a `customElements` registry, so the widgets'
// modules load and register there.
//
// What @lit/react renders on the server: the tag, with what React itself renders for an element (`id`,
// `class`, `style`, `data-*`, `aria-*`, `slot`, children). Element properties (`src`, `locale`, `firstDay`…)
// and event props are not server-rendered: @lit/react sets them on the element in the browser, when React
// has attached it (server-rendering them would need @lit-labs/ssr-react). The tests pin both halves.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as React from 'react';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { GovtechEventCalendar, GovtechLabDirectory, GovtechPanelCountdown, GovtechStreamCard } from '@govtech-network/widgets/elements.js';
import {
  EventCalendar,
  LabDirectory,
  PanelCountdown,
  StreamCard,
  type CountdownEvent,
  type EventSelectEvent,
  type GovtechErrorEvent,
  type LabSelectEvent,
  type StreamPlayEvent,
} from '@govtech-network/widgets/react.js';

// react-dom ships no types and @types/react-dom is not a dependency: the two functions used, typed here
// (a `string` specifier, so TypeScript does not look for the module's types).
const reactDomServer: string = 'react-dom/server';
type Render = (element: React.ReactElement) => string;
const { renderToString, renderToStaticMarkup } = (await import(reactDomServer)) as { renderToString: Render; renderToStaticMarkup: Render };

const widgetsSrc = fileURLToPath(new URL('../../packages/widgets/src/', import.meta.url));

/** Props beyond the typed ones (`data-*`), as JSX allows them. */
const html = (props: Record<string, unknown>) => props;

describe('React wrappers (@govtech-network/widgets/react.js)', () => {
  const wrappers = [
    { Component: EventCalendar, tag: 'govtech-event-calendar', element: GovtechEventCalendar, name: 'EventCalendar' },
    { Component: PanelCountdown, tag: 'govtech-panel-countdown', element: GovtechPanelCountdown, name: 'PanelCountdown' },
    { Component: LabDirectory, tag: 'govtech-lab-directory', element: GovtechLabDirectory, name: 'LabDirectory' },
    { Component: StreamCard, tag: 'govtech-stream-card', element: GovtechStreamCard, name: 'StreamCard' },
  ] as const;

  it.each(wrappers)('$name renders <$tag> with React-rendered attributes', ({ Component, tag }) => {
    const markup = renderToString(
      React.createElement(Component as React.ElementType, html({ id: 'w', className: 'widget', 'data-test': 'yes', 'aria-label': 'Widget', src: '/feeds/v1/', locale: 'es' })),
    );
    expect(markup).toBe(`<${tag} id="w" class="widget" data-test="yes" aria-label="Widget"></${tag}>`);
  });

  it('keeps element properties and event props out of the server HTML (set in the browser instead)', () => {
    const markup = renderToStaticMarkup(
      React.createElement(EventCalendar, {
        src: '/feeds/v1/',
        locale: 'es',
        timeZone: 'Europe/Madrid',
        firstDay: 1,
        maxEventsPerDay: 2,
        filters: true,
        now: () => 0,
        onEventSelect: () => {},
        onError: () => {},
      }),
    );
    expect(markup).toBe('<govtech-event-calendar></govtech-event-calendar>');
  });

  it('server-renders children: the stream card’s fallback link, in its light DOM', () => {
    const markup = renderToStaticMarkup(
      React.createElement(StreamCard, { videoId: 'dQw4w9WgXcQ' }, React.createElement('a', { href: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }, 'Watch')),
    );
    expect(markup).toBe('<govtech-stream-card><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">Watch</a></govtech-stream-card>');
  });

  it.each(wrappers)('$name registers <$tag> and is named for React DevTools', ({ Component, tag, element, name }) => {
    expect(customElements.get(tag)).toBe(element);
    expect(Component.displayName).toBe(name);
  });

  it('types each event prop with its event', () => {
    type Handler<C extends React.ElementType, K extends string> = NonNullable<React.ComponentProps<C>[K & keyof React.ComponentProps<C>]>;
    expectTypeOf<Handler<typeof EventCalendar, 'onEventSelect'>>().toEqualTypeOf<(event: EventSelectEvent) => void>();
    expectTypeOf<Handler<typeof PanelCountdown, 'onCountdownLive'>>().toEqualTypeOf<(event: CountdownEvent) => void>();
    expectTypeOf<Handler<typeof PanelCountdown, 'onCountdownEnded'>>().toEqualTypeOf<(event: CountdownEvent) => void>();
    expectTypeOf<Handler<typeof LabDirectory, 'onLabSelect'>>().toEqualTypeOf<(event: LabSelectEvent) => void>();
    expectTypeOf<Handler<typeof StreamCard, 'onStreamPlay'>>().toEqualTypeOf<(event: StreamPlayEvent) => void>();
    expectTypeOf<Handler<typeof EventCalendar, 'onError'>>().toEqualTypeOf<(event: GovtechErrorEvent) => void>();
    expectTypeOf<Handler<typeof PanelCountdown, 'onError'>>().toEqualTypeOf<(event: GovtechErrorEvent) => void>();
    expectTypeOf<Handler<typeof LabDirectory, 'onError'>>().toEqualTypeOf<(event: GovtechErrorEvent) => void>();
    expectTypeOf<Handler<typeof StreamCard, 'onError'>>().toEqualTypeOf<(event: GovtechErrorEvent) => void>();
    // Element properties are typed props.
    expectTypeOf<React.ComponentProps<typeof EventCalendar>['firstDay']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<React.ComponentProps<typeof LabDirectory>['focusArea']>().toEqualTypeOf<string | undefined>();
  });

  it('is the only module of the package that imports React (an optional peer dependency)', async () => {
    const files = (await readdir(widgetsSrc, { recursive: true })).filter((file) => file.endsWith('.ts'));
    const importers: string[] = [];
    for (const file of files) {
      const source = await readFile(join(widgetsSrc, file), 'utf8');
      if (/\bfrom\s+['"](react|react-dom|@lit\/react)(\/[^'"]*)?['"]|\bimport\s*\(\s*['"](react|react-dom|@lit\/react)\b/.test(source)) {
        importers.push(file);
      }
    }
    expect(importers).toEqual(['react.ts']);
  });
});
