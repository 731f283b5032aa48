/**
 * Trusted Types (a CSP's `require-trusted-types-for 'script'` and `trusted-types <names>`): the policies
 * the widgets create, and what happens when a page does not allow them. Lit creates 'lit-html' (its
 * templates; one for all CDN files on a page: lit-policy.ts); the calendar's `seo` creates
 * 'govtech-jsonld' (event-calendar/seo.ts). The webmaster guides name the same two.
 */
export const ALLOW_TRUSTED_TYPES = 'trusted-types lit-html govtech-jsonld';

/** The part of the Trusted Types API used here (TypeScript's DOM types do not have it yet). */
export interface TrustedTypesFactory {
  createPolicy<Rules extends object>(name: string, rules: Rules): Rules;
}

/** The page's policy factory; undefined in a browser without Trusted Types. */
export const trustedTypesFactory = (): TrustedTypesFactory | undefined =>
  (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;

/** `createPolicy`, or undefined (with `problem` in the console and what to allow) when the page refuses it. */
export function createPolicyOrWarn<Rules extends object>(name: string, rules: Rules, problem: string): Rules | undefined {
  try {
    return trustedTypesFactory()?.createPolicy(name, rules);
  } catch (error) {
    const reason = (error as Error).message;
    console.error(
      `GovTech widgets: ${problem}: this page's Trusted Types refuse the policy "${name}" (${reason}). ` +
        `Add the widgets' policies to its Content-Security-Policy: ${ALLOW_TRUSTED_TYPES}`,
    );
    return undefined;
  }
}
