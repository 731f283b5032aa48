// Every widget survives being moved (removed and inserted under another parent, as frameworks, page
// builders and tab components do) at any moment: while its first request is in flight, after it loaded,
// many times in a row. The behaviour lives once in the base (GovtechElement, FeedController).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { ManualClock } from '@govtech-network/sdk/testing';
import { CountdownHarness } from '../../test/harness/countdown.js';
import { cleanupMoves, holdRequests, move, watchErrors, type HeldRequests } from '../../test/harness/moves.js';
import '../event-calendar.js';
import '../lab-directory.js';
import '../panel-countdown.js';
import '../stream-card.js';

const NOW = Date.parse('2026-11-21T12:00:00Z');
const clock = () => NOW;
let fresh = 0;
const freshSample = () => `/__test__/feeds/moved${++fresh}-${Math.random().toString(36).slice(2)}/`;

interface Widget {
  readonly name: string;
  readonly template: (src: string) => TemplateResult;
  /** The widget shows its feed's content. */
  readonly loaded: (root: ShadowRoot) => boolean;
}

const notBusy = (root: ShadowRoot) => !root.querySelector('[aria-busy="true"]');
const widgets: Widget[] = [
  {
    name: 'govtech-event-calendar',
    template: (src) => html`<govtech-event-calendar src=${src} view="month" date="2026-12" .now=${clock}></govtech-event-calendar>`,
    loaded: (root) => notBusy(root) && !!root.querySelector('[role="grid"]'),
  },
  {
    name: 'govtech-panel-countdown',
    template: (src) => html`<govtech-panel-countdown src=${src} time-zone="America/Bogota" .now=${clock}></govtech-panel-countdown>`,
    loaded: (root) => notBusy(root) && !!root.querySelector('.digits'),
  },
  {
    name: 'govtech-stream-card',
    template: (src) => html`<govtech-stream-card src=${src} stream-id="verano-2022-panel-1" .now=${clock}></govtech-stream-card>`,
    loaded: (root) => notBusy(root) && !!root.querySelector('.title'),
  },
  {
    name: 'govtech-lab-directory',
    template: (src) => html`<govtech-lab-directory src=${src}></govtech-lab-directory>`,
    loaded: (root) => notBusy(root) && !!root.querySelector('[part~="count"]'),
  },
];

describe('a moved widget', () => {
  let held: HeldRequests | undefined;
  afterEach(() => {
    held?.restore();
    held = undefined;
    cleanupMoves();
  });

  /** The widget, rendered on a fresh feed whose answers are held, once its first request is in flight. */
  async function inFlight(widget: Widget): Promise<HTMLElement> {
    const src = freshSample();
    held = holdRequests(src);
    const el = await fixture<HTMLElement>(widget.template(src));
    await waitUntil(() => held!.started() > 0, `${widget.name} sent no request`, { timeout: 4000 });
    expect(widget.loaded(el.shadowRoot!), 'still loading').to.equal(false);
    return el;
  }

  for (const widget of widgets) {
    describe(`<${widget.name}>`, () => {
      it('loads and renders its content when moved while its first request is in flight', async () => {
        const el = await inFlight(widget);
        const watch = watchErrors(el);
        move(el);
        held!.release();
        await waitUntil(() => widget.loaded(el.shadowRoot!), `${widget.name} did not load after the move`, { timeout: 4000 });
        watch.stop();
        expect(watch.errors).to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
        await expect(el).to.be.accessible();
      });

      it('moved many times in a row, in flight and across updates, renders once loaded, without errors', async () => {
        const el = await inFlight(widget) as HTMLElement & { updateComplete: Promise<boolean> };
        const watch = watchErrors(el);
        move(el, 5);
        await el.updateComplete;
        move(el, 3);
        await Promise.resolve();
        move(el, 4);
        held!.release();
        await el.updateComplete;
        move(el, 2);
        await waitUntil(() => widget.loaded(el.shadowRoot!), `${widget.name} did not load after the moves`, { timeout: 4000 });
        await el.updateComplete;
        watch.stop();
        expect(watch.errors).to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
        expect(el.shadowRoot!.querySelectorAll('.root')).to.have.length(1);
        await expect(el).to.be.accessible();
      });

      it('moved after it loaded, keeps what it shows and makes no new request', async () => {
        const el = await inFlight(widget) as HTMLElement & { updateComplete: Promise<boolean> };
        held!.release();
        await waitUntil(() => widget.loaded(el.shadowRoot!), `${widget.name} did not load`, { timeout: 4000 });
        const requests = held!.started();
        move(el);
        await el.updateComplete;
        expect(widget.loaded(el.shadowRoot!)).to.equal(true);
        expect(held!.started()).to.equal(requests);
      });
    });
  }

  it('a countdown moved after it loaded keeps ticking', async () => {
    const time = { t: Date.parse('2026-12-10T14:58:30Z') };
    const timers = new ManualClock();
    const c = await CountdownHarness.render(
      html`<govtech-panel-countdown src=${freshSample()} .now=${() => time.t} .clock=${timers}></govtech-panel-countdown>`,
    );
    await c.resync();
    const before = c.digits();
    move(c.el);
    await c.updated();
    const tick = c.pendingTick(timers);
    time.t += tick.delay;
    await tick.run();
    await c.updated();
    expect(c.digits()).to.not.deep.equal(before);
    // And again after several moves in a row.
    const second = c.digits();
    move(c.el, 3);
    await c.updated();
    const next = c.pendingTick(timers);
    time.t += next.delay;
    await next.run();
    await c.updated();
    expect(c.digits()).to.not.deep.equal(second);
  });
});
