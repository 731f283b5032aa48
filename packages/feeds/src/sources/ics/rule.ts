/** RRULE lines, read from the text (ical.js throws on rules it dislikes, such as lower case or an unknown FREQ). */
import { parseRRule } from '@govtech-network/sdk';
import { valueOf, type ContentLine } from './scan.js';
import type { Report } from './vevent.js';
import { icsTime, type IcsTime } from './zones.js';

/**
 * The RRULE as the SDK takes it: upper case, FREQ first, and a floating UNTIL (which RFC 5545 forbids
 * beside a zoned DTSTART, but some exporters write) made UTC on the start's clock. Undefined when there is
 * none or the SDK cannot expand it (reported: the event keeps its first date).
 */
export function ruleOf(lines: readonly ContentLine[], untilInstant: (time: IcsTime) => number, report: Report): string | undefined {
  const [first, ...others] = lines;
  for (const other of others) report('ics-ignored', other.line, 'RRULE', { property: 'RRULE' });
  if (!first) return undefined;
  const rule = normaliseRule(valueOf(first), untilInstant);
  try {
    parseRRule(rule);
    return rule;
  } catch (error) {
    report('ics-rrule-unsupported', first.line, 'RRULE', { reason: (error as Error).message });
    return undefined;
  }
}

export function normaliseRule(value: string, untilInstant: (time: IcsTime) => number): string {
  const parts = value
    .toUpperCase()
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const floating = /^UNTIL=(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(part);
      const time = floating && icsTime(`${floating[1]}-${floating[2]}-${floating[3]}T${floating[4]}:${floating[5]}:${floating[6]}`);
      return time ? `UNTIL=${new Date(untilInstant(time)).toISOString().replace(/[-:]|\.\d+/g, '')}` : part;
    });
  return [...parts.filter((part) => part.startsWith('FREQ=')), ...parts.filter((part) => !part.startsWith('FREQ='))].join(';');
}
