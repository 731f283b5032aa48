// The demo site (demo/): the configurator's snippet builder, the configurator page wired into a fixture
// from its real HTML, and both pages' markup checked with axe under the site's own (hostile) CSS.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { buildSnippet, cdnUrl, elementAttributes, elementStyle, escapeHtml, WIDGET_NAMES, WIDGETS } from '../../demo/snippet.js';
import { mountConfigurator, readState, videoIdFrom, type Configurator } from '../../demo/configurator.js';
import { checkFeeds } from '../../demo/feed-check.js';
import { clientFor } from '@govtech-network/widgets/elements.js';

/** Where web-test-runner serves the sample feed (the demo's Vite server serves it at /feeds/v1/). */
const FEED = '/examples/feeds/v1/';
const SCRIPT = (widget: string) => `<script type="module" src="https://cdn.jsdelivr.net/npm/@govtech-network/widgets@0/dist/cdn/${widget}.js"></script>`;

/** The element of a snippet, parsed back by the browser's own HTML parser (a test-only use of innerHTML). */
function parseElement(snippet: string): Element {
  const template = document.createElement('template');
  template.innerHTML = snippet;
  const elements = [...template.content.children];
  expect(elements.map((element) => element.localName)).to.have.length(2);
  expect(elements[0]!.localName).to.equal('script');
  return elements[1]!;
}

const attributesOf = (element: Element) => Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value]));

