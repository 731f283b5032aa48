// Issue 14, points 10 and 11: what the page around the widgets sees while they start. A widget's skeleton
// takes the size of what is coming (no layout shift when the feed arrives), and the widgets render their
// data in tasks of their own, not all in the one that brought it. The feed is held by the test server
// (/__test__/held/<name>/…) until the test releases it: the loading state, then the data, when the test says.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '@govtech-network/widgets';

let held = 0;
/** A fresh feed URL whose files come when `release()` is called. */
function heldFeed() {
  const name = `shift-${held++}-${Date.now()}`;
  return { src: `/__test__/held/${name}/`, release: () => fetch(`/__test__/release/${name}`) };
}

// The sample feed's next panel (2026-12-10, Madrid) is 19 days away.
const now = () => Date.parse('2026-11-21T12:00:00Z');

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** After the next rendering update: what a visitor first sees. */
const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

const loaded = (el: Widget) => waitUntil(() => el.shadowRoot?.firstElementChild && !el.shadowRoot.querySelector('[aria-busy="true"]'), `<${el.localName}> did not load`, { timeout: 4000 });

/** The widgets whose skeleton takes the size of the sample feed's content, at phone, tablet and desktop widths. */
const sized: Record<string, { make: (src: string) => TemplateResult; widths: number[] }> = {
  // The bones have the sample title's usual length: from 360 px (phones) up it wraps as the title does;
  // at 320 px the title's long words take a fifth line, its bone four (25 px short).
  'countdown (card)': {
    make: (src) => html`<govtech-panel-countdown src=${src} .now=${now}></govtech-panel-countdown>`,
    widths: [360, 412, 768, 1280],
  },
  'countdown (badge)': {
    make: (src) => html`<govtech-panel-countdown src=${src} layout="badge" .now=${now}></govtech-panel-countdown>`,
    widths: [320, 768, 1280],
  },
  // At 320 px the hero's big centred title wraps otherwise than its bone: a line's difference (18 px).
  'countdown (hero)': {
    make: (src) => html`<govtech-panel-countdown src=${src} layout="hero" .now=${now}></govtech-panel-countdown>`,
    widths: [768, 1280],
  },
  // Below 560 px a month's events are dots, so a week keeps its height. The filters' fields take their
  // width from the row, not from their options (which come with the events).
  'calendar (month, filters)': {
    make: (src) => html`<govtech-event-calendar src=${src} date="2022-02" view="month" filters .now=${now}></govtech-event-calendar>`,
    widths: [320, 768, 1280],
  },
  // The agenda's skeleton is a month of the sample's (a day of one event, a day of two); from 768 px the
  // calendar's own min-height is the taller.
  'calendar (list, filters)': {
    make: (src) => html`<govtech-event-calendar src=${src} date="2022-02" view="list" filters .now=${now}></govtech-event-calendar>`,
    widths: [320, 768, 1280],
  },
  // A first page of cards (the sample feed has more than a page), its facets beside or folded.
  'lab directory': {
    make: (src) => html`<govtech-lab-directory src=${src}></govtech-lab-directory>`,
    widths: [320, 768, 1280],
  },
  'stream card': {
    make: (src) => html`<govtech-stream-card src=${src} stream-id="verano-2022-panel-1" .now=${now}></govtech-stream-card>`,
    widths: [320, 768, 1280],
  },
};

