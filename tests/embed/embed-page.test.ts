// The embed page on a host page without the resizer, and with hostile query strings. Without the
// resizer the iframe keeps the height the webmaster gave it and the page scrolls inside it: one
// scrollbar, the page's, none sideways. A hostile parameter (a javascript: or data: address, HTML or
// quotes, a huge value) is left out and reported in the console, never reflected into the page: the
// most it changes is the error state.
import { expect } from '@open-wc/testing';
import { IFRAME_HEIGHT, type WidgetName } from '../../demo/snippet.js';
import { EACH_WIDGET, FEED, frameHeight, openEmbed, type Embed } from './support/embed-frames.js';

/** Set by any payload below that runs. */
const PWNED = '__govtechEmbedPwned';
const pwn = `top.${PWNED}=1`;

/** Everything in the page and the widget's shadow root, as markup, to look for reflected values. */
const markup = (embed: Embed) => embed.doc.documentElement.outerHTML + (embed.shown.shadowRoot?.innerHTML ?? '');

describe('embed page without the resizer', function () {
  // Each test loads whole embed pages, the first one compiling the widgets: on a busy machine that takes a while.
  this.timeout(20_000);
  for (const [widget, query] of Object.entries(EACH_WIDGET)) {
    it(`keeps the iframe of <govtech-${widget}> at the snippet’s height, scrolling inside only`, async () => {
      const height = IFRAME_HEIGHT[widget as WidgetName];
      const embed = await openEmbed(query, { height, width: 700 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(frameHeight(embed)).to.equal(height);
      const root = embed.doc.documentElement;
      expect(embed.win.getComputedStyle(root).overflowY, 'the page scrolls when its content is taller').to.equal('auto');
      expect(root.scrollWidth, 'no sideways scrolling').to.be.at.most(root.clientWidth);
      // No scroller inside the page: the widget is as tall as its content, the page alone scrolls.
      const scrollers = [embed.shown, ...embed.shown.shadowRoot!.querySelectorAll('*')].filter((element) => {
        const { overflowY } = embed.win.getComputedStyle(element);
        return (overflowY === 'auto' || overflowY === 'scroll') && element.scrollHeight > element.clientHeight + 1;
      });
      expect(scrollers.map((element) => element.localName)).to.deep.equal([]);
      expect(embed.win.getComputedStyle(embed.doc.body).backgroundColor, 'transparent by default').to.equal('rgba(0, 0, 0, 0)');
    });
  }

  it('shows the widget in the given locale and theme, and sets the page’s language', async () => {
    const embed = await openEmbed(`${EACH_WIDGET['lab-directory']}&locale=en&theme=dark`);
    expect(embed.doc.documentElement.lang).to.equal('en');
    expect(embed.shown.getAttribute('theme')).to.equal('dark');
    expect(embed.shown.shadowRoot!.querySelector('[part="more"]')!.textContent).to.match(/^Show \d+ more$/);
  });
});

describe('embed page with hostile query strings', function () {
  // Each test loads whole embed pages, the first one compiling the widgets: on a busy machine that takes a while.
  this.timeout(20_000);
  afterEach(() => expect((top as unknown as Record<string, unknown>)[PWNED], 'a payload ran').to.equal(undefined));

  it('leaves out a javascript: or data: src (the widget shows its configuration error) and says so in the console', async () => {
    for (const src of [`javascript:${pwn}`, `data:text/html,<script>${pwn}</script>`, ` JaVaScRiPt:${pwn}`]) {
      const embed = await openEmbed(`widget=lab-directory&src=${encodeURIComponent(src)}`);
      expect(embed.shown.hasAttribute('src'), src).to.equal(false);
      expect(embed.shown.shadowRoot!.querySelector('[part="error"]') !== null, 'the widget’s error state').to.equal(true);
      expect(embed.warnings.some((warning) => warning.includes('"src" has a value'))).to.equal(true);
      expect(embed.warnings.join(' ')).to.not.contain('javascript');
    }
    const poster = await openEmbed(`widget=stream-card&video-id=dQw4w9WgXcQ&poster=${encodeURIComponent(`javascript:${pwn}`)}`);
    expect(poster.shown.hasAttribute('poster')).to.equal(false);
  });

  it('never parses HTML or quotes from a parameter: text stays text, bad values are left out', async () => {
    const html = `"><img src=x onerror="${pwn}"><script>${pwn}</script>'`;
    const embed = await openEmbed(
      `widget=stream-card&video-id=dQw4w9WgXcQ&poster=/packages/widgets/test/fixtures/poster.svg&title=${encodeURIComponent(html)}&channel=${encodeURIComponent(html)}&stream-id=${encodeURIComponent(html)}&${encodeURIComponent(html)}=1&locale=${encodeURIComponent(html)}`,
    );
    const root = embed.shown.shadowRoot!;
    expect(root.querySelector('[part="title"]')!.textContent, 'the title, as text').to.equal(html);
    expect(embed.doc.querySelectorAll('img:not([part]), script:not([src])').length + root.querySelectorAll('img:not([part]), script').length).to.equal(0);
    expect(embed.shown.hasAttribute('stream-id') || embed.shown.hasAttribute('locale')).to.equal(false);
    expect([...embed.shown.attributes].map((attribute) => attribute.name).sort()).to.deep.equal(['channel', 'poster', 'title', 'video-id']);
    expect(embed.doc.documentElement.lang).to.equal('es');
    expect(embed.warnings.filter((warning) => warning.startsWith('GovTech embed'))).to.have.length(3);
  });

  it('shows its error state, and nothing else, for an unknown widget or a huge query (over 4 KB; a server refuses much larger ones itself)', async () => {
    for (const query of [`widget=${encodeURIComponent(`<img src=x onerror=${pwn}>`)}&src=${FEED}`, `widget=event-calendar&src=${FEED}&q=${'x'.repeat(8_000)}`, 'src=/examples/feeds/v1/']) {
      const embed = await openEmbed(query);
      expect(embed.shown.localName).to.equal('p');
      expect(embed.shown.getAttribute('role')).to.equal('alert');
      expect(embed.shown.textContent).to.equal('No se puede mostrar este contenido: la dirección de la inserción no es válida.');
      expect(embed.doc.body.children).to.have.length(1);
      expect(markup(embed)).to.not.contain('onerror');
    }
  });

  it('reads the first of a repeated parameter, and leaves out what an iframe cannot use', async () => {
    const embed = await openEmbed(`widget=lab-directory&src=${FEED}&src=javascript:${pwn}&sync-url&layout=list&layout=grid&page-size=9999`);
    expect(embed.shown.getAttribute('src')).to.equal(new URL(FEED, location.href).href);
    expect(embed.shown.getAttribute('layout')).to.equal('list');
    expect(embed.shown.hasAttribute('sync-url') || embed.shown.hasAttribute('page-size')).to.equal(false);
    expect(embed.warnings.filter((warning) => warning.startsWith('GovTech embed'))).to.have.length(4);
  });
});
