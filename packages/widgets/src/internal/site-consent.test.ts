// The site's consent answers: a queue the page may fill before any widget script runs, applied once one
// does; shared by every copy of the module on the page (each CDN file has one) through globalThis.
import { expect } from '@open-wc/testing';

const KEY = Symbol.for('govtech-network.site-consent');
type Scope = { govtechConsent?: unknown; [KEY]?: unknown };
const scope = globalThis as Scope;

// What a page does before the widgets load: the documented snippet, a refusal, then an acceptance.
scope.govtechConsent = scope.govtechConsent || [];
(scope.govtechConsent as unknown[]).push({ youtube: false }, { youtube: true });

// Imported after the queue was filled, as on a page whose consent manager ran first.
const { applySiteConsent, onSiteConsentChange, siteConsent } = await import('./site-consent.js');

describe('site consent', () => {
  it('reads what the page queued before it loaded, in order', () => {
    expect(siteConsent('youtube')).to.equal(true);
    expect(siteConsent('map-tiles'), 'the site said nothing about map tiles').to.equal(undefined);
  });

  it('applies a push at once after loading, and tells each listener until it unsubscribes', () => {
    const heard: string[] = [];
    const stop = onSiteConsentChange(() => heard.push(`a:${siteConsent('map-tiles')}`));
    onSiteConsentChange(() => heard.push(`b:${siteConsent('map-tiles')}`));
    (scope.govtechConsent as { push(update: unknown): void }).push({ 'map-tiles': true });
    expect(heard).to.deep.equal(['a:true', 'b:true']);
    stop();
    (scope.govtechConsent as { push(update: unknown): void }).push({ 'map-tiles': false });
    expect(heard).to.deep.equal(['a:true', 'b:true', 'b:false']);
    // The same answer again is no change.
    (scope.govtechConsent as { push(update: unknown): void }).push({ 'map-tiles': false });
    expect(heard).to.have.length(3);
  });

  it('ignores what is not { service: boolean }, and a listener that throws does not reach the caller', () => {
    const warn = console.warn;
    const error = console.error;
    const said: string[] = [];
    console.warn = console.error = (...args: unknown[]) => void said.push(args.map(String).join(' '));
    try {
      for (const update of [null, 'youtube', ['youtube'], { youtube: 'yes' }, { tracking: true }, { youtube: 1 }]) applySiteConsent(update);
      expect(siteConsent('youtube')).to.equal(true);
      expect(said).to.have.length(6);
      const stop = onSiteConsentChange(() => {
        throw new Error('a broken listener');
      });
      expect(() => applySiteConsent({ youtube: false })).to.not.throw();
      stop();
      expect(siteConsent('youtube')).to.equal(false);
      expect(said.at(-1)).to.contain('a broken listener');
    } finally {
      console.warn = warn;
      console.error = error;
    }
  });

  it('keeps its answers and listeners on globalThis, for every copy of the module on the page', () => {
    const state = scope[KEY] as { answers: Record<string, boolean>; listeners: Set<() => void> };
    expect(state.answers).to.deep.equal({ youtube: false, 'map-tiles': false });
    // Another CDN file's copy finds the same state: a listener it adds hears this copy's changes.
    let heard = 0;
    state.listeners.add(() => heard++);
    applySiteConsent({ youtube: true });
    expect(heard).to.equal(1);
  });
});
