/**
 * Writes the deterministic synthetic feeds used by benchmarks and stress tests:
 *
 *   examples/feeds/synthetic/events-<n>.json   (default 10 000 events)
 *   examples/feeds/synthetic/labs-<n>.json     (default 5 000 labs)
 *   examples/feeds/synthetic/index.json        (a manifest pointing at both, so a client can load them)
 *
 * The folder is git-ignored: regenerate instead of committing. Same seed → byte-identical files.
 *
 *   node --conditions=govtech-source --import tsx scripts/synthetic-feeds.ts [--seed 2026] [--events 10000] [--labs 5000]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, SYNTHETIC_GENERATED_AT, syntheticEvents, syntheticLabs } from '../examples/synthetic/generate.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'examples/feeds/synthetic');

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    events: { type: 'string', default: '10000' },
    labs: { type: 'string', default: '5000' },
  },
});

function count(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`--${name} must be a non-negative integer, got "${value}"`);
  return number;
}

const seed = count('seed', values.seed);
const eventCount = count('events', values.events);
const labCount = count('labs', values.labs);

mkdirSync(outDir, { recursive: true });
const files = {
  events: `events-${eventCount}.json`,
  labs: `labs-${labCount}.json`,
};
const write = (name: string, data: unknown) => {
  const path = join(outDir, name);
  // Compact, as a generated feed usually is; `JSON.stringify` of the same object is byte-identical.
  const text = `${JSON.stringify(data)}\n`;
  writeFileSync(path, text);
  console.log(`wrote ${relative(root, path)} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB)`);
};

write(files.events, syntheticEvents(eventCount, seed));
write(files.labs, syntheticLabs(labCount, seed));
write('index.json', {
  schemaVersion: 1,
  generatedAt: SYNTHETIC_GENERATED_AT,
  title: `Synthetic feeds (seed ${seed}) — example data for benchmarks`,
  networks: [
    { id: 'red-govtech-iberoamerica', name: 'Red Multisectorial GovTech Iberoamérica', region: 'Iberoamérica' },
    { id: 'red-labs-peru', name: 'Red Nacional de Laboratorios de Innovación Digital', country: 'PE' },
    { id: 'verano-datos-abiertos', name: 'Verano de Datos Abiertos · Observatorio GovTech Municipal', country: 'CL' },
    { id: 'mesa-innovadores-publicos-gt', name: 'Mesa de Innovadores Públicos', country: 'GT' },
    { id: 'lab-innovacion-bucaramanga', name: 'Laboratorio de Innovación Pública de Bucaramanga (proyecto)', country: 'CO' },
  ],
  feeds: { events: { url: files.events }, labs: { url: files.labs } },
});
