// What every story shares: accessibility checks that fail on violations, and two toolbar globals
// (theme, locale) that override the story's own `theme` / `locale` args while set.
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';

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
};

export default preview;
