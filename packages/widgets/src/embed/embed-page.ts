/**
 * The embed page (index.html beside this file; built into dist/iframe/ by scripts/build-embed.mjs):
 * one widget, full width, no page chrome, on a transparent background, from the query string
 * (`?widget=event-calendar&src=…&locale=en`, read by params.ts). It posts the height its content needs
 * to the host page, whose `govtech-embed.js` (resizer.ts) sizes the iframe to it; without a resizer the
 * iframe keeps its own height and this page scrolls inside it (the only scrollbar).
 */
import '../index.js';
import { applySiteConsent } from '../internal/site-consent.js';
import { isHostMessage, type HeightMessage } from './protocol.js';
import { readEmbedQuery } from './params.js';

const ERROR: Record<'es' | 'pt' | 'en', string> = {
  es: 'No se puede mostrar este contenido: la dirección de la inserción no es válida.',
  pt: 'Não é possível mostrar este conteúdo: o endereço da incorporação não é válido.',
  en: 'This content can’t be shown: the embed address is not valid.',
};

const page = new CSSStyleSheet();
// Adopted, not a <style>: the page's CSP allows no inline style.
page.replaceSync(`
  html, body { margin: 0; padding: 0; background: transparent; }
  html { overflow-x: hidden; }
  /* A resizer makes the frame as tall as the content: no scrollbar of the page's own, not even for a frame. */
  html.sized { overflow: hidden; }
  body > * { display: block; }
  .embed-error { margin: 0; padding: 1em; font: 1em/1.5 system-ui, sans-serif; }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];

const request = readEmbedQuery(location.search, location.href);
for (const problem of request.problems) console.warn(`GovTech embed: ${problem}; left out.`);

const locale = request.attributes.find(([name]) => name === 'locale')?.[1];
if (locale) document.documentElement.lang = locale;

let shown: HTMLElement;
if (request.widget) {
  shown = document.createElement(`govtech-${request.widget}`);
  for (const [name, value] of request.attributes) shown.setAttribute(name, value);
} else {
  shown = document.createElement('p');
  shown.className = 'embed-error';
  shown.setAttribute('role', 'alert');
  const language = (locale ?? document.documentElement.lang) as keyof typeof ERROR;
  shown.textContent = ERROR[language] ?? ERROR.es;
}
document.body.replaceChildren(shown);

/**
 * The height the content needs: the page's, or, while a modal dialog is open (the calendar's details),
 * enough for the whole dialog and its margins, so that the frame grows to show it rather than clip it.
 */
function contentHeight(): number {
  let height = document.body.getBoundingClientRect().height;
  const dialog = shown.shadowRoot?.querySelector<HTMLDialogElement>('dialog[open]');
  if (dialog) {
    const frame = dialog.offsetHeight - dialog.clientHeight;
    // The dialog's max-height leaves 1em above and below it (event-calendar.styles.ts).
    height = Math.max(height, dialog.scrollHeight + frame + 2 * parseFloat(getComputedStyle(dialog).fontSize));
  }
  return Math.ceil(height);
}

let posted = -1;
function postHeight(force = false): void {
  if (window.parent === window) return;
  const height = contentHeight();
  if (height === posted && !force) return;
  posted = height;
  const message: HeightMessage = { type: 'govtech-embed:height', height };
  // Any origin may read it: a height is no secret, and the page cannot know its host's origin.
  window.parent.postMessage(message, '*');
}

new ResizeObserver(() => postHeight()).observe(document.body);
// A dialog (in the top layer, outside the body's height) opens, closes or fills in (the calendar loads its
// extras on open) inside the widget's shadow root; its box is capped at the frame's height, so its changes
// are watched as changes of the tree, not of its size.
if (shown.shadowRoot) {
  new MutationObserver(() => postHeight()).observe(shown.shadowRoot, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['open'] });
}

addEventListener('message', (event) => {
  // Only the host page, and only a message of the resizer's shape.
  if (event.source !== window.parent || window.parent === window || !isHostMessage(event.data)) return;
  document.documentElement.classList.add('sized');
  applySiteConsent(event.data.consent);
  postHeight(true);
});
