// The demo until the widgets exist: reads the sample feeds through the SDK and renders them with
// textContent only (feed text is never HTML). Every date goes through Intl with an explicit zone.
import '@govtech-network/widgets/event-calendar.js';
import '@govtech-network/widgets/panel-countdown.js';
import '@govtech-network/widgets/stream-card.js';
import '@govtech-network/widgets/lab-directory.js';
import { createClient, type FeedWarning } from '@govtech-network/sdk';

const client = createClient({ baseUrl: new URL('/feeds/v1/', location.href) });
const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const dateTime = (timeZone: string) =>
  new Intl.DateTimeFormat('es', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  });
const warnings: FeedWarning[] = [];

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function list(id: string, items: HTMLElement[], empty: string) {
  const target = document.getElementById(id)!;
  target.replaceChildren(...(items.length ? items : [element('li', empty)]));
  target.removeAttribute('aria-busy');
}

function badges(names: Array<[string, string] | false | undefined>) {
  const wrap = element('p');
  for (const entry of names) if (entry) wrap.append(element('span', entry[0], `badge ${entry[1]}`));
  return wrap;
}

async function showEvents() {
  const now = Date.now();
  const upcoming = await client.events.list({ from: now, to: now + 400 * 86_400_000 });
  const past = await client.events.list({ from: '2022-01-01T00:00:00Z', to: now });
  warnings.push(...upcoming.warnings, ...past.warnings);
  const card = ({ event, start }: (typeof upcoming.items)[number]) => {
    const item = element('li');
    item.append(
      badges([
        [event.kind, ''],
        event.status !== 'scheduled' && [event.status, event.status],
        event.exampleData && ['ejemplo', 'example'],
      ]),
      element('h3', event.title),
      element('p', dateTime(visitorZone).format(start), 'meta'),
    );
    if (event.timeZone !== visitorZone) item.append(element('p', dateTime(event.timeZone).format(start), 'meta'));
    if (event.speakers?.length) item.append(element('p', event.speakers.map((s) => s.name).join(', '), 'meta'));
    return item;
  };
  list('upcoming', upcoming.items.slice(0, 12).map(card), 'No hay eventos próximos.');
  list('past', past.items.reverse().slice(0, 12).map(card), 'No hay eventos pasados.');
}

/** One <govtech-stream-card> per stream of the feed: nothing loads from YouTube until a visitor plays. */
async function showStreams() {
  const { items, warnings: streamWarnings } = await client.streams.list();
  warnings.push(...streamWarnings);
  list(
    'streams',
    items.map(({ stream }) => {
      const item = element('li');
      const card = document.createElement('govtech-stream-card');
      card.setAttribute('src', '/feeds/v1/');
      card.setAttribute('stream-id', stream.id);
      const fallback = element('a', `${stream.title} (YouTube)`);
      fallback.href = `https://www.youtube.com/watch?v=${encodeURIComponent(stream.videoId)}`;
      card.append(fallback);
      item.append(card);
      return item;
    }),
    'No hay transmisiones.',
  );
}

function showWarnings() {
  list(
    'warnings',
    warnings.map((warning) => element('li', `${warning.feed} #${warning.index ?? '–'} ${warning.id ?? ''} ${warning.path}: ${warning.message}`)),
    'Ninguno: todos los elementos de los feeds son válidos.',
  );
}

Promise.all([showEvents(), showStreams()])
  .then(showWarnings)
  .catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    list('warnings', [element('li', `No se pudo leer el feed: ${message}`)], '');
  });