describe('demo: buildSnippet', () => {
  it('writes the CDN script tag and the element with its source, nothing else by default', () => {
    expect(buildSnippet('event-calendar', { attributes: { src: '/feeds/v1/' } })).to.equal(
      `${SCRIPT('event-calendar')}\n<govtech-event-calendar src="/feeds/v1/"></govtech-event-calendar>`,
    );
    for (const widget of WIDGET_NAMES) {
      expect(cdnUrl(widget)).to.equal(`https://cdn.jsdelivr.net/npm/@govtech-network/widgets@0/dist/cdn/${widget}.js`);
      expect(buildSnippet(widget)).to.equal(`${SCRIPT(widget)}\n<${WIDGETS[widget].tag}></${WIDGETS[widget].tag}>`);
    }
  });

  it('HTML-escapes quotes, <, > and & in attribute values and in the fallback link', () => {
    const title = `Panel "Ciudades" <abiertas> & 'datos'`;
    const snippet = buildSnippet('stream-card', {
      attributes: { 'video-id': 'dQw4w9WgXcQ', title },
      fallbackLink: { href: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1', text: `${title} (YouTube)` },
    });
    expect(snippet).to.include('title="Panel &quot;Ciudades&quot; &lt;abiertas&gt; &amp; &#39;datos&#39;"');
    expect(snippet).to.include('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=1"');
    expect(snippet).to.not.include('<abiertas>');
    const card = parseElement(snippet);
    expect(card.getAttribute('title')).to.equal(title);
    expect(card.children).to.have.length(1);
    expect(card.querySelector('a')!.textContent).to.equal(`${title} (YouTube)`);
    expect(escapeHtml(`<>&"'`)).to.equal('&lt;&gt;&amp;&quot;&#39;');
  });

  it('keeps an attribute-breaking value inside its attribute', () => {
    const hostile = `x" onload="alert(1)" data-x="<img src=x onerror=alert(2)>`;
    const element = parseElement(buildSnippet('lab-directory', { attributes: { src: FEED, sector: hostile } }));
    expect(attributesOf(element)).to.deep.equal({ src: FEED, sector: hostile });
    expect(element.querySelector('img')).to.equal(null);
  });

  it('leaves out defaults, empty values and false booleans; true booleans are bare names', () => {
    expect(
      buildSnippet('panel-countdown', { attributes: { src: FEED, kind: 'panel', layout: 'card', follow: false, 'event-id': '', locale: undefined } }),
    ).to.equal(`${SCRIPT('panel-countdown')}\n<govtech-panel-countdown src="${FEED}"></govtech-panel-countdown>`);
    expect(elementAttributes('lab-directory', { attributes: { layout: 'grid', 'page-size': '24', sort: 'name', 'sync-url': true } })).to.deep.equal([['sync-url', true]]);
    expect(elementAttributes('event-calendar', { attributes: { 'max-events-per-day': '3', filters: true, seo: false, kinds: '  ' } })).to.deep.equal([['filters', true]]);
    const snippet = buildSnippet('panel-countdown', { attributes: { follow: true, layout: 'hero', src: FEED } });
    expect(snippet).to.include(`<govtech-panel-countdown src="${FEED}" layout="hero" follow>`);
    expect(snippet).to.not.match(/follow="/);
  });

  it('orders attributes as the documentation does, whatever order they come in', () => {
    const names = elementAttributes('event-calendar', {
      attributes: { theme: 'dark', filters: true, locale: 'pt', country: 'CL', kinds: 'panel', view: 'list', src: FEED, 'data-x': '1' },
    }).map(([name]) => name);
    expect(names).to.deep.equal(['src', 'view', 'kinds', 'country', 'filters', 'locale', 'theme', 'data-x']);
    expect(elementAttributes('event-calendar', { attributes: { 'Bad Name': 'x', 'on"x': 'y' } })).to.deep.equal([]);
  });

  it('writes changed theme colours and radius as custom properties in style, and only those', () => {
    const defaults = { '--govtech-color-accent': '#0B5CAD', '--govtech-color-background': '#ffffff', '--govtech-color-text': '#1b1f24', '--govtech-radius': '8px' };
    expect(elementStyle({ style: defaults })).to.deep.equal([]);
    expect(buildSnippet('event-calendar', { attributes: { src: FEED }, style: defaults })).to.not.include('style=');

    const snippet = buildSnippet('event-calendar', { attributes: { src: FEED }, style: { ...defaults, '--govtech-color-accent': '#AA3300', '--govtech-radius': '12px' } });
    expect(snippet).to.include('style="--govtech-color-accent: #aa3300; --govtech-radius: 12px"');
    const calendar = parseElement(snippet) as HTMLElement;
    expect(calendar.style.getPropertyValue('--govtech-color-accent').trim()).to.equal('#aa3300');
  });

  it('drops custom properties that are not --govtech-* or whose value could escape the declaration', () => {
    expect(
      elementStyle({
        style: {
          color: 'red',
          '--other-color': '#000000',
          '--govtech-color-accent': 'red; background: url(https://evil.example/)',
          '--govtech-color-text': '#000"><script>',
          '--govtech-color-background': '}',
          '--govtech-space': '2rem',
        },
      }),
    ).to.deep.equal([['--govtech-space', '2rem']]);
  });

  it('puts one attribute per line when the start tag is long, and the HTML still means the same', () => {
    const attributes = { src: 'https://feeds.example.org/red-govtech/v1/', view: 'list', kinds: 'panel,workshop', country: 'CL', filters: true, locale: 'pt' };
    const snippet = buildSnippet('event-calendar', { attributes, style: { '--govtech-color-accent': '#aa3300' } });
    expect(snippet.split('\n')).to.deep.equal([
      SCRIPT('event-calendar'),
      '<govtech-event-calendar',
      '  src="https://feeds.example.org/red-govtech/v1/"',
      '  view="list"',
      '  kinds="panel,workshop"',
      '  country="CL"',
      '  filters',
      '  locale="pt"',
      '  style="--govtech-color-accent: #aa3300"',
      '></govtech-event-calendar>',
    ]);
    expect(attributesOf(parseElement(snippet))).to.deep.equal({ ...attributes, filters: '', style: '--govtech-color-accent: #aa3300' });
  });
});

describe('demo: YouTube addresses in the configurator', () => {
  it('takes the id from an id or any usual YouTube address', () => {
    for (const input of [
      'dQw4w9WgXcQ',
      ' https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s ',
      'https://youtu.be/dQw4w9WgXcQ?si=abc',
      'https://m.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com/live/dQw4w9WgXcQ',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    ]) {
      expect(videoIdFrom(input), input).to.equal('dQw4w9WgXcQ');
    }
    expect(videoIdFrom('https://evil.example/watch?v=dQw4w9WgXcQ')).to.equal('https://evil.example/watch?v=dQw4w9WgXcQ');
    expect(videoIdFrom('short')).to.equal('short');
  });
});

/** A page of the demo site, parsed: its body content without scripts, its <html lang>. */
async function loadPage(path: string): Promise<{ body: DocumentFragment; lang: string; title: string }> {
  const response = await fetch(path);
  expect(response.ok, path).to.equal(true);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  for (const script of page.querySelectorAll('script')) script.remove();
  // The demo's Vite server serves the sample feed at /feeds/v1/; web-test-runner at /examples/feeds/v1/.
  for (const element of page.querySelectorAll('[src="/feeds/v1/"]')) element.setAttribute('src', FEED);
  const input = page.querySelector<HTMLInputElement>('#cfg-src');
  if (input) input.setAttribute('value', FEED);
  // Images and stylesheets are relative to the page.
  for (const image of page.querySelectorAll<HTMLImageElement>('img[src^="./"]')) image.setAttribute('src', new URL(image.getAttribute('src')!, new URL(path, location.href)).pathname);
  const body = document.createDocumentFragment();
  body.append(...[...page.body.childNodes].map((node) => document.importNode(node, true)));
  return { body, lang: page.documentElement.lang, title: page.title };
}

/** The site's stylesheets in this test page, as the demo loads them; removed after each test. */
async function useSiteCss(...files: string[]): Promise<void> {
  await Promise.all(
    files.map(
      (file) =>
        new Promise<void>((resolve, reject) => {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = `/demo/${file}`;
          link.dataset.demoCss = '';
          link.onload = () => resolve();
          link.onerror = () => reject(new Error(`${file} did not load`));
          document.head.append(link);
        }),
    ),
  );
}

afterEach(() => {
  for (const link of document.querySelectorAll('link[data-demo-css]')) link.remove();
});

const shadow = (root: ParentNode, selector: string) => root.querySelector(selector)?.shadowRoot ?? null;

describe('demo: the municipal site (index.html)', () => {
  before(async () => {
    await import('@govtech-network/widgets');
  });

  it('is a Spanish page with a skip link, landmarks and the four widgets configured as documented', async () => {
    const { body, lang, title } = await loadPage('/demo/index.html');
    expect(lang).to.equal('es');
    expect(title).to.match(/demostración/);
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    root.append(body);
    const skip = root.querySelector<HTMLAnchorElement>('a.skip-link')!;
    expect(skip.getAttribute('href')).to.equal('#contenido');
    expect(root.querySelector('main#contenido')).to.not.equal(null);
    expect(root.querySelectorAll('header, nav[aria-label], footer, main')).to.have.length(4);
    expect(root.querySelectorAll('h1')).to.have.length(1);
    expect(root.querySelector('a[href="./configurador.html"]')).to.not.equal(null);

    const countdown = root.querySelector('govtech-panel-countdown')!;
    expect(countdown.getAttribute('layout')).to.equal('hero');
    expect(countdown.hasAttribute('follow')).to.equal(true);
    const calendar = root.querySelector('#agenda govtech-event-calendar')!;
    expect(['filters', 'seo', 'search', 'subscribe', 'sync-url'].filter((name) => !calendar.hasAttribute(name))).to.deep.equal([]);
    expect(calendar.getAttribute('color-by')).to.equal('kind');
    const upcoming = root.querySelector('aside govtech-event-calendar')!;
    expect(upcoming.getAttribute('view')).to.equal('upcoming');
    expect(upcoming.getAttribute('more-href')).to.equal('#agenda');
    const directory = root.querySelector('govtech-lab-directory')!;
    expect(directory.getAttribute('country')).to.equal('PE');
    expect(directory.hasAttribute('sync-url')).to.equal(true);
    expect(directory.getAttribute('views')).to.equal('list,map'); // the map, and a lab's "Ver en el mapa"
    const cards = [...root.querySelectorAll('govtech-stream-card')];
    expect(cards.map((card) => card.getAttribute('stream-id'))).to.deep.equal([1, 2, 3, 4].map((n) => `verano-2022-panel-${n}`));
    for (const card of cards) expect(card.querySelector(':scope > a[href^="https://www.youtube.com/watch?v="]')).to.not.equal(null);
  });

  it('passes axe with the site CSS and the widgets loaded from the sample feed', async function () {
    this.timeout(30_000);
    await useSiteCss('demo.css');
    const { body } = await loadPage('/demo/index.html');
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    root.append(body);
    // The next panel, or (once the sample feed's panels are all past) the "no upcoming panel" state.
    // (Its skeleton is a .countdown too: loaded is when nothing in it is busy.)
    await waitUntil(() => shadow(root, 'govtech-panel-countdown')?.querySelector('.countdown, .state') && !shadow(root, 'govtech-panel-countdown')?.querySelector('[aria-busy="true"]'), 'countdown did not load', { timeout: 8000 });
    await waitUntil(() => shadow(root, '#agenda govtech-event-calendar')?.querySelector('[aria-busy="false"]'), 'calendar did not load', { timeout: 8000 });
    await waitUntil(() => shadow(root, 'aside govtech-event-calendar')?.querySelector('[aria-busy="false"]'), 'upcoming list did not load', { timeout: 8000 });
    await waitUntil(() => shadow(root, 'govtech-lab-directory')?.querySelector('[part="results"] [part~="lab"], [part~="lab"]'), 'directory did not load', { timeout: 8000 });
    await waitUntil(
      () => [...root.querySelectorAll('govtech-stream-card')].every((card) => card.shadowRoot?.querySelector('[part="title"]')?.textContent?.includes('Verano')),
      'stream cards did not read the feed',
      { timeout: 8000 },
    );
    // The page's global heading rules must not reach into the widgets (their titles keep their own case and font).
    const calendarTitle = shadow(root, '#agenda govtech-event-calendar')!.querySelector<HTMLElement>('[part="title"]')!;
    expect(getComputedStyle(calendarTitle).textTransform).to.equal('none');
    expect(getComputedStyle(calendarTitle).fontFamily).to.not.match(/Georgia/);
    expect(getComputedStyle(root.querySelector('main h2')!).textTransform).to.equal('uppercase');
    await expect(root).to.be.accessible();
  });
});

describe('demo: the configurator (configurador.html)', () => {
  let configurator: Configurator | undefined;
  afterEach(() => {
    configurator?.destroy();
    configurator = undefined;
    fixtureCleanup();
  });

  async function mount(): Promise<{ page: HTMLElement; root: HTMLElement; form: HTMLFormElement; preview: HTMLElement; snippet: () => string; configurator: Configurator }> {
    const { body } = await loadPage('/demo/configurador.html');
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    page.append(body);
    const root = page.querySelector<HTMLElement>('#configurador')!;
    configurator = mountConfigurator(root);
    return {
      page,
      root,
      form: root.querySelector('form')!,
      preview: root.querySelector<HTMLElement>('#cfg-preview')!,
      snippet: () => root.querySelector('#cfg-snippet')!.textContent!,
      configurator,
    };
  }

  /** Changes a field the way a visitor does: value, then `input` and `change`. */
  function set(form: HTMLFormElement, selector: string, value: string | boolean, events: Array<'input' | 'change'> = ['input', 'change']): void {
    const field = form.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
    expect(field, selector).to.not.equal(null);
    if (typeof value === 'boolean') (field as HTMLInputElement).checked = value;
    else field.value = value;
    for (const type of events) field.dispatchEvent(new Event(type, { bubbles: true }));
  }

  const visibleOptions = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-widget]')].filter((section) => !section.hidden).map((section) => section.dataset.widget);

  it('starts with the calendar of the sample feed in the preview and the snippet', async () => {
    const { root, preview, snippet } = await mount();
    expect(snippet()).to.equal(`${SCRIPT('event-calendar')}\n<govtech-event-calendar src="${FEED}"></govtech-event-calendar>`);
    const calendar = preview.querySelector('govtech-event-calendar')!;
    expect(attributesOf(calendar)).to.include({ src: FEED });
    expect(visibleOptions(root)).to.deep.equal(['event-calendar']);
  });

  it('offers the calendar’s upcoming list, colours and URL state, with a full-agenda link only over http(s)', async () => {
    const { form, preview, snippet } = await mount();
    set(form, '#cfg-calendar-view', 'upcoming');
    set(form, '#cfg-calendar-limit', '3');
    set(form, '#cfg-calendar-days', '30');
    set(form, '#cfg-calendar-more-href', 'javascript:alert(1)');
    set(form, '#cfg-calendar-color-by', 'network');
    expect(attributesOf(preview.firstElementChild!)).to.include({ view: 'upcoming', limit: '3', days: '30', 'color-by': 'network' });
    expect(preview.firstElementChild!.hasAttribute('more-href')).to.equal(false);
    set(form, '#cfg-calendar-more-href', 'https://www.example.gob.cl/agenda');
    set(form, '#cfg-calendar-sync-url', true);
    expect(attributesOf(preview.firstElementChild!)).to.include({ 'more-href': 'https://www.example.gob.cl/agenda', 'sync-url': '' });
    expect(snippet()).to.include('more-href="https://www.example.gob.cl/agenda"');
    expect(snippet()).to.include('color-by="network"');
  });

  it('offers the page’s colour scheme (the default, no attribute) and the visitor’s system (theme="auto")', async () => {
    const { form, preview, snippet } = await mount();
    expect(form.querySelector<HTMLInputElement>('input[name="theme"][value=""]')!.checked).to.equal(true);
    expect(preview.firstElementChild!.hasAttribute('theme')).to.equal(false);
    form.querySelector<HTMLInputElement>('input[name="theme"][value="auto"]')!.click();
    expect(attributesOf(preview.firstElementChild!)).to.include({ theme: 'auto' });
    expect(snippet()).to.include(`<govtech-event-calendar src="${FEED}" theme="auto"></govtech-event-calendar>`);
  });

  it('writes an iframe of the embed page instead, with the resizer and per-CMS instructions, when asked', async () => {
    const { root, form, snippet } = await mount();
    const shown = (output: string) => [...root.querySelectorAll<HTMLElement>(`[data-output="${output}"]`)].every((block) => !block.hidden);
    expect([shown('script'), shown('iframe')]).to.deep.equal([true, false]);
    form.querySelector<HTMLInputElement>('#cfg-output-iframe')!.click();
    expect([shown('script'), shown('iframe')]).to.deep.equal([false, true]);
    const page = new URL('/embed.html', location.href).href;
    const src = `${page}?widget=event-calendar&amp;src=${encodeURIComponent(FEED)}`;
    expect(snippet()).to.equal(
      `<iframe\n  src="${src}"\n  title="Calendario de eventos"\n  width="100%"\n  height="760"\n  style="border: 0; width: 100%"\n  loading="lazy"\n></iframe>\n<script src="${new URL('/govtech-embed.js', location.href).href}" async></script>`,
    );
    expect([...root.querySelectorAll('.cms-help summary')].map((summary) => summary.textContent)).to.deep.equal(['WordPress', 'Drupal', 'Joomla', 'Google Sites', 'Wix', 'HTML propio']);
    form.querySelector<HTMLInputElement>('#cfg-resizer')!.click();
    expect(snippet()).to.not.contain('<script');
    await expect(root).to.be.accessible();
  });

  it('switches widget, shows only its options, and previews what the snippet says', async () => {
    const { root, form, preview, snippet } = await mount();
    form.querySelector<HTMLInputElement>('#cfg-widget-countdown')!.click();
    expect(visibleOptions(root)).to.deep.equal(['panel-countdown']);
    expect(preview.firstElementChild!.localName).to.equal('govtech-panel-countdown');
    form.querySelector<HTMLInputElement>('input[name="countdown-layout"][value="hero"]')!.click();
    form.querySelector<HTMLInputElement>('#cfg-countdown-follow')!.click();
    form.querySelector<HTMLInputElement>('input[name="theme"][value="dark"]')!.click();
    set(form, '#cfg-locale', 'en');
    const element = preview.firstElementChild!;
    expect(attributesOf(element)).to.include({ src: FEED, layout: 'hero', follow: '', theme: 'dark', locale: 'en' });
    expect(snippet()).to.include(`<govtech-panel-countdown src="${FEED}" layout="hero" follow locale="en" theme="dark"></govtech-panel-countdown>`);
    // Back to the default layout: the attribute is gone from both.
    form.querySelector<HTMLInputElement>('input[name="countdown-layout"][value="card"]')!.click();
    expect(preview.firstElementChild!.hasAttribute('layout')).to.equal(false);
    expect(snippet()).to.not.include('layout=');

    form.querySelector<HTMLInputElement>('#cfg-widget-directory')!.click();
    set(form, '#cfg-directory-sector', 'academia');
    set(form, '#cfg-directory-page-size', '12');
    form.querySelector<HTMLInputElement>('input[name="directory-layout"][value="list"]')!.click();
    expect(visibleOptions(root)).to.deep.equal(['lab-directory']);
    expect(attributesOf(preview.firstElementChild!)).to.include({ layout: 'list', sector: 'academia', 'page-size': '12' });
    expect(snippet()).to.include('sector="academia"');
    // The map: a list/map toggle, and no tiles at all (the labs by region).
    form.querySelector<HTMLInputElement>('input[name="directory-views"][value="list,map"]')!.click();
    set(form, '#cfg-directory-tile-url', 'none');
    await waitUntil(() => preview.firstElementChild?.getAttribute('tile-url') === 'none', 'the preview follows');
    expect(attributesOf(preview.firstElementChild!)).to.include({ views: 'list,map', 'tile-url': 'none' });
    expect(snippet()).to.include('views="list,map"\n  tile-url="none"');
  });

  it('builds the calendar options: kinds, upper-case country, filters, first day', async () => {
    const { form, preview, snippet } = await mount();
    form.querySelector<HTMLInputElement>('input[name="calendar-kinds"][value="panel"]')!.click();
    form.querySelector<HTMLInputElement>('input[name="calendar-kinds"][value="workshop"]')!.click();
    form.querySelector<HTMLInputElement>('#cfg-calendar-filters')!.click();
    form.querySelector<HTMLInputElement>('#cfg-calendar-search')!.click();
    form.querySelector<HTMLInputElement>('#cfg-calendar-subscribe')!.click();
    set(form, '#cfg-calendar-first-day', '7');
    set(form, '#cfg-calendar-view', 'list');
    set(form, '#cfg-calendar-country', 'cl', ['input']);
    // The snippet follows every keystroke; the preview once typing pauses.
    expect(snippet()).to.include('country="CL"');
    await waitUntil(() => preview.firstElementChild?.getAttribute('country') === 'CL', 'the preview follows after a pause');
    expect(attributesOf(preview.firstElementChild!)).to.include({ view: 'list', 'first-day': '7', kinds: 'panel,workshop', country: 'CL', filters: '', search: '', subscribe: '' });
    expect(snippet()).to.match(/\n {2}search\n {2}subscribe\n/);
  });

  it('sets colours as custom properties on the preview and in the snippet, and resets them', async () => {
    const { root, form, preview, snippet } = await mount();
    set(form, '#cfg-color-accent', '#aa3300', ['input']);
    set(form, '#cfg-radius', '12', ['change']);
    const element = preview.firstElementChild as HTMLElement;
    expect(element.style.getPropertyValue('--govtech-color-accent')).to.equal('#aa3300');
    expect(element.style.getPropertyValue('--govtech-radius')).to.equal('12px');
    expect(preview.firstElementChild).to.equal(element, 'a colour changes the element in place');
    expect(snippet()).to.include('style="--govtech-color-accent: #aa3300; --govtech-radius: 12px"');
    root.querySelector<HTMLButtonElement>('#cfg-reset-colors')!.click();
    expect(element.hasAttribute('style')).to.equal(false);
    expect(snippet()).to.not.include('style=');
  });

  it('never turns typed text into markup: the preview gets attributes, the snippet escapes', async () => {
    const { form, preview, snippet } = await mount();
    form.querySelector<HTMLInputElement>('#cfg-widget-stream')!.click();
    form.querySelector<HTMLInputElement>('input[name="stream-source"][value="video"]')!.click();
    const title = `"><img src=x onerror="alert(1)"> & más`;
    set(form, '#cfg-video-title', title);
    set(form, '#cfg-video-id', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3');
    const card = preview.querySelector('govtech-stream-card')!;
    expect(card.getAttribute('video-id')).to.equal('dQw4w9WgXcQ');
    expect(card.getAttribute('title')).to.equal(title);
    expect(preview.querySelector('img')).to.equal(null);
    expect(card.querySelector('a')!.textContent).to.equal(`${title} (YouTube)`);
    expect(snippet()).to.include('title="&quot;&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; más"');
    expect(snippet()).to.include('video-id="dQw4w9WgXcQ"');
    expect(attributesOf(parseElement(snippet()))).to.include({ title, 'video-id': 'dQw4w9WgXcQ' });
  });

  it('explains instead of previewing a stream card without a valid video id', async () => {
    const { form, preview } = await mount();
    form.querySelector<HTMLInputElement>('#cfg-widget-stream')!.click();
    form.querySelector<HTMLInputElement>('input[name="stream-source"][value="video"]')!.click();
    expect(preview.querySelector('govtech-stream-card')).to.equal(null);
    expect(preview.textContent).to.match(/identificador del video/);
    expect(readState(form).options.attributes).to.include({ 'video-id': '' });
  });

  it('reads the feed for suggestions and the stream card fallback link', async () => {
    const { root, form, preview, snippet, configurator: cfg } = await mount();
    await cfg.feedChecked();
    expect(root.querySelector('#cfg-feed-status')!.textContent).to.match(/^Feed leído: \d+ eventos próximos, \d+ transmisiones, \d+ laboratorios\.$/);
    const streamIds = [...root.querySelectorAll<HTMLOptionElement>('#cfg-streams option')].map((option) => option.value);
    expect(streamIds).to.include('verano-2022-panel-1');
    expect([...root.querySelectorAll<HTMLOptionElement>('#cfg-countries option')].map((option) => option.value)).to.include.members(['CL', 'PE']);
    form.querySelector<HTMLInputElement>('#cfg-widget-stream')!.click();
    expect(snippet()).to.include('<a href="https://www.youtube.com/watch?v=ejVerano221">');
    const card = preview.querySelector('govtech-stream-card')!;
    expect(attributesOf(card)).to.include({ src: FEED, 'stream-id': 'verano-2022-panel-1' });
    expect(card.querySelector(':scope > a')!.getAttribute('href')).to.equal('https://www.youtube.com/watch?v=ejVerano221');
  });

  it('says when the feed cannot be read', async () => {
    const { root, form, configurator: cfg } = await mount();
    await cfg.feedChecked();
    set(form, '#cfg-src', '/__test__/missing-feed/');
    await cfg.feedChecked();
    expect(root.querySelector('#cfg-feed-status')!.textContent).to.match(/^No se pudo leer el feed: /);
  });

  it('reads each of several feeds in the address on its own, says which could not be read, and suggests from the others', async () => {
    const { root, form, configurator: cfg } = await mount();
    await cfg.feedChecked();
    set(form, '#cfg-src', `${FEED} /__test__/missing-feed/`);
    await cfg.feedChecked();
    expect(root.querySelector('#cfg-feed-status')!.textContent).to.match(
      /^Feed 1 \(\/examples\/feeds\/v1\/\): leído: \d+ eventos próximos, \d+ transmisiones, \d+ laboratorios\. Feed 2 \(\/__test__\/missing-feed\/\): no se pudo leer: \S/,
    );
    expect([...root.querySelectorAll<HTMLOptionElement>('#cfg-streams option')].map((option) => option.value)).to.include('verano-2022-panel-1');
    expect([...root.querySelectorAll<HTMLOptionElement>('#cfg-countries option')].map((option) => option.value)).to.include.members(['CL', 'PE']);
  });

  it('does not reload the page on Enter (the form applies instead)', async () => {
    const { form } = await mount();
    const submit = new Event('submit', { cancelable: true });
    form.dispatchEvent(submit);
    expect(submit.defaultPrevented).to.equal(true);
  });

  it('copies the snippet and says so politely', async () => {
    const { root, snippet } = await mount();
    const status = root.querySelector('#cfg-copy-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    let copied: string | undefined;
    const clipboard = navigator.clipboard as Clipboard & { writeText: Clipboard['writeText'] };
    clipboard.writeText = async (text: string) => {
      copied = text;
    };
    try {
      root.querySelector<HTMLButtonElement>('#cfg-copy')!.click();
      await waitUntil(() => status.textContent === 'Copiado', 'status "Copiado" expected');
      expect(copied).to.equal(snippet());
    } finally {
      delete (clipboard as Partial<Clipboard>).writeText;
    }
  });

  it('selects the snippet when the clipboard API refuses', async () => {
    const { root, snippet } = await mount();
    const status = root.querySelector('#cfg-copy-status')!;
    const clipboard = navigator.clipboard as Clipboard & { writeText: Clipboard['writeText'] };
    clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    try {
      root.querySelector<HTMLButtonElement>('#cfg-copy')!.click();
      await waitUntil(() => status.textContent !== '', 'a status message expected');
      expect(getSelection()!.toString()).to.equal(snippet());
      expect(status.textContent).to.match(/^(Copiado|No se pudo copiar automáticamente: el código quedó seleccionado)/);
    } finally {
      delete (clipboard as Partial<Clipboard>).writeText;
      getSelection()!.removeAllRanges();
    }
  });

  it('passes axe, labels every field, and groups choices in fieldsets with legends', async function () {
    this.timeout(30_000);
    await useSiteCss('demo.css', 'configurator.css');
    const { page, form, preview, configurator: cfg } = await mount();
    for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
      expect(field.labels?.length ?? 0, `${field.name} has a label`).to.be.greaterThan(0);
    }
    for (const group of form.querySelectorAll('fieldset')) expect(group.querySelector(':scope > legend')?.textContent?.trim()).to.not.equal('');
    await cfg.feedChecked();
    await waitUntil(() => preview.querySelector('govtech-event-calendar')?.shadowRoot?.querySelector('[aria-busy="false"]'), 'calendar did not load', { timeout: 8000 });
    await expect(page).to.be.accessible();
  });
});

describe('demo: the maintainers\' feed check (feed-check.ts)', () => {
  /** The sample feed's files downloaded since the last `performance.clearResourceTimings()`. */
  const downloads = () =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith(FEED));

  it('reads through the widgets\' client: a file they already read is not downloaded again', async function () {
    this.timeout(20_000);
    const client = clientFor(FEED);
    // What the directory and the stream cards read first.
    await Promise.all([client.labs.list(), client.streams.list()]);
    performance.clearResourceTimings();
    const lines: string[] = [];
    await checkFeeds(client, (line) => lines.push(line));
    const read = downloads();
    for (const file of ['index.json', 'labs.json', 'streams.json']) expect(read, file).to.not.include(`${FEED}${file}`);
    expect(lines.filter((line) => line.startsWith('No se pudo leer'))).to.deep.equal([]);
  });

  it('checks events as stored, without expanding their occurrences', async () => {
    const calls: string[] = [];
    const client = clientFor(FEED);
    const spy = new Proxy(client, {
      get: (target, name) => {
        const queries = target[name as keyof typeof target];
        if (typeof queries !== 'object' || queries === null) return queries;
        return new Proxy(queries, { get: (object, query) => (calls.push(`${String(name)}.${String(query)}`), Reflect.get(object, query)) });
      },
    });
    await checkFeeds(spy, () => {});
    expect(calls).to.include('events.all');
    expect(calls).to.not.include('events.list');
  });

  it('tells the maintainer about a feed it cannot read', async () => {
    const lines: string[] = [];
    await checkFeeds(clientFor('/__test__/no-such-feed/v1/'), (line) => lines.push(line));
    expect(lines.length).to.be.greaterThan(0);
    expect(lines[0]).to.match(/^No se pudo leer el feed: /);
  });
});
