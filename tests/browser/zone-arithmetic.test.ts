// Zone arithmetic in Chromium, which has Temporal: the SDK uses it there (the first Intl.DateTimeFormat of
// a page is dear), and Intl where a runtime has no Temporal (Node 20: the SDK's own tests). Both must
// give the same wall clocks, and the widgets' first render must not build a date formatter.
import { expect } from '@open-wc/testing';
import { zonedPartsByIntl, zonedPartsByTemporal } from '../../packages/sdk/src/time.js';
import { isTimeZone, runtimeTimeZone, temporal } from '../../packages/sdk/src/time-zone.js';

// Zones with offset changes (Casablanca's twice a year around Ramadan, Lord Howe's half hour, Chatham's
// 45-minute offset) and without.
const ZONES = ['America/Santiago', 'Europe/Madrid', 'Africa/Casablanca', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/Sao_Paulo', 'Asia/Kolkata'];

describe('zone arithmetic with Temporal', () => {
  it('is what this browser uses', () => {
    expect(temporal, 'Chromium has Temporal').to.not.equal(undefined);
  });

  it('reads the same wall clocks as Intl: each second before and at every whole hour of 2026–2027', () => {
    // Offsets change on a whole UTC hour in these zones: the second before it and the hour itself are
    // both sides of every change.
    let compared = 0;
    for (const zone of ZONES) {
      for (let hour = Date.UTC(2026, 0, 1); hour < Date.UTC(2028, 0, 1); hour += 3_600_000) {
        for (const at of [hour - 1_000, hour + 1_234]) {
          const byTemporal = zonedPartsByTemporal(at, zone);
          const byIntl = zonedPartsByIntl(at, zone);
          if (byTemporal.hour !== byIntl.hour || byTemporal.minute !== byIntl.minute || byTemporal.day !== byIntl.day || byTemporal.second !== byIntl.second) {
            expect(byTemporal, `${zone} at ${new Date(at).toISOString()}`).to.deep.equal(byIntl);
          }
          compared++;
        }
      }
      // And the rest of the fields, once a day.
      for (let day = Date.UTC(2026, 0, 1, 5); day < Date.UTC(2028, 0, 1); day += 86_400_000) {
        expect(zonedPartsByTemporal(day, zone)).to.deep.equal(zonedPartsByIntl(day, zone));
      }
    }
    expect(compared).to.equal(ZONES.length * 2 * 730 * 24);
  }).timeout(30_000);

  it('knows the same zones as Intl', () => {
    const known = (name: string) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: name });
        return name.includes('/') || name === 'UTC';
      } catch {
        return false;
      }
    };
    for (const name of ['America/Santiago', 'america/santiago', 'America/Buenos_Aires', 'Etc/GMT+5', 'UTC', 'utc', 'EST5EDT', '+05:00', 'Mars/Olympus', '', 'Europe/Madrid ']) {
      expect(isTimeZone(name), name).to.equal(known(name));
    }
  });

  it('finds the visitor’s zone as Intl does', () => {
    expect(runtimeTimeZone()).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
