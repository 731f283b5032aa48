/**
 * What a shared link of the calendar reproduces (`sync-url`): the month, the view, the filters, the
 * legend's choice, the search text and the open event, as `cal-` parameters of the page URL
 * (internal/url-params.ts keeps the host page's own parameters in place); and the sync itself, read when
 * the calendar connects and on Back and Forward, written after each of its updates.
 */
import { readParams, updateLocation, writeParams } from '../internal/url-params.js';

export type CalendarView = 'month' | 'list' | 'upcoming';
export const VIEWS: readonly CalendarView[] = ['month', 'list', 'upcoming'];

export interface CalendarUrlState {
  /**
   * The month shown, `YYYY-MM` as written (the calendar reads it as it reads its `date` attribute, and
   * takes its own default for one it cannot read); undefined: the calendar's own default.
   */
  month: string | undefined;
  view: CalendarView | undefined;
  kind: string;
  topic: string;
  /** The legend's pressed entries (kinds or network ids). */
  legend: string[];
  /** The search box's text (`cal-q`). */
  q: string;
  /** The open event: its occurrence's key (the event id, with `@` and the start for a recurring one). */
  event: string | undefined;
}

const PREFIX = 'cal-';
const NAMES = ['month', 'view', 'kind', 'topic', 'legend', 'q', 'event'];

export function readCalendarState(search: string): CalendarUrlState {
  const values = readParams(search, PREFIX);
  const first = (name: string) => values(name)[0];
  const view = first('view') as CalendarView | undefined;
  return {
    month: first('month'),
    view: view && VIEWS.includes(view) ? view : undefined,
    kind: first('kind') ?? '',
    topic: first('topic') ?? '',
    legend: values('legend'),
    q: first('q') ?? '',
    event: first('event'),
  };
}

/** The page's query with the calendar's parameters replaced, everything else kept in place. */
export function writeCalendarState(search: string, state: CalendarUrlState): string {
  return writeParams(search, PREFIX, NAMES, {
    month: state.month,
    view: state.view,
    kind: state.kind,
    topic: state.topic,
    legend: state.legend,
    q: state.q,
    event: state.event,
  });
}

/** What the URL sync sees of the calendar. */
export interface UrlSyncHost {
  /** What a shared link of the calendar says now. */
  state(): CalendarUrlState;
  /** Takes the state a link, Back or Forward gives. */
  apply(state: CalendarUrlState): void;
}

/**
 * The calendar's state in the page URL: each change a history entry, so Back undoes it; the first write,
 * and the one after Back or Forward, replace the entry instead.
 */
export class UrlSync {
  readonly #host: UrlSyncHost;
  #replaceNext = true;

  constructor(host: UrlSyncHost) {
    this.#host = host;
  }

  readonly #read = () => {
    this.#replaceNext = true;
    this.#host.apply(readCalendarState(location.search));
  };

  /** Applies the URL's state, and Back's and Forward's from now on. */
  start(): void {
    this.#read();
    window.addEventListener('popstate', this.#read);
  }

  stop(): void {
    window.removeEventListener('popstate', this.#read);
  }

  /** Puts the calendar's state in the page URL (nothing when it already says so). */
  write(): void {
    updateLocation(writeCalendarState(location.search, this.#host.state()), this.#replaceNext ? 'replaceState' : 'pushState');
    this.#replaceNext = false;
  }

  /** The page's URL with the calendar's state now: what "Compartir" shares. */
  link(): string {
    return new URL(writeCalendarState(location.search, this.#host.state()), location.href).href;
  }
}
