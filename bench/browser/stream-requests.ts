// Requests: what a page with one video facade asks of YouTube (and Google) before the visitor does
// anything, when they hover it (warm-up) and when they press play. Ours (<govtech-stream-card>, our CDN
// file, default poster) against lite-youtube-embed and @justinribeiro/lite-youtube, each on a plain page
// in bench/pages/stream/ with the same video id.
//
// Runs in Node (it drives the browser; `npm run bench` loads it with Vite's ssrLoadModule). Every request
// of the page, its frames included, goes through page.route('**/*') and nothing reaches a network:
//   • YouTube and Google hosts are counted and answered with a tiny local stand-in (a 1×1 image, an
//     empty document or script), so a facade sees its poster "load" and goes on as it would;
//   • the page's own files (http://bench.test/…) are read from the repository as they are on disk, not
//     through Vite, whose dev server would add its client and rewrite modules; their JS and CSS bytes
//     are counted (and gzipped, as a server would send them);
//   • anything else is refused and reported (there should be none).
// Routing turns Chromium's HTTP cache off, so a URL asked for twice is counted twice; the unique URLs are
// reported too (with a cache, a repeat is usually served from it). Connection warm-ups (<link
// rel=preconnect>) make no request: the hints a facade adds to the document are listed apart.
// The stand-ins end the story at the first level: the real player then loads its own scripts (about a
// megabyte), the same for every facade, none of which is counted here.
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Route } from 'playwright';

export const VIDEO_ID = 'dQw4w9WgXcQ';
const ORIGIN = 'http://bench.test';

interface Subject {
  readonly id: string;
  readonly name: string;
  readonly page: string;
  /** The custom element, and what a visitor hovers and clicks: the play button. */
  readonly tag: string;
  readonly play: string;
}

const subjects: readonly Subject[] = [
  { id: 'govtech-stream-card', name: '<govtech-stream-card> (CDN file)', page: '/bench/pages/stream/govtech-stream-card.html', tag: 'govtech-stream-card', play: 'govtech-stream-card .play' },
  { id: 'lite-youtube-embed', name: 'lite-youtube-embed 0.3', page: '/bench/pages/stream/lite-youtube-embed.html', tag: 'lite-youtube', play: 'lite-youtube .lyt-playbtn' },
  { id: 'justinribeiro-lite-youtube', name: '@justinribeiro/lite-youtube 1.9', page: '/bench/pages/stream/justinribeiro-lite-youtube.html', tag: 'lite-youtube', play: 'lite-youtube #playButton' },
];

/** YouTube's and Google's hosts (and their subdomains): counted, never let out. */
const THIRD_PARTY = /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|googlevideo\.com|google\.com|gstatic\.com|googleapis\.com|ggpht\.com|doubleclick\.net|googlesyndication\.com)$/;

/** The folders of the repository the pages may load from. */
const SERVED = ['bench/pages/', 'packages/widgets/dist/cdn/', 'node_modules/lite-youtube-embed/', 'node_modules/@justinribeiro/lite-youtube/'];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** A 1×1 transparent GIF: browsers sniff images, so it stands in for a JPEG or WebP poster. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

type Phase = 'load' | 'hover' | 'click';
const PHASES: readonly Phase[] = ['load', 'hover', 'click'];

interface Seen {
  readonly phase: Phase;
  readonly url: string;
  readonly kind: 'third-party' | 'local' | 'refused';
  readonly type: string;
  readonly bytes?: number;
  readonly gzip?: number;
  readonly status?: number;
}

export interface PhaseResult {
  /** Requests to YouTube/Google hosts in this phase, and the distinct URLs among them. */
  readonly requests: number;
  readonly uniqueUrls: number;
  readonly urls: readonly string[];
  /** Requests to YouTube/Google hosts since the page began (this phase included). */
  readonly cumulative: number;
  /** Connection hints in the document after this phase (`preconnect https://…`). */
  readonly hints: readonly string[];
  /** The page's own files fetched in this phase (HTML excluded): JS and CSS, as sent and gzipped. */
  readonly local: { readonly requests: number; readonly js: number; readonly css: number; readonly bytes: number; readonly gzip: number; readonly files: readonly string[] };
  readonly refused: readonly string[];
}

