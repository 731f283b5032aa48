import { isTimeZone } from '@govtech-network/sdk';
import { describe, expect, it } from 'vitest';
import { WINDOWS_ZONES } from './windows-zones.js';
import { icsTime } from './zones.js';

describe('zones', () => {
  it('every Windows name maps to a zone this runtime knows', () => {
    for (const [name, zone] of Object.entries(WINDOWS_ZONES)) expect(isTimeZone(zone), name).toBe(true);
  });

  it('reads ical.js date and date-time values, and refuses impossible ones', () => {
    expect(icsTime('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29, hour: 0, minute: 0, second: 0, date: true, utc: false });
    expect(icsTime('2024-04-18T17:00:60Z')).toMatchObject({ hour: 17, second: 59, date: false, utc: true });
    for (const bad of ['2023-02-29', '2024-13-01T10:00:00', '2024-01-01T24:00:00', '2024-xx-T::', 20240101, undefined]) {
      expect(icsTime(bad), String(bad)).toBeUndefined();
    }
  });
});
