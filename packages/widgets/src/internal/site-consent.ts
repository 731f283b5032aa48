/**
 * Consent given by the site's own consent manager (Klaro, cookieconsent…), so a visitor who already
 * accepted YouTube or map tiles there is not asked again by a widget, and one who refused is.
 *
 * The page side is a queue, as Google's `dataLayer` is, so that it works whichever script runs first:
 *
 *     window.govtechConsent = window.govtechConsent || [];
 *     govtechConsent.push({ youtube: true });        // or { youtube: false } to revoke
 *
 * The answers live on `globalThis` under a `Symbol.for` key, with the listeners: every CDN file on a
 * page (each has its own copy of this module), the embed resizer and widgets created later share them.
 * The first copy to run reads what was queued and replaces the queue with an object whose `push` applies
 * at once.
 */

/** Third-party content a widget loads only with the visitor's consent. */
export type ConsentService = 'youtube' | 'map-tiles';

export const consentServices: readonly ConsentService[] = ['youtube', 'map-tiles'];

/** What a page pushes: per service, whether the visitor accepted it. */
export type SiteConsentUpdate = Partial<Record<ConsentService, boolean>>;

interface SharedConsent {
  readonly answers: SiteConsentUpdate;
  readonly listeners: Set<() => void>;
}

const KEY = Symbol.for('govtech-network.site-consent');
const QUEUE = 'govtechConsent';

type Scope = { [KEY]?: SharedConsent; [QUEUE]?: unknown };

function shared(): SharedConsent {
  const scope = globalThis as Scope;
  let state = scope[KEY];
  if (!state) {
    state = scope[KEY] = { answers: {}, listeners: new Set() };
    const queued = scope[QUEUE];
    scope[QUEUE] = {
      push: (...updates: unknown[]) => {
        updates.forEach(applySiteConsent);
        return updates.length;
      },
    };
    if (Array.isArray(queued)) queued.forEach(applySiteConsent);
  }
  return state;
}

/** The site's answer for `service`: undefined when it said nothing (the widget's own gate applies). */
export function siteConsent(service: ConsentService): boolean | undefined {
  return shared().answers[service];
}

/** Calls `listener` after each change of the site's answers; returns the unsubscribe. */
export function onSiteConsentChange(listener: () => void): () => void {
  const { listeners } = shared();
  // Wrapped, so the same function subscribed twice is two subscriptions, each removed by its own call.
  const entry = () => listener();
  listeners.add(entry);
  return () => void listeners.delete(entry);
}

/**
 * Applies one update (what `govtechConsent.push` receives, or what the embed page hears from its host).
 * Anything that is not `{ service: boolean }` is left out, with a word in the console.
 */
export function applySiteConsent(update: unknown): void {
  const state = shared();
  if (typeof update !== 'object' || update === null || Array.isArray(update)) {
    console.warn('govtechConsent.push: expected an object such as { youtube: true }; ignored.');
    return;
  }
  let changed = false;
  for (const [service, value] of Object.entries(update)) {
    if (!(consentServices as readonly string[]).includes(service) || typeof value !== 'boolean') {
      console.warn(`govtechConsent.push: "${service.slice(0, 40)}" must be one of ${consentServices.join(', ')} with true or false; ignored.`);
      continue;
    }
    if (state.answers[service as ConsentService] === value) continue;
    state.answers[service as ConsentService] = value;
    changed = true;
  }
  if (!changed) return;
  for (const listener of [...state.listeners]) {
    try {
      listener();
    } catch (error) {
      // A widget's listener never throws into the consent manager that called push().
      console.error(error);
    }
  }
}

/**
 * Forgets the site's answer for `service`, as on a page whose consent manager said nothing: stories and
 * tests start each from there. (Not on the page API: a site withdraws consent by pushing `false`.)
 */
export function forgetSiteConsent(service: ConsentService): void {
  const state = shared();
  if (state.answers[service] === undefined) return;
  delete state.answers[service];
  for (const listener of [...state.listeners]) listener();
}

/** A copy of the site's answers (the embed resizer hands them on to embedded widgets). */
export const siteConsentAnswers = (): SiteConsentUpdate => ({ ...shared().answers });
