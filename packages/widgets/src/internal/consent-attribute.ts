/**
 * The `site-consent` attribute (`granted` or `denied`): the site's answer written into the page where it is
 * rendered (a CMS template that knows the visitor's choice). The page API (`govtechConsent.push`,
 * internal/site-consent.ts) is the live answer: when it has one, it decides (a visitor who withdraws
 * later is heard); the attribute answers until then. Anything else is no answer.
 */
export function siteConsentAttribute(live: boolean | undefined, attribute: string | null | undefined): boolean | undefined {
  return live ?? (attribute === 'granted' ? true : attribute === 'denied' ? false : undefined);
}
