import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { expandEvent, type Occurrence } from './recurrence.js';
import { parseRRule, RecurrenceError } from './rrule.js';
import { Event, type GovEvent, type GovEventInput } from './schema.js';
import { zonedToEpoch } from './time.js';

const SANTIAGO = 'America/Santiago';
const MADRID = 'Europe/Madrid';
const ALL_TIME = { from: 0, to: Date.UTC(2100, 0, 1) };
const HOUR = 3_600_000;

function event(fields: Partial<GovEventInput>): GovEvent {
  return Event.parse({ id: 'meeting', title: 'Mesa de innovación', timeZone: SANTIAGO, ...fields });
}

function recurring(start: string, rule: string, fields: Partial<GovEventInput> = {}): GovEvent {
  return event({ start, recurrence: { rule }, ...fields });
}

/** Local "YYYY-MM-DD HH:mm" and "GMT-03:00" of an instant, read with Intl directly (not through the SDK). */
function wall(instant: number, timeZone = SANTIAGO): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  })
    .format(instant)
    .replace(',', '');
}

const starts = (occurrences: Occurrence[], timeZone = SANTIAGO) =>
  occurrences.map(({ start }) => wall(start, timeZone));
const days = (occurrences: Occurrence[], timeZone = SANTIAGO) =>
  starts(occurrences, timeZone).map((text) => text.slice(0, 10));

describe('wall-clock expansion across DST changes', () => {
  it('keeps a monthly 17:00 Santiago meeting (third Thursday) at 17:00 while the offset changes', () => {
    const meeting = recurring('2024-01-18T17:00:00-03:00', 'FREQ=MONTHLY;BYDAY=3TH;COUNT=12');
    const { occurrences, truncated } = expandEvent(meeting, ALL_TIME);
    expect(truncated).toBe(false);
    expect(starts(occurrences)).toEqual([
      '2024-01-18 17:00 GMT-03:00',
      '2024-02-15 17:00 GMT-03:00',
      '2024-03-21 17:00 GMT-03:00',
      // DST ended on the night of Saturday 6 April.
      '2024-04-18 17:00 GMT-04:00',
      '2024-05-16 17:00 GMT-04:00',
      '2024-06-20 17:00 GMT-04:00',
      '2024-07-18 17:00 GMT-04:00',
      '2024-08-15 17:00 GMT-04:00',
      // DST started on the night of Saturday 7 September.
      '2024-09-19 17:00 GMT-03:00',
      '2024-10-17 17:00 GMT-03:00',
      '2024-11-21 17:00 GMT-03:00',
      '2024-12-19 17:00 GMT-03:00',
    ]);
    expect(new Date(occurrences[2]!.start).getUTCHours()).toBe(20);
    expect(new Date(occurrences[3]!.start).getUTCHours()).toBe(21);
    expect(occurrences.every(({ start, end }) => end - start === HOUR)).toBe(true);
  });

  it('keeps a weekly 10:00 Madrid meeting at 10:00 across the October and March changes', () => {
    const meeting = recurring('2024-10-21T10:00:00+02:00', 'FREQ=WEEKLY;COUNT=3', { timeZone: MADRID });
    expect(starts(expandEvent(meeting, ALL_TIME).occurrences, MADRID)).toEqual([
      '2024-10-21 10:00 GMT+02:00',
      '2024-10-28 10:00 GMT+01:00',
      '2024-11-04 10:00 GMT+01:00',
    ]);
    const spring = recurring('2025-03-24T10:00:00+01:00', 'FREQ=WEEKLY;COUNT=2', { timeZone: MADRID });
    expect(starts(expandEvent(spring, ALL_TIME).occurrences, MADRID)).toEqual([
      '2025-03-24 10:00 GMT+01:00',
      '2025-03-31 10:00 GMT+02:00',
    ]);
  });

  it('moves a daily 00:00 Santiago occurrence to 01:00 on the day midnight does not exist', () => {
    const daily = recurring('2024-09-06T00:00:00-04:00', 'FREQ=DAILY;COUNT=4');
    expect(starts(expandEvent(daily, ALL_TIME).occurrences)).toEqual([
      '2024-09-06 00:00 GMT-04:00',
      '2024-09-07 00:00 GMT-04:00',
      '2024-09-08 01:00 GMT-03:00',
      '2024-09-09 00:00 GMT-03:00',
    ]);
  });

  it('makes all-day occurrences whole local days, 25 hours long when the clocks go back', () => {
    const weekly = event({ start: '2024-03-30', allDay: true, recurrence: { rule: 'FREQ=WEEKLY;COUNT=3' } });
    const { occurrences } = expandEvent(weekly, ALL_TIME);
    expect(starts(occurrences)).toEqual([
      '2024-03-30 00:00 GMT-03:00',
      '2024-04-06 00:00 GMT-03:00',
      '2024-04-13 00:00 GMT-04:00',
    ]);
    expect(occurrences.map(({ start, end }) => (end - start) / HOUR)).toEqual([24, 25, 24]);
  });

  it('keeps the length of multi-day all-day events in calendar days', () => {
    const yearly = event({
      start: '2024-09-06',
      end: '2024-09-09',
      allDay: true,
      recurrence: { rule: 'FREQ=YEARLY;COUNT=2' },
    });
    const { occurrences } = expandEvent(yearly, ALL_TIME);
    expect(occurrences.map(({ end }) => wall(end))).toEqual([
      '2024-09-09 00:00 GMT-03:00',
      '2025-09-09 00:00 GMT-03:00',
    ]);
  });
});

