/**
 * The preview page `govtech-feeds dev` serves at `/`: the four widgets on the feed being built, the last
 * build's problems, and a script (served as /preview.js, no inline script) that reloads the page after
 * each rebuild. What each widget shows (the month, the event to count down to, the stream) is picked
 * here from the feed, so an editor sees their own content without configuring anything.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFeedInstant } from '@govtech-network/sdk';
import { formatProblem, type Lang, type Problem } from '../problems.js';

export const PREVIEW_SCRIPT_PATH = '/preview.js';
export const EVENTS_STREAM_PATH = '/events-stream';
export const WIDGETS_BUNDLE_PATH = '/widgets/govtech-widgets.js';

/** Reloads the page when the dev server says it rebuilt (Server-Sent Events). */
export const PREVIEW_SCRIPT = `// govtech-feeds dev: reload the preview after every rebuild of the feed.
const stream = new EventSource(${JSON.stringify(EVENTS_STREAM_PATH)});
stream.addEventListener('rebuild', () => location.reload());
`;

/** What the page shows for the feed: picked from its files (all optional: the feed may be empty or absent). */
export interface FeedPicks {
  /** The next panel (or the last, when all are past; any event when there is no panel), for the countdown. */
  readonly eventId?: string;
  /** The month (YYYY-MM) of the next event, or of the last when all are past, for the calendar. */
  readonly month?: string;
  /** The stream of the counted-down event, else the first. */
  readonly streamId?: string;
  readonly hasFeed: boolean;
  readonly hasLabs: boolean;
  readonly hasStreams: boolean;
}

const readJson = async (path: string): Promise<unknown> => {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
};

/** Picks from the feed folder as served (the last good build). */
export async function feedPicks(feedDir: string, now: number): Promise<FeedPicks> {
  const manifest = (await readJson(join(feedDir, 'index.json'))) as { feeds?: Record<string, unknown> } | undefined;
  if (!manifest) return { hasFeed: false, hasLabs: false, hasStreams: false };
  type Item = { id: string; start: string; timeZone: string; kind?: string };
  const events = ((await readJson(join(feedDir, 'events.json'))) as { events?: Item[] } | undefined)?.events ?? [];
  const streams = ((await readJson(join(feedDir, 'streams.json'))) as { streams?: { id: string; eventId?: string }[] } | undefined)?.streams ?? [];
  const timed = events.map((event) => ({ event, at: parseFeedInstant(event.start, event.timeZone) })).sort((a, b) => a.at - b.at);
  const nextOrLast = (items: typeof timed) => (items.find(({ at }) => at >= now) ?? items.at(-1))?.event;
  const panels = timed.filter(({ event }) => event.kind === 'panel');
  const shown = nextOrLast(timed);
  const counted = nextOrLast(panels.length ? panels : timed);
  // The stream of the event counted down to, so the two widgets tell one story; else the first stream.
  const shownStream = streams.find((stream) => counted !== undefined && stream.eventId === counted.id) ?? streams[0];
  return {
    hasFeed: true,
    hasLabs: manifest.feeds?.labs !== undefined,
    hasStreams: manifest.feeds?.streams !== undefined,
    ...(counted ? { eventId: counted.id } : {}),
    ...(shown ? { month: shown.start.slice(0, 7) } : {}),
    ...(shownStream ? { streamId: shownStream.id } : {}),
  };
}

/** The last build, as the page reports it. */
export interface BuildStatus {
  readonly ok: boolean;
  readonly written: boolean;
  readonly problems: readonly Problem[];
  /** The config could not be read (the feed shown is older). */
  readonly configError?: string;
}

export interface PreviewPageInput {
  readonly lang: Lang;
  /** Absolute URL of the feed folder, ending in a slash. */
  readonly feedUrl: string;
  readonly bundleFound: boolean;
  readonly status: BuildStatus;
  readonly picks: FeedPicks;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

const attributes = (values: Record<string, string | undefined>) =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(value!)}"`)
    .join('');

