// Generates the JSON Schema files publishers validate against, from the SDK's zod schemas, so the two
// can never drift. `--check` fails when the committed files differ from what the schemas produce.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/v4/mini';
import { Event, EventsFile, Lab, LabsFile, Manifest, Network, Stream, StreamsFile } from '../packages/sdk/src/schema.js';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '../packages/sdk/json-schema');
const base = 'https://govtech-network.github.io/widgets/schema/v1/';

const schemas = {
  'index.schema.json': [Manifest, 'Feed manifest (index.json)'],
  'events.schema.json': [EventsFile, 'Events file (events.json or a shard)'],
  'labs.schema.json': [LabsFile, 'Labs file (labs.json)'],
  'streams.schema.json': [StreamsFile, 'Streams file (streams.json)'],
  'event.schema.json': [Event, 'One event'],
  'lab.schema.json': [Lab, 'One lab'],
  'stream.schema.json': [Stream, 'One stream'],
  'network.schema.json': [Network, 'One network'],
} as const;

const check = process.argv.includes('--check');
const stale: string[] = [];
mkdirSync(outDir, { recursive: true });
for (const [file, [schema, title]] of Object.entries(schemas)) {
  // "input": what a publisher writes (defaults are optional, unknown extra fields are allowed).
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  const text = JSON.stringify({ $id: base + file, title: `GovTech network feed v1: ${title}`, ...json }, null, 2) + '\n';
  const path = join(outDir, file);
  if (check) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== text) stale.push(file);
  } else {
    writeFileSync(path, text);
  }
}
if (stale.length) {
  console.error(`JSON Schema files are out of date: ${stale.join(', ')}. Run: npm run feeds:schema`);
  process.exit(1);
}
console.log(check ? 'JSON Schema files are up to date.' : `Wrote ${Object.keys(schemas).length} JSON Schema files to ${outDir}`);
