import { html, type TemplateResult } from 'lit';

type Inline = string | TemplateResult;

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(((?:https?:\/\/|mailto:)[^\s)]+)\)/g;

/**
 * Renders the feed contract's Markdown subset (paragraphs, line breaks, `- ` lists, **bold**, *italic*,
 * [links](https://…)) as Lit templates. Text is never parsed as HTML: every piece is a text binding,
 * and only http(s) and mailto links become links.
 */
export function renderMarkdown(text: string): TemplateResult[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.split('\n').map((line) => line.trim());
      if (lines.every((line) => line.startsWith('- '))) {
        return html`<ul>${lines.map((line) => html`<li>${inline(line.slice(2))}</li>`)}</ul>`;
      }
      return html`<p>${lines.map((line, i) => html`${i ? html`<br />` : ''}${inline(line)}`)}</p>`;
    });
}

function inline(text: string): Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    parts.push(text.slice(last, match.index));
    const [, bold, italic, label, href] = match;
    if (bold !== undefined) parts.push(html`<strong>${bold}</strong>`);
    else if (italic !== undefined) parts.push(html`<em>${italic}</em>`);
    else parts.push(html`<a href=${href ?? ''} rel="noopener noreferrer" target="_blank">${label}</a>`);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}
