/**
 * The calendars (events.ics and each network's .ics): they must load, a standard parser (ical.js) must
 * read them, and they should hold as many VEVENTs as the events feed has events (one per event, a
 * series being one VEVENT with its RRULE).
 */
import ICAL from 'ical.js';
import { feedEvents, type FeedRead } from './feed-read.js';
import type { Findings } from './findings.js';
import type { Recorder } from './recorder.js';

interface ParsedCalendar {
  /** Set when the parser rejects the text as a whole. */
  readonly error?: string;
  readonly noCalendar?: boolean;
  readonly vevents: number;
  readonly problems: readonly { index: number; uid: string; property?: string; reason?: string }[];
}

export async function checkCalendars(
  read: FeedRead,
  recorder: Recorder,
  findings: Findings,
  nameOf: (url: string) => string,
  timeoutMs: number,
): Promise<void> {
  const { events, complete } = feedEvents(read);
  const hasEventsFeed = read.all !== undefined || read.shards.length > 0;
  for (const calendar of read.calendars) {
    const file = nameOf(calendar.url);
    const fetched = await recorder.get(calendar.url);
    if (fetched.status === undefined) {
      if (fetched.timedOut) findings.add('check-timeout', { file, params: { ms: timeoutMs } });
      else findings.add('check-unreachable', { file, params: { reason: fetched.error ?? '?' } });
      continue;
    }
    if (fetched.status === 404) findings.add('check-not-found', { file });
    else if (fetched.status >= 400) findings.add('check-http-status', { file, params: { status: fetched.status } });
    if (fetched.status >= 400) continue;

    const parsed = parseCalendar(fetched.text ?? '');
    if (parsed.error !== undefined) findings.add('check-ics-invalid', { file, params: { reason: parsed.error } });
    else if (parsed.noCalendar) findings.add('check-ics-no-calendar', { file });
    for (const { index, uid, property, reason } of parsed.problems) {
      if (property) findings.add('check-ics-missing-property', { file, params: { index, uid, property } });
      else findings.add('check-ics-bad-event', { file, params: { index, uid, reason: reason ?? '?' } });
    }
    if (parsed.error === undefined && !parsed.noCalendar && hasEventsFeed && complete) {
      const network = calendar.network?.id;
      const expected = network === undefined ? events.size : [...events.values()].filter(({ event }) => event.network === network).length;
      if (parsed.vevents !== expected) findings.add('check-ics-count', { file, params: { ics: parsed.vevents, events: expected } });
    }
  }
}

export function parseCalendar(text: string): ParsedCalendar {
  if (!text.trim()) return { noCalendar: true, vevents: 0, problems: [] };
  let jcal: unknown[];
  try {
    jcal = ICAL.parse(text) as unknown[];
  } catch (error) {
    return { error: (error as Error).message, vevents: 0, problems: [] };
  }
  // One component parses to its jCal array; several to an array of them.
  const roots = (Array.isArray(jcal[0]) ? jcal : [jcal]) as ConstructorParameters<typeof ICAL.Component>[0][];
  const calendars = roots.map((root) => new ICAL.Component(root)).filter((component) => component.name === 'vcalendar');
  if (!calendars.length) return { noCalendar: true, vevents: 0, problems: [] };
  const vevents = calendars.flatMap((calendar) => calendar.getAllSubcomponents('vevent'));
  const problems: ParsedCalendar['problems'][number][] = [];
  vevents.forEach((vevent, i) => {
    const index = i + 1;
    const uidValue = vevent.getFirstPropertyValue('uid');
    const uid = typeof uidValue === 'string' && uidValue ? uidValue : '?';
    const missing = ['uid', 'dtstart'].find((name) => !vevent.hasProperty(name));
    if (missing) return void problems.push({ index, uid, property: missing.toUpperCase() });
    try {
      // ical.js decodes values when read: a malformed date or rule throws here. No exceptions given: by
      // default each Event scans every VEVENT of its calendar for them, quadratic in a large feed.
      const event = new ICAL.Event(vevent, { exceptions: [] });
      void event.startDate.toUnixTime();
      void event.endDate?.toUnixTime();
      if (event.isRecurring()) event.iterator().next();
    } catch (error) {
      problems.push({ index, uid, reason: (error as Error).message });
    }
  });
  return { vevents: vevents.length, problems };
}
