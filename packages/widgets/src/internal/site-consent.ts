/**
 * INTERFACE STUB (issue 18): the site-consent API that issue 17 builds, with exactly its surface, so the
 * lab directory's map can ask it. At merge, issue 17's implementation replaces this file; callers use only
 * `siteConsent` and `onSiteConsentChange`.
 *
 * A site tells the widgets what its own consent banner decided: `globalThis[Symbol.for('govtech.consent')]`
 * holds `{ [service]: boolean }`, and a `govtech-consent-change` event on `window` says it changed.
 */
export type ConsentService = 'youtube' | 'map-tiles';

const KEY = Symbol.for('govtech.consent');
const CHANGE = 'govtech-consent-change';

/** What the site decided for `service`: true (accepted), false (refused), undefined (it said nothing). */
export function siteConsent(service: ConsentService): boolean | undefined {
  const record = (globalThis as { [KEY]?: Partial<Record<ConsentService, unknown>> })[KEY];
  const value = record?.[service];
  return typeof value === 'boolean' ? value : undefined;
}

/** Calls `listener` whenever the site's decisions change; returns the function that stops listening. */
export function onSiteConsentChange(listener: () => void): () => void {
  window.addEventListener(CHANGE, listener);
  return () => window.removeEventListener(CHANGE, listener);
}
