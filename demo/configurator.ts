// The embed configurator (configurador.html): reads the form, re-renders the chosen widget in the
// preview and writes the snippet. User input only ever reaches the page through setAttribute,
// style.setProperty and textContent (never innerHTML), and the snippet escapes it (snippet.ts).
import '@govtech-network/widgets';
import { createClient } from '@govtech-network/sdk';
import {
  buildIframeSnippet,
  buildSnippet,
  DEFAULT_STYLE,
  elementAttributes,
  elementStyle,
  WIDGET_NAMES,
  WIDGETS,
  type EmbedOptions,
  type IframeOptions,
  type WidgetName,
} from './snippet.js';

/** What the form describes: the widget, its embed options, and the iframe's when the output is one. */
export interface ConfiguratorState {
  readonly widget: WidgetName;
  readonly options: EmbedOptions;
  /** Set when the chosen output is an iframe (else the script snippet). */
  readonly iframe?: IframeOptions | undefined;
}

/** The snippet for the state: the script embed, or the iframe one. */
export const snippetFor = (state: ConfiguratorState): string =>
  state.iframe ? buildIframeSnippet(state.widget, state.options, state.iframe) : buildSnippet(state.widget, state.options);

/** What the configurator learned from the feed, for suggestions and the stream card's fallback link. */
interface FeedFacts {
  readonly src: string;
  readonly streams: ReadonlyMap<string, { readonly videoId: string; readonly title: string }>;
}

export interface Configurator {
  /** Reads the form and updates the snippet and (at once, without the typing delay) the preview. */
  refresh(): void;
  /** Settles when the suggestions for the current feed URL have been read (or failed). */
  feedChecked(): Promise<void>;
  /** Removes the listeners. */
  destroy(): void;
}

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
/** Text fields update the preview once typing pauses (a feed URL half typed is not worth a request). */
const TYPING_DELAY_MS = 350;

/** The video id in what was typed: the id itself, or a YouTube address (watch?v=, youtu.be/, /embed/, /live/, /shorts/). */
export function videoIdFrom(input: string): string {
  const text = input.trim();
  if (VIDEO_ID.test(text)) return text;
  try {
    const url = new URL(text);
    const host = url.hostname.replace(/^(www|m)\./, '');
    const candidate =
      host === 'youtu.be' ? url.pathname.slice(1) : /(^|\.)youtube(-nocookie)?\.com$/.test(host) ? (url.searchParams.get('v') ?? /^\/(embed|live|shorts)\/([^/]+)/.exec(url.pathname)?.[2]) : undefined;
    if (candidate && VIDEO_ID.test(candidate)) return candidate;
  } catch {
    // Not an address: keep the text, the preview says it is not an id.
  }
  return text;
}

/** Why the preview cannot show the state yet (a stream card without a valid id), in the visitor's words. */
export function previewProblem(state: ConfiguratorState): string | undefined {
  if (state.widget !== 'stream-card') return undefined;
  const attributes = state.options.attributes ?? {};
  if ('video-id' in attributes) {
    return VIDEO_ID.test(String(attributes['video-id'] ?? ''))
      ? undefined
      : 'Escriba el identificador del video (11 caracteres) o su dirección de YouTube para ver la vista previa.';
  }
  return attributes['stream-id'] ? undefined : 'Escriba el identificador de una transmisión del feed para ver la vista previa.';
}

const youTubeLink = (videoId: string, title: string) => ({
  href: `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}`,
  text: `${title || 'Ver el video'} (YouTube)`,
});

/** The form's state; `facts` adds the stream card's fallback link when the feed names the stream's video. */
export function readState(form: HTMLFormElement, facts?: FeedFacts): ConfiguratorState {
  const state = readWidgetState(form, facts);
  const output = form.elements.namedItem('output') as RadioNodeList | null;
  if (output?.value !== 'iframe') return state;
  const pageField = form.elements.namedItem('embed-page') as HTMLInputElement | null;
  let page: string;
  try {
    // The iframe needs an absolute address; a relative one is taken from this page's.
    page = new URL(pageField?.value.trim() || 'embed.html', location.href).href;
  } catch {
    page = new URL('embed.html', location.href).href;
  }
  const resizer = (form.elements.namedItem('resizer') as HTMLInputElement | null)?.checked ?? true;
  return { ...state, iframe: { page, resizer } };
}

