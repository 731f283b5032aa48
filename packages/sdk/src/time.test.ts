import { describe, expect, it } from 'vitest';
import {
  dateOfEpochDay,
  daysInMonth,
  epochDay,
  offsetMinutes,
  parseFeedInstant,
  weekdayOf,
  zonedParts,
  zonedToEpoch,
} from './time.js';
import { offsetTransitions } from './offset-transitions.js';

const SANTIAGO = 'America/Santiago';
const MADRID = 'Europe/Madrid';
const HOUR = 3_600_000;

/** A Sunday as YYYY-MM-DD, found with Date alone: the first on or after `day`, or (day = -1) the month's last. */
function sunday(year: number, month: number, day: number): string {
  const date = new Date(day > 0 ? Date.UTC(year, month - 1, day) : Date.UTC(year, month, 0));
  while (date.getUTCDay() !== 0) date.setUTCDate(date.getUTCDate() + (day > 0 ? 1 : -1));
  return date.toISOString().slice(0, 10);
}

describe('offset transitions, checked against the runtime zone database', () => {
  // Checked with an hourly Intl scan of 2022-2027: Chile changes clocks at the midnight that ends the first
  // Saturday of April (-03 to -04, at 03:00Z) and of September (-04 to -03, at 04:00Z), i.e. on the Sunday
  // on or after the 2nd; 2022 moved September to the 11th because of the plebiscite of the 4th.
  const santiago = offsetTransitions(SANTIAGO, Date.UTC(2022, 0, 1), Date.UTC(2028, 0, 1));

  it('finds America/Santiago leaving DST after the first Saturday of April', () => {
    const april = santiago.filter(({ to }) => to === -240);
    expect(april.map(({ at }) => new Date(at).toISOString())).toEqual(
      [2022, 2023, 2024, 2025, 2026, 2027].map((year) => `${sunday(year, 4, 2)}T03:00:00.000Z`),
    );
    expect(april.every(({ from }) => from === -180)).toBe(true);
  });

  it('finds America/Santiago entering DST after the first Saturday of September (11 September in 2022)', () => {
    const september = santiago.filter(({ to }) => to === -180);
    expect(september.map(({ at }) => new Date(at).toISOString())).toEqual([
      '2022-09-11T04:00:00.000Z',
      ...[2023, 2024, 2025, 2026, 2027].map((year) => `${sunday(year, 9, 2)}T04:00:00.000Z`),
    ]);
    expect(santiago).toHaveLength(12);
  });

  it('finds Europe/Madrid changing at 01:00Z on the last Sundays of March and October', () => {
    const madrid = offsetTransitions(MADRID, Date.UTC(2022, 0, 1), Date.UTC(2028, 0, 1));
    const expected = [2022, 2023, 2024, 2025, 2026, 2027].flatMap((year) => [
      { at: `${sunday(year, 3, -1)}T01:00:00.000Z`, from: 60, to: 120 },
      { at: `${sunday(year, 10, -1)}T01:00:00.000Z`, from: 120, to: 60 },
    ]);
    expect(madrid.map(({ at, from, to }) => ({ at: new Date(at).toISOString(), from, to }))).toEqual(expected);
  });

  it('finds none in a zone without DST', () => {
    expect(offsetTransitions('America/Bogota', Date.UTC(2022, 0, 1), Date.UTC(2028, 0, 1))).toEqual([]);
  });
});

describe('zonedParts and offsetMinutes', () => {
  it('reads the wall clock and weekday of Santiago in summer and winter', () => {
    expect(zonedParts(Date.UTC(2024, 0, 18, 20, 0, 5), SANTIAGO)).toEqual({
      year: 2024,
      month: 1,
      day: 18,
      hour: 17,
      minute: 0,
      second: 5,
      weekday: 3,
    });
    expect(zonedParts(Date.UTC(2024, 6, 18, 21), SANTIAGO)).toMatchObject({ hour: 17, weekday: 3 });
    // Midnight is hour 0, not 24.
    expect(zonedParts(Date.UTC(2024, 6, 21, 22), MADRID)).toMatchObject({ day: 22, hour: 0, weekday: 0 });
  });

  it('gives offsets in minutes east of UTC, on both sides of each change', () => {
    const april = Date.UTC(2024, 3, 7, 3);
    expect(offsetMinutes(april - 1, SANTIAGO)).toBe(-180);
    expect(offsetMinutes(april, SANTIAGO)).toBe(-240);
    const october = Date.UTC(2024, 9, 27, 1);
    expect(offsetMinutes(october - 1, MADRID)).toBe(120);
    expect(offsetMinutes(october, MADRID)).toBe(60);
    expect(offsetMinutes(october, 'Asia/Kathmandu')).toBe(345);
  });

  it('builds one formatter per zone, however many times the zone is used', () => {
    const Original = Intl.DateTimeFormat;
    let constructed = 0;
    Intl.DateTimeFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        constructed++;
      }
    } as typeof Original;
    try {
      for (let hour = 0; hour < 50; hour++) zonedParts(Date.UTC(2024, 0, 1, hour), 'Pacific/Chatham');
    } finally {
      Intl.DateTimeFormat = Original;
    }
    expect(constructed).toBe(1);
  });
});