describe('rule parts', () => {
  it('stops after COUNT occurrences, counted from DTSTART even when the range starts later', () => {
    const daily = recurring('2024-01-01T09:00:00-03:00', 'FREQ=DAILY;COUNT=10');
    expect(expandEvent(daily, ALL_TIME).occurrences).toHaveLength(10);
    const later = expandEvent(daily, { from: Date.parse('2024-01-06T00:00:00-03:00'), to: ALL_TIME.to });
    expect(days(later.occurrences)).toEqual(['2024-01-06', '2024-01-07', '2024-01-08', '2024-01-09', '2024-01-10']);
  });

  it('includes an UNTIL date-time equal to an occurrence and excludes it a second earlier', () => {
    const until = (value: string) => recurring('2024-01-01T17:00:00-03:00', `FREQ=DAILY;UNTIL=${value}`);
    expect(days(expandEvent(until('20240105T200000Z'), ALL_TIME).occurrences).at(-1)).toBe('2024-01-05');
    expect(days(expandEvent(until('20240105T195959Z'), ALL_TIME).occurrences).at(-1)).toBe('2024-01-04');
  });

  it('includes the whole local day of an UNTIL date', () => {
    const meeting = recurring('2024-01-01T23:30:00-03:00', 'FREQ=DAILY;UNTIL=20240103');
    expect(starts(expandEvent(meeting, ALL_TIME).occurrences)).toEqual([
      '2024-01-01 23:30 GMT-03:00',
      '2024-01-02 23:30 GMT-03:00',
      '2024-01-03 23:30 GMT-03:00',
    ]);
  });

  it('steps by INTERVAL weeks, months and days', () => {
    const fortnightly = recurring('2024-01-01T09:00:00-03:00', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=6');
    expect(days(expandEvent(fortnightly, ALL_TIME).occurrences)).toEqual([
      '2024-01-01',
      '2024-01-03',
      '2024-01-15',
      '2024-01-17',
      '2024-01-29',
      '2024-01-31',
    ]);
    const quarterly = recurring('2024-01-31T09:00:00-03:00', 'FREQ=MONTHLY;INTERVAL=3;COUNT=4');
    // 30 April has no 31st: the month is skipped, not moved (RFC 5545).
    expect(days(expandEvent(quarterly, ALL_TIME).occurrences)).toEqual([
      '2024-01-31',
      '2024-07-31',
      '2024-10-31',
      '2025-01-31',
    ]);
    const everyThirdDay = recurring('2024-02-27T09:00:00-03:00', 'FREQ=DAILY;INTERVAL=3;COUNT=3');
    expect(days(expandEvent(everyThirdDay, ALL_TIME).occurrences)).toEqual(['2024-02-27', '2024-03-01', '2024-03-04']);
  });

  it('follows WKST for weekly rules with an interval (RFC 5545 example)', () => {
    const rule = 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU';
    const on = (weekStart: string) =>
      days(
        expandEvent(
          recurring('1997-08-05T09:00:00-04:00', `${rule};WKST=${weekStart}`, { timeZone: 'America/New_York' }),
          ALL_TIME,
        ).occurrences,
        'America/New_York',
      );
    expect(on('MO')).toEqual(['1997-08-05', '1997-08-10', '1997-08-19', '1997-08-24']);
    expect(on('SU')).toEqual(['1997-08-05', '1997-08-17', '1997-08-19', '1997-08-31']);
  });

  it('picks numbered weekdays: the second Wednesday and the last Friday', () => {
    const second = recurring('2024-01-10T12:00:00-03:00', 'FREQ=MONTHLY;BYDAY=2WE;COUNT=4');
    expect(days(expandEvent(second, ALL_TIME).occurrences)).toEqual([
      '2024-01-10',
      '2024-02-14',
      '2024-03-13',
      '2024-04-10',
    ]);
    const last = recurring('2024-01-26T12:00:00-03:00', 'FREQ=MONTHLY;BYDAY=-1FR;COUNT=4');
    expect(days(expandEvent(last, ALL_TIME).occurrences)).toEqual([
      '2024-01-26',
      '2024-02-23',
      '2024-03-29',
      '2024-04-26',
    ]);
  });

  it('counts YEARLY weekday ordinals within the year without BYMONTH (RFC 5545: 20th Monday)', () => {
    const twentieth = recurring('1997-05-19T09:00:00-04:00', 'FREQ=YEARLY;BYDAY=20MO;COUNT=3', {
      timeZone: 'America/New_York',
    });
    expect(days(expandEvent(twentieth, ALL_TIME).occurrences, 'America/New_York')).toEqual([
      '1997-05-19',
      '1998-05-18',
      '1999-05-17',
    ]);
  });

  it('counts negative BYMONTHDAY from the end of the month, leap day included', () => {
    const lastDay = recurring('2024-01-31T18:00:00-03:00', 'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4');
    expect(days(expandEvent(lastDay, ALL_TIME).occurrences)).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
    ]);
    const secondToLast = recurring('2023-01-30T18:00:00-03:00', 'FREQ=MONTHLY;BYMONTHDAY=-2;COUNT=3');
    expect(days(expandEvent(secondToLast, ALL_TIME).occurrences)).toEqual(['2023-01-30', '2023-02-27', '2023-03-30']);
  });

  it('expands YEARLY over BYMONTH with the last Sunday (the days Madrid changes clocks)', () => {
    const changes = recurring('2024-03-31T12:00:00+02:00', 'FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU;COUNT=4', {
      timeZone: MADRID,
    });
    expect(days(expandEvent(changes, ALL_TIME).occurrences, MADRID)).toEqual([
      '2024-03-31',
      '2024-10-27',
      '2025-03-30',
      '2025-10-26',
    ]);
  });

  it('selects with BYSETPOS: the last weekday of the month', () => {
    const lastWeekday = recurring('2024-03-29T09:00:00-03:00', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=4');
    expect(days(expandEvent(lastWeekday, ALL_TIME).occurrences)).toEqual([
      '2024-03-29',
      '2024-04-30',
      '2024-05-31',
      '2024-06-28',
    ]);
  });

  it('limits DAILY and WEEKLY rules with BYMONTH and plain BYDAY', () => {
    const weekends = recurring('2024-02-24T10:00:00-03:00', 'FREQ=DAILY;BYDAY=SA,SU;BYMONTH=2,3;COUNT=5');
    expect(days(expandEvent(weekends, ALL_TIME).occurrences)).toEqual([
      '2024-02-24',
      '2024-02-25',
      '2024-03-02',
      '2024-03-03',
      '2024-03-09',
    ]);
  });

  it('agrees with ical.js on wall times for rules whose DTSTART matches the rule', () => {
    const rules = [
      'FREQ=MONTHLY;BYDAY=3TH',
      'FREQ=MONTHLY;BYDAY=2WE',
      'FREQ=MONTHLY;BYDAY=-1FR',
      'FREQ=MONTHLY;BYMONTHDAY=1,-2',
      'FREQ=MONTHLY;BYMONTHDAY=31',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU',
      'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
      'FREQ=MONTHLY;BYDAY=TH;BYMONTHDAY=13,14,15,16,17,18,19',
      'FREQ=MONTHLY;BYMONTH=1,4;BYDAY=1MO,-1MO',
      'FREQ=YEARLY;INTERVAL=2;BYMONTH=1;BYDAY=SU',
      'FREQ=DAILY;INTERVAL=3;BYMONTH=2',
    ];
    for (const rule of rules) {
      const iterator = ICAL.Recur.fromString(`${rule};COUNT=30`).iterator(
        ICAL.Time.fromDateTimeString('2023-12-31T17:00:00'),
      );
      const expected: string[] = [];
      for (let time = iterator.next(); time; time = iterator.next())
        expected.push(time.toString().replace('T', ' ').slice(0, 16));
      const [year, month, day] = expected[0]!.slice(0, 10).split('-').map(Number) as [number, number, number];
      const start = new Date(zonedToEpoch({ year, month, day, hour: 17 }, SANTIAGO)).toISOString();
      const ours = starts(expandEvent(recurring(start, `${rule};COUNT=30`), ALL_TIME).occurrences).map((text) =>
        text.slice(0, 16),
      );
      expect({ rule, occurrences: ours }).toEqual({ rule, occurrences: expected });
    }
  });
});

