import { describe, expect, it } from 'vitest';
import { syntheticEvents, syntheticLabs } from '../../examples/synthetic/generate.js';
import { offsetMinutes } from '../../packages/sdk/src/time.js';
import { Event, FEED_SCHEMA_VERSION, Lab, isDateOnly } from '../../packages/sdk/src/schema.js';

describe('synthetic feeds', () => {
  it('are byte-identical for the same seed and differ for another seed', () => {
    expect(JSON.stringify(syntheticEvents(2000, 7))).toBe(JSON.stringify(syntheticEvents(2000, 7)));
    expect(JSON.stringify(syntheticLabs(1000, 7))).toBe(JSON.stringify(syntheticLabs(1000, 7)));
    expect(JSON.stringify(syntheticEvents(200, 7))).not.toBe(JSON.stringify(syntheticEvents(200, 8)));
    expect(JSON.stringify(syntheticLabs(200, 7))).not.toBe(JSON.stringify(syntheticLabs(200, 8)));
    // The default seed is fixed too, and a prefix does not depend on the count asked for.
    expect(syntheticEvents(50).events).toEqual(syntheticEvents(500).events.slice(0, 50));
  });

  it('are v1 collection files whose items all pass the schemas and are marked as example data', () => {
    const events = syntheticEvents(3000, 11);
    const labs = syntheticLabs(2000, 11);
    for (const feed of [events, labs]) {
      expect(feed.schemaVersion).toBe(FEED_SCHEMA_VERSION);
      expect(feed.generatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
    expect(events.events).toHaveLength(3000);
    expect(labs.labs).toHaveLength(2000);
    for (const [index, item] of events.events.entries()) {
      const result = Event.safeParse(item);
      expect(result.success, `events[${index}] (${item.id}): ${result.error?.message}`).toBe(true);
      expect(item.exampleData).toBe(true);
    }
    for (const [index, item] of labs.labs.entries()) {
      const result = Lab.safeParse(item);
      expect(result.success, `labs[${index}] (${item.id}): ${result.error?.message}`).toBe(true);
      expect(item.exampleData).toBe(true);
    }
    expect(new Set(events.events.map((event) => event.id)).size).toBe(3000);
    expect(new Set(labs.labs.map((lab) => lab.id)).size).toBe(2000);
  });

  it('spread over about three years and many zones, with about 5% recurring events', () => {
    const { events } = syntheticEvents(10_000);
    const recurring = events.filter((event) => event.recurrence).length / events.length;
    expect(recurring).toBeGreaterThan(0.03);
    expect(recurring).toBeLessThan(0.07);
    const zones = new Set(events.map((event) => event.timeZone));
    for (const zone of ['America/Santiago', 'America/Bogota', 'America/Lima', 'America/Mexico_City', 'Europe/Madrid', 'America/Sao_Paulo']) {
      expect(zones.has(zone)).toBe(true);
    }
    const years = new Set(events.map((event) => event.start.slice(0, 4)));
    expect([...years].sort()).toEqual(['2025', '2026', '2027']);
    expect(new Set(events.map((event) => event.kind)).size).toBe(6);
    expect(new Set(events.map((event) => event.status ?? 'scheduled')).size).toBe(4);
    expect(events.some((event) => event.allDay)).toBe(true);
    expect(events.some((event) => /[áéíóúñãç]/i.test(event.title))).toBe(true);
  });

  it('write each start with the offset its zone has at that wall time', () => {
    for (const event of syntheticEvents(2000, 3).events) {
      if (isDateOnly(event.start)) continue;
      const match = /([+-])(\d{2}):(\d{2})$/.exec(event.start)!;
      const offset = (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
      expect(offsetMinutes(Date.parse(event.start), event.timeZone), `${event.id} ${event.start} ${event.timeZone}`).toBe(offset);
    }
  });
});
