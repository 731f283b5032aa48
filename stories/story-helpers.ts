// Small helpers every widget's stories share: optional attributes, control docs, story docs, and the
// language and dark-theme stories every widget has.
import type { StoryObj } from '@storybook/web-components-vite';
import { nothing } from 'lit';

/** An attribute binding that is left out when the control is empty. */
export const orNothing = <T>(value: T | undefined | '') => (value === undefined || value === '' ? nothing : value);

/** argTypes entry documenting a control as the element attribute it sets. */
export const attribute = (name: string, detail: string, defaultValue?: string) => ({
  description: `\`${name}\`: ${detail}`,
  table: { category: 'Attributes', ...(defaultValue ? { defaultValue: { summary: defaultValue } } : {}) },
});

/** A story's description on its docs page. */
export const storyDoc = (story: string) => ({ docs: { description: { story } } });

/** The languages every widget speaks (its `locale` attribute). */
export type StoryLocale = 'es' | 'pt' | 'en';

/** What a language or theme story may add: more args (what goes with it, e.g. a time zone), its own docs line. */
export interface StoryExtras<Args> {
  // NoInfer: the export's `Story` type decides Args, so these are checked against the widget's args.
  args?: NoInfer<Partial<Args>>;
  doc?: string;
}

const LOCALE_DOCS: Record<StoryLocale, string> = {
  es: '`locale="es"` (the default when neither `locale` nor the page’s `lang` says otherwise).',
  pt: '`locale="pt"`.',
  en: '`locale="en"`.',
};

/**
 * A widget's story in one language (Spanish, Portuguese, English): its `locale` set and documented. A
 * stories file exports one per language, e.g. `export const Portuguese: Story = localeStory('pt');`.
 */
export function localeStory<Args extends { locale: StoryLocale }>(locale: StoryLocale, extras: StoryExtras<Args> = {}): StoryObj<Args> {
  return { args: { locale, ...extras.args } as Partial<Args>, parameters: storyDoc(extras.doc ?? LOCALE_DOCS[locale]) };
}

/**
 * A widget's dark-theme story: `theme="dark"`, documented with what the widget (`widget`, e.g. 'the
 * calendar') does without the attribute. Storybook's index reads a story's name only as a literal in the
 * stories file, so the export keeps it there:
 * `export const DarkTheme: Story = { name: 'Dark theme', ...themeStory('the calendar') };`
 */
export function themeStory<Args extends { theme: 'light' | 'dark' | 'auto' }>(widget: string, extras: StoryExtras<Args> = {}): StoryObj<Args> {
  return {
    args: { theme: 'dark', ...extras.args } as Partial<Args>,
    parameters: storyDoc(extras.doc ?? `\`theme="dark"\`. Without \`theme\`, ${widget} follows the page’s own \`color-scheme\` (light on a page without one); \`theme="auto"\` follows the visitor’s system.`),
  };
}