describe('zonedToEpoch', () => {
  it('converts ordinary wall times with the offset in force', () => {
    expect(zonedToEpoch({ year: 2024, month: 1, day: 18, hour: 17 }, SANTIAGO)).toBe(Date.UTC(2024, 0, 18, 20));
    expect(zonedToEpoch({ year: 2024, month: 7, day: 18, hour: 17 }, SANTIAGO)).toBe(Date.UTC(2024, 6, 18, 21));
    expect(zonedToEpoch({ year: 2024, month: 7, day: 1 }, MADRID)).toBe(Date.UTC(2024, 5, 30, 22));
  });

  it('moves a time in the September gap of Santiago forward by the gap (00:00 does not exist)', () => {
    expect(zonedToEpoch({ year: 2024, month: 9, day: 8 }, SANTIAGO)).toBe(Date.UTC(2024, 8, 8, 4));
    expect(zonedToEpoch({ year: 2024, month: 9, day: 8, minute: 30 }, SANTIAGO)).toBe(Date.UTC(2024, 8, 8, 4, 30));
    expect(zonedParts(Date.UTC(2024, 8, 8, 4, 30), SANTIAGO)).toMatchObject({ hour: 1, minute: 30 });
  });

  it('takes the earlier instant in the April overlap of Santiago (23:30 happens twice)', () => {
    const wall = { year: 2024, month: 4, day: 6, hour: 23, minute: 30 };
    expect(zonedToEpoch(wall, SANTIAGO)).toBe(Date.UTC(2024, 3, 7, 2, 30));
  });

  it('handles the Madrid gap and overlap the same way', () => {
    expect(zonedToEpoch({ year: 2024, month: 3, day: 31, hour: 2, minute: 30 }, MADRID)).toBe(
      Date.UTC(2024, 2, 31, 1, 30),
    );
    expect(zonedToEpoch({ year: 2024, month: 10, day: 27, hour: 2, minute: 30 }, MADRID)).toBe(
      Date.UTC(2024, 9, 27, 0, 30),
    );
  });

  it('round-trips every hour of 2024, except the second pass of an overlap', () => {
    for (const zone of [SANTIAGO, MADRID]) {
      const misses: string[] = [];
      for (let instant = Date.UTC(2024, 0, 1); instant < Date.UTC(2025, 0, 1); instant += HOUR) {
        const back = zonedToEpoch(zonedParts(instant, zone), zone);
        const secondPass = back === instant - HOUR && offsetMinutes(back, zone) !== offsetMinutes(instant, zone);
        if (back !== instant && !secondPass) misses.push(new Date(instant).toISOString());
      }
      expect(misses).toEqual([]);
    }
  });
});

describe('parseFeedInstant', () => {
  it('reads date-times with an offset or Z, with fractions', () => {
    expect(parseFeedInstant('2024-01-18T17:00:00-03:00', MADRID)).toBe(Date.UTC(2024, 0, 18, 20));
    expect(parseFeedInstant('2024-01-18T17:00Z', SANTIAGO)).toBe(Date.UTC(2024, 0, 18, 17));
    expect(parseFeedInstant('2024-01-18T17:00:00.250+05:30', SANTIAGO)).toBe(Date.UTC(2024, 0, 18, 11, 30, 0, 250));
  });

  it('reads a calendar date as midnight in the zone, or the first instant after a missing midnight', () => {
    expect(parseFeedInstant('2024-12-16', MADRID)).toBe(Date.UTC(2024, 11, 15, 23));
    expect(parseFeedInstant('2024-09-08', SANTIAGO)).toBe(Date.UTC(2024, 8, 8, 4));
  });

  it('refuses a local time without offset and garbage', () => {
    expect(() => parseFeedInstant('2024-01-18T17:00:00', SANTIAGO)).toThrow(RangeError);
    expect(() => parseFeedInstant('next tuesday', SANTIAGO)).toThrow(/neither a date-time with offset/);
  });
});

describe('calendar day helpers', () => {
  it('number days from 1970-01-01 (a Thursday) and back', () => {
    expect(epochDay(1970, 1, 1)).toBe(0);
    expect(weekdayOf(0)).toBe(3);
    expect(weekdayOf(-1)).toBe(2);
    const day = epochDay(2024, 2, 29);
    expect(dateOfEpochDay(day + 1)).toEqual({ year: 2024, month: 3, day: 1 });
    expect(weekdayOf(day)).toBe(3);
  });

  it('know month lengths, leap years included', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)]).toEqual([
      29, 28, 28, 29,
    ]);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
  });
});
