// SDK: how much validating and indexing a feed costs on top of parsing its JSON. Measured on the
// internal steps the client runs for each file it downloads (parseEventFile; validate + indexLabs).
import { syntheticEvents, syntheticLabs } from '../../examples/synthetic/generate.js';
import { parseEventFile } from '../../packages/sdk/src/events-feed.js';
import { indexLabs } from '../../packages/sdk/src/labs.js';
import { Event, Lab } from '../../packages/sdk/src/schema.js';
import { validateCollection } from '../../packages/sdk/src/validate.js';
import { measure, measureAsync, rounds } from './measure.js';

export async function sdkBenchmarks() {
  const eventsText = JSON.stringify(syntheticEvents(10_000));
  const labsText = JSON.stringify(syntheticLabs(5_000));
  const url = 'https://bench.invalid/feeds/v1/';

  const rows = [];
  for (const [name, text, validateAndIndex] of [
    [
      'SDK: validate + index 10,000 events',
      eventsText,
      (body: unknown) => parseEventFile(body, url),
    ],
    [
      'SDK: validate + index 5,000 labs',
      labsText,
      async (body: unknown) => indexLabs((await validateCollection('labs', Lab, body, url)).items),
    ],
  ] as const) {
    const parse = measure(() => JSON.parse(text), rounds(3, 15));
    // The validation yields to the page between chunks, as in a widget: those turns are part of its cost.
    const full = await measureAsync(() => validateAndIndex(JSON.parse(text)), rounds(3, 15));
    const check = await validateCollection(name.includes('events') ? 'events' : 'labs', name.includes('events') ? Event : Lab, JSON.parse(text), url);
    rows.push({
      name,
      bytes: text.length,
      jsonParseMs: parse.median,
      totalMs: full,
      ratioToJsonParse: full.median / parse.median,
      warnings: check.warnings.length,
    });
  }
  return rows;
}
