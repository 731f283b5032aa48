// Small helpers every widget's stories share: optional attributes, control docs and story docs.
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
