// The CDN build (scripts/build-cdn.mjs, `npm run build:cdn --workspace @govtech-network/widgets`): the
// files in packages/widgets/dist/cdn/ are ES modules sharing content-hashed chunks (dist/cdn/chunks/),
// and the plain HTML pages next to this test, which load nothing but those files the way a webmaster
// does, show every widget from the sample feed, download no more than their budgets and read each feed
// file once. Each page runs in an iframe (same origin, served by the test runner), so it is a real page
// of its own: its own registry, its own CSP, its own global CSS. Build first: this test reads the built files.
import { expect, waitUntil } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import { cdnPages } from '../../scripts/cdn-page-budgets.mjs';

const CDN = '/packages/widgets/dist/cdn/';
const FILES = ['govtech-widgets.js', 'event-calendar.js', 'panel-countdown.js', 'lab-directory.js', 'stream-card.js'];
const POSTER = '/packages/widgets/test/fixtures/poster.svg';
/** The test server adds this script to every HTML page it serves (its web socket); it is not the page's. */
const TEST_SERVER_SCRIPT = '/__web-dev-server__web-socket.js';
const TIMEOUT = 4000;

interface Framed {
  iframe: HTMLIFrameElement;
  win: Window;
  doc: Document;
  /** Uncaught errors, unhandled rejections, failed requests and `govtech-error` events, as text. */
  readonly problems: string[];
  violations: SecurityPolicyViolationEvent[];
  /** What the page wrote to the console with `console.error`, `warn` or `info`, as text. */
  consoleMessages: string[];
}

const framed: HTMLIFrameElement[] = [];
afterEach(() => framed.splice(0).forEach((iframe) => iframe.remove()));

