import { describe, expect, it, vi } from 'vitest';
import { parseEventFile } from './events-feed.js';
import { Event } from './schema.js';
import { internStrings, validateCollection } from './validate.js';

const url = 'https://example.org/feeds/v1/events.json';
const speaker = (name: string) => ({ name, affiliation: 'Municipalidad de Lima', role: 'Panelista' });
const event = (id: string) => ({
  id,
  title: `Panel ${id}`,
  start: '2026-12-02T17:00:00-03:00',
  timeZone: 'America/Santiago',
  speakers: [speaker(`Ana ${id}`), speaker(`Luis ${id}`)],
  topics: ['Datos abiertos', 'GovTech'],
  location: { city: 'Lima', country: 'PE', lat: -12.05 },
});

describe('internStrings', () => {
  it('swaps a string seen before for the table’s, at any depth, and leaves the rest alone', () => {
    const table = new Array<string | undefined>(1024);
    internStrings({ role: 'Panelista', topics: ['GovTech'] }, table);
    // Accessors tell whether a property is written back, and with what: equal strings cannot be told
    // apart in JavaScript, so this is as close to "the same instance" as a test gets.
    const writes: [string, unknown][] = [];
    const watched = (values: Record<string, string>) =>
      Object.defineProperties(
        {},
        Object.fromEntries(
          Object.entries(values).map(([key, value]) => [
            key,
            { enumerable: true, get: () => value, set: (next: unknown) => writes.push([key, next]) },
          ]),
        ),
      );
    const item = {
      speakers: [watched({ role: ['Pane', 'lista'].join(''), name: 'Ana' })],
      topics: ['GovTech', 'Datos abiertos'],
      lat: -12.05,
      allDay: false,
      nothing: null,
    };
    expect(internStrings(item, table)).toBe(item);
    // 'Panelista' was in the table, so it is swapped for the table's; 'Ana' is new, stays, and joins it.
    expect(writes).toEqual([['role', 'Panelista']]);
    expect(item).toMatchObject({ topics: ['GovTech', 'Datos abiertos'], lat: -12.05, allDay: false, nothing: null });
    expect(table.filter((text) => text !== undefined).sort()).toEqual(['Ana', 'Datos abiertos', 'GovTech', 'Panelista']);
  });

  it('shares long texts too, and never mistakes two that differ only where the hash does not look', () => {
    const table = new Array<string | undefined>(1024);
    const text = (middle: string) => `${'Descripción del panel. '.repeat(40)}${middle}${' Fin.'.repeat(40)}`;
    const first = { description: text('a') };
    internStrings(first, table);
    const writes: unknown[] = [];
    const again = Object.defineProperty({}, 'description', { enumerable: true, get: () => text('a'), set: (next: unknown) => writes.push(next) });
    internStrings(again, table);
    expect(writes).toEqual([text('a')]);
    // One character apart, in the middle of a long text: the same samples, perhaps, but never swapped.
    const other = { description: text('b') };
    internStrings(other, table);
    expect(other.description).toBe(text('b'));
  });

  it('never changes a value, even when every string shares one slot', () => {
    const items = Array.from({ length: 50 }, (_, index) => ({ a: `v${index % 7}`, b: [`w${index % 3}`, 'x'], c: { d: `v${index}` } }));
    const expected = structuredClone(items);
    const table = new Array<string | undefined>(1);
    for (const item of items) internStrings(item, table);
    expect(items).toEqual(expected);
  });
});

describe('validateCollection', () => {
  it('returns what the schema returns for each item, repeated strings and all', async () => {
    const raw = [event('a'), event('b'), event('a'), { ...event('c'), start: 'tomorrow' }];
    const { items, warnings } = await validateCollection('events', Event, { schemaVersion: 1, events: structuredClone(raw) }, url);
    expect(items).toEqual([Event.parse(raw[0]), Event.parse(raw[1])]);
    expect(warnings.map((warning) => [warning.index, warning.path])).toEqual([
      [2, 'id'],
      [3, 'start'],
    ]);
  });
});

