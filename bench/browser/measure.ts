/** Repeats a task after a warm-up and reports the median and spread of the timings, in ms. */
export interface Timing {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

export function measure(task: () => unknown, { warmup = 3, runs = 15 } = {}): Timing {
  for (let i = 0; i < warmup; i++) task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? NaN, min: times[0] ?? NaN, max: times.at(-1) ?? NaN, runs };
}

/** `measure` for a task that finishes later (the SDK's validation yields to the page between chunks). */
export async function measureAsync(task: () => Promise<unknown>, { warmup = 3, runs = 15 } = {}): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? NaN, min: times[0] ?? NaN, max: times.at(-1) ?? NaN, runs };
}

/**
 * `npm run bench -- --smoke` (CI): every benchmark once, without warm-up, and the calendar peers on their
 * smallest feed. It proves the benchmarks still run and find what they measure; its figures mean nothing.
 */
export const SMOKE = new URLSearchParams(globalThis.location?.search).has('smoke');

/** Warm-up and timed rounds: as given, or a single timed round in a smoke run. */
export const rounds = (warmup: number, runs: number) => (SMOKE ? { warmup: 0, runs: 1 } : { warmup, runs });