function readWidgetState(form: HTMLFormElement, facts?: FeedFacts): ConfiguratorState {
  const field = (name: string): string => {
    const item = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | RadioNodeList | null;
    return item?.value.trim() ?? '';
  };
  const checked = (name: string): boolean => (form.elements.namedItem(name) as HTMLInputElement | null)?.checked ?? false;
  const values = (name: string): string[] => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value);
  const countries = (name: string): string =>
    field(name)
      .split(',')
      .map((code) => code.trim().toUpperCase())
      .filter(Boolean)
      .join(',');

  const widget = (WIDGET_NAMES as string[]).includes(field('widget')) ? (field('widget') as WidgetName) : 'event-calendar';
  const radius = field('radius');
  const style: Record<string, string> = {
    '--govtech-color-accent': field('color-accent'),
    '--govtech-color-background': field('color-background'),
    '--govtech-color-text': field('color-text'),
    '--govtech-radius': /^\d{1,3}$/.test(radius) ? `${radius}px` : '',
  };
  const common = { locale: field('locale'), theme: field('theme'), 'heading-level': field('heading-level') };
  const src = field('src');

  switch (widget) {
    case 'event-calendar':
      return {
        widget,
        options: {
          attributes: {
            src,
            view: field('calendar-view'),
            'first-day': field('calendar-first-day'),
            kinds: values('calendar-kinds').join(','),
            country: countries('calendar-country'),
            filters: checked('calendar-filters'),
            seo: checked('calendar-seo'),
            search: checked('calendar-search'),
            subscribe: checked('calendar-subscribe'),
            limit: /^\d+$/.test(field('calendar-limit')) ? String(Number(field('calendar-limit'))) : '',
            days: /^\d+$/.test(field('calendar-days')) ? String(Number(field('calendar-days'))) : '',
            'more-href': /^https?:\/\//i.test(field('calendar-more-href')) ? field('calendar-more-href') : '',
            'color-by': field('calendar-color-by'),
            'sync-url': checked('calendar-sync-url'),
            ...common,
          },
          style,
        },
      };
    case 'panel-countdown':
      return {
        widget,
        options: {
          attributes: {
            src,
            kind: field('countdown-kind'),
            'event-id': field('countdown-event-id'),
            layout: field('countdown-layout'),
            follow: checked('countdown-follow'),
            ...common,
          },
          style,
        },
      };
    case 'lab-directory':
      return {
        widget,
        options: {
          attributes: {
            src,
            layout: field('directory-layout'),
            country: countries('directory-country'),
            sector: field('directory-sector'),
            'page-size': /^\d+$/.test(field('directory-page-size')) ? String(Number(field('directory-page-size'))) : '',
            'sync-url': checked('directory-sync-url'),
            view: field('directory-views') === 'map' ? 'map' : '',
            views: field('directory-views') === 'list,map' ? 'list,map' : '',
            'tile-url': field('directory-tile-url'),
            'tile-attribution': field('directory-tile-attribution'),
            ...common,
          },
          style,
        },
      };
    case 'stream-card': {
      const consent = checked('stream-consent');
      if (field('stream-source') === 'video') {
        const videoId = videoIdFrom(field('video-id'));
        const title = field('video-title');
        return {
          widget,
          options: {
            attributes: { 'video-id': videoId, title, consent, ...common },
            style,
            fallbackLink: VIDEO_ID.test(videoId) ? youTubeLink(videoId, title) : undefined,
          },
        };
      }
      const streamId = field('stream-id');
      const stream = facts?.src === src ? facts.streams.get(streamId) : undefined;
      return {
        widget,
        options: {
          attributes: { src, 'stream-id': streamId, consent, ...common },
          style,
          fallbackLink: stream && VIDEO_ID.test(stream.videoId) ? youTubeLink(stream.videoId, stream.title) : undefined,
        },
      };
    }
  }
}

