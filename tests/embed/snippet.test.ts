// The configurator's iframe snippet (demo/snippet.ts), pasted into a plain page with nothing else: the
// built embed page (packages/widgets/dist/iframe/, `npm run build:embed --workspace
// @govtech-network/widgets` first) shows the widget, and the built resizer sizes the iframe to it.
import { expect, waitUntil } from '@open-wc/testing';
import { buildIframeSnippet, IFRAME_HEIGHT, iframeUrl } from '../../demo/snippet.js';
import { FEED } from './support/embed-frames.js';

const BUILT_PAGE = `${location.origin}/packages/widgets/dist/iframe/index.html`;

/** A plain page (same origin, so the test can look inside) whose body is `snippet`. */
async function pastedInto(snippet: string): Promise<{ page: HTMLIFrameElement; embed: () => HTMLIFrameElement | null }> {
  const page = document.createElement('iframe');
  page.title = 'A plain page';
  page.style.cssText = 'display: block; border: 0; width: 900px; height: 2000px';
  page.srcdoc = `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Plain page</title></head><body>${snippet}</body></html>`;
  const loaded = new Promise((resolve) => page.addEventListener('load', resolve, { once: true }));
  document.body.append(page);
  await loaded;
  return { page, embed: () => page.contentDocument!.querySelector('iframe') };
}

describe('the configurator’s iframe snippet in a plain page', function () {
  this.timeout(20_000);

  it('puts the widget and its attributes in the address, and leaves out what an iframe cannot use', () => {
    const url = new URL(iframeUrl('lab-directory', { attributes: { src: 'https://feeds.example.org/v1/', 'sync-url': true, layout: 'list', sector: 'public' } }, BUILT_PAGE));
    expect([...url.searchParams]).to.deep.equal([
      ['widget', 'lab-directory'],
      ['src', 'https://feeds.example.org/v1/'],
      ['layout', 'list'],
      ['sector', 'public'],
    ]);
    const snippet = buildIframeSnippet('event-calendar', { attributes: { src: `"><script>x</script>` } }, { page: BUILT_PAGE, resizer: false });
    expect(snippet).to.not.contain('<script');
    expect(snippet).to.contain(`height="${IFRAME_HEIGHT['event-calendar']}"`);
    expect(snippet).to.contain('title="Calendario de eventos"');
  });

  it('with the resizer: the built page shows the directory and the built govtech-embed.js sizes the iframe to it', async () => {
    const snippet = buildIframeSnippet('lab-directory', { attributes: { src: FEED, 'page-size': '4' } }, { page: BUILT_PAGE, resizer: true });
    expect(snippet).to.match(/<script src="[^"]+\/dist\/iframe\/govtech-embed\.js" async><\/script>$/);
    const { page, embed } = await pastedInto(snippet);
    const iframe = embed()!;
    await waitUntil(() => iframe.contentDocument?.querySelector('govtech-lab-directory')?.shadowRoot?.querySelector('[part="count"]'), 'the directory did not load', { timeout: 8000 });
    const doc = iframe.contentDocument!;
    await waitUntil(
      () => Math.abs(iframe.getBoundingClientRect().height - Math.ceil(doc.body.getBoundingClientRect().height)) < 1,
      'the iframe did not take its content’s height',
      { timeout: 8000 },
    );
    expect(iframe.getBoundingClientRect().height).to.not.equal(IFRAME_HEIGHT['lab-directory']);
    expect(doc.documentElement.scrollHeight).to.be.at.most(doc.documentElement.clientHeight);
    page.remove();
  });

  it('without the resizer: the iframe keeps the snippet’s height and the stream card shows in it', async () => {
    const snippet = buildIframeSnippet('stream-card', { attributes: { 'video-id': 'dQw4w9WgXcQ', title: 'Panel', consent: true } }, { page: BUILT_PAGE, resizer: false });
    const { page, embed } = await pastedInto(snippet);
    const iframe = embed()!;
    expect(iframe.allow).to.contain('fullscreen');
    await waitUntil(() => iframe.contentDocument?.querySelector('govtech-stream-card')?.shadowRoot?.querySelector('[part="consent"]'), 'the card did not show', { timeout: 8000 });
    expect(iframe.getBoundingClientRect().height).to.equal(IFRAME_HEIGHT['stream-card']);
    page.remove();
  });
});