describe('start-up: skeletons take their final size', () => {
  for (const [name, { make, widths }] of Object.entries(sized)) {
    for (const width of widths) {
      it(`${name}, ${width} px wide: loading and loaded are as tall`, async () => {
        const feed = heldFeed();
        const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${make(feed.src)}</div>`);
        const el = box.firstElementChild as Widget;
        await el.updateComplete;
        await painted();
        expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), 'the loading state').not.to.equal(null);
        const loading = el.getBoundingClientRect().height;
        await feed.release();
        await loaded(el);
        await painted();
        expect(el.getBoundingClientRect().height).to.be.closeTo(loading, 2);
      });
    }
  }

  it('a page with the four widgets does not shift when their feed arrives', async () => {
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => shifts.push(...list.getEntries().map((entry) => (entry as PerformanceEntry & { value: number }).value)));
    observer.observe({ type: 'layout-shift' });
    const feed = heldFeed();
    const page = await fixture<HTMLDivElement>(html`<div style="width: 760px">
      <govtech-panel-countdown src=${feed.src} .now=${now}></govtech-panel-countdown>
      <govtech-event-calendar src=${feed.src} date="2022-02" view="month" .now=${now}></govtech-event-calendar>
      <govtech-stream-card src=${feed.src} stream-id="verano-2022-panel-1" .now=${now}></govtech-stream-card>
      <govtech-lab-directory src=${feed.src}></govtech-lab-directory>
      <p>The host page's text after the widgets.</p>
    </div>`);
    const widgets = [...page.children].filter((child): child is Widget => child.localName.startsWith('govtech-'));
    await Promise.all(widgets.map((el) => el.updateComplete));
    const text = page.querySelector('p')!;
    // Tops of every widget and of the text after them: Chromium reports shifts only inside the viewport, and
    // the directory (last) starts below it, so its growth shows only in where the host's text moves.
    const tops = () => [...widgets, text].map((el) => Math.round(el.getBoundingClientRect().top));
    const before = tops();
    // Two frames, so the skeletons' own appearance is behind us.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    shifts.length = 0;
    await feed.release();
    await Promise.all(widgets.map(loaded));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    observer.disconnect();
    const after = tops();
    expect(after.every((top, i) => Math.abs(top - before[i]!) <= 2), `tops ${before.join(', ')} became ${after.join(', ')}`).to.equal(true);
    expect(shifts).to.deep.equal([]);
    await expect(widgets[0]).to.be.accessible();
  });

  const announced: Record<string, (src: string) => TemplateResult> = {
    countdown: (src) => html`<govtech-panel-countdown src=${src} .now=${now}></govtech-panel-countdown>`,
    'lab directory': (src) => html`<govtech-lab-directory src=${src}></govtech-lab-directory>`,
    'calendar (list)': (src) => html`<govtech-event-calendar src=${src} view="list" filters .now=${now}></govtech-event-calendar>`,
  };
  for (const [name, make] of Object.entries(announced)) {
    it(`${name}: the skeleton says "Cargando…" and hides its shapes from assistive technology`, async () => {
      const feed = heldFeed();
      const el = (await fixture<HTMLDivElement>(html`<div>${make(feed.src)}</div>`)).firstElementChild as Widget;
      await el.updateComplete;
      const busy = el.shadowRoot!.querySelector('[aria-busy="true"]')!;
      expect(busy.textContent?.replace(/\s+/g, ' ').trim()).to.match(/^Cargando/);
      expect(busy.querySelector('[aria-hidden="true"] .bone')).not.to.equal(null);
      // The shape pulses as one layer: an animation on each of its hundred bones cost a phone's main thread.
      expect(el.shadowRoot!.getAnimations().length).to.equal(1);
      await expect(el).to.be.accessible();
      await feed.release();
      await loaded(el);
    });
  }
});

describe('start-up: renders in turns', () => {
  it('widgets render their skeletons together, then their data each in a task of its own', async () => {
    const feed = heldFeed();
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    // As a page's parser or a framework adds them: in one task.
    // Two of each: a page's two calendars (or two countdowns) wait on the same file, read once.
    page.innerHTML = ['panel-countdown', 'event-calendar', 'stream-card stream-id="verano-2022-panel-1"', 'lab-directory']
      .flatMap((tag) => [tag, tag])
      .map((tag, index) => `<govtech-${tag} id="w${index}" src="${feed.src}"></govtech-${tag.split(' ')[0]}>`)
      .join('');
    const widgets = [...page.children] as Widget[];
    await Promise.resolve();
    // Skeletons first, all in the task that added them (the page's first frame came earlier in this file:
    // internal/first-render-turn.ts): apart, a paint between two would shift the page.
    expect(widgets.filter((el) => !el.shadowRoot?.querySelector('[aria-busy="true"]'))).to.deep.equal([]);
    // A MutationObserver's callback gets what changed in one task: with the data in turns, one widget a call.
    const batches: string[][] = [];
    const observer = new MutationObserver((records) => {
      batches.push([...new Set(records.map((record) => (record.target.getRootNode() as ShadowRoot).host.id))]);
    });
    for (const el of widgets) observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    await feed.release();
    await Promise.all(widgets.map(loaded));
    observer.disconnect();
    expect(batches.filter((batch) => batch.length > 1), 'widgets rendered their data in one task').to.deep.equal([]);
    expect(new Set(batches.flat()).size).to.equal(8);
  });
});