/** The attributes as one comparable string: the preview element is rebuilt only when they change. */
const attributeKey = (state: ConfiguratorState) =>
  JSON.stringify([state.widget, elementAttributes(state.widget, state.options), state.options.fallbackLink ?? null]);

/**
 * Shows the state in the preview container. A change of attributes builds a fresh element, attributes
 * set before it connects, exactly as the pasted snippet would; colours change in place.
 */
export function renderPreview(container: HTMLElement, state: ConfiguratorState): HTMLElement {
  const problem = previewProblem(state);
  if (problem) {
    const note = document.createElement('p');
    note.className = 'preview__note';
    note.textContent = problem;
    container.replaceChildren(note);
    return note;
  }
  const { tag } = WIDGETS[state.widget];
  const key = attributeKey(state);
  let element = container.firstElementChild as HTMLElement | null;
  if (!element || element.localName !== tag || element.dataset.configKey !== key) {
    element = document.createElement(tag);
    element.dataset.configKey = key;
    for (const [name, value] of elementAttributes(state.widget, state.options)) element.setAttribute(name, value === true ? '' : value);
    const link = state.options.fallbackLink;
    if (link) {
      const anchor = document.createElement('a');
      anchor.href = link.href;
      anchor.textContent = link.text;
      element.append(anchor);
    }
    container.replaceChildren(element);
  }
  const wanted = new Map(elementStyle(state.options));
  for (const name of Object.keys(DEFAULT_STYLE)) {
    const value = wanted.get(name);
    if (value) element.style.setProperty(name, value);
    else element.style.removeProperty(name);
  }
  if (!element.getAttribute('style')) element.removeAttribute('style');
  return element;
}

/** Fills a datalist with options (value, label) built with the DOM, never HTML. */
function fillDatalist(list: HTMLDataListElement | null, entries: ReadonlyArray<[string, string]>): void {
  if (!list) return;
  list.replaceChildren(
    ...entries.map(([value, label]) => {
      const option = document.createElement('option');
      option.value = value;
      if (label) option.label = label;
      return option;
    }),
  );
}

/** What the configurator reads of one feed for its suggestions, each query settled on its own. */
async function readFeed(baseUrl: URL) {
  const client = createClient({ baseUrl, retry: 0, timeoutMs: 8000 });
  const now = Date.now();
  const [events, streams, labs, networks] = await Promise.allSettled([
    client.events.list({ from: now, to: now + 2 * 366 * 86_400_000 }),
    client.streams.list(),
    client.labs.list(),
    client.networks.list(),
  ]);
  return { events, streams, labs, networks };
}

/** One feed's line in the status: what was read of it, or why it could not be. */
function feedReport({ events, streams, labs, networks }: Awaited<ReturnType<typeof readFeed>>): { read: boolean; text: string } {
  if (events.status === 'fulfilled' || labs.status === 'fulfilled' || streams.status === 'fulfilled') {
    const parts = [
      events.status === 'fulfilled' ? `${new Set(events.value.items.map(({ event }) => event.id)).size} eventos próximos` : undefined,
      streams.status === 'fulfilled' ? `${streams.value.items.length} transmisiones` : undefined,
      labs.status === 'fulfilled' ? `${labs.value.items.length} laboratorios` : undefined,
    ].filter(Boolean);
    return { read: true, text: parts.join(', ') };
  }
  const failure = [events, streams, labs, networks].find((result) => result.status === 'rejected');
  const reason: unknown = failure?.status === 'rejected' ? failure.reason : undefined;
  return { read: false, text: reason instanceof Error ? reason.message : String(reason) };
}