const TEXT = {
  es: {
    title: 'Vista previa del feed',
    intro: 'Los cuatro widgets leen el feed que está construyendo govtech-feeds dev; la página se recarga sola después de cada cambio.',
    feed: 'Feed',
    ok: 'Última compilación correcta.',
    okWarnings: (n: number) => `Última compilación correcta, con ${n} aviso${n === 1 ? '' : 's'}:`,
    failed: (n: number) => `La última compilación tiene ${n} error${n === 1 ? '' : 'es'}; se muestra el último feed correcto:`,
    configError: 'No se pudo leer la configuración; se muestra el último feed correcto:',
    noFeed: 'Todavía no hay un feed correcto que mostrar.',
    noBundle:
      'Falta el paquete de los widgets (dist/cdn/govtech-widgets.js de @govtech-network/widgets): ejecute "npm run build:cdn --workspace @govtech-network/widgets" y recargue.',
    calendar: 'Calendario de eventos',
    countdown: 'Cuenta regresiva',
    labs: 'Directorio de laboratorios',
    noLabs: 'Este feed aún no tiene laboratorios: añada una fuente de laboratorios a la configuración.',
    stream: 'Transmisión',
    noStreams: 'Este feed aún no tiene transmisiones: añada una fuente de transmisiones a la configuración.',
  },
  en: {
    title: 'Feed preview',
    intro: 'The four widgets read the feed govtech-feeds dev is building; the page reloads itself after every change.',
    feed: 'Feed',
    ok: 'Last build succeeded.',
    okWarnings: (n: number) => `Last build succeeded, with ${n} warning${n === 1 ? '' : 's'}:`,
    failed: (n: number) => `The last build has ${n} error${n === 1 ? '' : 's'}; showing the last good feed:`,
    configError: 'The config could not be read; showing the last good feed:',
    noFeed: 'There is no good feed to show yet.',
    noBundle:
      'The widgets bundle is missing (dist/cdn/govtech-widgets.js of @govtech-network/widgets): run "npm run build:cdn --workspace @govtech-network/widgets" and reload.',
    calendar: 'Event calendar',
    countdown: 'Countdown',
    labs: 'Lab directory',
    noLabs: 'This feed has no labs yet: add a labs source to the config.',
    stream: 'Stream',
    noStreams: 'This feed has no streams yet: add a streams source to the config.',
  },
};

function statusHtml(input: PreviewPageInput): string {
  const text = TEXT[input.lang];
  const { status } = input;
  const errors = status.problems.filter((p) => p.severity === 'error').length;
  const heading = status.configError
    ? text.configError
    : errors
      ? text.failed(errors)
      : status.problems.length
        ? text.okWarnings(status.problems.length)
        : text.ok;
  const lines = status.configError ? [status.configError] : status.problems.map((p) => formatProblem(p, input.lang));
  const list = lines.length ? `<ul>${lines.map((line) => `<li><code>${escapeHtml(line)}</code></li>`).join('')}</ul>` : '';
  const role = status.configError || errors ? ' role="alert"' : '';
  return `<section class="status ${status.configError || errors ? 'failed' : 'ok'}"${role}><p>${escapeHtml(heading)}</p>${list}${
    input.picks.hasFeed ? '' : `<p>${escapeHtml(text.noFeed)}</p>`
  }</section>`;
}

export function previewPage(input: PreviewPageInput): string {
  const text = TEXT[input.lang];
  const { picks, feedUrl, lang } = input;
  const note = (show: boolean, message: string) => (show ? `<p class="note">${escapeHtml(message)}</p>` : '');
  const src = feedUrl;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(text.title)} · govtech-feeds dev</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; }
  section { margin-block: 1.5rem; }
  .status { border-inline-start: 0.3rem solid #1a7f37; padding: 0.25rem 1rem; background: #f6f8fa; }
  .status.failed { border-color: #cf222e; }
  .note { color: #59636e; }
  code { white-space: pre-wrap; }
</style>
<script type="module" src="${WIDGETS_BUNDLE_PATH}"></script>
<script type="module" src="${PREVIEW_SCRIPT_PATH}"></script>
</head>
<body>
<header>
<h1>${escapeHtml(text.title)}</h1>
<p>${escapeHtml(text.intro)} ${escapeHtml(text.feed)}: <a href="${escapeHtml(feedUrl)}index.json">${escapeHtml(feedUrl)}index.json</a></p>
</header>
${statusHtml(input)}
${input.bundleFound ? '' : `<p class="status failed" role="alert">${escapeHtml(text.noBundle)}</p>`}
<section>
<h2>${escapeHtml(text.calendar)}</h2>
<govtech-event-calendar${attributes({ src, locale: lang, date: picks.month })}></govtech-event-calendar>
</section>
<section>
<h2>${escapeHtml(text.countdown)}</h2>
<govtech-panel-countdown${attributes({ src, locale: lang, 'event-id': picks.eventId })}></govtech-panel-countdown>
</section>
<section>
<h2>${escapeHtml(text.labs)}</h2>
${note(!picks.hasLabs, text.noLabs)}
<govtech-lab-directory${attributes({ src, locale: lang })}></govtech-lab-directory>
</section>
<section>
<h2>${escapeHtml(text.stream)}</h2>
${note(!picks.hasStreams, text.noStreams)}
<govtech-stream-card${attributes({ src, locale: lang, 'stream-id': picks.streamId })}></govtech-stream-card>
</section>
</body>
</html>
`;
}
