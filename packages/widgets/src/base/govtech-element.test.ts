import { expect, fixture, html as testHtml, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { defineElement } from './define.js';
import { GovtechElement, type GovtechErrorDetail } from './govtech-element.js';

/** A widget whose render can be told to fail, to check the base's error boundary. */
class ProbeWidget extends GovtechElement {
  fail = false;
  protected override renderContent() {
    if (this.fail) throw new Error('render exploded');
    return html`<p>${this.messages.loading} · ${this.language} · ${this.displayTimeZone}</p>`;
  }
}
defineElement('govtech-probe-widget', ProbeWidget);

describe('GovtechElement', () => {
  it('turns a render exception into an accessible error state and a govtech-error event', async () => {
    const el = await fixture<ProbeWidget>(testHtml`<govtech-probe-widget locale="en"></govtech-probe-widget>`);
    el.fail = true;
    setTimeout(() => el.requestUpdate());
    const event = (await oneEvent(el, 'govtech-error')) as CustomEvent<GovtechErrorDetail>;
    expect(event.detail).to.include({ code: 'internal', message: 'render exploded' });
    expect(event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('Try again');
    await expect(el).to.be.accessible();
    el.fail = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('takes its language from locale, else the nearest lang (through shadow roots), else Spanish', async () => {
    const fromLocale = await fixture<ProbeWidget>(testHtml`<govtech-probe-widget locale="pt-BR"></govtech-probe-widget>`);
    expect(fromLocale.shadowRoot!.textContent).to.include(' · pt · ');
    const wrapper = await fixture<HTMLDivElement>(testHtml`<div lang="en-GB"><section><govtech-probe-widget></govtech-probe-widget></section></div>`);
    expect(wrapper.querySelector('govtech-probe-widget')!.shadowRoot!.textContent).to.include(' · en · ');

    const host = await fixture<HTMLDivElement>(testHtml`<div lang="pt"></div>`);
    const inner = host.attachShadow({ mode: 'open' });
    inner.innerHTML = '<govtech-probe-widget></govtech-probe-widget>';
    const nested = inner.querySelector<ProbeWidget>('govtech-probe-widget')!;
    await nested.updateComplete;
    expect(nested.shadowRoot!.textContent).to.include(' · pt · ');
  });

  it('shows times in the time-zone attribute when valid, else in the visitor zone', async () => {
    const el = await fixture<ProbeWidget>(testHtml`<govtech-probe-widget time-zone="America/Lima"></govtech-probe-widget>`);
    expect(el.shadowRoot!.textContent).to.include('America/Lima');
    el.timeZone = 'Not/AZone';
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.include(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
