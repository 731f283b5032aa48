// Countdown: the page side of the busy-time benchmark (bench/groups/countdown.mjs drives it,
// bench/pages/countdown.html hosts it). One subject per page, chosen by ?subject=:
//   ours   <govtech-panel-countdown> on the sample feed, counting down to a panel 3 days ahead (its clock
//          is shifted so the sample panel is always 3 d 4 h 5 min ahead at load), ticking every second;
//   naive  the baseline: setInterval(1000) writing "3 días 04:05:06" into a <span>, as a hand-made
//          countdown would (no pause when hidden: browsers throttle hidden timers to 1 Hz, which is its pace).
// The driver reads the main thread's busy time from CDP every second of fixed real-time windows; this
// side only sets the subject up, tells how far its display advanced and switches the states.
//
// Headless Chromium keeps every page visible (another tab in front, a minimised window: the page still
// says 'visible'), so "hidden" is emulated: document.visibilityState / document.hidden answer 'hidden'
// and a visibilitychange event is dispatched, which is what the widget listens to; then the content's
// rendering is skipped (content-visibility: hidden), as a hidden tab renders nothing. Timers keep
// running, as they do in a hidden tab (where Chrome throttles them to once a second).
import type { GovtechPanelCountdown } from '../../packages/widgets/src/panel-countdown.js';

declare global {
  interface Window {
    countdownBench?: CountdownBench;
    countdownBenchError?: string;
  }
}

export interface CountdownBench {
  readonly subject: string;
  /**
   * Seconds the shown countdown advanced since set-up: one a tick while it ticks. Read from the display
   * rather than counted by hooking the subject (the widget writes its seconds in place, without a Lit
   * update, and a hook or a MutationObserver would add to the time measured).
   */
  ticks(): number;
  /** The text the visitor sees ticking (to check it ticks). */
  shown(): string;
  /** Page hidden (emulated: visibilityState + visibilitychange), or visible again. */
  setHidden(hidden: boolean): void;
  /** The content's rendering skipped (content-visibility: hidden), as in a hidden tab, or not. */
  skipRendering(skip: boolean): void;
  /** The subject scrolled out of view, or back. */
  setScrolledAway(away: boolean): void;
  /** Whether the widget says it is paused (undefined for the naive countdown). */
  paused(): boolean | undefined;
}

const EVENT_ID = 'ejemplo-verano-2027-panel-1';
const EVENT_START = Date.parse('2027-01-20T17:00:00-03:00');
/** How far ahead the panel is at load: 3 d 4 h 5 min 6.5 s. */
const LEAD_MS = ((3 * 24 + 4) * 60 + 5) * 60_000 + 6_500;

let hidden = false;
Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });

const host = document.getElementById('subject')!;
const subject = new URLSearchParams(location.search).get('subject') ?? '';
// The same instant for both: the sample panel, seen from a clock 3 days before it.
const shift = EVENT_START - LEAD_MS - Date.now();
const now = () => Date.now() + shift;
let widget: GovtechPanelCountdown | undefined;

/** Seconds left in a shown countdown: its four numbers, days, hours, minutes and seconds. */
function secondsLeft(shown: string): number {
  const [days = 0, hours = 0, minutes = 0, seconds = 0] = (shown.match(/\d+/g) ?? []).map(Number);
  return ((days * 24 + hours) * 60 + minutes) * 60 + seconds;
}

async function setUp(): Promise<() => string> {
  if (subject === 'ours') {
    await import('../../packages/widgets/src/panel-countdown.js');
    const element = document.createElement('govtech-panel-countdown');
    element.src = '/examples/feeds/v1/';
    element.eventId = EVENT_ID;
    element.locale = 'es';
    element.timeZone = 'America/Santiago';
    element.now = now;
    host.append(element);
    widget = element;
    const digits = () => [...(element.shadowRoot?.querySelectorAll('.digits .value') ?? [])].map((value) => value.textContent).join(':');
    const deadline = performance.now() + 20_000;
    while (!digits()) {
      if (performance.now() > deadline) throw new Error('the countdown did not render its digits within 20 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return digits;
  }
  if (subject === 'naive') {
    const span = document.createElement('span');
    host.append(span);
    const pad = (value: number) => String(value).padStart(2, '0');
    const tick = () => {
      let left = Math.ceil(Math.max(0, EVENT_START - now()) / 1000);
      const days = Math.floor(left / 86_400);
      left -= days * 86_400;
      span.textContent = `${days} días ${pad(Math.floor(left / 3600))}:${pad(Math.floor(left / 60) % 60)}:${pad(left % 60)}`;
    };
    tick();
    setInterval(tick, 1000);
    return () => span.textContent ?? '';
  }
  throw new Error(`unknown subject "${subject}" (?subject=ours or ?subject=naive)`);
}

try {
  const shown = await setUp();
  const first = secondsLeft(shown());
  window.countdownBench = {
    subject,
    ticks: () => first - secondsLeft(shown()),
    shown,
    setHidden(value) {
      hidden = value;
      document.dispatchEvent(new Event('visibilitychange'));
    },
    skipRendering(skip) {
      host.style.contentVisibility = skip ? 'hidden' : '';
    },
    setScrolledAway(away) {
      window.scrollTo(0, away ? 3000 : 0);
    },
    paused: () => widget?.paused,
  };
} catch (error) {
  window.countdownBenchError = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
}
