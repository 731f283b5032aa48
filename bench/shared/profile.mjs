// `--profile`: a CPU profile of the calendar benchmark's timed rounds, which the page brackets with
// console.profile() (bench/browser/calendar.ts); CDP hands it over. Written outside the repository and
// summarised as the functions with the most self time: a one-off look, not a result to keep. The feeds
// group (bench/groups/feeds.mjs) summarises its Node build's profile with the same printProfile.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

/** The repository as a file: URL, taken off a Node profile's frame URLs so they read like the served ones. */
const rootUrl = new URL('../../', import.meta.url).href;

/** Starts listening for the page's console profile; the returned function gives it once the page is done. */
export async function recordConsoleProfile(page) {
  let profile;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  cdp.on('Profiler.consoleProfileFinished', (event) => (profile = event.profile));
  return () => profile;
}

/** Writes the profile to the temporary folder and prints its hot functions. */
export function reportProfile(profile, subject = 'calendar') {
  if (!profile) throw new Error('no CPU profile came back from the page');
  // Outside the repository: a profile is a one-off look, not a result to keep.
  const profilePath = join(os.tmpdir(), `govtech-${subject}.cpuprofile`);
  writeFileSync(profilePath, JSON.stringify(profile));
  printProfile(profile, {
    heading: `CPU profile of the ${subject}'s timed rounds (baseline and the untimed set-up of each run included)`,
    inclusiveUnder: subject === 'directory' ? 'packages/' : undefined,
  });
  console.log(`\nWrote ${profilePath} (open it in Chrome DevTools › Performance). Timings of a profiled run are`);
  console.log('inflated by the profiler, so bench/results.json was left as it was.');
}

/**
 * The functions with the most self time in a CPU profile, and the code they were called from; with
 * `inclusiveUnder` (a folder of the repository), also the functions of that folder with the most total
 * time (their callees included): where a hot helper of another package is called from.
 */
export function printProfile(profile, { heading, inclusiveUnder }) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const sampled = new Map();
  profile.samples.forEach((id, index) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const total = [...sampled.values()].reduce((sum, time) => sum + time, 0);
  const where = ({ callFrame: frame }) => {
    const file = frame.url ? frame.url.replace(rootUrl, '').replace(/^https?:\/\/[^/]+\//, '').replace(/\?.*$/, '') : '';
    // No line numbers: they are of the code as Vite (or tsx) served it, not of the sources.
    return `${frame.functionName || '(anonymous)'}${file ? ` ${file}` : ''}`;
  };
  const self = new Map();
  const callers = new Map();
  for (const [id, time] of sampled) {
    const node = byId.get(id);
    const name = where(node);
    self.set(name, (self.get(name) ?? 0) + time);
    // The nearest caller that is our own code (not a builtin, not node_modules), for context.
    let up = parent.get(id);
    while (up !== undefined && !/^(packages|bench|examples)\//.test(where(byId.get(up)).split(' ')[1] ?? '')) up = parent.get(up);
    if (up !== undefined) {
      const key = `${name}\u0000${where(byId.get(up))}`;
      callers.set(key, (callers.get(key) ?? 0) + time);
    }
  }
  console.log(`\n${heading}: ${(total / 1000).toFixed(0)} ms sampled; top self time, ← nearest caller in our code:`);
  for (const [name, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    const from = [...callers]
      .filter(([key]) => key.startsWith(`${name}\u0000`))
      .sort((a, b) => b[1] - a[1])[0]?.[0]
      .split('\u0000')[1];
    console.log(`${((100 * time) / total).toFixed(1).padStart(5)}%  ${name}${from && from !== name ? `  ← ${from}` : ''}`);
  }
  if (!inclusiveUnder) return;
  // Each sample counts once for every distinct function of those files on its stack.
  const inclusive = new Map();
  for (const [id, time] of sampled) {
    const names = new Set();
    for (let up = id; up !== undefined; up = parent.get(up)) {
      const name = where(byId.get(up));
      if ((name.split(' ')[1] ?? '').startsWith(inclusiveUnder)) names.add(name);
    }
    for (const name of names) inclusive.set(name, (inclusive.get(name) ?? 0) + time);
  }
  console.log(`\nTotal time (callees included) of the functions in ${inclusiveUnder}:`);
  for (const [name, time] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`${((100 * time) / total).toFixed(1).padStart(5)}%  ${name}`);
  }
}
