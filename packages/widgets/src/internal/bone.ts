import { html, type TemplateResult } from 'lit';

/** Hidden text with the word lengths of a sentence (Spanish, the widgets' first language), so bones wrap as text does. */
const WORDS = 'xxxxx xx xxxxxxx xxxxxx xx xxxxxxxxxx xxxxxxx xxxxx xxx xxxxxx x xxxxxxx xx xxxxxxxxx xxxxx xx';

/**
 * A line of a skeleton (`.bone` in the base styles): `chars` (up to 90) characters of hidden text, wrapping where
 * text of that length would. The shapes give each text its usual length (a panel's title, its date
 * line…): a longer text still moves what follows by its extra lines.
 */
export const bone = (chars: number): TemplateResult =>
  html`<span class="skeleton bone">${WORDS.slice(0, chars).trim()}</span>`;