/** Opens tests/cdn/<name>.html in an iframe, listening for errors before any of its scripts runs. */
async function openPage(name: string): Promise<Framed> {
  const iframe = document.createElement('iframe');
  iframe.src = `/tests/cdn/${name}.html`;
  iframe.style.cssText = 'width: 1100px; height: 2400px; border: 0';
  framed.push(iframe);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  // The iframe's initial about:blank window is the one its same-origin page gets (the HTML standard
  // reuses it), listeners included: they are in place before the page's module runs. Checked below.
  const win = iframe.contentWindow!;
  const problems: string[] = [];
  const violations: SecurityPolicyViolationEvent[] = [];
  win.addEventListener(
    'error',
    (event) => {
      const target = event.target as Element | Window;
      // Capture phase: also an <img> or <link> that failed to load (those events do not bubble).
      if (target !== win && 'localName' in target) {
        problems.push(`failed to load <${target.localName}> ${target.getAttribute('src') ?? target.getAttribute('href')}`);
      } else problems.push(`uncaught: ${(event as ErrorEvent).message}`);
    },
    true,
  );
  win.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${String(event.reason)}`));
  win.addEventListener('govtech-error', (event) => {
    const { detail, target } = event as CustomEvent<{ message: string }>;
    problems.push(`govtech-error from <${(target as Element).localName}>: ${detail.message}`);
  });
  win.addEventListener('securitypolicyviolation', (event) => violations.push(event));
  // The console object lives on that same window, so these wrappers are in place too.
  const consoleMessages: string[] = [];
  const { console } = win as unknown as { console: Console };
  for (const level of ['error', 'warn', 'info'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      consoleMessages.push(args.map(String).join(' '));
      original(...args);
    };
  }
  await loaded;
  // Widgets written into the page are defined (upgraded) a task after the code runs (base/define.ts).
  await new Promise((resolve) => win.setTimeout(resolve));
  expect(iframe.contentWindow, 'the page kept the window the listeners are on').to.equal(win);
  expect(win.location.pathname).to.equal(`/tests/cdn/${name}.html`);
  return {
    iframe,
    win,
    doc: iframe.contentDocument!,
    // Chromium fires no `error` event we can see for a module script that failed to load (an <img>'s
    // is seen): the response statuses of the page's requests catch that, and any other failed request.
    get problems() {
      const failed = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.responseStatus >= 400)
        .map((entry) => `HTTP ${entry.responseStatus} for ${new URL(entry.name).pathname}`);
      return [...problems, ...failed];
    },
    violations,
    consoleMessages,
  };
}

const shadowOf = (page: Framed, selector: string, nth = 0): ShadowRoot => {
  const element = page.doc.querySelectorAll(selector)[nth];
  expect(element ?? null, `${selector} on the page`).to.not.equal(null);
  expect(element!.shadowRoot, `${selector} upgraded and rendered`).to.not.equal(null);
  return element!.shadowRoot!;
};

/** The card's poster is the local one (given as a path, set as an absolute URL). */
const posterShown = (root: ShadowRoot) => {
  const img = root.querySelector<HTMLImageElement>('img[part="poster"]');
  return !!img && new URL(img.src).pathname === POSTER;
};

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Waits until every widget on the page shows its content from the sample feed (not loading, not an error). */
async function widgetsShown(page: Framed): Promise<void> {
  const { doc } = page;
  const noErrorState = (root: ShadowRoot) => !root.querySelector('[part="error"], [role="alert"]');
  const checks: Record<string, (root: ShadowRoot) => unknown> = {
    // February 2022: the three "Verano de Datos Abiertos" panels.
    'govtech-event-calendar': (root) => root.querySelector('[aria-busy="false"]') && root.querySelectorAll('.chip').length >= 3,
    'govtech-panel-countdown': (root) => /Panel de ejemplo/.test(text(root.querySelector('article.countdown [part="title"]'))),
    'govtech-lab-directory': (root) => root.querySelectorAll('[part="lab"]').length > 0 && root.querySelector('[part="count"]'),
    'govtech-stream-card': (root) =>
      text(root.querySelector('[part="title"]')) && root.querySelector('[part="play"]') && posterShown(root),
  };
  const elements = [...doc.querySelectorAll(Object.keys(checks).join(','))];
  expect(elements.length, 'widgets on the page').to.be.greaterThan(0);
  for (const element of elements) {
    await waitUntil(() => element.shadowRoot && checks[element.localName]!(element.shadowRoot) && noErrorState(element.shadowRoot), '', {
      timeout: TIMEOUT,
    }).catch(() => {
      throw new Error(`<${element.localName}> did not show its content from the feed (problems: ${page.problems.join('; ') || 'none'})`);
    });
  }
}

/** The page's requests for code (JavaScript of any kind), by path and search. */
const scriptsLoaded = (page: Framed) =>
  (page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .map((entry) => new URL(entry.name))
    .filter((url) => /\.(m?js|ts)$/.test(url.pathname))
    .map((url) => url.pathname + url.search)
    .filter((path) => path !== TEST_SERVER_SCRIPT);

const feedRequests = (page: Framed) =>
  (page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) =>
    new URL(entry.name).pathname.startsWith('/examples/feeds/'),
  );

describe('CDN build: the files', () => {
  const sources = new Map<string, string>();
  before(async () => {
    for (const file of FILES) {
      // The bytes on disk, through the test runner's file command: what the test server answers to a
      // fetch() has been through its esbuild and node-resolve plugins (which would rewrite a bare "lit").
      // (A missing file makes the command fail as "unknown command read-file".)
      const code = await readFile({ path: `../../packages/widgets/dist/cdn/${file}` }).catch(() => undefined);
      expect(code, `${CDN}${file} is missing: npm run build:cdn --workspace @govtech-network/widgets`).to.be.a('string');
      sources.set(file, code!);
    }
  });

  for (const file of FILES) {
    it(`${file} is a minified, production ES module that imports only the build's own chunks`, () => {
      const code = sources.get(file)!;
      /** What of the code matches (a short excerpt), or null: failures stay readable on a large file. */
      const found = (pattern: RegExp | string) => {
        const index = typeof pattern === 'string' ? code.indexOf(pattern) : code.search(pattern);
        return index < 0 ? null : code.slice(Math.max(0, index - 40), index + 80);
      };
      // Every import is relative (any static host or npm CDN serves it, no import map), to a chunk named
      // by its content hash (cacheable as immutable) or, for govtech-widgets.js, to the widget files.
      const imports = [...code.matchAll(/(?:\bfrom|\bimport)\s*"([^"]+)"|\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => (match[1] ?? match[2])!);
      for (const specifier of imports) {
        expect(specifier, 'a relative import of the build').to.match(/^\.\/(?:chunks\/[\w-]+-[\w-]{8}\.js|(?:event-calendar|panel-countdown|lab-directory|stream-card)\.js)$/);
      }
      expect(found(/\bfrom\s*["'`](?:lit|@lit|@govtech-network|ky|zod)\b/), 'bare module specifier').to.equal(null);
      expect(found('import.meta'), 'import.meta (an asset resolved against the module URL)').to.equal(null);
      // Nothing a browser lacks, and Lit's production build (its dev build warns in the console).
      expect(found(/\bprocess\.env\b/), 'process.env').to.equal(null);
      expect(found('Lit is in dev mode'), "Lit's development build").to.equal(null);
      expect(found('sourceMappingURL'), 'a source map reference').to.equal(null);
      // Minified: no indented statement (the line breaks left are inside Lit's HTML and CSS template
      // literals), no build annotations, and the licence banner first.
      expect(found(/^[ \t]+(?:(?:const|let|var)\s+[\w$]+\s*=|return\b|function\s+[\w$]+\s*\(|(?:if|for)\s*\()/m), 'unminified code').to.equal(null);
      expect(found('@__PURE__'), 'build annotations').to.equal(null);
      expect(code.startsWith('/*! @govtech-network/widgets '), 'licence banner').to.equal(true);
      // An ES module: it exports (the element classes).
      expect(found(/\bexport\s*\{[^}]*Govtech|\bexport\s*\*\s*from/), 'export of the element classes').to.not.equal(null);
    });
  }

  it('stream-card.js loads the SDK only through a lazy import (the feed path)', () => {
    const code = sources.get('stream-card.js')!;
    expect(code.includes('Request timed out'), 'no ky inside').to.equal(false);
    expect(code.includes('Encountered Promise during synchronous parse'), 'no zod inside').to.equal(false);
    const statics = [...code.matchAll(/(?:\bfrom|\bimport)\s*"([^"]+)"/g)].map((match) => match[1]);
    expect(statics.every((specifier) => /^\.\/chunks\/lit-base-/.test(specifier!)), `static imports: ${statics.join(', ')}`).to.equal(true);
    expect(code).to.match(/\bimport\(\s*["'`]\.\/chunks\/streams-[\w-]{8}\.js["'`]\s*\)/);
  });

  it("the site-consent chunk (a card by video-id downloads it) holds only what the widgets use, not the stories' and the embed's helpers", async () => {
    const chunk = /\bimport\(\s*["'`]\.\/(chunks\/site-consent-[\w-]{8}\.js)["'`]\s*\)/.exec(sources.get('stream-card.js')!)?.[1];
    expect(chunk, 'the lazy import of the site-consent chunk').to.be.a('string');
    const code = await readFile({ path: `../../packages/widgets/dist/cdn/${chunk}` });
    expect(code, chunk).to.be.a('string');
    // Export names survive minification; the widgets take `siteConsent` and `onSiteConsentChange` by name.
    for (const name of ['forgetSiteConsent', 'siteConsentAnswers']) expect(code!.includes(name), name).to.equal(false);
  });
});

describe('CDN build: pages that load nothing but the built file', () => {
  const pages: Record<string, string[]> = {
    'event-calendar': ['event-calendar.js'],
    'panel-countdown': ['panel-countdown.js'],
    'lab-directory': ['lab-directory.js'],
    'stream-card': ['stream-card.js'],
    all: ['govtech-widgets.js'],
  };
  for (const [name, files] of Object.entries(pages)) {
    it(`${name}.html shows its widgets from the sample feed`, async () => {
      const page = await openPage(name);
      await widgetsShown(page);
      expect(page.problems).to.deep.equal([]);
      expect(page.violations).to.have.length(0);
      expect(scriptsLoaded(page), 'the script and its chunks, nothing else').to.include.members(files.map((file) => CDN + file));
      expect(scriptsLoaded(page).every((path) => path.startsWith(CDN)), scriptsLoaded(page).join(', ')).to.equal(true);
    });
  }

  it('all.html registers the four elements', async () => {
    const page = await openPage('all');
    await widgetsShown(page);
    for (const tag of ['govtech-event-calendar', 'govtech-panel-countdown', 'govtech-lab-directory', 'govtech-stream-card']) {
      expect(page.win.customElements.get(tag), tag).to.be.a('function');
      expect(page.doc.querySelectorAll(tag)).to.have.length(1);
    }
  });

  it('stream card with a video id: shows the poster and reads no feed', async () => {
    const page = await openPage('stream-card-video-id');
    const root = shadowOf(page, 'govtech-stream-card');
    await waitUntil(() => posterShown(root) && root.querySelector('[part="play"]'), 'card not shown', { timeout: TIMEOUT });
    expect(text(root.querySelector('[part="title"]'))).to.equal('Panel de ejemplo');
    expect(text(root.querySelector('[part="channel"]'))).to.equal('FLACSO Chile');
    expect(page.problems).to.deep.equal([]);
    // Lit and the base, and the site's consent (read before YouTube's poster shows): nothing of the SDK
    // (its chunks are feed-core and the feed paths).
    expect(scriptsLoaded(page)).to.have.length(3);
    expect(scriptsLoaded(page)[1]).to.match(/\/chunks\/lit-base-[\w-]{8}\.js$/);
    expect(scriptsLoaded(page)[2]).to.match(/\/chunks\/site-consent-[\w-]{8}\.js$/);
    expect(feedRequests(page)).to.have.length(0);
  });

  it('stream card with a video id in Portuguese: its strings are one more file, and nothing else (no rolldown runtime)', async () => {
    const page = await openPage('stream-card-video-id-pt');
    const root = shadowOf(page, 'govtech-stream-card');
    await waitUntil(() => posterShown(root) && root.querySelector('[part="play"]'), 'card not shown', { timeout: TIMEOUT });
    expect(text(root.querySelector('[part="badge"]'))).to.equal('Em breve');
    expect(page.problems).to.deep.equal([]);
    const chunks = scriptsLoaded(page).map((path) => /\/chunks\/(.+)-[\w-]{8}\.js$/.exec(path)?.[1] ?? path.slice(CDN.length));
    expect(chunks.sort()).to.deep.equal(['lit-base', 'locale-pt', 'site-consent', 'stream-card.js']);
  });

  it('stream card from the feed: the feed path, loaded on first use, works', async () => {
    const page = await openPage('stream-card');
    await widgetsShown(page);
    const root = shadowOf(page, 'govtech-stream-card');
    expect(text(root.querySelector('[part="title"]'))).to.match(/^Verano de Datos Abiertos — Panel 1/);
    expect(text(root.querySelector('[part="channel"]'))).to.equal('FLACSO Chile');
    expect(feedRequests(page).length).to.be.greaterThan(0);
    expect(scriptsLoaded(page).some((path) => /\/chunks\/streams-[\w-]{8}\.js$/.test(path)), 'the streams chunk').to.equal(true);
  });
});

describe('CDN build: under a strict Content-Security-Policy', () => {
  it('csp.html shows all four widgets with no violation and no error', async () => {
    const page = await openPage('csp');
    await widgetsShown(page);
    // The calendar's `seo` JSON-LD (an inlined lazy path) is a data block, which CSP does not block.
    await waitUntil(() => page.doc.querySelector('govtech-event-calendar > script[type="application/ld+json"]'), 'JSON-LD expected', {
      timeout: TIMEOUT,
    });
    // Lit's styles are constructable stylesheets (adoptedStyleSheets), which style-src does not govern.
    const root = shadowOf(page, 'govtech-event-calendar');
    expect(root.adoptedStyleSheets.length).to.be.greaterThan(0);
    expect(root.querySelector('style'), 'no <style> element in the shadow root').to.equal(null);
    expect(page.win.getComputedStyle(root.querySelector('.header')!).display).to.equal('flex');
    expect(page.problems).to.deep.equal([]);
    expect(
      page.violations.map((v) => `${v.effectiveDirective} blocked ${v.blockedURI} (${v.sourceFile}:${v.lineNumber})`),
    ).to.deep.equal([]);
  });

  it('csp.html: the calendar’s search finds events and its subscribe menu opens with its links, with no violation', async () => {
    const page = await openPage('csp');
    await widgetsShown(page);
    const root = shadowOf(page, 'govtech-event-calendar');
    // Both tools load on first use (their chunks, their adopted styles) under the same policy.
    await waitUntil(() => root.querySelector('input[type="search"]') && root.querySelector('#subscribe-button'), 'search box and subscribe button expected', {
      timeout: TIMEOUT,
    });
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'verano datos';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => text(root.querySelector('.search [role="status"]')), 'result count expected', { timeout: TIMEOUT });
    expect(text(root.querySelector('.search [role="status"]'))).to.match(/^\d+ eventos encontrados\.$/);
    expect(root.querySelectorAll('.search-results [part="event"]').length).to.be.greaterThan(0);
    expect(page.win.getComputedStyle(root.querySelector('.search')!).flexGrow, 'the search box’s adopted styles').to.equal('1');

    const button = root.querySelector<HTMLButtonElement>('#subscribe-button')!;
    button.click();
    await waitUntil(() => button.getAttribute('aria-expanded') === 'true', 'menu expected open', { timeout: TIMEOUT });
    const menu = root.querySelector<HTMLElement>('#subscribe-menu')!;
    expect(menu.checkVisibility()).to.equal(true);
    expect(page.win.getComputedStyle(menu).position, 'the menu’s adopted styles').to.equal('absolute');
    const hrefs = [...menu.querySelectorAll('a[role="menuitem"]')].map((link) => link.getAttribute('href')!);
    expect(hrefs[0]).to.match(/^webcal:\/\/localhost:\d+\/examples\/feeds\/v1\/.+\.ics$/);
    expect(hrefs.some((href) => href.startsWith('https://calendar.google.com/'))).to.equal(true);
    expect(hrefs.some((href) => href.startsWith('https://outlook.live.com/'))).to.equal(true);
    expect(hrefs.some((href) => href.startsWith('https://outlook.office.com/'))).to.equal(true);
    expect(page.problems).to.deep.equal([]);
    expect(page.violations.map((v) => `${v.effectiveDirective} blocked ${v.blockedURI} (${v.sourceFile}:${v.lineNumber})`)).to.deep.equal([]);
  });

  it('the policy is in force (control: what it forbids is blocked and reported)', async () => {
    const page = await openPage('csp');
    await widgetsShown(page);
    expect(page.doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).to.not.match(/unsafe-/);
    // 'unsafe-eval' is absent: eval in the page's realm throws.
    expect(() => (page.win as unknown as { eval: (code: string) => unknown }).eval('1')).to.throw();
    // 'unsafe-inline' is absent: an inline <style> is refused, and the violation reaches our listener.
    const style = page.doc.createElement('style');
    style.textContent = 'body { color: red }';
    page.doc.head.append(style);
    await waitUntil(() => page.violations.some((v) => v.effectiveDirective === 'style-src-elem'), 'violation expected', { timeout: TIMEOUT });
  });
});

describe('CDN build: hostile page CSS', () => {
  /** Computed styles of a few elements inside the shadow roots. */
  const looks = (page: Framed) => {
    const style = (selector: string, inner: string) => {
      const element = shadowOf(page, selector).querySelector(inner);
      expect(element, `${selector} ${inner}`).to.not.equal(null);
      const { color, display, lineHeight, fontFamily, fontSize } = page.win.getComputedStyle(element!);
      return { color, display, lineHeight, fontFamily, fontSize };
    };
    return {
      calendarHeader: style('govtech-event-calendar', '.header'),
      calendarTitle: style('govtech-event-calendar', '[part="title"]'),
      calendarButton: style('govtech-event-calendar', '.nav button'),
      countdownTitle: style('govtech-panel-countdown', '[part="title"]'),
      countdownWhen: style('govtech-panel-countdown', 'p[part="when"]'),
      labCount: style('govtech-lab-directory', 'p[part="count"]'),
      streamTitle: style('govtech-stream-card', '[part="title"]'),
      streamPlay: style('govtech-stream-card', 'button[part="play"]'),
    };
  };
  const red = 'rgb(255, 0, 0)';

  it('hostile-css.html: the widgets keep their colours, layout and line height', async () => {
    const clean = await openPage('all');
    await widgetsShown(clean);
    const hostile = await openPage('hostile-css');
    await widgetsShown(hostile);
    // The stylesheet is in force on the page itself.
    expect(hostile.win.getComputedStyle(hostile.doc.body).fontFamily).to.equal('serif');
    const expected = looks(clean);
    const actual = looks(hostile);
    for (const [name, look] of Object.entries(actual)) {
      expect(look.color, `${name} color`).to.not.equal(red);
      expect(look.display, `${name} display`).to.equal(expected[name as keyof typeof expected].display);
      expect(look.lineHeight, `${name} line-height`).to.equal(expected[name as keyof typeof expected].lineHeight);
      expect(look.color, `${name} color`).to.equal(expected[name as keyof typeof expected].color);
      expect(look.fontSize, `${name} font-size`).to.equal(expected[name as keyof typeof expected].fontSize);
    }
    expect(actual.calendarHeader.display).to.equal('flex');
    expect(actual.calendarTitle.display).to.equal('block');
    expect(hostile.problems).to.deep.equal([]);
  });

  // A page rule that matches the host element itself (`*`, `body *`) would set the host's inherited
  // properties; base/styles.ts declares them !important on :host, which wins inside the shadow tree.
  it('hostile-css.html: the widgets keep their font against `* { font-family: serif !important }`', async () => {
    const clean = await openPage('all');
    await widgetsShown(clean);
    const hostile = await openPage('hostile-css');
    await widgetsShown(hostile);
    const expected = looks(clean);
    for (const [name, look] of Object.entries(looks(hostile))) {
      expect(look.fontFamily, `${name} font-family`).to.equal(expected[name as keyof typeof expected].fontFamily);
    }
  });
});

describe('CDN build: loaded twice', () => {
  it('twice.html: the same file twice, under two URLs, and with govtech-widgets.js, throws nothing', async () => {
    const page = await openPage('twice');
    await widgetsShown(page);
    expect(page.problems).to.deep.equal([]);
    // The same URL is one module (evaluated once); another URL of the same file is evaluated again and
    // defines the calendar once more: the second definition is skipped. Its chunks are the same URLs.
    const entries = scriptsLoaded(page).filter((path) => !path.includes('/chunks/'));
    expect(entries).to.have.members([
      `${CDN}event-calendar.js`,
      `${CDN}event-calendar.js?snippet=2`,
      `${CDN}govtech-widgets.js`,
      `${CDN}panel-countdown.js`,
      `${CDN}lab-directory.js`,
      `${CDN}stream-card.js`,
    ]);
    for (const tag of ['govtech-event-calendar', 'govtech-panel-countdown', 'govtech-lab-directory', 'govtech-stream-card']) {
      expect(page.win.customElements.get(tag), tag).to.be.a('function');
    }
  });
});

describe('CDN build: under Trusted Types', () => {
  // The policies the webmaster guides tell a site to allow (docs/webmaster-guide.md, CSP).
  const DOCUMENTED = 'trusted-types lit-html govtech-jsonld';
  const violationText = (page: Framed) =>
    page.violations.map((v) => `${v.effectiveDirective}: ${v.sample || v.blockedURI} (${v.sourceFile}:${v.lineNumber})`);
  /** The calendar's JSON-LD, parsed (the test fails if it is not valid JSON). */
  const jsonLd = async (page: Framed): Promise<Array<Record<string, unknown>>> => {
    const script = () => page.doc.querySelector('govtech-event-calendar > script[type="application/ld+json"]');
    await waitUntil(script, 'JSON-LD expected', { timeout: TIMEOUT });
    return JSON.parse(script()!.textContent!);
  };

  it('the policy is in force (control: a string written to an HTML sink throws and is reported)', async () => {
    const page = await openPage('trusted-types');
    await widgetsShown(page);
    const div = page.doc.createElement('div');
    expect(() => (div.innerHTML = '<b>x</b>')).to.throw();
    await waitUntil(() => page.violations.some((v) => v.effectiveDirective === 'require-trusted-types-for'), 'violation expected', {
      timeout: TIMEOUT,
    });
    // No other script may make a policy that is not on the list, nor a second one of ours (they exist).
    const { trustedTypes } = page.win as unknown as { trustedTypes: { createPolicy(name: string, rules: object): unknown } };
    for (const name of ['other', 'lit-html', 'govtech-jsonld']) {
      expect(() => trustedTypes.createPolicy(name, {}), name).to.throw();
    }
  });

  it(`trusted-types.html (${DOCUMENTED}): all four widgets and the calendar's JSON-LD, no violation, no error`, async () => {
    const page = await openPage('trusted-types');
    await widgetsShown(page);
    const events = await jsonLd(page);
    expect(events.length).to.be.greaterThan(2);
    expect(events.every((event) => event['@type'] === 'Event')).to.equal(true);
    expect(page.problems).to.deep.equal([]);
    expect(violationText(page)).to.deep.equal([]);
    expect(page.consoleMessages).to.deep.equal([]);
  });

  it('trusted-types-files.html: one file per widget on one page share one lit-html policy (no duplicate-policy error)', async () => {
    const page = await openPage('trusted-types-files');
    await widgetsShown(page);
    const events = await jsonLd(page);
    expect(events.length).to.be.greaterThan(2);
    expect(page.problems).to.deep.equal([]);
    expect(violationText(page)).to.deep.equal([]);
    expect(page.consoleMessages).to.deep.equal([]);
    const files = ['event-calendar.js', 'panel-countdown.js', 'lab-directory.js', 'stream-card.js'];
    expect(scriptsLoaded(page).filter((path) => !path.includes('/chunks/'))).to.have.members(files.map((file) => CDN + file));
  });

  it('trusted-types-lit-only.html: without govtech-jsonld the calendar shows, writes no JSON-LD and says what to allow', async () => {
    const page = await openPage('trusted-types-lit-only');
    await widgetsShown(page);
    await waitUntil(() => page.consoleMessages.length > 0, 'a console message expected', { timeout: TIMEOUT });
    expect(page.consoleMessages).to.have.length(1);
    expect(page.consoleMessages[0]).to.include(DOCUMENTED);
    expect(page.doc.querySelector('govtech-event-calendar > script')).to.equal(null);
    await waitUntil(() => page.violations.length > 0, 'the refused policy reported', { timeout: TIMEOUT });
    expect(page.problems).to.deep.equal([]);
    // The one refusal is the policy's creation; nothing was written to a sink as a plain string.
    expect(page.violations.map((v) => v.effectiveDirective)).to.deep.equal(['trusted-types']);
  });

  it("trusted-types-none.html: with no policy allowed nothing throws, the tags' links stay and the console says what to allow", async () => {
    const page = await openPage('trusted-types-none');
    await waitUntil(() => page.consoleMessages.length > 0, 'a console message expected', { timeout: TIMEOUT });
    // Two files on the page, one message.
    expect(page.consoleMessages).to.have.length(1);
    expect(page.consoleMessages[0]).to.include(DOCUMENTED);
    // The refusal is reported (in a task of its own) as the policy's creation, nothing else.
    await waitUntil(() => page.violations.length > 0, 'the refused policy reported', { timeout: TIMEOUT });
    expect(page.problems).to.deep.equal([]);
    expect(page.violations.map((v) => v.effectiveDirective).filter((directive) => directive !== 'trusted-types')).to.deep.equal([]);
    for (const [tag, link] of [
      ['govtech-event-calendar', 'Agenda de eventos'],
      ['govtech-stream-card', 'Ver el panel en YouTube'],
    ] as const) {
      const element = page.doc.querySelector(tag)!;
      expect(page.win.customElements.get(tag), `${tag} left undefined`).to.equal(undefined);
      expect(element.shadowRoot, `${tag} has no shadow root`).to.equal(null);
      const anchor = element.querySelector('a')!;
      expect(text(anchor)).to.equal(link);
      expect(anchor.getBoundingClientRect().height, `${tag}'s link is shown`).to.be.greaterThan(0);
    }
    expect(feedRequests(page)).to.have.length(0);
  });
});

describe('CDN build: what a page downloads', () => {
  /**
   * Every request the page made, by URL: each must be a file of the CDN build, a feed file or the
   * poster, so that nothing is left out of the count. The scripts are weighed as gzip -9 of the file,
   * but for the page's `warm` chunks (fetched at idle once the widgets are interactive: not counted).
   */
  async function downloads(page: Framed, warm: readonly string[] = []) {
    const urls = (page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .map((entry) => new URL(entry.name))
      .filter((url) => url.pathname !== TEST_SERVER_SCRIPT);
    const unknown = urls.filter((url) => !url.pathname.startsWith(CDN) && !url.pathname.startsWith('/examples/feeds/') && url.pathname !== POSTER);
    expect(unknown.map(String), 'requests other than the build, the feed and the poster').to.deep.equal([]);
    // Each URL once: a module is fetched once a page, a second fetch of one would be a second instance.
    const scripts = urls.filter((url) => url.pathname.startsWith(CDN)).map((url) => url.pathname + url.search);
    expect(scripts, 'each script fetched once').to.deep.equal([...new Set(scripts)]);
    const counted = scripts.filter((path) => !warm.some((name) => isChunk(path, name)));
    const sizes = await Promise.all(
      counted.map(async (path) => (await (await fetch(`/__test__/gzip-size${path.replace(/\?.*/, '')}`)).json()) as number),
    );
    const feeds = urls.filter((url) => url.pathname.startsWith('/examples/feeds/')).map((url) => url.pathname);
    return { scripts: counted, gzip: sizes.reduce((sum, size) => sum + size, 0), feeds };
  }
  const isChunk = (path: string, name: string) => new RegExp(`/chunks/${name}-[\\w-]{8}\\.js$`).test(path);

  /**
   * A `warm` chunk is asked for once the page's events were read (the calendar's first frame with them
   * does not wait for it), when the browser is idle: it comes, after the last events file.
   */
  async function warmedAfterTheEvents(page: Framed, name: string) {
    const entries = () => page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const chunk = () => entries().find((entry) => isChunk(new URL(entry.name).pathname, name));
    await waitUntil(chunk, `the ${name} chunk warmed once the browser is idle`, { timeout: TIMEOUT });
    const events = entries().filter((entry) => /^\/examples\/feeds\/v1\/events\//.test(new URL(entry.name).pathname));
    expect(events.length, 'the events files read').to.be.greaterThan(0);
    expect(chunk()!.startTime, `the ${name} chunk asked for after the events were read`).to.be.at.least(Math.max(...events.map((entry) => entry.responseEnd)));
  }
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

  for (const { name, page: pageName, budget, lazy, warm = [] } of cdnPages) {
    it(`${pageName}.html (${name}): at most ${kb(budget)} of code before it is interactive, each feed file read once`, async () => {
      const page = await openPage(pageName);
      await widgetsShown(page);
      for (const chunk of warm) await warmedAfterTheEvents(page, chunk);
      const { scripts, gzip, feeds } = await downloads(page, warm);
      expect(gzip, `${kb(gzip)} from ${scripts.join(', ')}`).to.be.at.most(budget);
      expect(feeds, 'each feed file once, whichever files the widgets came from').to.deep.equal([...new Set(feeds)]);
      // The paths it does not run stay on the server: no events chunk for the directory, no SDK for a card by
      // video id, no RRULE engine for events that do not recur (February 2022 has no series), no URL state
      // for widgets without `sync-url`.
      for (const group of ['events', 'recurrence', 'labs', 'streams', 'feed-core', 'ics', 'seo', 'url-state', 'url-params']) {
        const loaded = scripts.some((path) => new RegExp(`/chunks/${group}-[\\w-]{8}\\.js$`).test(path));
        const expected = lazy.includes(group) || (group === 'feed-core' && lazy.some((path) => ['events', 'labs', 'streams'].includes(path)));
        expect(loaded, `the ${group} chunk ${expected ? '' : 'not '}loaded`).to.equal(expected);
      }
      expect(page.problems).to.deep.equal([]);
    });
  }

  it('event-calendar-series.html: a month with a recurring meeting loads the RRULE engine, and shows the meeting', async () => {
    const page = await openPage('event-calendar-series');
    const root = () => page.doc.querySelector('govtech-event-calendar')!.shadowRoot;
    // The network's monthly meeting, on the third Thursday: 15 October 2026.
    await waitUntil(() => /Reunión mensual/.test(text(root()?.querySelector('[aria-busy="false"]'))), 'the meeting listed', { timeout: TIMEOUT });
    const { scripts } = await downloads(page);
    expect(scripts.filter((path) => isChunk(path, 'recurrence')), 'the RRULE engine').to.have.length(1);
    expect(text(root()!.querySelector('[aria-busy="false"]'))).to.match(/jueves, 15 de octubre[^]*Reunión mensual/);
    expect(page.problems).to.deep.equal([]);
  });

  it('twice.html (the same file twice, under two URLs, and govtech-widgets.js): each chunk and each feed file once', async () => {
    const page = await openPage('twice');
    await widgetsShown(page);
    const { scripts, feeds } = await downloads(page);
    expect(scripts.filter((path) => path.includes('/chunks/lit-base-')), 'one Lit').to.have.length(1);
    expect(scripts.filter((path) => path.includes('/chunks/feed-core-')), 'one client registry').to.have.length(1);
    expect(feeds.filter((path) => path.endsWith('/index.json')), 'one index.json').to.have.length(1);
    expect(feeds).to.deep.equal([...new Set(feeds)]);
  });
});
