// When a page's widgets render their first frame (internal/first-render-turn.ts). A page's first
// Intl.DateTimeFormat loads ICU's date formatting (15–50 ms of a phone's main thread): evaluating the
// widgets, building it and rendering the skeletons in one task made the page's longest task (Lighthouse's
// Total Blocking Time, issue 14). Its own page: no widget has rendered and no formatter is cached.
import { expect } from '@open-wc/testing';

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

describe('the widgets’ first frame', () => {
  const RealFormat = Intl.DateTimeFormat;
  const realFetch = window.fetch;
  after(() => {
    Intl.DateTimeFormat = RealFormat;
    window.fetch = realFetch;
  });

  it('comes in a task after the one that created them, after a task that builds the page’s first date formatter; below the visible part, a task later each', async () => {
    let built = 0;
    Intl.DateTimeFormat = new Proxy(RealFormat, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        built++;
        return new target(...args);
      },
    });
    await import('../../packages/widgets/src/index.js');
    const { GovtechElement } = await import('../../packages/widgets/src/base/govtech-element.js');
    const { defineElement } = await import('../../packages/widgets/src/base/define.js');
    const { html } = await import('lit');
    /** A widget whose first frame is most of a screen tall. */
    class TallWidget extends GovtechElement {
      protected override renderContent() {
        return html`<div style="height: 80vh"></div>`;
      }
    }
    defineElement('first-render-tall-widget', TallWidget);
    // The requests the page makes (to the real server), by path.
    const requested: string[] = [];
    window.fetch = (input, init) => {
      requested.push(new URL(input instanceof Request ? input.url : String(input), location.href).pathname);
      return realFetch(input, init);
    };
    // At the top of the window, four widgets in slots that keep them in view whatever their size, then a
    // tall one; below it, once it has rendered, a widget whose tag is defined after the page is in the
    // document (so it asks for its turn last), a stream card and a calendar.
    const page = document.createElement('div');
    page.style.cssText = 'position: absolute; inset: 0 0 auto 0';
    page.innerHTML = `
      <div style="height: 5vh"><govtech-panel-countdown src="/__test__/hang/" event-id="ejemplo-panel-madrid-2026-12"></govtech-panel-countdown></div>
      <div style="height: 5vh"><govtech-event-calendar src="/__test__/hang/" date="2022-02" view="month"></govtech-event-calendar></div>
      <div style="height: 5vh"><govtech-stream-card src="/__test__/hang/" stream-id="verano-2022-panel-1"></govtech-stream-card></div>
      <div style="height: 5vh"><govtech-lab-directory src="/__test__/hang/"></govtech-lab-directory></div>
      <first-render-tall-widget></first-render-tall-widget>
      <first-render-late-widget></first-render-late-widget>
      <govtech-stream-card src="/__test__/hang/" stream-id="verano-2022-panel-2"></govtech-stream-card>
      <govtech-event-calendar src="/__test__/hang/" view="list"></govtech-event-calendar>`;
    document.body.append(page);
    defineElement('first-render-late-widget', class extends TallWidget {});
    type Widget = HTMLElement & { updateComplete: Promise<boolean> };
    const widgets = [...page.querySelectorAll<Widget>(':scope > div > *')];
    const tall = page.querySelector<Widget>('first-render-tall-widget')!;
    const below = [...page.querySelectorAll<Widget>(':scope > first-render-tall-widget ~ *')];
    const hasRendered = (widget: Widget) => Boolean(widget.shadowRoot?.querySelector('.root'));
    const rendered = () => widgets.filter(hasRendered).length;
    try {
      for (let i = 0; i < 10; i++) await Promise.resolve();
      expect([rendered(), built], 'in the creating task: nothing rendered, no formatter').to.deep.equal([0, 0]);
      await nextTask();
      expect([rendered(), built], 'next task: the formatter alone').to.deep.equal([0, 1]);
      // The feed's first request left with the widgets' connection, not with their first frames.
      expect(requested, 'index.json asked for before the first frame').to.include('/__test__/hang/index.json');
      // A page may paint between these tasks: a widget with a size before its first frame would be drawn
      // there, and moved by the widgets above it as they render (a layout shift).
      expect([...widgets, tall, ...below].map((widget) => widget.getBoundingClientRect().height), 'no room taken before the first frame').to.deep.equal([0, 0, 0, 0, 0, 0, 0, 0]);
      expect(below[0].getBoundingClientRect().top, 'before the first frames, the widgets after the tall one start in view').to.be.below(innerHeight);
      await Promise.all([...widgets, tall].map((widget) => widget.updateComplete));
      expect(rendered(), 'then every skeleton in view, together').to.equal(4);
      expect(below[0].getBoundingClientRect().top, 'the tall widget has put the next ones below the visible part').to.be.at.least(innerHeight);
      // Each widget below the visible part renders in a task of its own, in document order: a page of eight
      // widgets rendered in one task made that task (and its layout) the page's longest.
      const counts: number[] = [];
      for (let task = 0; task < 50 && !below.every(hasRendered); task++) {
        await nextTask();
        const state = below.map(hasRendered);
        const count = state.filter(Boolean).length;
        expect(state, 'in document order').to.deep.equal(below.map((_, index) => index < count));
        counts.push(count);
      }
      expect(counts[0], 'below the visible part: none in the task of those in view').to.equal(0);
      expect([...new Set(counts)], 'one task each').to.deep.equal([0, 1, 2, 3]);
      // Widgets created after the first frame render in the task that creates them.
      const late = document.createElement('govtech-lab-directory') as (typeof widgets)[number];
      late.setAttribute('src', '/__test__/hang/');
      page.append(late);
      for (let i = 0; i < 10; i++) await Promise.resolve();
      expect(late.shadowRoot?.querySelector('[aria-busy="true"]')).to.not.equal(null);
    } finally {
      page.remove();
    }
  }).timeout(30_000); // the first import of every widget module through the test server
});
