/**
 * An iCalendar file or URL (a network's Google Calendar export, an Outlook calendar) → events.
 *
 * ics/scan.ts finds the VEVENT and VTIMEZONE blocks and their lines, ics/vevent.ts maps one VEVENT,
 * ics/zones.ts turns TZIDs into instants and IANA zones, ics/ids.ts makes ids from UIDs. Here the
 * calendar is put together: a VEVENT with RECURRENCE-ID (one occurrence moved, changed or cancelled)
 * becomes an event of its own and an exception of its series, every event is checked against the SDK's
 * Event schema, and those that ended before `from` are left out.
 */
import { Event, expandEvent, isTimeZone, parseFeedInstant, zonedParts, type GovEvent } from '@govtech-network/sdk';
import ICAL from 'ical.js';
import type { IcsSourceConfig } from '../config.js';
import type { Sourced } from '../content.js';
import { formatInZone } from '../dates.js';
import { problem, type Lang, type Problem } from '../problems.js';
import { CalendarIds, shortHash } from './ics/ids.js';
import { loadCalendar } from './ics/load.js';
import { scanCalendar, valueOf } from './ics/scan.js';
import { readVEvent, type CalendarContext, type RecurrenceId, type Report, type VEventDraft } from './ics/vevent.js';
import { CalendarZones, dateText, timezoneOf } from './ics/zones.js';
import type { SourceContext, SourceRead } from './source.js';

export interface IcsOptions {
  readonly lang: Lang;
  /** Called after each VEVENT. */
  readonly progress?: (done: number, total: number) => void;
}

export interface IcsResult {
  readonly events: Sourced<GovEvent>[];
  readonly problems: Problem[];
}

/** The ICS property a feed field comes from, for the line of a schema problem. */
const PROPERTY_OF: Readonly<Record<string, string>> = {
  title: 'SUMMARY',
  description: 'DESCRIPTION',
  start: 'DTSTART',
  end: 'DTEND',
  timeZone: 'DTSTART',
  recurrence: 'RRULE',
  location: 'LOCATION',
  onlineUrl: 'URL',
  topics: 'CATEGORIES',
  status: 'STATUS',
  previousStart: 'RECURRENCE-ID',
  updatedAt: 'LAST-MODIFIED',
};

/** Reads a calendar's text; `file` is the name problems are reported under. */
export function parseIcsCalendar(text: string, file: string, source: IcsSourceConfig, options: IcsOptions): IcsResult {
  const problems: Problem[] = [];
  const report: Report = (code, line, field, params) => problems.push(problem(code, options.lang, { file, line, field, params }));
  const events: Sourced<GovEvent>[] = [];

  const scan = scanCalendar(text);
  if (scan.calendars === 0) {
    report('ics-not-calendar', 1);
    return { events, problems };
  }
  for (const unclosed of scan.problems) report('ics-unclosed', unclosed.line, undefined, { component: unclosed.component });

  const definitions = new Map<string, ICAL.Timezone>();
  for (const block of scan.timeZones) {
    try {
      const timezone = timezoneOf(new ICAL.Component(ICAL.parse(block.lines.map((line) => line.text).join('\r\n')) as unknown[]));
      if (timezone && !definitions.has(timezone.tzid)) definitions.set(timezone.tzid, timezone);
    } catch (error) {
      report('ics-syntax', block.line, undefined, { component: 'VTIMEZONE', reason: (error as Error).message });
    }
  }
  const calendarZone = scan.properties.find((line) => line.name === 'X-WR-TIMEZONE');
  const calendarZoneName = calendarZone && valueOf(calendarZone);
  if (calendarZone && !isTimeZone(calendarZoneName!)) {
    report('ics-bad-value', calendarZone.line, 'X-WR-TIMEZONE', { property: 'X-WR-TIMEZONE', value: calendarZoneName! });
  }
  const calendar: CalendarContext = {
    zones: new CalendarZones(definitions, calendarZone && isTimeZone(calendarZoneName!) ? calendarZoneName! : source.timeZone),
    ...(source.defaults ? { defaults: source.defaults } : {}),
    ...(source.network !== undefined ? { network: source.network } : {}),
    report,
    warned: new Set(),
  };

  if (!scan.events.length) report('ics-no-events', 1);
  const drafts: VEventDraft[] = [];
  scan.events.forEach((block, index) => {
    const draft = readVEvent(block, calendar);
    if (draft) drafts.push(draft);
    options.progress?.(index + 1, scan.events.length);
  });

  const series = new Map<string, VEventDraft>();
  for (const draft of drafts) {
    if (draft.uid !== undefined && !draft.recurrenceId && !series.has(draft.uid)) series.set(draft.uid, draft);
  }
  for (const draft of drafts) {
    const master = draft.uid === undefined ? undefined : series.get(draft.uid);
    if (master && draft.recurrenceId) exclude(master, draft.recurrenceId);
  }

  const ids = new CalendarIds();
  const from = source.from === undefined ? undefined : parseFeedInstant(source.from, source.timeZone);
  for (const draft of drafts) {
    const { input, uid, recurrenceId } = draft;
    let id: string;
    if (uid === undefined) {
      id = `ics-${shortHash(`${String(input.title)}|${String(input.start)}`)}`;
      report('ics-no-uid', draft.line, 'UID', { id });
    } else id = recurrenceId ? ids.occurrence(uid, recurrenceId.key) : ids.of(uid);
    const parsed = Event.safeParse({ ...input, id });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.map(String);
        const property = PROPERTY_OF[path[0] ?? ''];
        report('invalid-event', property ? draft.lineOf(property) : draft.line, path.join('.') || undefined, { reason: issue.message });
      }
      continue;
    }
    if (from !== undefined && endedBefore(parsed.data, from)) continue;
    events.push({ item: parsed.data, file, line: draft.line });
  }
  return { events, problems };
}