describe('DTSTART and EXDATE', () => {
  it('counts DTSTART as the first occurrence even when it does not match the rule (RFC 5545)', () => {
    const meeting = recurring('2024-01-02T09:00:00-03:00', 'FREQ=MONTHLY;BYDAY=3TH;COUNT=3');
    expect(days(expandEvent(meeting, ALL_TIME).occurrences)).toEqual(['2024-01-02', '2024-01-18', '2024-02-15']);
  });

  it('removes exceptions, which still count towards COUNT', () => {
    const meeting = recurring('2024-01-18T17:00:00-03:00', 'FREQ=MONTHLY;BYDAY=3TH;COUNT=5', {
      recurrence: {
        rule: 'FREQ=MONTHLY;BYDAY=3TH;COUNT=5',
        exceptions: ['2024-02-15T17:00:00-03:00', '2024-04-18T17:00:00-04:00'],
      },
    });
    expect(days(expandEvent(meeting, ALL_TIME).occurrences)).toEqual(['2024-01-18', '2024-03-21', '2024-05-16']);
  });

  it('removes all-day occurrences by date', () => {
    const holiday = event({
      start: '2024-12-16',
      allDay: true,
      recurrence: { rule: 'FREQ=DAILY;COUNT=3', exceptions: ['2024-12-17'] },
    });
    expect(days(expandEvent(holiday, ALL_TIME).occurrences)).toEqual(['2024-12-16', '2024-12-18']);
  });

  it('ignores an exception whose instant is not an occurrence', () => {
    const meeting = recurring('2024-01-18T17:00:00-03:00', 'FREQ=MONTHLY;BYDAY=3TH;COUNT=2', {
      recurrence: { rule: 'FREQ=MONTHLY;BYDAY=3TH;COUNT=2', exceptions: ['2024-02-15T18:00:00-03:00'] },
    });
    expect(expandEvent(meeting, ALL_TIME).occurrences).toHaveLength(2);
  });
});

