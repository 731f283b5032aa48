/**
 * Google Calendar stores descriptions edited in its rich-text box as HTML (`<b>`, `<br>`, `<a href>`,
 * `<ul><li>`), and Outlook adds X-ALT-DESC in HTML. A feed never carries HTML (docs/feeds.md, "Rich
 * text"), so that markup becomes the feed's Markdown subset: bold, italic, http(s) links, "- " lists and
 * paragraphs; every other tag is dropped and entities are decoded.
 */
import { tidyText } from '../markdown.js';

const TAG = /<\/?(?:a|b|i|u|br|p|div|span|ul|ol|li|strong|em|h[1-6]|html|body|font|table|tbody|tr|td|th|blockquote|pre|code|hr)\b[^>]*>/i;

/** True when the text holds HTML markup rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return TAG.test(text);
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', uuml: 'ü',
  Aacute: 'Á', Eacute: 'É', Iacute: 'Í', Oacute: 'Ó', Uacute: 'Ú', Ntilde: 'Ñ', Uuml: 'Ü',
  ccedil: 'ç', Ccedil: 'Ç', iexcl: '¡', iquest: '¿', laquo: '«', raquo: '»', ordm: 'º', ordf: 'ª',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•',
  middot: '·', deg: '°', euro: '€', copy: '©', reg: '®',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name] ?? entity;
  });
}

const BOLD = '\ue000';
const ITALIC = '\ue001';

const EMPTY_EMPHASIS = new RegExp(`${BOLD}(\\s*)${BOLD}|${ITALIC}(\\s*)${ITALIC}`, 'g');
const SPACED_EMPHASIS = new RegExp(`([${BOLD}${ITALIC}])(\\s*)([^${BOLD}${ITALIC}]*?\\S)(\\s*)\\1`, 'g');

const isHttp = (url: string) => /^https?:\/\/\S+$/i.test(url);

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}

/** A link as Markdown; Google's labels are often the real URL while href is a google.com/url redirect. */
function linkText(href: string, inner: string): string {
  const url = decodeEntities(href).trim();
  const label = decodeEntities(stripTags(inner)).replace(/\s+/g, ' ').trim();
  if (isHttp(label)) return label;
  if (!isHttp(url)) return label;
  return label ? `[${label.replace(/[[\]]/g, '')}](${url})` : url;
}

/** HTML to the feed's Markdown subset (plain text if it had no formatting). */
export function htmlToText(html: string): string {
  const text = html
    .replace(/[\ue000\ue001]/g, '')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    // Line breaks in the source are plain spaces in HTML; <br> and blocks make the text's lines.
    .replace(/\s*(?:\r\n|\n|\r)\s*/g, ' ')
    .replace(/<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\/a\s*>/gi, (_, double, single, bare, inner: string) =>
      linkText(String(double ?? single ?? bare), inner),
    )
    // Emphasis marks are placeholders (private-use characters) until empty pairs (<b></b>) are gone, or their asterisks would show.
    .replace(/<\/?(?:b|strong)\b[^>]*>/gi, BOLD)
    .replace(/<\/?(?:i|em)\b[^>]*>/gi, ITALIC)
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/?(?:p|div|h[1-6]|blockquote|pre|table)\b[^>]*>/gi, '\n\n')
    .replace(/<\/?(?:ul|ol|tr|hr)\b[^>]*>/gi, '\n');
  const plain = decodeEntities(stripTags(text))
    .replace(EMPTY_EMPHASIS, '$1$2')
    // "<b>Enlace: </b>" → "**Enlace:** ": Markdown emphasis cannot start or end with a space.
    .replace(SPACED_EMPHASIS, (_, mark: string, before: string, inner: string, after: string) => `${before}${mark}${inner}${mark}${after}`)
    .replaceAll(BOLD, '**')
    .replaceAll(ITALIC, '*');
  return tidyText(plain.replace(/[ \t\u00a0]+/g, ' '));
}
