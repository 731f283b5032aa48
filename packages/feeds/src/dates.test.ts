import { describe, expect, it } from 'vitest';
import { formatInZone, toFeedDate } from './dates.js';

describe('toFeedDate, datetime fields', () => {
  it('writes a Decap UTC instant with the event zone offset (17:00 Santiago saved as 20:00Z in summer)', () => {
    expect(toFeedDate('2022-02-23T20:00:00.000Z', 'datetime', 'America/Santiago')).toEqual({
      value: '2022-02-23T17:00:00-03:00',
      allDay: false,
    });
  });

  it('follows DST: the same 17:00 Santiago panel in winter was saved as 21:00Z', () => {
    expect(toFeedDate('2022-07-14T21:00:00.000Z', 'datetime', 'America/Santiago')?.value).toBe('2022-07-14T17:00:00-04:00');
    // Madrid on the day clocks go forward (2022-03-27): 10:00 CEST is 08:00Z.
    expect(toFeedDate('2022-03-27T08:00:00Z', 'datetime', 'Europe/Madrid')?.value).toBe('2022-03-27T10:00:00+02:00');
  });

  it('reads a wall time without offset in the event zone, across a DST change', () => {
    expect(toFeedDate('2022-02-23T17:00', 'datetime', 'America/Santiago')?.value).toBe('2022-02-23T17:00:00-03:00');
    expect(toFeedDate('2022-07-14 17:00:00', 'datetime', 'America/Santiago')?.value).toBe('2022-07-14T17:00:00-04:00');
  });

  it('keeps an explicit offset as the same instant', () => {
    expect(toFeedDate('2022-02-23T15:00:00-05:00', 'datetime', 'America/Santiago')?.value).toBe('2022-02-23T17:00:00-03:00');
    expect(toFeedDate('2022-02-23T15:00:00-0500', 'datetime', 'America/Santiago')?.value).toBe('2022-02-23T17:00:00-03:00');
  });

  it('makes a bare date an all-day event', () => {
    expect(toFeedDate('2022-04-26', 'datetime', 'America/Guatemala')).toEqual({ value: '2022-04-26', allDay: true });
  });

  it('accepts a Date (what a YAML 1.1 timestamp would be)', () => {
    expect(toFeedDate(new Date('2022-02-23T20:00:00Z'), 'datetime', 'America/Santiago')?.value).toBe('2022-02-23T17:00:00-03:00');
  });
});

describe('toFeedDate, date-only fields', () => {
  it('keeps the Mesa seed on its day (a save time in UTC)', () => {
    expect(toFeedDate('2022-04-26T14:30:48.928Z', 'date-only', 'America/Guatemala')).toEqual({ value: '2022-04-26', allDay: true });
  });

  it('takes a bare date as written (never through UTC midnight, decap-cms 3640)', () => {
    expect(toFeedDate('2022-04-26', 'date-only', 'America/Guatemala')).toEqual({ value: '2022-04-26', allDay: true });
  });

  it('reads a date stored as UTC midnight as that day, not the evening before in the Americas', () => {
    expect(toFeedDate('2022-04-26T00:00:00.000Z', 'date-only', 'America/Guatemala')?.value).toBe('2022-04-26');
  });

  it('reads a local midnight shifted to UTC (decap-cms 7319) as the local day', () => {
    // Midnight in Guatemala (-06:00) is 06:00Z; midnight in Santiago in summer (-03:00) is 03:00Z.
    expect(toFeedDate('2022-04-26T06:00:00.000Z', 'date-only', 'America/Guatemala')?.value).toBe('2022-04-26');
    expect(toFeedDate('2022-02-23T03:00:00.000Z', 'date-only', 'America/Santiago')?.value).toBe('2022-02-23');
    // An evening in Guatemala already on the next day in UTC stays on the Guatemalan day.
    expect(toFeedDate('2022-04-27T02:30:00.000Z', 'date-only', 'America/Guatemala')?.value).toBe('2022-04-26');
  });

  it('takes a wall time as its date', () => {
    expect(toFeedDate('2022-04-26T23:30', 'date-only', 'America/Guatemala')?.value).toBe('2022-04-26');
  });
});

describe('toFeedDate, unreadable values', () => {
  it.each(['26/04/2022', 'mañana', '2022-02-30', '2022-13-01T10:00Z', '2022-04-26T25:00', '', 42, null, {}])('refuses %j', (value) => {
    expect(toFeedDate(value, 'datetime', 'America/Santiago')).toBeUndefined();
  });
});

describe('formatInZone', () => {
  it('writes Z for a zero offset and keeps half-hour offsets', () => {
    expect(formatInZone(Date.parse('2022-01-10T12:00:00Z'), 'UTC')).toBe('2022-01-10T12:00:00Z');
    expect(formatInZone(Date.parse('2022-01-10T12:00:00Z'), 'Asia/Kolkata')).toBe('2022-01-10T17:30:00+05:30');
  });
});
