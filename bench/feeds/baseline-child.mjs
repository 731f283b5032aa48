// The floor a build is compared with, alone in its process: only reading the same files and parsing them,
// the Markdown files' front matter (split at the `---` fences, `yaml`'s parse) and the CSV (decoded from
// Windows-1252, then csv-parse with the call the CSV source makes, src/sources/csv.ts). Files are read
// with readFileSync, the cheapest way (fs/promises' readFile costs 5–10× more per small file): the floor
// is what reading and parsing cannot go below. Run like the build:
//   node --conditions=govtech-source --import tsx bench/feeds/baseline-child.mjs <markdown folder | -> <csv file | ->
// Prints one JSON line: the time (wall and CPU), the process's peak RSS, and how many items were read.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { peakRssBytes } from './peak-rss.mjs';

const [markdownDir, csvFile] = process.argv.slice(2);

function readMarkdown(dir) {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.md')).map((entry) => join(entry.parentPath, entry.name));
  const frontMatters = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const close = text.indexOf('\n---', 4);
    frontMatters.push(parseYaml(text.slice(4, close)));
  }
  return frontMatters.length;
}

function readCsv(file) {
  const text = new TextDecoder('windows-1252').decode(readFileSync(file));
  const records = parseCsv(text, { delimiter: ';', relax_column_count: true, relax_quotes: true });
  return records.length - 1;
}

const started = performance.now();
const cpuBefore = process.cpuUsage();
const events = markdownDir === '-' ? 0 : readMarkdown(markdownDir);
const labs = csvFile === '-' ? 0 : readCsv(csvFile);
const ms = performance.now() - started;
// CPU time of every thread of the process (GC helpers too): steadier than wall time on a busy machine.
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(JSON.stringify({ ms, cpuMs, maxRssBytes: peakRssBytes(), events, labs }));
