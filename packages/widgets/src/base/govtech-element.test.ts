import { expect, fixture, html as testHtml, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { ManualClock } from '@govtech-network/sdk/testing';
import { WidgetHarness } from '../../test/harness/widget-harness.js';
import { defineElement } from './define.js';
import { GovtechElement, type GovtechErrorDetail } from './govtech-element.js';

/** A widget whose render can be told to fail, to check the base's error boundary. */
class ProbeWidget extends GovtechElement {
  fail = false;
  loading = false;
  protected override renderContent() {
    if (this.fail) throw new Error('render exploded');
    if (this.loading) return this.renderLoading('media', 'media');
    return html`<p>${this.messages.loading} · ${this.language} · ${this.displayTimeZone}</p>`;
  }
  /** The base's protected members, for the tests. */
  select(videoId: string) {
    return this.emit('govtech-stream-play', { videoId, streamId: undefined });
  }
  time() {
    return this.currentTime();
  }
}
defineElement('govtech-probe-widget', ProbeWidget);

describe('GovtechElement', () => {
  it('turns a render exception into an accessible error state and a govtech-error event', async () => {
    const el = await fixture<ProbeWidget>(testHtml`<govtech-probe-widget locale="en"></govtech-probe-widget>`);
    const probe = new WidgetHarness(el);
    el.fail = true;
    setTimeout(() => el.requestUpdate());
    const event = (await oneEvent(el, 'govtech-error')) as CustomEvent<GovtechErrorDetail>;
    expect(event.detail).to.include({ code: 'internal', message: 'render exploded' });
    expect(event.composed).to.equal(true);
    await probe.updated();
    expect(probe.$('[role="alert"]')!.textContent).to.include('Try again');
    await expect(el).to.be.accessible();
    el.fail = false;
    probe.click('[part="retry"]');
    await probe.updated();
    expect(probe.$('[role="alert"]')).to.equal(null);
  });

  it('takes its language from locale, else the nearest lang (through shadow roots), else Spanish', async () => {
    const fromLocale = await fixture<ProbeWidget>(testHtml`<govtech-probe-widget locale="pt-BR"></govtech-probe-widget>`);
    expect(new WidgetHarness(fromLocale).root.textContent).to.include(' · pt · ');
    const wrapper = await fixture<HTMLDivElement>(testHtml`<div lang="en-GB"><section><govtech-probe-widget></govtech-probe-widget></section></div>`);
    expect(new WidgetHarness(wrapper.querySelector<ProbeWidget>('govtech-probe-widget')!).root.textContent).to.include(' · en · ');

    const host = await fixture<HTMLDivElement>(testHtml`<div lang="pt"></div>`);
    const inner = host.attachShadow({ mode: 'open' });
    inner.innerHTML = '<govtech-probe-widget></govtech-probe-widget>';
    const nested = inner.querySelector<ProbeWidget>('govtech-probe-widget')!;
    await nested.updateComplete;
    expect(new WidgetHarness(nested).root.textContent).to.include(' · pt · ');
  });

  it('shows times in the time-zone attribute when valid, else in the visitor zone', async () => {
    const probe = new WidgetHarness(await fixture<ProbeWidget>(testHtml`<govtech-probe-widget time-zone="America/Lima"></govtech-probe-widget>`));
    expect(probe.root.textContent).to.include('America/Lima');
    probe.el.timeZone = 'Not/AZone';
    await probe.updated();
    expect(probe.root.textContent).to.include(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('emits its events bubbling and composed, typed by their declaration, and returns them', async () => {
    const outer = await fixture<HTMLDivElement>(testHtml`<div><govtech-probe-widget></govtech-probe-widget></div>`);
    const el = outer.querySelector<ProbeWidget>('govtech-probe-widget')!;
    setTimeout(() => el.select('dQw4w9WgXcQ'));
    const heard = await oneEvent(outer, 'govtech-stream-play');
    expect(heard.detail).to.deep.equal({ videoId: 'dQw4w9WgXcQ', streamId: undefined });
    expect([heard.bubbles, heard.composed, heard.target]).to.deep.equal([true, true, el]);
    const returned = el.select('ejVerano221');
    expect(returned).to.be.instanceOf(CustomEvent);
    expect(returned.detail.videoId).to.equal('ejVerano221');
  });

  it('renders the one loading placeholder: a busy box saying "loading" to assistive technology', async () => {
    const probe = new WidgetHarness(await fixture<ProbeWidget>(testHtml`<govtech-probe-widget locale="pt" .loading=${true}></govtech-probe-widget>`));
    const box = probe.$('[aria-busy="true"]')!;
    expect([...box.classList]).to.deep.equal(['skeleton', 'media']);
    expect(box.getAttribute('part')).to.equal('media');
    expect(probe.text(box)).to.equal('Carregando…');
    expect(box.querySelector('.visually-hidden')).to.not.equal(null);
    await expect(probe.el).to.be.accessible();
  });

  it('tells the time of `now`, else of its `clock`, else the system’s', async () => {
    const el = await fixture<ProbeWidget>(testHtml`<govtech-probe-widget></govtech-probe-widget>`);
    const before = Date.now();
    expect(el.time()).to.be.within(before, Date.now());
    el.clock = new ManualClock('2026-12-10T15:00:00Z');
    expect(el.time()).to.equal(Date.parse('2026-12-10T15:00:00Z'));
    el.now = () => new Date('2030-01-01T00:00:00Z');
    expect(el.time()).to.equal(Date.parse('2030-01-01T00:00:00Z'));
  });
});
