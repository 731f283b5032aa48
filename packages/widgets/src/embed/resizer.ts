/**
 * `govtech-embed.js`: the optional script for a host page with embed iframes (built as a classic script
 * by scripts/build-embed.mjs). It sizes each embed iframe to the height its page posts, and hands the
 * site's consent answers (`govtechConsent.push(…)` on this page, internal/site-consent.ts) on to it.
 *
 * A message counts only when it comes from the window of an iframe of this page, from the origin of that
 * iframe's `src` (a frame navigated elsewhere, or another frame, is not listened to), in the shape of
 * protocol.ts. Nothing else of the host page is touched.
 */
import { onSiteConsentChange, siteConsentAnswers } from '../internal/site-consent.js';
import { isHeightMessage, type HostMessage } from './protocol.js';

const RUNNING = Symbol.for('govtech-network.embed-resizer');

/** The origin of an iframe's `src`, or undefined (about:blank, srcdoc, an opaque origin). */
function srcOrigin(iframe: HTMLIFrameElement): string | undefined {
  try {
    const { origin } = new URL(iframe.src, location.href);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

function frameOf(source: MessageEventSource | null): HTMLIFrameElement | undefined {
  if (!source) return undefined;
  for (const iframe of document.querySelectorAll('iframe')) if (iframe.contentWindow === source) return iframe;
  return undefined;
}

/** Iframes that have posted a valid height: ours. */
const embeds = new Set<HTMLIFrameElement>();

function tellHost(iframe: HTMLIFrameElement): void {
  const origin = srcOrigin(iframe);
  if (!origin || !iframe.isConnected) return;
  const message: HostMessage = { type: 'govtech-embed:host', consent: siteConsentAnswers() };
  iframe.contentWindow?.postMessage(message, origin);
}

function start(): void {
  addEventListener('message', (event) => {
    if (!isHeightMessage(event.data)) return;
    const iframe = frameOf(event.source);
    if (!iframe || event.origin !== srcOrigin(iframe)) return;
    iframe.style.height = `${event.data.height}px`;
    if (!embeds.has(iframe)) {
      embeds.add(iframe);
      tellHost(iframe);
    }
  });
  onSiteConsentChange(() => {
    for (const iframe of embeds) {
      if (iframe.isConnected) tellHost(iframe);
      else embeds.delete(iframe);
    }
  });
  // Frames that loaded before this script posted their height unheard: a "hello" asks them again (sent
  // to each frame's own origin, with no consent answers until the frame has shown it is an embed).
  for (const iframe of document.querySelectorAll('iframe')) {
    const origin = srcOrigin(iframe);
    if (origin) iframe.contentWindow?.postMessage({ type: 'govtech-embed:host', consent: {} } satisfies HostMessage, origin);
  }
}

// Pasted twice (or with two CMS blocks), it still listens once.
const scope = globalThis as { [RUNNING]?: true };
if (!scope[RUNNING]) {
  scope[RUNNING] = true;
  start();
}
