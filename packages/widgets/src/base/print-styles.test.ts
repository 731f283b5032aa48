import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../lab-directory.js';
import '../panel-countdown.js';
import '../stream-card.js';

// On paper (print-styles.ts): the countdown, the stream card and the directory print their content in
// black on white, and none of their controls. (The calendar adds its own rules: event-calendar/print.test.ts.)

const SAMPLE = '/examples/feeds/v1/';
const FIXTURE = '/packages/widgets/test/fixtures/labs-feed/';
const POSTER = '/packages/widgets/test/fixtures/poster.svg';
const now = () => Date.parse('2026-12-10T15:30:00Z'); // the sample's Madrid panel is live: a "watch" button

async function render(template: TemplateResult, ready: string): Promise<ShadowRoot> {
  const el = await fixture<HTMLElement>(template);
  await waitUntil(() => el.shadowRoot?.querySelector(ready), `${el.localName}: ${ready}`, { timeout: 4000 });
  return el.shadowRoot!;
}

const shown = (root: ShadowRoot, selector: string) => {
  const found = [...root.querySelectorAll<HTMLElement>(selector)];
  expect(found.length, selector).to.be.greaterThan(0);
  return found.every((node) => node.checkVisibility());
};

describe('print styles', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints the countdown’s panel without its button, black on white, even in the dark theme', async () => {
    const root = await render(html`<govtech-panel-countdown src=${SAMPLE} theme="dark" .now=${now}></govtech-panel-countdown>`, '[part="action"]');
    expect(shown(root, '[part="action"]')).to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(shown(root, '[part="action"]')).to.equal(false);
    expect(shown(root, '[part="title"]')).to.equal(true);
    expect(shown(root, '[part="when"]')).to.equal(true);
    const title = getComputedStyle(root.querySelector('[part="title"]')!);
    expect(title.color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(root.host).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('prints the stream card’s poster and text without its play or consent buttons', async () => {
    const root = await render(
      html`<govtech-stream-card video-id="dQw4w9WgXcQ" title="Panel 1" poster=${POSTER} channel="Canal" status="live"></govtech-stream-card>`,
      '[part="play"]',
    );
    const consent = await render(html`<govtech-stream-card video-id="dQw4w9WgXcQ" title="Panel 1" consent></govtech-stream-card>`, '[part="consent"]');
    await emulateMedia({ media: 'print' });
    expect(shown(root, '[part="play"]')).to.equal(false);
    expect(shown(consent, '[part="consent"] button')).to.equal(false);
    expect(shown(root, '[part="title"]')).to.equal(true);
    expect(shown(root, '[part="channel"]')).to.equal(true);
    expect(getComputedStyle(root.querySelector('[part="channel"]')!).color).to.equal('rgb(0, 0, 0)');
  });

  it('prints the directory’s labs without its skip link, search, sort, filters and buttons', async () => {
    const root = await render(html`<govtech-lab-directory src=${FIXTURE} theme="dark"></govtech-lab-directory>`, '[part="lab"]');
    const controls = ['.skip', '[part="search"]', 'select', '[part="facets"]', '[part="csv"]'];
    expect(controls.filter((selector) => selector !== '.skip' && !shown(root, selector))).to.deep.equal([]);
    await emulateMedia({ media: 'print' });
    expect(controls.filter((selector) => shown(root, selector))).to.deep.equal([]);
    expect(shown(root, '[part="lab"]')).to.equal(true);
    expect(shown(root, '[part="count"]')).to.equal(true);
    expect(getComputedStyle(root.querySelector('.lab-name')!).color).to.equal('rgb(0, 0, 0)');
  });
});
