import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { toICS } from './ics.js';
import { expandEvent } from './recurrence.js';
import { Event, type GovEventInput } from './schema.js';

const NOW = Date.UTC(2024, 0, 2, 12, 30);

afterEach(() => {
  ICAL.TimezoneService.reset();
});

/** Occurrences as ical.js expands the export (through its own VTIMEZONE) and as expandEvent does. */
function both(fields: Partial<GovEventInput>, to: number, limit = 1000) {
  const event = Event.parse({ id: 'dst', title: 'DST', ...fields } as GovEventInput);
  const text = toICS(event, { now: NOW });
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const parsed = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  const theirs: string[] = [];
  const iterator = parsed.iterator();
  for (let next = iterator.next(); next && theirs.length < limit; next = iterator.next()) {
    const { startDate, endDate } = parsed.getOccurrenceDetails(next);
    if (startDate.toUnixTime() * 1000 >= to) break;
    theirs.push(`${iso(startDate.toUnixTime())}/${iso(endDate.toUnixTime())}`);
  }
  const ours = expandEvent(event, { from: 0, to }, { maxOccurrences: limit }).occurrences.map(
    ({ start, end }) => `${iso(start / 1000)}/${iso(end / 1000)}`,
  );
  return { text, theirs, ours };
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

describe('toICS around DST changes', () => {
  it('keeps a 1-hour Madrid event ending in the repeated hour one hour long', () => {
    const { text, theirs, ours } = both(
      { start: '2024-10-27T02:30:00+02:00', end: '2024-10-27T02:30:00+01:00', timeZone: 'Europe/Madrid' },
      Date.UTC(2030, 0, 1),
    );
    expect(ours).toEqual(['2024-10-27T00:30:00.000Z/2024-10-27T01:30:00.000Z']);
    expect(theirs).toEqual(ours);
    expect(text).toContain('DURATION:PT3600S');
  });

  it('removes the right São Paulo occurrences around the 2018 fall-back day (repeated 23:00 hour)', () => {
    // 2018-02-17 24:00 -02:00 became 23:00 -03:00, so 23:30 happened twice. expandEvent puts that day's
    // occurrence at the first (RFC 5545), ical.js at the second: readers differ on a series' repeated wall
    // time, so its exception is written as that wall time, which each reader maps as it maps the occurrence.
    // An exception at the other run names no occurrence and is written in UTC.
    const { text, theirs, ours } = both(
      {
        start: '2018-02-10T23:30:00-02:00',
        end: '2018-02-11T00:00:00-02:00',
        timeZone: 'America/Sao_Paulo',
        recurrence: {
          rule: 'FREQ=DAILY;COUNT=16',
          exceptions: ['2018-02-17T23:30:00-02:00', '2018-02-24T23:30:00-03:00', '2018-02-17T23:30:00-03:00'],
        },
      },
      Date.UTC(2019, 0, 1),
    );
    expect(ours).toHaveLength(14);
    expect(ours.join()).not.toMatch(/2018-02-18T01:30|2018-02-25T02:30/);
    expect(theirs).toEqual(ours);
    expect(text).toContain('EXDATE;TZID=America/Sao_Paulo:20180217T233000,20180224T233000');
    expect(text).toContain('EXDATE:20180218T023000Z');
  });

  it('removes the right São Paulo occurrence on the 2018 spring-forward day (skipped midnight hour)', () => {
    const { theirs, ours } = both(
      {
        start: '2018-10-28T00:30:00-03:00',
        end: '2018-10-28T01:30:00-03:00',
        timeZone: 'America/Sao_Paulo',
        recurrence: { rule: 'FREQ=WEEKLY;COUNT=4', exceptions: ['2018-11-04T01:30:00-02:00'] },
      },
      Date.UTC(2019, 0, 1),
    );
    expect(ours).toHaveLength(3);
    expect(theirs).toEqual(ours);
  });

  it('removes a date-only São Paulo exception on the 2018 spring-forward day (its 00:30 does not exist; a guard, right before too)', () => {
    const { theirs, ours } = both(
      {
        start: '2018-10-28T00:30:00-03:00',
        end: '2018-10-28T01:30:00-03:00',
        timeZone: 'America/Sao_Paulo',
        recurrence: { rule: 'FREQ=WEEKLY;COUNT=4', exceptions: ['2018-11-04'] },
      },
      Date.UTC(2019, 0, 1),
    );
    expect(ours).toHaveLength(3);
    expect(theirs).toEqual(ours);
  });

  it('keeps the last day of a timed weekly series with a date-only UNTIL', () => {
    const { text, theirs, ours } = both(
      {
        start: '2024-12-03T19:00:00-03:00',
        end: '2024-12-03T20:00:00-03:00',
        timeZone: 'America/Santiago',
        recurrence: { rule: 'FREQ=WEEKLY;UNTIL=20241231' },
      },
      Date.UTC(2026, 0, 1),
    );
    expect(ours.at(-1)).toBe('2024-12-31T22:00:00.000Z/2024-12-31T23:00:00.000Z');
    expect(ours).toHaveLength(5);
    expect(theirs).toEqual(ours);
    expect(text).toContain('UNTIL=20250101T025959Z');
  });

  it.each([
    ['Europe/Madrid', '2024-01-18T18:00:00+01:00'],
    ['America/Santiago', '2024-01-18T18:00:00-03:00'],
  ])('gives an open monthly %s series the right offsets 12+ years ahead', (timeZone, start) => {
    const { text, theirs, ours } = both(
      { start, timeZone, recurrence: { rule: 'FREQ=MONTHLY;BYMONTHDAY=18' } },
      Date.UTC(2045, 0, 1),
    );
    expect(ours).toHaveLength(252);
    expect(theirs).toEqual(ours);
    expect(text).toContain('RRULE:FREQ=YEARLY');
    expect(text.length).toBeLessThan(2500);
  });
});
