// Generates the JSON Schema files publishers validate against, from the zod schemas, so the two can
// never drift: the feed contract's (the SDK's) and the feeds toolkit's config file (editors complete a
// feeds.config.json or .yaml with it). `--check` fails when the committed files differ from what the
// schemas produce.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/v4/mini';
import { FeedsConfigSchema } from '../packages/feeds/src/config.js';
import { Event, EventsFile, Lab, LabsFile, Manifest, Network, Stream, StreamsFile } from '../packages/sdk/src/schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const base = 'https://govtech-network.github.io/widgets/schema/';
const feed = (title: string) => `GovTech network feed v1: ${title}`;

/** Each file (from the repository root): its schema, title and $id. */
const schemas: Record<string, readonly [z.ZodMiniType, string, string]> = {
  'packages/sdk/json-schema/index.schema.json': [Manifest, feed('Feed manifest (index.json)'), 'v1/index.schema.json'],
  'packages/sdk/json-schema/events.schema.json': [EventsFile, feed('Events file (events.json or a shard)'), 'v1/events.schema.json'],
  'packages/sdk/json-schema/labs.schema.json': [LabsFile, feed('Labs file (labs.json)'), 'v1/labs.schema.json'],
  'packages/sdk/json-schema/streams.schema.json': [StreamsFile, feed('Streams file (streams.json)'), 'v1/streams.schema.json'],
  'packages/sdk/json-schema/event.schema.json': [Event, feed('One event'), 'v1/event.schema.json'],
  'packages/sdk/json-schema/lab.schema.json': [Lab, feed('One lab'), 'v1/lab.schema.json'],
  'packages/sdk/json-schema/stream.schema.json': [Stream, feed('One stream'), 'v1/stream.schema.json'],
  'packages/sdk/json-schema/network.schema.json': [Network, feed('One network'), 'v1/network.schema.json'],
  'packages/feeds/config.schema.json': [FeedsConfigSchema, 'govtech-feeds configuration (feeds.config.json or .yaml)', 'feeds/config.schema.json'],
};

const check = process.argv.includes('--check');
const stale: string[] = [];
for (const [file, [schema, title, id]] of Object.entries(schemas)) {
  // "input": what a publisher writes (defaults are optional, unknown extra fields are allowed).
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  const text = JSON.stringify({ $id: base + id, title, ...json }, null, 2) + '\n';
  const path = join(root, file);
  if (check) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== text) stale.push(file);
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}
if (stale.length) {
  console.error(`JSON Schema files are out of date: ${stale.join(', ')}. Run: npm run feeds:schema`);
  process.exit(1);
}
console.log(check ? 'JSON Schema files are up to date.' : `Wrote ${Object.keys(schemas).length} JSON Schema files.`);
