// Countdown: the main-thread time a ticking <govtech-panel-countdown> costs a page, against a naive countdown.
// The page side is bench/pages/countdown.html + bench/browser/countdown.ts; this module drives it and prints
// the table.
import { ms } from '../shared/format.mjs';

/**
 * Main-thread time of a ticking countdown, ours and a naive one, each on its page in a context of its own
 * (no other page shares its renderer's main thread), over fixed real-time windows: visible, scrolled out
 * of view, and hidden. Busy time is CDP's Performance.getMetrics TaskDuration (every task of the page's
 * main thread: script, style, layout, paint, timers, GC), read every second of a window in which nothing
 * else touches the page; a PerformanceObserver would see only long tasks (> 50 ms), and a tick
 * is far shorter. Headless Chromium keeps every page 'visible' (another tab brought to front, a
 * minimised window: checked), so "hidden" is emulated in the page (bench/browser/countdown.ts).
 */
export async function countdownBenchmarks({ browser, origin, smoke }) {
  const windowMs = smoke ? 2_000 : 8_000;
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const subjects = {};
  for (const subject of ['naive', 'ours']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`[countdown ${subject}]`, error.message));
      await page.goto(`${origin}/bench/pages/countdown.html?subject=${subject}`);
      await page.waitForFunction(() => window.countdownBench || window.countdownBenchError, undefined, { timeout: 30_000 });
      const error = await page.evaluate(() => window.countdownBenchError);
      if (error) throw new Error(`countdown (${subject}): ${error}`);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await cdp.send('HeapProfiler.enable');
      const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
      const probe = () =>
        page.evaluate(() => ({ ticks: window.countdownBench.ticks(), shown: window.countdownBench.shown(), visibility: document.visibilityState, paused: window.countdownBench.paused() }));
      const call = (method, value) => page.evaluate(([name, arg]) => window.countdownBench[name](arg), [method, value]);
      // The window is read in 1 s slices and each figure is the median slice, the steady state: a one-off
      // task moves a slice or two, not the result. The usual one is V8's memory-reducing full GC, run once
      // some seconds after a page stops allocating (here: after our countdown stops ticking; 20–70 ms,
      // seen in a trace); another process taking the core is the other. The mean (all slices, one-offs
      // included) is kept beside it. A GC is forced before each window so none is left over from before.
      const measureWindow = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        const before = await probe();
        const marks = [{ at: performance.now(), metrics: await metrics() }];
        for (let slice = 0; slice < windowMs / 1000; slice++) {
          await sleep(1000);
          marks.push({ at: performance.now(), metrics: await metrics() });
        }
        const after = await probe();
        // CDP's durations are in seconds: reported as ms of main thread per minute of real time.
        // Reading the counters is itself a DevTools command run on the page's main thread (~1 ms): taken out.
        const rate = (from, to, plus, minus) => {
          const sum = (names) => names.reduce((total, name) => total + to.metrics[name] - from.metrics[name], 0);
          return (Math.max(0, sum(plus) - sum(minus)) * 1000 * 60_000) / (to.at - from.at);
        };
        const perMinute = (plus, minus = []) => {
          const slices = marks.slice(1).map((mark, index) => rate(marks[index], mark, plus, minus)).sort((a, b) => a - b);
          return { median: slices[Math.floor(slices.length / 2)], mean: rate(marks[0], marks.at(-1), plus, minus), min: slices[0], max: slices.at(-1) };
        };
        return {
          seconds: (marks.at(-1).at - marks[0].at) / 1000,
          ticks: after.ticks - before.ticks,
          visibility: after.visibility,
          paused: after.paused,
          busyMsPerMin: perMinute(['TaskDuration'], ['DevToolsCommandDuration']),
          scriptMsPerMin: perMinute(['ScriptDuration']),
          styleLayoutMsPerMin: perMinute(['RecalcStyleDuration', 'LayoutDuration']),
          cpuMsPerMin: perMinute(['ThreadTime'], ['DevToolsCommandDuration']),
          devToolsMsPerMin: perMinute(['DevToolsCommandDuration']),
        };
      };

      await sleep(2000); // the feed read, the first renders, the JIT warm
      const result = { visible: await measureWindow() };

      await call('setScrolledAway', true);
      await sleep(1000);
      result.scrolledAway = await measureWindow();
      await call('setScrolledAway', false);
      await sleep(1000);

      await call('setHidden', true);
      await sleep(1500);
      // Still rendered and in view: only the visibility signal can stop the widget here.
      const check = await probe();
      await sleep(1200);
      const recheck = await probe();
      if (check.visibility !== 'hidden') throw new Error(`countdown (${subject}): the page does not say it is hidden`);
      result.stoppedOnVisibilityChange = recheck.ticks === check.ticks;
      await call('skipRendering', true);
      await sleep(500);
      result.hidden = await measureWindow();
      await call('skipRendering', false);
      await call('setHidden', false);
      const back = await probe();
      await sleep(2200);
      const resumed = await probe();
      result.resumedWhenShown = resumed.ticks - back.ticks >= 2 && resumed.shown !== back.shown;
      subjects[subject] = result;
    } finally {
      await context.close();
    }
  }
  const { ours, naive } = subjects;
  if (!ours.stoppedOnVisibilityChange || !ours.resumedWhenShown || ours.visible.ticks < windowMs / 1000 - 1) {
    console.error('! countdown: the widget did not tick, pause or resume as expected (see results.countdown)');
  }
  return {
    windowSeconds: windowMs / 1000,
    description:
      'ms of main thread per minute over a fixed real-time window read in 1 s slices (median = steady state; mean = one-offs such as V8\'s memory-reducing GC included; min, max; CDP Performance.getMetrics deltas: busy = TaskDuration, script = ScriptDuration, ' +
      'style+layout = RecalcStyleDuration + LayoutDuration, cpu = ThreadTime; busy and cpu less DevToolsCommandDuration, the reading of the counters itself). scrolledAway: the subject scrolled out of view. hidden: emulated ' +
      '(headless Chromium keeps pages visible): document.visibilityState/hidden overridden and visibilitychange dispatched, then ' +
      'content-visibility: hidden on the content, as a hidden tab renders nothing; timers keep running, as in a hidden tab.',
    subjects,
    ratioToNaive: Object.fromEntries(
      ['visible', 'scrolledAway', 'hidden'].map((state) => [state, { busy: ours[state].busyMsPerMin.median / naive[state].busyMsPerMin.median, cpu: ours[state].cpuMsPerMin.median / naive[state].cpuMsPerMin.median }]),
    ),
  };
}

