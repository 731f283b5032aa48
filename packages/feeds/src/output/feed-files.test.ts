import { Event, EventsFile, expandEvent, type GovEventInput } from '@govtech-network/sdk';
import { describe, expect, it } from 'vitest';
import { feedFiles } from './feed-files.js';

const event = (input: Omit<GovEventInput, 'title'>) => Event.parse({ title: `Evento ${input.id}`, ...input });

/** Events at the edges of UTC months: where a shard's membership is easiest to get wrong. */
const EDGE_EVENTS = [
  // Starts on the last evening of January in Santiago, which is already February in UTC.
  event({ id: 'cruza-medianoche-utc', start: '2026-01-31T22:00:00-03:00', end: '2026-02-01T00:00:00-03:00', timeZone: 'America/Santiago' }),
  // Ends exactly when March starts: ends are exclusive, so it is not in March.
  event({ id: 'termina-al-empezar-marzo', start: '2026-02-28T22:00:00Z', end: '2026-03-01T00:00:00Z', timeZone: 'UTC' }),
  // No length, exactly at the start of April: an instant lies in the month it is in.
  event({ id: 'instante-1-abril', start: '2026-04-01T00:00:00Z', end: '2026-04-01T00:00:00Z', timeZone: 'UTC' }),
  // Default length (one hour) carries it into July.
  event({ id: 'sin-fin-30-junio', start: '2026-06-30T23:30:00Z', timeZone: 'UTC' }),
  // All-day over a month change, in a zone west of UTC (its days end in the next UTC day).
  event({ id: 'varios-dias', start: '2026-05-30', end: '2026-06-02', allDay: true, timeZone: 'America/Santiago' }),
  // A whole day in a zone east of UTC: it starts on the previous UTC day, the last of August.
  event({ id: 'dia-madrid', start: '2026-09-01', allDay: true, timeZone: 'Europe/Madrid' }),
  // Three months long.
  event({ id: 'largo', start: '2026-10-15T09:00:00-03:00', end: '2027-01-15T09:00:00-03:00', timeZone: 'America/Santiago' }),
  // Far past the horizon: the shards run until it ends.
  event({ id: 'lejano', start: '2031-03-10T10:00:00+01:00', end: '2031-03-10T12:00:00+01:00', timeZone: 'Europe/Madrid' }),
  // Series: a monthly one with a count, and a weekly one ending within the year.
  event({ id: 'serie-mensual', start: '2026-01-20T17:00:00-03:00', end: '2026-01-20T19:00:00-03:00', timeZone: 'America/Santiago', recurrence: { rule: 'FREQ=MONTHLY;COUNT=5' } }),
  event({ id: 'serie-semanal', start: '2026-03-30T23:30:00Z', timeZone: 'UTC', recurrence: { rule: 'FREQ=WEEKLY;UNTIL=20260601T000000Z' } }),
];

describe('feedFiles shards', () => {
  it('put each event in the shard of every UTC month its occurrences overlap, as expandEvent counts them', () => {
    const { files, manifest } = feedFiles({ generatedAt: '2026-01-01T00:00:00Z', networks: [], events: EDGE_EVENTS });
    const shards = manifest.feeds.events!.shards!;
    const sorted = EventsFile.parse(JSON.parse(files.get('events.json')!)).events;
    // Every month from the first event's to the last occurrence's (the horizon is 2028), empty ones skipped.
    const months: { from: number; to: number }[] = [];
    for (let from = Date.UTC(2026, 0, 1); from < Date.UTC(2031, 3, 1); ) {
      const start = new Date(from);
      const to = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
      months.push({ from, to });
      from = to;
    }
    const expected = months
      .map(({ from, to }) => ({
        month: new Date(from).toISOString().slice(0, 7),
        ids: sorted.filter((item) => expandEvent(item, { from, to }).occurrences.length > 0).map((item) => item.id),
      }))
      .filter(({ ids }) => ids.length > 0);
    const written = shards.map((shard) => ({
      month: shard.from.slice(0, 7),
      ids: EventsFile.parse(JSON.parse(files.get(shard.url)!)).events.map((item) => item.id),
    }));
    expect(written).toEqual(expected);
    // The edges themselves, spelled out.
    const monthsOf = (id: string) => written.filter(({ ids }) => ids.includes(id)).map(({ month }) => month);
    expect(monthsOf('cruza-medianoche-utc')).toEqual(['2026-02']);
    expect(monthsOf('termina-al-empezar-marzo')).toEqual(['2026-02']);
    expect(monthsOf('instante-1-abril')).toEqual(['2026-04']);
    expect(monthsOf('sin-fin-30-junio')).toEqual(['2026-06', '2026-07']);
    expect(monthsOf('varios-dias')).toEqual(['2026-05', '2026-06']);
    expect(monthsOf('dia-madrid')).toEqual(['2026-08', '2026-09']);
    expect(monthsOf('largo')).toEqual(['2026-10', '2026-11', '2026-12', '2027-01']);
    expect(monthsOf('lejano')).toEqual(['2031-03']);
    expect(monthsOf('serie-mensual')).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    expect(monthsOf('serie-semanal')).toEqual(['2026-03', '2026-04', '2026-05']);
  });
});
