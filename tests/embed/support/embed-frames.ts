// Embed pages in iframes of the test page (the host): open one, wait for its widget, measure it.
import { waitUntil } from '@open-wc/testing';

/** The embed page from the widgets' sources (the built one, dist/iframe/, is checked by snippet.test.ts). */
export const EMBED_PAGE = '/packages/widgets/src/embed/index.html';
export const FEED = '/examples/feeds/v1/';
export const POSTER = '/packages/widgets/test/fixtures/poster.svg';

/** One embed of each widget, from the sample feed. */
export const EACH_WIDGET: Readonly<Record<string, string>> = {
  'event-calendar': `widget=event-calendar&src=${FEED}&date=2022-02&view=month`,
  'panel-countdown': `widget=panel-countdown&src=${FEED}&event-id=ejemplo-panel-madrid-2026-12`,
  'lab-directory': `widget=lab-directory&src=${FEED}&page-size=4`,
  'stream-card': `widget=stream-card&src=${FEED}&stream-id=verano-2022-panel-1&poster=${POSTER}`,
};

export interface Embed {
  iframe: HTMLIFrameElement;
  win: Window;
  doc: Document;
  /** The widget (or the page's error paragraph). */
  shown: HTMLElement;
  /** What the page wrote to the console with `console.warn`. */
  warnings: string[];
  violations: SecurityPolicyViolationEvent[];
}

const opened: HTMLIFrameElement[] = [];
afterEach(() => opened.splice(0).forEach((iframe) => iframe.remove()));

/** Opens the embed page with `query` in an iframe `width` × `height` px, and waits for its widget to load. */
export async function openEmbed(query: string, { width = 800, height = 150, page = EMBED_PAGE } = {}): Promise<Embed> {
  const iframe = document.createElement('iframe');
  iframe.src = `${page}?${query}`;
  iframe.title = 'Embed';
  iframe.style.cssText = `display: block; border: 0; width: ${width}px; height: ${height}px`;
  opened.push(iframe);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  // The initial about:blank window is the one the same-origin page gets: listeners are in place first.
  const win = iframe.contentWindow!;
  const warnings: string[] = [];
  const violations: SecurityPolicyViolationEvent[] = [];
  win.addEventListener('securitypolicyviolation', (event) => violations.push(event));
  const { console } = win as unknown as { console: Console };
  const warn = console.warn.bind(console);
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    warn(...args);
  };
  await loaded;
  const doc = iframe.contentDocument!;
  await waitUntil(() => doc.body?.firstElementChild, 'the embed page showed nothing', { timeout: 4000 });
  const shown = doc.body.firstElementChild as HTMLElement;
  if (shown.localName.startsWith('govtech-')) {
    await waitUntil(() => shown.shadowRoot?.firstElementChild && !shown.shadowRoot.querySelector('[aria-busy="true"]'), `${shown.localName} did not load`, { timeout: 4000 });
  }
  return { iframe, win, doc, shown, warnings, violations };
}

/** The height the embed page's content takes. */
export const contentHeight = (embed: Embed) => Math.ceil(embed.doc.body.getBoundingClientRect().height);
export const frameHeight = (embed: Embed) => embed.iframe.getBoundingClientRect().height;

/** Waits until the iframe is as tall as `height()` (the resizer's work), then returns it. */
export async function settles(embed: Embed, height = () => contentHeight(embed), message = 'the iframe did not take its content’s height'): Promise<number> {
  await waitUntil(() => Math.abs(frameHeight(embed) - height()) < 1, message, { timeout: 4000 });
  return frameHeight(embed);
}
