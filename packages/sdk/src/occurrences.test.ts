import { describe, expect, it } from 'vitest';
import { occurrenceAt } from './index.js';
import { Event, type GovEvent, type GovEventInput } from './schema.js';

const DAY = 86_400_000;

function event(fields: Partial<GovEventInput>): GovEvent {
  return Event.parse({ id: 'mesa', title: 'Mesa de innovación', timeZone: 'America/Santiago', ...fields });
}

const at = (iso: string) => Date.parse(iso);

describe('occurrenceAt: the occurrence of one event to count down to', () => {
  const single = event({ start: '2026-12-10T16:00:00+01:00', end: '2026-12-10T17:30:00+01:00' });

  it('is a single event before it starts', () => {
    expect(occurrenceAt(single, at('2026-11-21T12:00:00Z'))).toEqual({
      key: 'mesa',
      event: single,
      start: new Date('2026-12-10T15:00:00Z'),
      end: new Date('2026-12-10T16:30:00Z'),
      recurring: false,
    });
  });

  it('is a single event while it runs and long after it ended', () => {
    expect(occurrenceAt(single, at('2026-12-10T16:00:00Z'))?.start).toEqual(new Date('2026-12-10T15:00:00Z'));
    expect(occurrenceAt(single, at('2036-01-01T00:00:00Z'))?.end).toEqual(new Date('2026-12-10T16:30:00Z'));
  });

  it('is nothing for an event more than two years ahead', () => {
    expect(occurrenceAt(single, at('2025-01-01T00:00:00Z'))?.start).toEqual(new Date('2026-12-10T15:00:00Z'));
    expect(occurrenceAt(single, at('2024-01-01T00:00:00Z'))).toBeUndefined();
  });

  const monthly = event({
    start: '2026-11-19T17:00:00-03:00',
    recurrence: { rule: 'FREQ=MONTHLY;BYDAY=3TH;COUNT=3', exceptions: ['2026-12-17T17:00:00-03:00'] },
  });

  it('is the next date of a series not yet ended, keyed by the event', () => {
    expect(occurrenceAt(monthly, at('2026-11-19T20:30:00Z'))).toMatchObject({
      key: 'mesa',
      start: new Date('2026-11-19T20:00:00Z'),
      end: new Date('2026-11-19T21:00:00Z'),
      recurring: true,
    });
    // 12-17 is an exception.
    expect(occurrenceAt(monthly, at('2026-11-19T21:00:00Z'))?.start).toEqual(new Date('2027-01-21T20:00:00Z'));
  });

  it('is the last date of a series that has ended, for two years', () => {
    const ended = at('2027-01-21T21:00:00Z');
    expect(occurrenceAt(monthly, ended)?.start).toEqual(new Date('2027-01-21T20:00:00Z'));
    expect(occurrenceAt(monthly, ended + 2 * 365 * DAY - 1)?.start).toEqual(new Date('2027-01-21T20:00:00Z'));
    expect(occurrenceAt(monthly, ended + 2 * 365 * DAY + DAY)).toBeUndefined();
  });
});