export interface StreamRequestsResult {
  readonly videoId: string;
  readonly description: string;
  readonly subjects: ReadonlyArray<{ readonly id: string; readonly name: string; readonly page: string; readonly player: string | undefined; readonly phases: Record<Phase, PhaseResult> }>;
}

export async function streamRequestBenchmarks(browser: Browser, root: string): Promise<StreamRequestsResult> {
  const results = [];
  for (const subject of subjects) results.push(await measureSubject(browser, root, subject));
  return {
    videoId: VIDEO_ID,
    description:
      'page.route intercepts every request; YouTube/Google hosts are counted and answered locally, the page files are read from disk; ' +
      'load = after the load event and 1 s without a request; hover = the play button hovered; click = the play button clicked',
    subjects: results,
  };
}

async function measureSubject(browser: Browser, root: string, subject: Subject) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[${subject.id}]`, error.message));
  const seen: Seen[] = [];
  let phase: Phase = 'load';
  let inFlight = 0;
  let lastActivity = performance.now();

  await page.route('**/*', async (route: Route) => {
    inFlight++;
    lastActivity = performance.now();
    try {
      await answer(route);
    } finally {
      inFlight--;
      lastActivity = performance.now();
    }
  });

  async function answer(route: Route) {
    const request = route.request();
    const url = new URL(request.url());
    const type = request.resourceType();
    if (url.origin === ORIGIN) {
      const path = normalize(decodeURIComponent(url.pathname)).replace(/^\/+/, '');
      if (!SERVED.some((folder) => path.startsWith(folder))) {
        seen.push({ phase, url: url.href, kind: 'local', type, status: 404 });
        return route.fulfill({ status: 404, body: '' });
      }
      const body = readFileSync(join(root, path));
      seen.push({ phase, url: url.href, kind: 'local', type, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length, status: 200 });
      return route.fulfill({ status: 200, contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', body });
    }
    if (THIRD_PARTY.test(url.hostname)) {
      seen.push({ phase, url: url.href, kind: 'third-party', type });
      if (type === 'image' || /\.(jpe?g|webp|png|gif)$/.test(url.pathname)) return route.fulfill({ status: 200, contentType: 'image/gif', body: PIXEL });
      if (type === 'document') return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>player stand-in</title>' });
      if (type === 'script') return route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
      return route.fulfill({ status: 200, contentType: 'text/plain', body: '' });
    }
    seen.push({ phase, url: url.href, kind: 'refused', type });
    return route.abort('blockedbyclient');
  }

  /** Waits until no request is in flight and none started for `quietMs` (at most 15 s). */
  async function settle(quietMs = 1000) {
    const deadline = performance.now() + 15_000;
    while (performance.now() < deadline) {
      if (inFlight === 0 && performance.now() - lastActivity >= quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${subject.id}: requests did not settle (${inFlight} in flight)`);
  }

  const hints = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel~="preconnect"], link[rel~="dns-prefetch"], link[rel~="preload"], link[rel~="prefetch"]')].map(
        (link) => `${link.rel} ${link.href}`,
      ),
    );

  const phases = {} as Record<Phase, PhaseResult>;
  const summarise = async (current: Phase): Promise<PhaseResult> => {
    const mine = seen.filter((entry) => entry.phase === current);
    const third = mine.filter((entry) => entry.kind === 'third-party');
    const local = mine.filter((entry) => entry.kind === 'local' && entry.type !== 'document' && entry.status === 200);
    const isJs = (entry: Seen) => entry.type === 'script' || entry.url.endsWith('.js');
    const isCss = (entry: Seen) => entry.type === 'stylesheet' || entry.url.endsWith('.css');
    return {
      requests: third.length,
      uniqueUrls: new Set(third.map((entry) => entry.url)).size,
      urls: third.map((entry) => entry.url),
      cumulative: seen.filter((entry) => entry.kind === 'third-party').length,
      hints: await hints(),
      local: {
        requests: local.length,
        js: local.filter(isJs).reduce((sum, entry) => sum + (entry.bytes ?? 0), 0),
        css: local.filter(isCss).reduce((sum, entry) => sum + (entry.bytes ?? 0), 0),
        bytes: local.reduce((sum, entry) => sum + (entry.bytes ?? 0), 0),
        gzip: local.reduce((sum, entry) => sum + (entry.gzip ?? 0), 0),
        files: local.map((entry) => entry.url.replace(ORIGIN, '')),
      },
      refused: mine.filter((entry) => entry.kind === 'refused').map((entry) => entry.url),
    };
  };

  try {
    await page.goto(`${ORIGIN}${subject.page}`, { waitUntil: 'load' });
    await page.evaluate((tag) => customElements.whenDefined(tag), subject.tag);
    await settle();
    phases.load = await summarise('load');

    phase = 'hover';
    await page.hover(subject.play);
    await settle();
    phases.hover = await summarise('hover');

    phase = 'click';
    await page.click(subject.play);
    await settle();
    phases.click = await summarise('click');

    // The click must have put a player in: its frame is the proof the facade did its job.
    const player = page.frames().find((frame) => frame !== page.mainFrame())?.url();
    if (!player || !player.includes(VIDEO_ID)) throw new Error(`${subject.id}: no player frame for ${VIDEO_ID} after the click (frames: ${page.frames().map((frame) => frame.url()).join(', ')})`);
    return { id: subject.id, name: subject.name, page: subject.page, player, phases };
  } finally {
    await context.close();
  }
}

