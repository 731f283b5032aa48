// The demo municipal site: the four widgets, loaded the way a webmaster would (one entry point each),
// plus a notice for whoever maintains the site when the feeds have problems. Feed text is never HTML:
// the notice is written with textContent only.
import '@govtech-network/widgets/panel-countdown.js';
import '@govtech-network/widgets/event-calendar.js';
import '@govtech-network/widgets/stream-card.js';
import '@govtech-network/widgets/lab-directory.js';
import { clientFor } from '@govtech-network/widgets/elements.js';
import { checkFeeds } from './feed-check.js';

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

// A widget that cannot read its feed shows an error to visitors; the maintainer also gets the fix here.
document.addEventListener('govtech-error', (event) => {
  const tag = event.target instanceof Element ? event.target.localName : 'widget';
  report(`<${tag}>: ${event.detail.message}`);
});

/**
 * Checks the feed once the widgets are on screen with their data and the page is idle: on the widgets'
 * own client (nothing they read is fetched or validated again), one query per task. Nothing is shown
 * when the feed is clean.
 */
async function checkWhenIdle(): Promise<void> {
  const count = await checkFeeds(clientFor(FEED), report);
  console.info(count ? `[demo] Feeds: ${count} avisos.` : '[demo] Feeds: sin avisos, todos los elementos son válidos.');
}

const idle = (callback: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(callback, { timeout: 5000 }) : setTimeout(callback, 2000));
addEventListener('load', () => idle(() => void checkWhenIdle()), { once: true });
