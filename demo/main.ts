// The demo municipal site: the four widgets, loaded the way a webmaster would (one entry point each),
// plus a notice for whoever maintains the site when the feeds have problems. Feed text is never HTML:
// the notice is written with textContent only.
import '@govtech-network/widgets/panel-countdown.js';
import '@govtech-network/widgets/event-calendar.js';
import '@govtech-network/widgets/stream-card.js';
import '@govtech-network/widgets/lab-directory.js';
import { createClient, type FeedWarning } from '@govtech-network/sdk';

const FEED = '/feeds/v1/';
const notice = document.getElementById('avisos-feed');
const noticeList = document.getElementById('avisos-feed-lista');
const reported = new Set<string>();

/** Adds one line to the maintainers' notice (once per text) and shows it. */
function report(text: string): void {
  if (!notice || !noticeList || reported.has(text)) return;
  reported.add(text);
  const item = document.createElement('li');
  item.textContent = text;
  noticeList.append(item);
  notice.hidden = false;
}

const describeWarning = (warning: FeedWarning) =>
  `Feed «${warning.feed}», elemento ${warning.index ?? '–'}${warning.id ? ` (${warning.id})` : ''}, campo «${warning.path}»: ${warning.message}`;

// A widget that cannot read its feed shows an error to visitors; the maintainer also gets the fix here.
document.addEventListener('govtech-error', (event) => {
  const tag = event.target instanceof Element ? event.target.localName : 'widget';
  report(`<${tag}>: ${event.detail.message}`);
});

/**
 * Reads every feed once, after the widgets have had the network to themselves, and lists the items the
 * SDK dropped (with where the problem is). Nothing is shown when the feeds are clean.
 */
async function checkFeeds(): Promise<void> {
  const client = createClient({ baseUrl: new URL(FEED, location.href) });
  const now = Date.now();
  const results = await Promise.allSettled([
    client.networks.list(),
    client.events.list({ from: '2020-01-01T00:00:00Z', to: now + 2 * 366 * 86_400_000 }),
    client.labs.list(),
    client.streams.list(),
  ]);
  let count = 0;
  for (const result of results) {
    if (result.status === 'rejected') {
      report(`No se pudo leer el feed: ${result.reason instanceof Error ? result.reason.message : String(result.reason)}`);
      continue;
    }
    count += result.value.warnings.length;
    for (const warning of result.value.warnings) report(describeWarning(warning));
  }
  console.info(count ? `[demo] Feeds: ${count} avisos.` : '[demo] Feeds: sin avisos, todos los elementos son válidos.');
}

const idle = (callback: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(callback, { timeout: 5000 }) : setTimeout(callback, 2000));
addEventListener('load', () => idle(() => void checkFeeds()), { once: true });
