// When a page's widgets render their first frame (internal/first-render-turn.ts). A page's first
// Intl.DateTimeFormat loads ICU's date formatting (15–50 ms of a phone's main thread): evaluating the
// widgets, building it and rendering the skeletons in one task made the page's longest task (Lighthouse's
// Total Blocking Time, issue 14). Its own page: no widget has rendered and no formatter is cached.
import { expect } from '@open-wc/testing';

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

describe('the widgets’ first frame', () => {
  const RealFormat = Intl.DateTimeFormat;
  const realFetch = window.fetch;
  after(() => {
    Intl.DateTimeFormat = RealFormat;
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
    await import('../../packages/widgets/src/index.js');
    // The requests the page makes (to the real server), by path.
    const requested: string[] = [];
    window.fetch = (input, init) => {
      requested.push(new URL(input instanceof Request ? input.url : String(input), location.href).pathname);
      return realFetch(input, init);
    };
    // At the top of the window: four widgets in view, then two a screen further down.
    const page = document.createElement('div');
    page.style.cssText = 'position: absolute; inset: 0 0 auto 0';
    page.innerHTML = `
      <govtech-panel-countdown src="/__test__/hang/" event-id="ejemplo-panel-madrid-2026-12"></govtech-panel-countdown>
      <govtech-event-calendar src="/__test__/hang/" date="2022-02" view="month"></govtech-event-calendar>
      <govtech-stream-card src="/__test__/hang/" stream-id="verano-2022-panel-1"></govtech-stream-card>
      <govtech-lab-directory src="/__test__/hang/"></govtech-lab-directory>
      <div style="height: 150vh"></div>
      <govtech-stream-card src="/__test__/hang/" stream-id="verano-2022-panel-2"></govtech-stream-card>
      <govtech-event-calendar src="/__test__/hang/" view="list"></govtech-event-calendar>`;
    document.body.append(page);
    type Widget = HTMLElement & { updateComplete: Promise<boolean> };
    const widgets = [...page.querySelectorAll<Widget>(':scope > :not(div)')].slice(0, 4);
    const [firstBelow, secondBelow] = [...page.querySelectorAll<Widget>(':scope > :not(div)')].slice(4);
    const hasRendered = (widget: Widget) => Boolean(widget.shadowRoot?.querySelector('[aria-busy="true"]'));
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
      expect(widgets.map((widget) => widget.getBoundingClientRect().height), 'no room taken before the first frame').to.deep.equal([0, 0, 0, 0]);
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      expect(rendered(), 'then every skeleton in view, together').to.equal(4);
      // Each widget below the visible part renders in a task of its own, in document order: a page of eight
      // widgets rendered in one task made that task (and its layout) the page's longest.
      expect([hasRendered(firstBelow), hasRendered(secondBelow)], 'below the visible part: not in that task').to.deep.equal([false, false]);
      await nextTask();
      expect([hasRendered(firstBelow), hasRendered(secondBelow)], 'the first one below, a task later').to.deep.equal([true, false]);
      await nextTask();
      expect(hasRendered(secondBelow), 'the next one, a task after that').to.equal(true);
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
