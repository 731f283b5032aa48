import { expect, fixture, html } from '@open-wc/testing';
import * as pt from '../locales/pt.js';
import * as en from '../locales/en.js';
import { baseMessages, DEFAULT_LOCALE, localeTag, resolveLocale, visitorTimeZone } from './i18n.js';

/** Makes the browser report other preferred languages until the returned function is called. */
function stubLanguages(languages: string[]): () => void {
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
  Object.defineProperty(navigator, 'language', { value: languages[0], configurable: true });
  return () => {
    delete (navigator as { languages?: unknown }).languages;
    delete (navigator as { language?: unknown }).language;
  };
}

describe('resolveLocale', () => {
  let restore: () => void;
  // A browser language none of ours, so each test's answer can only come from what it sets up.
  beforeEach(() => (restore = stubLanguages(['de-DE'])));
  afterEach(() => restore());

  it('takes a supported locale attribute, by its base language and in any case', () => {
    const portuguesePage = document.createElement('div');
    portuguesePage.lang = 'pt';
    expect(resolveLocale(portuguesePage, 'ES')).to.equal('es');
    expect(resolveLocale(portuguesePage, 'en-GB')).to.equal('en');
    expect(resolveLocale(portuguesePage, ' en_US ')).to.equal('en');
    const englishPage = document.createElement('div');
    englishPage.lang = 'en';
    expect(resolveLocale(englishPage, 'pt-BR')).to.equal('pt');
  });

  it('reads the host’s own locale attribute when none is passed', () => {
    const host = document.createElement('div');
    host.setAttribute('locale', 'pt');
    expect(resolveLocale(host)).to.equal('pt');
    expect(resolveLocale(host, null)).to.equal('pt');
  });

  it('falls back to the nearest lang when the attribute is unsupported or empty', async () => {
    const section = await fixture(
      html`<section lang="en">
        <div lang="pt-BR">
          <p><span></span></p>
        </div>
      </section>`,
    );
    const host = section.querySelector('span')!;
    expect(resolveLocale(host, 'fr')).to.equal('pt');
    expect(resolveLocale(host, '')).to.equal('pt');
    expect(resolveLocale(host, 'xx-not-a-language')).to.equal('pt');
  });

  it('counts the host’s own lang as the nearest', () => {
    const host = document.createElement('div');
    host.lang = 'en';
    expect(resolveLocale(host)).to.equal('en');
  });

  it('looks through shadow roots to the lang of the shadow host’s ancestors', async () => {
    const outer = await fixture(html`<div lang="en"><span></span></div>`);
    const shadowHost = outer.querySelector('span')!;
    const inner = document.createElement('b');
    shadowHost.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner)).to.equal('en');
  });

  it('lets the browser decide when the nearest lang is one we do not support', async () => {
    stubLanguages(['de-DE', 'pt-BR', 'en']);
    const outer = await fixture(
      html`<div lang="es">
        <p lang="fr"><span></span></p>
      </div>`,
    );
    expect(resolveLocale(outer.querySelector('span')!)).to.equal('pt');
  });

  it('uses the first supported browser language when nothing in the page says', () => {
    stubLanguages(['de-DE', 'en-GB', 'es']);
    expect(resolveLocale(document.createElement('div'))).to.equal('en');
  });

  it('defaults to Spanish', () => {
    expect(DEFAULT_LOCALE).to.equal('es');
    expect(resolveLocale(document.createElement('div'))).to.equal('es');
  });
});

describe('localeTag', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it('keeps the visitor’s region when the browser speaks the same language', () => {
    restore = stubLanguages(['es-CL', 'en-US']);
    expect(localeTag('es')).to.equal('es-CL');
    expect(localeTag('en')).to.equal('en-US');
  });

  it('is the bare language otherwise', () => {
    restore = stubLanguages(['es-CL', 'en-US']);
    expect(localeTag('pt')).to.equal('pt');
  });

  it('gives a tag Intl accepts', () => {
    restore = stubLanguages(['pt-BR']);
    expect(Intl.getCanonicalLocales(localeTag('pt'))).to.deep.equal(['pt-BR']);
  });
});

describe('visitorTimeZone', () => {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;

  it('takes a valid IANA override', () => {
    expect(visitorTimeZone('America/Santiago')).to.equal('America/Santiago');
    expect(visitorTimeZone('UTC')).to.equal('UTC');
  });

  it('ignores a missing or invalid override', () => {
    expect(visitorTimeZone()).to.equal(own);
    expect(visitorTimeZone(null)).to.equal(own);
    expect(visitorTimeZone('')).to.equal(own);
    expect(visitorTimeZone('Mars/Olympus_Mons')).to.equal(own);
    expect(visitorTimeZone('EST')).to.equal(own);
  });
});

describe('baseMessages', () => {
  const languages = { es: baseMessages, pt: pt.base, en: en.base };
  it('has every message, non-empty, in every language', () => {
    const keys = Object.keys(languages.es).sort();
    for (const messages of Object.values(languages)) {
      expect(Object.keys(messages).sort()).to.deep.equal(keys);
      for (const text of Object.values(messages)) expect(text.trim()).not.to.equal('');
    }
  });

  it('is translated, not copied', () => {
    expect(languages.es.retry).not.to.equal(languages.en.retry);
    expect(languages.pt.retry).not.to.equal(languages.es.retry);
  });
});
