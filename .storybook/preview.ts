// What every story shares: accessibility checks that fail on violations, two toolbar globals (theme,
// locale) that override the story's own `theme` / `locale` args while set, and the widgets' Custom
// Elements Manifest, from which the docs pages (`tags: ['autodocs']`) list each element's attributes,
// properties, events, slots, CSS parts and custom properties.
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
// A virtual module of .storybook/main.ts's Vite plugin (the analyzer's output), generated on every start
// and build: Vite resolves it, TypeScript cannot.
// @ts-expect-error -- virtual module, see above.
import manifest from 'virtual:govtech-custom-elements-manifest';

interface Named {
  name: string;
}
type Declaration = { tagName?: string; cssParts?: Named[]; slots?: Named[] };

/**
 * The manifest as Storybook's tables need it. They key every row by name, so a CSS part named like an
 * attribute (the stream card's `title`, `poster`, `date`…; the calendar's `filters`) would replace that
 * attribute's row: parts are listed as `::part(title)`, which is also how a page styles them. And rows
 * without a name are dropped, so the default slot is listed as `(default)`.
 */
function forStorybook(cem: { modules: { declarations?: Declaration[] }[] }): typeof cem {
  const rename = (items: Named[] | undefined, name: (item: Named) => string) => items?.map((item) => ({ ...item, name: name(item) }));
  return {
    ...cem,
    modules: cem.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.tagName
          ? {
              ...declaration,
              cssParts: rename(declaration.cssParts, (part) => `::part(${part.name})`),
              slots: rename(declaration.slots, (slot) => slot.name || '(default)'),
            }
          : declaration,
      ),
    })),
  };
}

setCustomElementsManifest(forStorybook(manifest));

/** The page behind a widget, per theme, so a dark widget is not shown on a white canvas. */
const surfaces = { light: '#ffffff', dark: '#0c1116' } as const;

const withThemeAndLocale: Decorator = (story, context) => {
  const { theme, locale } = context.globals as { theme?: 'light' | 'dark'; locale?: string };
  const args = { ...context.args, ...(theme ? { theme } : {}), ...(locale ? { locale } : {}) };
  const surface = surfaces[args.theme === 'dark' ? 'dark' : 'light'];
  return html`<div style="padding: 1rem; background: ${surface}">${story({ args })}</div>`;
};

const preview: Preview = {
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // A violation fails the story's accessibility test (Storybook's test runner / Vitest addon) instead
    // of only being listed in the Accessibility panel.
    a11y: { test: 'error' },
  },
  globalTypes: {
    theme: {
      description: 'Widget theme (overrides the story)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Widget language (overrides the story)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'es', title: 'Español' },
          { value: 'pt', title: 'Português' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  decorators: [withThemeAndLocale],
  argTypesEnhancers: [
    // Rows from the manifest carry TypeScript types (`string | undefined`) that Storybook cannot map to a
    // control, so it would offer a JSON editor (or "Set object") for them. A row a story gives a value
    // gets the control that value calls for, as without the manifest; a row no story arg backs (events,
    // CSS parts and properties, slots, attributes whose arg has the property's name) is documentation
    // only. Controls a story sets itself are kept.
    ({ argTypes, initialArgs }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => {
          if (argType.control !== undefined) return [name, argType];
          const value: unknown = initialArgs[name];
          const control =
            typeof value === 'string' ? 'text' : typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? 'number' : undefined;
          return [name, { ...argType, control: control ? { type: control } : { disable: true } }];
        }),
      ),
  ],
};

export default preview;