describe('validateCollection of a large file', () => {
  const file = (count: number) => ({ schemaVersion: 1, events: Array.from({ length: count }, (_, i) => event(`e${i}`)) });

  it('yields to the page when its time slice is spent: a task queued when it starts runs before it ends', async () => {
    // Each reading of the clock says 3 ms more: the slice (8 ms) is spent every few items.
    let time = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (time += 3));
    let ran = false;
    setTimeout(() => (ran = true));
    try {
      const { items } = await validateCollection('events', Event, file(12), url);
      expect(items).toHaveLength(12);
      expect(ran).toBe(true);
    } finally {
      clock.mockRestore();
    }
  });

  it('does not yield while its slice lasts (a small file is checked in the task that read it)', async () => {
    const clock = vi.spyOn(performance, 'now').mockReturnValue(0);
    let ran = false;
    setTimeout(() => (ran = true));
    try {
      await validateCollection('events', Event, file(12), url);
      expect(ran).toBe(false);
    } finally {
      clock.mockRestore();
    }
  });

  it('hands over in a slice of its own when the last items spent the slice: what follows does not lengthen the task', async () => {
    // The clock stands still while the 12 items are checked (the slicer's start and a reading before each),
    // then says the slice is spent.
    let readings = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (++readings > 13 ? 100 : 0));
    let ran = false;
    setTimeout(() => (ran = true));
    try {
      const { items } = await validateCollection('events', Event, file(12), url);
      expect(items).toHaveLength(12);
      expect(ran, 'a task queued before it ran before it handed over').toBe(true);
    } finally {
      clock.mockRestore();
    }
  });

  it('refuses more items than maxItems before validating any', async () => {
    await expect(validateCollection('events', Event, file(3), url, 2)).rejects.toMatchObject({ code: 'too-large' });
  });
});

describe('parseEventFile', () => {
  it('keeps the items and a flat array of their spans, nothing per event besides', async () => {
    const allDay = { ...event('d'), start: '2026-12-24', allDay: true };
    const recurring = { ...event('r'), recurrence: { rule: 'FREQ=WEEKLY;COUNT=3' } };
    const file = await parseEventFile({ schemaVersion: 1, events: [event('a'), allDay, recurring] }, url);
    expect(Object.keys(file).sort()).toEqual(['items', 'spans', 'url', 'warnings']);
    expect(file.items.map(({ id }) => id)).toEqual(['a', 'd', 'r']);
    expect(file.spans).toBeInstanceOf(Float64Array);
    expect(file.spans.length).toBe(6);
    const start = Date.parse('2026-12-02T17:00:00-03:00');
    expect([...file.spans.subarray(0, 2)]).toEqual([start, start + 3_600_000]);
    // All-day: a day or more outside the date, whatever the zone; the query works out the instants.
    expect(file.spans[2]).toBeLessThanOrEqual(Date.parse('2026-12-23T00:00:00Z'));
    expect(file.spans[3]).toBeGreaterThanOrEqual(Date.parse('2026-12-26T00:00:00Z'));
  });

  // The events path checks rules with the parser it loads with the RRULE engine, only for a file with a
  // series (events-feed.ts): it must accept and refuse exactly what the public Event schema does.
  it.each([
    'FREQ=MONTHLY;BYDAY=3TH;COUNT=7',
    'FREQ=DAILY;BYHOUR=9',
    'FREQ=DAILY;COUNT=3;UNTIL=20240101',
    'FREQ=DAILY;UNTIL=20240230',
    'FREQ=WEEKLY;BYDAY=2WE',
    'FREQ=MONTHLY;BYSETPOS=1',
    'FREQ=DAILY;COLOR=red',
    'RRULE:FREQ=DAILY',
  ])('checks the rule %s as the Event schema does', async (rule) => {
    const body = { schemaVersion: 1, events: [event('a'), { ...event('r'), recurrence: { rule } }] };
    const file = await parseEventFile(body, url);
    const expected = await validateCollection('events', Event, body, url);
    expect(file.items.map(({ id }) => id)).toEqual(expected.items.map(({ id }) => id));
    expect(file.warnings).toEqual(expected.warnings);
    // The rules chosen: one valid, the others refused by the parser (not only by the schema's pattern).
    expect(file.warnings.map(({ message }) => message).join()).toMatch(rule.startsWith('FREQ=MONTHLY;BYDAY') ? /^$/ : /Recurrence rule/);
  });
});
