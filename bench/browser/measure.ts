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