/** The occurrence a RECURRENCE-ID replaces no longer happens in its series: an exception in the series' form. */
function exclude(master: VEventDraft, recurrenceId: RecurrenceId): void {
  const recurrence = master.input.recurrence as { rule: string; exceptions?: string[] } | undefined;
  if (!recurrence) return;
  const zone = master.input.timeZone as string;
  const { time, instant } = recurrenceId;
  const asDate = () => (time.date ? dateText(time) : dateText({ ...time, ...zonedParts(instant, zone) }));
  const value = master.input.allDay || time.date ? asDate() : formatInZone(instant, zone);
  recurrence.exceptions = [...new Set([...(recurrence.exceptions ?? []), value])].sort();
}

/** The event (every occurrence of a series) ended before `from`. */
function endedBefore(event: GovEvent, from: number): boolean {
  // One occurrence is enough to keep it; a rule that takes too long to decide keeps it too (truncated).
  const { occurrences, truncated } = expandEvent(event, { from, to: 8.64e15 }, { maxOccurrences: 1 });
  return occurrences.length === 0 && !truncated;
}

/** The `ics` source type: a file (`path`) or a URL (`url`). */
export async function readIcsSource(source: IcsSourceConfig, context: SourceContext): Promise<SourceRead> {
  const { lang } = context;
  const problems: Problem[] = [];
  const configProblem = (...[code, field, params]: [Parameters<typeof problem>[0], string?, Record<string, string>?]) => {
    problems.push(problem(code, lang, { file: 'config', field, params }));
  };
  if ((source.path === undefined) === (source.url === undefined)) configProblem('ics-source', 'path');
  if (typeof source.timeZone !== 'string' || !isTimeZone(source.timeZone)) {
    configProblem('bad-time-zone', 'timeZone', { value: String(source.timeZone) });
  } else if (source.from !== undefined) {
    try {
      parseFeedInstant(source.from, source.timeZone);
    } catch {
      configProblem('ics-bad-from', 'from', { value: String(source.from) });
    }
  }
  if (problems.length) return { events: [], problems };

  const loaded = await loadCalendar(source, context.configDir);
  if (!('text' in loaded)) {
    problems.push(problem(loaded.problem, lang, { file: loaded.file, params: loaded.params }));
    return { events: [], problems };
  }
  const result = parseIcsCalendar(loaded.text, loaded.file, source, { lang, progress: context.progress });
  return { events: result.events, problems: [...problems, ...result.problems] };
}