export function printStreamRequests(result: StreamRequestsResult): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `\nRequests: a page with one video facade (video ${result.videoId}, default poster), every request intercepted in the browser,` +
      '\nnothing sent to a network. YouTube/Google requests (unique URLs) in each phase, cumulative after the click, connection hints' +
      '\nadded on hover, and the JS/CSS the page itself loads (as served / gzip):',
  );
  console.log(
    'facade'.padEnd(36),
    'load'.padStart(8),
    'hover'.padStart(8),
    'click'.padStart(8),
    'total'.padStart(6),
    'hints'.padStart(6),
    'JS+CSS'.padStart(10),
    'gzip'.padStart(9),
  );
  const cell = (phase: PhaseResult) => `${phase.requests} (${phase.uniqueUrls})`;
  for (const subject of result.subjects) {
    const { load, hover, click } = subject.phases;
    const local = PHASES.reduce((sum, phase) => sum + subject.phases[phase].local.bytes, 0);
    const localGzip = PHASES.reduce((sum, phase) => sum + subject.phases[phase].local.gzip, 0);
    console.log(
      subject.name.padEnd(36),
      cell(load).padStart(8),
      cell(hover).padStart(8),
      cell(click).padStart(8),
      String(click.cumulative).padStart(6),
      String(hover.hints.length).padStart(6),
      kb(local).padStart(10),
      kb(localGzip).padStart(9),
    );
  }
  for (const subject of result.subjects) {
    const short = (url: string) => url.replace(/^https:\/\//, '').replace(/\?.*$/, '?…');
    console.log(
      `  ${subject.id}: load ${subject.phases.load.urls.map(short).join(', ') || '—'}; ` +
        `hover → ${subject.phases.hover.hints.map((hint) => hint.replace(/^preconnect https:\/\//, '').replace(/\/$/, '')).join(', ') || 'no hint'}` +
        `${subject.phases.hover.urls.length ? ` + ${subject.phases.hover.urls.map(short).join(', ')}` : ''}; click ${subject.phases.click.urls.map(short).join(', ') || '—'}`,
    );
  }
  const refused = result.subjects.flatMap((subject) => PHASES.flatMap((phase) => subject.phases[phase].refused));
  if (refused.length) console.log(`! refused requests to other hosts: ${refused.join(', ')}`);
}
