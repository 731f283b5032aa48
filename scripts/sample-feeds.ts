/**
 * The sample feed's generated files, made from examples/feeds/v1/events.json (the one hand-edited
 * source): monthly shards under events/ listed in index.json, and events.ics. `--check` fails when the
 * committed files differ from what this would write (run `npm run feeds:sample` after editing events).
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandEvent } from '../packages/sdk/src/recurrence.js';
import { toICS } from '../packages/sdk/src/ics.js';
import { Event, type GovEvent } from '../packages/sdk/src/schema.js';

const folder = join(dirname(fileURLToPath(import.meta.url)), '../examples/feeds/v1');
const check = process.argv.includes('--check');
/** Recurring series without an end are sharded this far ahead of the feed's generatedAt. */
const HORIZON_YEARS = 2;

const read = (file: string) => JSON.parse(readFileSync(join(folder, file), 'utf8'));
const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
const source = read('events.json') as { schemaVersion: 1; generatedAt: string; events: unknown[] };
const manifest = read('index.json');
const events: GovEvent[] = source.events.map((raw) => Event.parse(raw));

const monthStart = (year: number, month: number) => Date.UTC(year, month, 1);
const first = Math.min(...events.map((event) => Date.parse(event.start)));
const horizon = new Date(source.generatedAt);
const end = monthStart(horizon.getUTCFullYear() + HORIZON_YEARS, 0);

const files = new Map<string, string>();
const shards = [];
for (let cursor = new Date(first); ; ) {
  const from = monthStart(cursor.getUTCFullYear(), cursor.getUTCMonth());
  if (from >= end) break;
  const to = monthStart(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1);
  cursor = new Date(to);
  const inMonth = source.events.filter((_raw, index) => expandEvent(events[index]!, { from, to }).occurrences.length > 0);
  if (!inMonth.length) continue;
  const name = `events/${new Date(from).toISOString().slice(0, 7)}.json`;
  files.set(name, json({ schemaVersion: 1, generatedAt: source.generatedAt, events: inMonth }));
  shards.push({ url: name, from: new Date(from).toISOString().replace('.000', ''), to: new Date(to).toISOString().replace('.000', '') });
}
files.set(
  'events.ics',
  toICS(events, { calendarName: manifest.title, now: Date.parse(source.generatedAt), productId: '-//GovTech Network Widgets//Sample feed//ES' }),
);
manifest.feeds.events = { url: 'events.json', shards };
manifest.feeds.ics = { url: 'events.ics' };
files.set('index.json', json(manifest));

if (check) {
  const stale = [...files].filter(([name, text]) => {
    try {
      return readFileSync(join(folder, name), 'utf8') !== text;
    } catch {
      return true;
    }
  });
  const extra = readdirSync(join(folder, 'events')).filter((name) => !files.has(`events/${name}`));
  if (stale.length || extra.length) {
    console.error(`Sample feed files are out of date: ${[...stale.map(([n]) => n), ...extra].join(', ')}. Run: npm run feeds:sample`);
    process.exit(1);
  }
  console.log(`Sample feed: ${shards.length} shards, events.ics and index.json are current.`);
} else {
  rmSync(join(folder, 'events'), { recursive: true, force: true });
  mkdirSync(join(folder, 'events'));
  for (const [name, text] of files) writeFileSync(join(folder, name), text);
  console.log(`Wrote ${shards.length} shards, events.ics and index.json in ${folder}`);
}