describe('range clipping', () => {
  const daily = recurring('2024-01-01T10:00:00-03:00', 'FREQ=DAILY', { end: '2024-01-01T12:00:00-03:00' });
  const at = (text: string) => Date.parse(text);

  it('returns occurrences that overlap [from, to), including one already under way', () => {
    const { occurrences } = expandEvent(daily, {
      from: at('2024-03-05T11:00:00-03:00'),
      to: at('2024-03-07T10:00:00-03:00'),
    });
    expect(starts(occurrences)).toEqual(['2024-03-05 10:00 GMT-03:00', '2024-03-06 10:00 GMT-03:00']);
  });

  it('leaves out an occurrence that ends exactly at `from`', () => {
    const { occurrences } = expandEvent(daily, {
      from: at('2024-03-05T12:00:00-03:00'),
      to: at('2024-03-06T12:00:00-03:00'),
    });
    expect(days(occurrences)).toEqual(['2024-03-06']);
  });

  it('returns a single event when it overlaps, and nothing otherwise', () => {
    const once = event({ start: '2024-05-16T17:00:00-04:00' });
    expect(expandEvent(once, ALL_TIME).occurrences).toEqual([
      { start: at('2024-05-16T21:00:00Z'), end: at('2024-05-16T22:00:00Z') },
    ]);
    expect(expandEvent(once, { from: at('2024-05-16T22:00:00Z'), to: ALL_TIME.to }).occurrences).toEqual([]);
  });

  it('returns nothing for a range before the series starts', () => {
    expect(expandEvent(daily, { from: 0, to: at('2023-12-31T00:00:00Z') })).toEqual({
      occurrences: [],
      truncated: false,
    });
  });

  it('jumps ahead to a far range instead of walking from DTSTART', () => {
    const old = recurring('1990-01-01T10:00:00-03:00', 'FREQ=DAILY');
    const range = { from: Date.UTC(2030, 5, 1), to: Date.UTC(2030, 5, 4) };
    // 40 years of days would exceed a budget of 100 candidate days.
    const { occurrences, truncated } = expandEvent(old, range, { maxIterations: 100 });
    expect({ days: days(occurrences), truncated }).toEqual({
      days: ['2030-06-01', '2030-06-02', '2030-06-03'],
      truncated: false,
    });
  });
});

