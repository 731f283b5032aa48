// When a page's widgets render their first frame (internal/first-render-turn.ts). A page's first
// Intl.DateTimeFormat loads ICU's date formatting (15–50 ms of a phone's main thread): evaluating the
// widgets, building it and rendering the skeletons in one task made the page's longest task (Lighthouse's
// Total Blocking Time, issue 14). Its own page: no widget has rendered and no formatter is cached.
import { expect } from '@open-wc/testing';

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

describe('the widgets’ first frame', () => {
  const RealFormat = Intl.DateTimeFormat;
  const { Collator, NumberFormat } = Intl;
  const realFetch = window.fetch;
  after(() => {
    Intl.DateTimeFormat = RealFormat;
    Object.assign(Intl, { Collator, NumberFormat });
    window.fetch = realFetch;
  });

  it('comes in a task after the one that created them, after a task that builds the page’s first date formatter; below the visible part, a task later each', async () => {
    let built = 0;
    Intl.DateTimeFormat = new Proxy(RealFormat, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        built++;
        return new target(...args);
      },
    });
    // Which collators and number formats the page builds, and when.
    const intlBuilt = { collators: 0, numberFormats: 0 };
    const counting = <T extends object>(Real: T, key: keyof typeof intlBuilt) =>
      new Proxy(Real, {
        construct(target, args) {
          intlBuilt[key]++;
          return Reflect.construct(target as never, args) as object;
        },
      });
    Object.assign(Intl, { Collator: counting(Collator, 'collators'), NumberFormat: counting(NumberFormat, 'numberFormats') });
    await import('../../packages/widgets/src/index.js');
    const { GovtechElement } = await import('../../packages/widgets/src/base/govtech-element.js');
    const { defineElement } = await import('../../packages/widgets/src/base/define.js');
    const { html } = await import('lit');
    /** A widget of the simplest kind. */
    class PlainWidget extends GovtechElement {
      protected override renderContent() {
        return html`<p>…</p>`;
      }
    }
    // The requests the page makes (to the real server), by path.
    const requested: string[] = [];
    window.fetch = (input, init) => {
      requested.push(new URL(input instanceof Request ? input.url : String(input), location.href).pathname);
      return realFetch(input, init);
    };
    // At the top of the window, four widgets; a screen further down, a widget whose tag is defined after the
    // page is in the document (so it asks for its turn last), a stream card and a calendar.
    const page = document.createElement('div');
    page.style.cssText = 'position: absolute; inset: 0 0 auto 0';
    page.innerHTML = `
      <govtech-panel-countdown src="/__test__/hang/" event-id="ejemplo-panel-madrid-2026-12"></govtech-panel-countdown>
      <govtech-event-calendar src="/__test__/hang/" date="2022-02" view="month"></govtech-event-calendar>
      <govtech-stream-card src="/__test__/hang/" stream-id="verano-2022-panel-1"></govtech-stream-card>
      <govtech-lab-directory src="/__test__/hang/"></govtech-lab-directory>
      <div style="height: 150vh"></div>
      <first-render-late-widget></first-render-late-widget>
      <govtech-stream-card src="/__test__/hang/" stream-id="verano-2022-panel-2"></govtech-stream-card>
      <govtech-event-calendar src="/__test__/hang/" view="list"></govtech-event-calendar>`;
    document.body.append(page);
    defineElement('first-render-late-widget', PlainWidget);
    type Widget = HTMLElement & { updateComplete: Promise<boolean> };
    const [widgets, below] = [[...page.querySelectorAll<Widget>(':scope > :not(div, div ~ *)')], [...page.querySelectorAll<Widget>(':scope > div ~ *')]];
    const hasRendered = (widget: Widget) => Boolean(widget.shadowRoot?.querySelector('.root'));
    const rendered = () => widgets.filter(hasRendered).length;
    try {
      for (let i = 0; i < 10; i++) await Promise.resolve();
      expect([rendered(), built], 'in the creating task: nothing rendered, no formatter').to.deep.equal([0, 0]);
      await nextTask();
      expect([rendered(), built], 'next task: the formatter alone').to.deep.equal([0, 1]);
      // The feed's first request left with the widgets' connection, not with their first frames.
      expect(requested, 'index.json asked for before the first frame').to.include('/__test__/hang/index.json');
      // A page may paint between these tasks: a widget with a size before its first frame would be drawn
      // there, and moved by the widgets above it as they render (a layout shift).
      expect([...widgets, ...below].map((widget) => widget.getBoundingClientRect().height), 'no room taken before the first frame').to.deep.equal([0, 0, 0, 0, 0, 0, 0]);
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      expect(rendered(), 'then every skeleton in view, together').to.equal(4);
      expect(intlBuilt, 'no collator or number format for the skeletons').to.deep.equal({ collators: 0, numberFormats: 0 });
      // Each widget below the visible part renders in a task of its own, in document order: a page of eight
      // widgets rendered in one task made that task (and its layout) the page's longest.
      expect(below.map(hasRendered), 'below the visible part: none with those in view').to.deep.equal([false, false, false]);
      const counts: number[] = [];
      for (let task = 0; task < 50 && !below.every(hasRendered); task++) {
        await nextTask();
        const state = below.map(hasRendered);
        const count = state.filter(Boolean).length;
        expect(state, 'in document order').to.deep.equal(below.map((_, index) => index < count));
        counts.push(count);
      }
      expect([...new Set(counts)], 'one task each').to.deep.equal([1, 2, 3]);
      // The directory's collator and number format (ICU's collation tables and number formatting, the
      // dearest part of its first data frame) are built while its feed is on its way, in tasks of their own.
      expect(intlBuilt.collators, 'the collator, before any data').to.be.at.least(1);
      expect(intlBuilt.numberFormats, 'the number format, before any data').to.be.at.least(1);
      // Widgets created after the first frame render in the task that creates them.
      const late = document.createElement('govtech-lab-directory') as (typeof widgets)[number];
      late.setAttribute('src', '/__test__/hang/');
      page.append(late);
      for (let i = 0; i < 10; i++) await Promise.resolve();
      expect(late.shadowRoot?.querySelector('[aria-busy="true"]')).to.not.equal(null);
    } finally {
      page.remove();
    }
  }).timeout(30_000); // the first import of every widget module through the test server
});
