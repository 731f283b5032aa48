/** Pure countdown logic: everything is derived from two instants, never from counting ticks. */

export type Phase = 'upcoming' | 'live' | 'ended';

export interface Remaining {
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
  /** Milliseconds left, never negative. */
  readonly totalMs: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Live from the start instant (inclusive) to the end instant (exclusive). */
export function phaseAt(now: number, start: number, end: number): Phase {
  return now < start ? 'upcoming' : now < end ? 'live' : 'ended';
}

/** Whole seconds left until `target`, rounded up: "1 s" until the instant itself, never "0 s" before it. */
export function secondsLeft(target: number, now: number): number {
  return Math.ceil(Math.max(0, target - now) / SECOND);
}

/**
 * Time left until `target`, in elapsed time (a day is 24 hours even across a DST change, so the
 * countdown reaches zero exactly at the start instant). Seconds round up, as in secondsLeft().
 */
export function remainingUntil(target: number, now: number): Remaining {
  const totalMs = Math.max(0, target - now);
  let rest = secondsLeft(target, now) * SECOND;
  const days = Math.floor(rest / DAY);
  rest -= days * DAY;
  const hours = Math.floor(rest / HOUR);
  rest -= hours * HOUR;
  const minutes = Math.floor(rest / MINUTE);
  rest -= minutes * MINUTE;
  return { days, hours, minutes, seconds: rest / SECOND, totalMs };
}

/**
 * When to look again: the next change of the displayed seconds, or a phase boundary if that comes
 * first, so transitions happen at their exact instant rather than up to a second late.
 */
export function nextTickDelay(now: number, start: number, end: number): number {
  const target = now < start ? start : end;
  // Runs every second: no arrays to allocate.
  let delay = ((target - now) % SECOND) || SECOND;
  if (start > now) delay = Math.min(delay, start - now);
  if (end > now) delay = Math.min(delay, end - now);
  return Math.max(1, delay);
}

type Plural = [one: string, other: string];

/** How a language says the time left to the minute (each widget language's `summary`, in its messages). */
export interface SummaryWords {
  readonly units: { readonly days: Plural; readonly hours: Plural; readonly minutes: Plural };
  /** The joined parts, and whether they are one single unit (for the verb's number: "Falta 1 hora", "Faltan 1 día y 3 horas"). */
  readonly sentence: (text: string, singular: boolean) => string;
  readonly and: string;
  readonly lessThanAMinute: string;
  readonly startingNow: string;
}

const count = (n: number, [one, other]: Plural) => `${n} ${n === 1 ? one : other}`;

/** The summary to the minute: the two largest non-zero units ("3 días y 4 horas"); under a minute, a phrase of its own. */
export function summaryText({ days, hours, minutes, totalMs }: Remaining, words: SummaryWords): string {
  if (totalMs === 0) return words.startingNow;
  const units: Array<[number, Plural]> = [
    [days, words.units.days],
    [hours, words.units.hours],
    [minutes, words.units.minutes],
  ];
  const first = units.findIndex(([n]) => n > 0);
  if (first < 0) return words.lessThanAMinute;
  const parts = units.slice(first, first + 2).filter(([n]) => n > 0);
  return words.sentence(parts.map(([n, plural]) => count(n, plural)).join(` ${words.and} `), parts.length === 1 && parts[0]![0] === 1);
}