describe('bounds', () => {
  it('caps an endless daily rule at maxOccurrences and says so', () => {
    const endless = recurring('2024-01-01T10:00:00-03:00', 'FREQ=DAILY');
    const capped = expandEvent(endless, { from: 0, to: Number.MAX_SAFE_INTEGER }, { maxOccurrences: 3 });
    expect({ count: capped.occurrences.length, truncated: capped.truncated }).toEqual({ count: 3, truncated: true });
    const byDefault = expandEvent(endless, { from: 0, to: Number.MAX_SAFE_INTEGER });
    expect({ count: byDefault.occurrences.length, truncated: byDefault.truncated }).toEqual({
      count: 5_000,
      truncated: true,
    });
  });

  it('is not truncated when exactly maxOccurrences occur', () => {
    const three = recurring('2024-01-01T10:00:00-03:00', 'FREQ=DAILY;COUNT=3');
    expect(expandEvent(three, ALL_TIME, { maxOccurrences: 3 }).truncated).toBe(false);
  });

  it('gives up on a rule that never matches (31 February) after maxIterations candidate days', () => {
    for (const rule of ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31', 'FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=2']) {
      const never = recurring('2024-01-01T10:00:00-03:00', rule);
      const started = performance.now();
      const { occurrences, truncated } = expandEvent(never, { from: 0, to: Number.MAX_SAFE_INTEGER });
      expect({ rule, truncated, count: occurrences.length }).toEqual({ rule, truncated: true, count: 1 });
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });

  it('is not truncated by a never-matching rule over a bounded range', () => {
    const never = recurring('2024-01-01T10:00:00-03:00', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31');
    expect(expandEvent(never, { from: 0, to: Date.UTC(2030, 0, 1) }).truncated).toBe(false);
  });

  it('stops counting a huge COUNT at maxIterations', () => {
    const huge = recurring('2024-01-01T10:00:00-03:00', 'FREQ=DAILY;COUNT=1000000');
    const { occurrences, truncated } = expandEvent(huge, { from: Date.UTC(2500, 0, 1), to: Date.UTC(2500, 0, 2) });
    expect({ occurrences, truncated }).toEqual({ occurrences: [], truncated: true });
  });
});

describe('parseRRule', () => {
  it('returns a typed rule', () => {
    expect(
      parseRRule(
        'FREQ=MONTHLY;INTERVAL=2;BYDAY=2WE,-1FR,MO;BYMONTHDAY=-1,15;BYMONTH=3,9;UNTIL=20251231T235959Z;WKST=SU',
      ),
    ).toEqual({
      freq: 'MONTHLY',
      interval: 2,
      count: undefined,
      until: Date.UTC(2025, 11, 31, 23, 59, 59),
      byDay: [{ weekday: 2, ordinal: 2 }, { weekday: 4, ordinal: -1 }, { weekday: 0 }],
      byMonthDay: [-1, 15],
      byMonth: [3, 9],
      bySetPos: undefined,
      weekStart: 6,
    });
    expect(parseRRule('FREQ=DAILY;COUNT=7;BYSETPOS=1;BYDAY=MO')).toMatchObject({
      interval: 1,
      count: 7,
      bySetPos: [1],
      weekStart: 0,
    });
    expect(parseRRule('FREQ=YEARLY;UNTIL=20240229').until).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each([
    ['FREQ=HOURLY', /FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY/],
    ['INTERVAL=2', /FREQ must be/],
    ['FREQ=DAILY;BYHOUR=9', /BYHOUR is not supported \(supported: FREQ, INTERVAL/],
    ['FREQ=YEARLY;BYWEEKNO=20', /BYWEEKNO is not supported/],
    ['FREQ=DAILY;COLOR=red', /COLOR is not an RRULE part/],
    ['FREQ=DAILY;COUNT=3;UNTIL=20240101', /COUNT and UNTIL cannot both be given/],
    ['FREQ=DAILY;COUNT=3;COUNT=4', /COUNT is given more than once/],
    ['FREQ=DAILY;INTERVAL=0', /INTERVAL must be a whole number from 1/],
    ['FREQ=DAILY;COUNT=-1', /COUNT must be a whole number/],
    ['FREQ=DAILY;UNTIL=20240101T000000', /UNTIL=20240101T000000 must be a date \(YYYYMMDD\) or a UTC date-time/],
    ['FREQ=DAILY;UNTIL=20240230', /UNTIL=20240230/],
    ['FREQ=DAILY;UNTIL=20240101T240000Z', /UNTIL=20240101T240000Z/],
    ['FREQ=WEEKLY;BYDAY=2WE', /numbered weekdays such as 2WE need FREQ=MONTHLY or FREQ=YEARLY, not WEEKLY/],
    ['FREQ=MONTHLY;BYDAY=6MO', /at most 5 of each weekday/],
    ['FREQ=MONTHLY;BYDAY=XX', /"XX" is not a weekday such as MO, 2WE or -1FR/],
    ['FREQ=MONTHLY;BYDAY=0MO', /"0MO" is not a weekday/],
    ['FREQ=MONTHLY;BYMONTHDAY=0', /BYMONTHDAY must list numbers from 1 to 31 \(or -1 to -31/],
    ['FREQ=MONTHLY;BYMONTHDAY=32', /BYMONTHDAY must list/],
    ['FREQ=YEARLY;BYMONTH=13', /BYMONTH must list numbers from 1 to 12$/],
    ['FREQ=YEARLY;BYMONTH=-1', /BYMONTH must list/],
    ['FREQ=WEEKLY;BYMONTHDAY=1', /BYMONTHDAY cannot be used with FREQ=WEEKLY/],
    ['FREQ=MONTHLY;BYSETPOS=1', /BYSETPOS needs BYDAY, BYMONTHDAY or BYMONTH/],
    ['FREQ=MONTHLY;WKST=2MO', /"2MO" is not a weekday such as MO$/],
    ['FREQ=MONTHLY;BYDAY', /"BYDAY" is not NAME=VALUE/],
  ])('rejects %s', (rule, message) => {
    const error = (() => {
      try {
        parseRRule(rule);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(RecurrenceError);
    expect((error as RecurrenceError).message).toMatch(message);
    expect((error as RecurrenceError).message).toContain(`Recurrence rule "${rule}"`);
    expect((error as RecurrenceError).rule).toBe(rule);
  });

  it('makes expandEvent throw the same error instead of guessing', () => {
    // The Event schema rejects this rule too, so the event is built past it.
    const valid = recurring('2024-01-01T10:00:00-03:00', 'FREQ=YEARLY');
    const unsupported = { ...valid, recurrence: { rule: 'FREQ=YEARLY;BYWEEKNO=20' } };
    expect(() => expandEvent(unsupported, ALL_TIME)).toThrow(RecurrenceError);
    expect(() => expandEvent(unsupported, ALL_TIME)).toThrow(/BYWEEKNO is not supported/);
  });
});