/** The items of the queries that answered, feed after feed. */
const settledItems = <T>(results: ReadonlyArray<PromiseSettledResult<{ items: readonly T[] }>>): T[] =>
  results.flatMap((result) => (result.status === 'fulfilled' ? result.value.items : []));

/** Wires the configurator inside `root` (the #configurador element of configurador.html). */
export function mountConfigurator(root: HTMLElement): Configurator {
  const form = root.querySelector('form')!;
  const preview = root.querySelector<HTMLElement>('#cfg-preview')!;
  const snippet = root.querySelector<HTMLElement>('#cfg-snippet')!;
  const copyButton = root.querySelector<HTMLButtonElement>('#cfg-copy')!;
  const copyStatus = root.querySelector<HTMLElement>('#cfg-copy-status')!;
  const feedStatus = root.querySelector<HTMLElement>('#cfg-feed-status');
  const resetColors = root.querySelector<HTMLButtonElement>('#cfg-reset-colors');

  let facts: FeedFacts | undefined;
  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  let checking: Promise<void> = Promise.resolve();
  let checkedSrc: string | undefined;
  let checkToken = 0;

  /** Shows the options of the chosen widget (and of the chosen video source) only. */
  const showSections = (widget: WidgetName) => {
    for (const section of root.querySelectorAll<HTMLElement>('[data-widget]')) section.hidden = section.dataset.widget !== widget;
    const source = (form.elements.namedItem('stream-source') as RadioNodeList | null)?.value ?? 'stream';
    for (const block of root.querySelectorAll<HTMLElement>('[data-stream-source]')) block.hidden = block.dataset.streamSource !== source;
    const output = (form.elements.namedItem('output') as RadioNodeList | null)?.value || 'script';
    for (const block of root.querySelectorAll<HTMLElement>('[data-output]')) block.hidden = block.dataset.output !== output;
  };

  const update = (previewNow: boolean) => {
    const state = readState(form, facts);
    showSections(state.widget);
    // Rewritten only when it changes: rewriting would drop a selection the visitor made in it.
    const text = snippetFor(state);
    if (snippet.textContent !== text) snippet.textContent = text;
    clearTimeout(previewTimer);
    if (previewNow) renderPreview(preview, state);
    else previewTimer = setTimeout(() => renderPreview(preview, readState(form, facts)), TYPING_DELAY_MS);
  };

  /** Reads the feed once per URL for suggestions (events, streams, countries), and says whether it worked. */
  const checkFeed = () => {
    const src = (form.elements.namedItem('src') as HTMLInputElement).value.trim();
    if (src === checkedSrc) return checking;
    checkedSrc = src;
    const token = ++checkToken;
    checking = (async () => {
      // `src` may hold several feeds (the calendar merges them): each is read, and reported, on its own.
      const addresses = src.split(/\s+/).filter(Boolean);
      let baseUrls: URL[];
      try {
        baseUrls = addresses.map((address) => new URL(address, location.href));
      } catch {
        if (feedStatus) feedStatus.textContent = addresses.length > 1 ? 'Alguna de las direcciones de feed no es válida.' : 'La dirección del feed no es válida.';
        return;
      }
      const reads = await Promise.all(baseUrls.map(readFeed));
      if (token !== checkToken) return;
      if (feedStatus) {
        const reports = reads.map(feedReport);
        feedStatus.textContent =
          reports.length === 1
            ? reports[0]!.read
              ? `Feed leído: ${reports[0]!.text}.`
              : `No se pudo leer el feed: ${reports[0]!.text}`
            : reports.map((report, index) => `Feed ${index + 1} (${addresses[index]}): ${report.read ? `leído: ${report.text}.` : `no se pudo leer: ${report.text}`}`).join(' ');
      }
      const events = settledItems(reads.map((read) => read.events));
      const streams = settledItems(reads.map((read) => read.streams));
      const labs = settledItems(reads.map((read) => read.labs));
      const networks = settledItems(reads.map((read) => read.networks));

      const dateFormat = new Intl.DateTimeFormat('es', { dateStyle: 'medium' });
      const seen = new Set<string>();
      const eventEntries: Array<[string, string]> = [];
      for (const { event, start } of events) {
        if (seen.has(event.id)) continue;
        seen.add(event.id);
        eventEntries.push([event.id, `${event.title} (${dateFormat.format(start)})`]);
      }
      fillDatalist(root.querySelector('#cfg-events'), eventEntries);

      const streamFacts = new Map<string, { videoId: string; title: string }>();
      for (const { stream } of streams) if (!streamFacts.has(stream.id)) streamFacts.set(stream.id, { videoId: stream.videoId, title: stream.title });
      fillDatalist(
        root.querySelector('#cfg-streams'),
        [...streamFacts].map(([id, { title }]) => [id, title]),
      );
      facts = { src, streams: streamFacts };

      const codes = new Set<string>();
      for (const lab of labs) if (lab.country) codes.add(lab.country);
      for (const network of networks) if (network.country) codes.add(network.country);
      const regionName = new Intl.DisplayNames('es', { type: 'region' });
      fillDatalist(
        root.querySelector('#cfg-countries'),
        [...codes].sort().map((code) => [code, regionName.of(code) ?? code]),
      );
      // The stream card's fallback link may now be known: show it in the snippet and the preview.
      update(true);
    })();
    return checking;
  };

  const onInput = (event: Event) => {
    const target = event.target as HTMLInputElement;
    const typing = target.type === 'text' || target.type === 'number';
    update(!typing);
    if (target.name === 'src') {
      clearTimeout(statusTimer);
      statusTimer = setTimeout(() => void checkFeed(), TYPING_DELAY_MS);
    }
  };
  const onChange = (event: Event) => {
    // `change` ends an edit (blur, Enter, a picked suggestion): no need to wait for more typing.
    const target = event.target as HTMLInputElement;
    if (target.type === 'text' || target.type === 'number') update(true);
    if (target.name === 'src') void checkFeed();
  };
  const onSubmit = (event: Event) => {
    // Enter in a text field submits a form: apply instead of reloading the page.
    event.preventDefault();
    update(true);
  };
  const onReset = () => {
    for (const input of form.querySelectorAll<HTMLInputElement>('.colors input[data-default]')) input.value = input.dataset.default ?? '';
    update(true);
  };

  const announce = (message: string) => {
    // Cleared first so that a second "Copiado" in a row is announced again.
    copyStatus.textContent = '';
    setTimeout(() => (copyStatus.textContent = message), 50);
  };
  const selectSnippet = () => {
    const range = document.createRange();
    range.selectNodeContents(snippet);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  };
  const onCopy = async () => {
    const text = snippet.textContent ?? '';
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      // No clipboard API (an http:// page) or no permission: select the text for Ctrl+C.
      selectSnippet();
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
    }
    announce(copied ? 'Copiado' : 'No se pudo copiar automáticamente: el código quedó seleccionado, cópielo con Ctrl+C (⌘+C en Mac).');
  };
  const onCopyClick = () => void onCopy();

  form.addEventListener('input', onInput);
  form.addEventListener('change', onChange);
  form.addEventListener('submit', onSubmit);
  resetColors?.addEventListener('click', onReset);
  copyButton.addEventListener('click', onCopyClick);

  update(true);
  void checkFeed();

  return {
    refresh: () => update(true),
    feedChecked: () => checking,
    destroy: () => {
      clearTimeout(previewTimer);
      clearTimeout(statusTimer);
      form.removeEventListener('input', onInput);
      form.removeEventListener('change', onChange);
      form.removeEventListener('submit', onSubmit);
      resetColors?.removeEventListener('click', onReset);
      copyButton.removeEventListener('click', onCopyClick);
    },
  };
}

const page = document.getElementById('configurador');
if (page) mountConfigurator(page);
