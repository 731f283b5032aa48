// A host page with embed iframes and the resizer (govtech-embed.js, from its source): each iframe takes
// its content's height as the content changes, with no scrollbar of its own; messages that do not come
// from an embed iframe's own origin, or not in the resizer's shape, change nothing; the site's consent
// answers reach the embedded stream card.
import { expect, waitUntil } from '@open-wc/testing';
import '../../packages/widgets/src/embed/resizer.js';
import { contentHeight, EACH_WIDGET, FEED, openEmbed, POSTER, settles, type Embed } from './support/embed-frames.js';

/** The page has no scrollbar of its own: nothing overflows it either way. */
function expectNoScrollbar(embed: Embed): void {
  const root = embed.doc.documentElement;
  expect(root.scrollHeight, 'vertical overflow inside the iframe').to.be.at.most(root.clientHeight);
  expect(root.scrollWidth, 'horizontal overflow inside the iframe').to.be.at.most(root.clientWidth);
  expect(embed.win.getComputedStyle(root).overflow, 'the page hides its scrollbar once a resizer sizes it').to.equal('hidden');
}

describe('embed page with the resizer', function () {
  // Each test loads whole embed pages, the first one compiling the widgets: on a busy machine that takes a while.
  this.timeout(20_000);
  for (const [widget, query] of Object.entries(EACH_WIDGET)) {
    it(`sizes the iframe of <govtech-${widget}> to its content, with no scrollbar inside`, async () => {
      const embed = await openEmbed(query, { height: 150 });
      expect(embed.shown.localName).to.equal(`govtech-${widget}`);
      const height = await settles(embed);
      expect(height, 'the content is taller than the iframe’s first 150 px').to.be.above(150);
      expectNoScrollbar(embed);
      expect(embed.violations.map((v) => `${v.effectiveDirective} ${v.blockedURI}`)).to.deep.equal([]);
      expect(embed.warnings.filter((warning) => warning.startsWith("GovTech")).join(" | ")).to.equal("");
    });
  }

  it('follows the directory’s “show more”, taller by the new page of labs', async () => {
    // Narrow, so the filters fold away and each lab adds to the height.
    const embed = await openEmbed(EACH_WIDGET['lab-directory']!, { width: 400 });
    const before = await settles(embed);
    embed.shown.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!.click();
    await waitUntil(() => contentHeight(embed) > before + 50, 'more labs expected');
    const after = await settles(embed);
    expect(after).to.be.above(before + 50);
    expectNoScrollbar(embed);
  });

  it('grows while the calendar’s dialog is open, so the whole dialog shows, and shrinks back after', async () => {
    const embed = await openEmbed(`widget=event-calendar&src=${FEED}&date=2022-02&view=list&time-zone=America/Santiago`, { width: 360 });
    const list = await settles(embed);
    const root = embed.shown.shadowRoot!;
    root.querySelector<HTMLButtonElement>('button.agenda-event')!.click();
    const dialog = await waitUntil(() => root.querySelector('dialog[open]'), 'the details dialog did not open').then(() => root.querySelector<HTMLDialogElement>('dialog')!);
    const needed = () => dialog.scrollHeight + (dialog.offsetHeight - dialog.clientHeight) + 2 * parseFloat(embed.win.getComputedStyle(dialog).fontSize);
    expect(needed(), 'the dialog is taller than the list: it would be clipped in the list’s iframe').to.be.above(list);
    await settles(embed, () => Math.ceil(needed()), 'the iframe did not grow to the dialog');
    expect(dialog.scrollHeight, 'the dialog shows whole, without scrolling').to.be.at.most(dialog.clientHeight);
    expect(root.activeElement?.closest('dialog'), 'the focus is in the dialog').to.equal(dialog);
    dialog.close();
    await settles(embed, () => list, 'the iframe did not shrink back after the dialog');
  });

  it('ignores a height from a frame navigated to another origin, or in the wrong shape, and takes a good one', async () => {
    // The test server answers on 127.0.0.1 too: another origin than the page's (localhost).
    const foreignOrigin = `http://127.0.0.1:${location.port}`;
    expect(foreignOrigin).to.not.equal(location.origin);
    const good = { type: 'govtech-embed:height', height: 333 };
    const post = (messages: unknown[]) => `/tests/embed/support/foreign.html?post=${encodeURIComponent(JSON.stringify(messages))}`;
    const frame = async (src: string, navigateTo?: string) => {
      const iframe = document.createElement('iframe');
      iframe.src = src;
      iframe.title = 'Another frame';
      iframe.style.cssText = 'display: block; border: 0; width: 300px; height: 100px';
      document.body.append(iframe);
      await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
      if (navigateTo) {
        iframe.contentWindow!.location.href = navigateTo;
        await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
      }
      // The resizer hears the frame's messages in the tasks after its load: give it a few.
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve));
      return iframe;
    };
    const frames = [
      // Its src is this origin, but the page in it now is another's.
      await frame(post([]), `${foreignOrigin}${post([good])}`),
      // The right origin, the wrong shapes.
      await frame(
        post([
          { type: 'govtech-embed:height', height: '333' },
          { type: 'govtech-embed:height', height: 1e9 },
          { type: 'govtech-embed:height', height: -5 },
          { type: 'govtech-embed:height', height: 333, extra: true },
          { type: 'other', height: 333 },
          [good],
          'govtech-embed:height 333',
        ]),
      ),
    ];
    // Not from a frame at all: the host page's own window.
    window.postMessage(good, '*');
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const iframe of frames) expect(iframe.getBoundingClientRect().height).to.equal(100);
    // The same message from a frame on its own src's origin is taken: the checks above are what refused.
    const accepted = await frame(`${foreignOrigin}${post([good])}`);
    await waitUntil(() => accepted.getBoundingClientRect().height === 333, 'a well-formed height from the frame’s own origin is taken');
    [...frames, accepted].forEach((iframe) => iframe.remove());
  });

  it('hands the site’s consent (govtechConsent.push on the host) to the stream card in the iframe, and its revocation', async () => {
    const embed = await openEmbed(`widget=stream-card&video-id=dQw4w9WgXcQ&title=Panel&poster=${POSTER}&consent`);
    const root = embed.shown.shadowRoot!;
    await settles(embed);
    expect(root.querySelector('[part="consent"]') !== null, 'the card’s own notice first').to.equal(true);
    const scope = globalThis as { govtechConsent?: { push(update: unknown): void } };
    scope.govtechConsent!.push({ youtube: true });
    await waitUntil(() => root.querySelector('[part="play"]'), 'the site’s acceptance did not reach the card');
    root.querySelector<HTMLButtonElement>('[part="play"]')!.click();
    await waitUntil(() => root.querySelector('iframe'), 'the player did not open');
    scope.govtechConsent!.push({ youtube: false });
    await waitUntil(() => root.querySelector('[part="consent"]') && !root.querySelector('iframe'), 'the revocation did not reach the card');
    // The frame keeps following its content through it all.
    await settles(embed);
  });

  it('loads from the shipped page only the page’s own files (CSP: no inline script, nothing refused)', async () => {
    const embed = await openEmbed(EACH_WIDGET['event-calendar']!);
    expect(embed.doc.querySelectorAll('script:not([src])').length, 'no inline script').to.equal(0);
    expect(embed.doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).to.match(/script-src 'self';/);
    expect(embed.violations.map((v) => `${v.effectiveDirective} ${v.blockedURI}`)).to.deep.equal([]);
  });
});
