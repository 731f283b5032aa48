/**
 * Lit's Trusted Types policy in the CDN files. The files share one Lit (the lit-base chunk of
 * scripts/build-cdn.mjs), but a page can still hold a second one (two versions of the build, two CDNs),
 * and each Lit would create 'lit-html' as it loads: the second would be refused a duplicate, and a page
 * refusing the policy would have Lit throw before any tag is defined. In the CDN build Lit asks
 * `litHtmlPolicy` instead. The one policy lives on the page's global object, where the next file finds
 * it; other scripts can reach it there too, as they could make their own 'lit-html' under the
 * 'allow-duplicates' this spares the site. (An app bundling the widgets has one Lit: this is unused.)
 */
import { createPolicyOrWarn } from './trusted-types.js';

const SHARED = Symbol.for('@govtech-network/widgets: lit-html policy');

/** True when the page refused Lit's policy: the tags are left undefined, their own content shown. */
export let litPolicyRefused = false;

/** Lit's policy: created once per page and shared; undefined when refused (said once in the console). */
export function litHtmlPolicy<Rules extends object>(name: string, rules: Rules): Rules | undefined {
  const global = globalThis as { [SHARED]?: Rules | null };
  if (global[SHARED] === undefined) {
    const policy = createPolicyOrWarn(name, rules, 'the widgets are not shown (the content inside their tags stays)');
    Object.defineProperty(global, SHARED, { value: policy ?? null });
  }
  litPolicyRefused = !global[SHARED];
  return global[SHARED] ?? undefined;
}
