import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html } from 'lit';
import { defineElement } from './define.js';
import { GovtechElement } from './govtech-element.js';
import { baseMessages, LocaleStrings } from './i18n.js';

/** A widget that keeps what its first frame said. */
class FirstWordsWidget extends GovtechElement {
  firstWords: string | undefined;
  protected override renderContent() {
    return html`<p>${this.messages.retry}</p>`;
  }
  protected override firstUpdated(): void {
    this.firstWords = this.renderRoot.textContent?.trim();
  }
}
defineElement('govtech-first-words-widget', FirstWordsWidget);

/** The language modules this page has requested so far (each file runs in a page of its own). */
const languageRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/src/locales/'));

describe('Strings in other languages than Spanish', () => {
  it('are not downloaded by a page in Spanish, and come before the first frame of a widget in another language, once per page', async () => {
    const spanish = await fixture<FirstWordsWidget>(testHtml`<govtech-first-words-widget></govtech-first-words-widget>`);
    expect(spanish.firstWords).to.equal('Reintentar');
    expect(languageRequests()).to.deep.equal([]);

    const page = await fixture<HTMLDivElement>(
      testHtml`<div lang="pt-BR"><govtech-first-words-widget></govtech-first-words-widget><govtech-first-words-widget></govtech-first-words-widget></div>`,
    );
    const widgets = [...page.querySelectorAll<FirstWordsWidget>('govtech-first-words-widget')];
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    // Never a Spanish frame first: a screen reader would read it.
    expect(widgets.map((widget) => widget.firstWords)).to.deep.equal(['Tentar novamente', 'Tentar novamente']);
    expect(languageRequests()).to.deep.equal(['/packages/widgets/src/locales/pt.ts']);

    spanish.locale = 'en';
    await spanish.updateComplete;
    expect(spanish.renderRoot.textContent?.trim()).to.equal('Try again');
    await expect(spanish).to.be.accessible();
  });

  it('are Spanish until loaded, then the language asked for', async () => {
    const strings = new LocaleStrings({ hello: 'hola' }, (module) => ({ hello: module.base.retry }));
    expect(strings.loaded('es')).to.equal(undefined);
    expect(strings.in('en')).to.deep.equal({ hello: 'hola' });
    await strings.loaded('en');
    expect(strings.in('en')).to.deep.equal({ hello: 'Try again' });
    expect(strings.loaded('en')).to.equal(undefined);
    expect(strings.in('es').hello).to.equal('hola');
    expect(baseMessages.retry).to.equal('Reintentar');
  });
});
