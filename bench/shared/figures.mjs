// The headline figures of a run (the ones the README quotes) and their two uses: what a smoke run checks,
// and a full run's comparison with the previous bench/results.json.

/**
 * The figures the README quotes, one list for two uses: a smoke run checks each is a positive finite
 * number, and a full run prints each against the previous bench/results.json (what changed, by how much).
 * Each: [group, label, value, unit, zeroOk]; ms and KB/MB are lower-is-better, as are the ratios (ours ÷ other);
 * Lighthouse's score is higher-is-better. zeroOk: 0 is a right answer (no blocking time, no layout shift).
 */
export function headlineFigures(results) {
  const figures = [];
  const add = (group, label, value, unit, { zeroOk = false } = {}) => figures.push([group, label, value, unit, zeroOk]);
  const KB = 1024;
  for (const row of results.sdk ?? []) {
    add('sdk', `${row.name.replace('SDK: ', '')}, ÷ JSON.parse`, row.ratioToJsonParse, '×');
  }
  for (const feed of results.calendar?.feeds ?? []) {
    add('calendar', `${feed.name}: month`, feed.month.layoutMs.median, 'ms');
    add('calendar', `${feed.name}: next month`, feed.nextMonth.layoutMs.median, 'ms');
    add('calendar', `${feed.name}: month ÷ <table>`, feed.month.ratioToBaseline, '×');
  }
  if (results.directory) {
    const { initial, keystroke } = results.directory;
    add('directory', 'initial render p50', initial.directory.layoutMs.p50, 'ms');
    add('directory', 'keystroke p50', keystroke.directory.layoutMs.p50, 'ms');
    add('directory', 'keystroke p95', keystroke.directory.layoutMs.p95, 'ms');
    if (results.directory.map) add('directory', 'map view keystroke p95', results.directory.map.keystroke.layoutMs.p95, 'ms');
    add('directory', 'keystroke p50 ÷ naive', keystroke.ratioToBaseline.p50, '×');
  }
  const peers = results.calendarPeers;
  for (const size of peers?.sizes ?? []) {
    for (const [id, result] of Object.entries(size.results)) {
      add('calendar peers', `${id}, ${size.events} events: month`, result.month.layoutMs.median, 'ms');
      add('calendar peers', `${id}, ${size.events} events: next`, result.next.layoutMs.median, 'ms');
    }
  }
  for (const size of peers?.heap?.sizes ?? []) {
    for (const [id, result] of Object.entries(size.results)) {
      add('heap', `${id}, ${size.events} events`, result.afterRender.median / KB / KB, 'MB');
    }
  }
  if (results.weight) {
    for (const row of results.weight.rows) {
      if (row.ours) {
        add('weight', `${row.name} (npm)`, row.npm.gzip / KB, 'KB');
        add('weight', `${row.name} (CDN)`, row.cdn.gzip / KB, 'KB');
      } else {
        add('weight', row.name, row.gzip / KB, 'KB');
      }
    }
    const { parts, rows, streamCardNextToCalendar, calendarOnFetch } = results.weight.composition;
    for (const [name, bytes] of Object.entries(parts)) add('weight', `part: ${name}`, bytes / KB, 'KB');
    for (const row of rows) add('weight', `${row.id} without the SDK`, row.withoutSdk / KB, 'KB');
    add('weight', 'stream card next to the calendar', streamCardNextToCalendar / KB, 'KB');
    add('weight', 'calendar on plain fetch', calendarOnFetch / KB, 'KB');
  }
  for (const subject of results.requests?.subjects ?? []) {
    add('requests', `${subject.id}: YouTube requests on play`, subject.phases.click.cumulative, '');
  }
  if (results.countdown) {
    for (const [id, subject] of Object.entries(results.countdown.subjects)) {
      add('countdown', `${id}: visible`, subject.visible.busyMsPerMin.median, 'ms/min');
      add('countdown', `${id}: hidden`, subject.hidden.busyMsPerMin.median, 'ms/min');
    }
    add('countdown', 'ours ÷ naive, visible', results.countdown.ratioToNaive.visible.busy, '×');
  }
  for (const [id, page] of Object.entries(results.lighthouse?.pages ?? {})) {
    add('lighthouse', `${id}: score`, page.score, '');
    add('lighthouse', `${id}: TBT`, page.tbtMs, 'ms', { zeroOk: true });
    add('lighthouse', `${id}: CLS`, page.cls, '', { zeroOk: true });
    add('lighthouse', `${id}: LCP`, page.lcpMs, 'ms');
  }
  for (const [part, figures] of Object.entries(results.feeds?.parts ?? {})) {
    add('feeds', `${part}: build ÷ read + parse`, figures.ratioToBaseline, '×');
    add('feeds', `${part}: build ÷ read + parse, CPU`, figures.cpuRatioToBaseline, '×');
    add('feeds', `${part}: build peak RSS`, figures.build.maxRssBytes.median / KB / KB, 'MB');
  }
  return figures;
}