export function printCountdown(countdown) {
  console.log(
    `\nCountdown: main-thread time per minute of <govtech-panel-countdown> (sample feed, seconds ticking) and of a naive countdown` +
      `\n(setInterval(1000) writing a <span>'s textContent), each over ${countdown.windowSeconds} s of real time, from CDP Performance.getMetrics` +
      `\n(busy = TaskDuration: every task of the main thread; cpu = its CPU time): the median 1 s slice (steady state), and the mean` +
      `\n(one-off tasks included, such as the memory-reducing GC V8 runs once a page stops allocating).` +
      `\n  scrolled away: the countdown scrolled out of view; page hidden: emulated (headless Chromium keeps every page visible),` +
      `\n  its rendering skipped as in a hidden tab.`,
  );
  console.log('subject'.padEnd(42), 'ticks'.padStart(6), 'busy/min'.padStart(10), 'mean'.padStart(10), 'script'.padStart(9), 'style+layout'.padStart(13), 'cpu/min'.padStart(10), 'ratio'.padStart(7));
  const labels = { naive: 'naive <span> countdown', ours: '<govtech-panel-countdown>' };
  const names = { visible: 'visible', scrolledAway: 'scrolled away', hidden: 'page hidden' };
  for (const state of ['visible', 'scrolledAway', 'hidden']) {
    for (const subject of ['naive', 'ours']) {
      const row = countdown.subjects[subject][state];
      console.log(
        `${labels[subject]}, ${names[state]}`.padEnd(42),
        String(row.ticks).padStart(6),
        ms(row.busyMsPerMin.median).padStart(10),
        ms(row.busyMsPerMin.mean).padStart(10),
        ms(row.scriptMsPerMin.median).padStart(9),
        ms(row.styleLayoutMsPerMin.median).padStart(13),
        ms(row.cpuMsPerMin.median).padStart(10),
        `${(subject === 'ours' ? countdown.ratioToNaive[state].busy : 1).toFixed(2)}×`.padStart(7),
      );
    }
  }
  const { ours } = countdown.subjects;
  console.log(
    `(ratio: busy time against the naive countdown's in the same state. The widget stopped on visibilitychange alone: ` +
      `${ours.stoppedOnVisibilityChange ? 'yes' : 'NO'}; resumed when shown: ${ours.resumedWhenShown ? 'yes' : 'NO'})`,
  );
}
