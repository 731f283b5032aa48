/**
 * The line structure of an iCalendar text: content lines unfolded with the line each starts on, and the
 * VEVENT and VTIMEZONE blocks of every VCALENDAR. ical.js keeps no positions, so this scan is what lets a
 * problem name its line; it also lets one broken VEVENT be dropped while the others are read.
 */

/** One content line, unfolded. */
export interface ContentLine {
  readonly text: string;
  /** 1-based line of the file where it starts. */
  readonly line: number;
  /** Property (or BEGIN/END) name, upper case. */
  readonly name: string;
}

/** A component directly inside a VCALENDAR. */
export interface Block {
  readonly name: string;
  /** Line of its BEGIN. */
  readonly line: number;
  /** Every line from BEGIN to END, nested components included. */
  readonly lines: ContentLine[];
  /** Its own properties (not those of a nested VALARM). */
  readonly properties: ContentLine[];
}

export interface StructureProblem {
  readonly code: 'ics-unclosed';
  readonly line: number;
  readonly component: string;
}

export interface CalendarScan {
  /** How many VCALENDARs the text has (0: it is not a calendar). */
  readonly calendars: number;
  /** The VCALENDARs' own properties (X-WR-TIMEZONE…). */
  readonly properties: ContentLine[];
  readonly events: Block[];
  readonly timeZones: Block[];
  readonly problems: StructureProblem[];
}

/** RFC 5545 section 3.1: a line starting with a space or a tab continues the one before. */
export function unfold(text: string): ContentLine[] {
  const lines: ContentLine[] = [];
  let current: { text: string; line: number } | undefined;
  const flush = () => {
    if (current && current.text.trim()) lines.push({ ...current, name: nameOf(current.text) });
  };
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .forEach((physical, index) => {
      if (current && (physical.startsWith(' ') || physical.startsWith('\t'))) current.text += physical.slice(1);
      else {
        flush();
        current = { text: physical, line: index + 1 };
      }
    });
  flush();
  return lines;
}

/** A content line's value, after the first colon (parameters skipped). */
export function valueOf(line: ContentLine): string {
  return line.text.slice(line.text.indexOf(':') + 1).trim();
}

function nameOf(text: string): string {
  return (/^[^;:]*/.exec(text)?.[0] ?? '').trim().toUpperCase();
}

const KEPT = new Set(['VEVENT', 'VTIMEZONE']);

interface Open {
  readonly name: string;
  readonly line: number;
  readonly block?: Block;
}

export function scanCalendar(text: string): CalendarScan {
  const scan = { calendars: 0, properties: [] as ContentLine[], events: [] as Block[], timeZones: [] as Block[], problems: [] as StructureProblem[] };
  const stack: Open[] = [];
  const componentOf = (line: ContentLine) => valueOf(line).toUpperCase();

  for (const line of unfold(text)) {
    const inCalendar = stack[0]?.name === 'VCALENDAR';
    const kept = stack[1]?.block;
    if (line.name === 'BEGIN') {
      const name = componentOf(line);
      if (stack.length === 0) {
        if (name === 'VCALENDAR') scan.calendars++;
        stack.push({ name, line: line.line });
        continue;
      }
      const block = inCalendar && stack.length === 1 && KEPT.has(name) ? { name, line: line.line, lines: [line], properties: [] } : undefined;
      kept?.lines.push(line);
      stack.push({ name, line: line.line, block });
      continue;
    }
    if (line.name === 'END') {
      const name = componentOf(line);
      const depth = stack.map((open) => open.name).lastIndexOf(name);
      // An END that closes nothing open is left alone; one that skips open components closes them as unclosed.
      if (depth < 0) continue;
      kept?.lines.push(line);
      for (const open of stack.splice(depth).reverse()) {
        if (open.name !== name) scan.problems.push({ code: 'ics-unclosed', line: open.line, component: open.name });
        else if (open.block) (open.name === 'VEVENT' ? scan.events : scan.timeZones).push(open.block);
      }
      continue;
    }
    if (!inCalendar) continue;
    if (stack.length === 1) scan.properties.push(line);
    else if (kept) {
      kept.lines.push(line);
      if (stack.length === 2) kept.properties.push(line);
    }
  }
  for (const open of stack.reverse()) scan.problems.push({ code: 'ics-unclosed', line: open.line, component: open.name });
  return scan;
}