/**
 * What a smoke run (`--smoke`) checks: every headline figure of the benchmarks that ran is there, as a
 * positive finite number, and the behaviours they report held (no feed item dropped; the countdown
 * paused and resumed; the stream card made one YouTube request before interaction; the feeds build
 * kept every event and lab of the synthetic site, without a problem). Its timings, from a
 * single round, are not judged.
 */
export function smokeProblems(results) {
  const problems = headlineFigures(results)
    .filter(([, , value, , zeroOk]) => !(typeof value === 'number' && Number.isFinite(value) && (value > 0 || (zeroOk && value === 0))))
    .map(([group, label, value]) => `${group}: ${label} is ${value}`);
  for (const row of results.sdk ?? []) {
    if (row.warnings) problems.push(`sdk "${row.name}": ${row.warnings} items dropped`);
  }
  const ours = results.requests?.subjects.find((subject) => subject.id === 'govtech-stream-card');
  if (results.requests && ours?.phases.load.uniqueUrls !== 1) {
    problems.push(`requests: the stream card made ${ours?.phases.load.uniqueUrls} YouTube requests before interaction, not 1`);
  }
  if (results.countdown && !results.countdown.subjects.ours.stoppedOnVisibilityChange) problems.push('countdown: did not stop when the page was hidden');
  if (results.countdown && !results.countdown.subjects.ours.resumedWhenShown) problems.push('countdown: did not resume when shown');
  for (const [part, { build, baseline }] of Object.entries(results.feeds?.parts ?? {})) {
    if (!build.ok || build.problems) problems.push(`feeds ${part}: the build reported ${build.problems} problem(s) (ok: ${build.ok}), e.g. ${build.firstProblems.join(' | ')}`);
    if (build.events !== baseline.events || build.labs !== baseline.labs) {
      problems.push(`feeds ${part}: built ${build.events} events and ${build.labs} labs of the ${baseline.events} and ${baseline.labs} read`);
    }
  }
  if (results.feeds && !(results.feeds.parts.whole?.build.events > 0 && results.feeds.parts.whole.build.labs > 0)) problems.push('feeds: the whole site built no events or no labs');
  return problems;
}

/** Each headline figure of this run beside the previous run's, when both have it. */
export function printChanges(previous, results) {
  const before = new Map(headlineFigures(previous.results).map(([group, label, value]) => [`${group}: ${label}`, value]));
  const rows = headlineFigures(results).filter(([group, label]) => before.has(`${group}: ${label}`));
  if (!rows.length) return;
  const format = (value, unit) => `${value.toFixed(unit === '×' || unit === 'KB' || unit === 'MB' ? 2 : 1)}${unit && unit !== '×' ? ` ${unit}` : unit}`;
  console.log(`\nAgainst the previous run (${previous.date}, ${previous.browser}); timings move a few per cent from run to run:`);
  console.log('figure'.padEnd(64), 'before'.padStart(13), 'now'.padStart(13), 'now ÷ before'.padStart(13));
  for (const [group, label, value, unit] of rows) {
    const old = before.get(`${group}: ${label}`);
    const ratio = value / old;
    console.log(
      `${group}: ${label}`.slice(0, 64).padEnd(64),
      format(old, unit).padStart(13),
      format(value, unit).padStart(13),
      (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '—').padStart(13),
    );
  }
}
