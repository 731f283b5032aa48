import { litPolicyRefused } from '../internal/lit-policy.js';

/**
 * Registers a custom element once. A CMS page can easily load the library twice (two snippets, or the
 * all-in-one bundle plus one widget's file): the second registration is skipped instead of throwing.
 * Nothing is registered when the page refused Lit's Trusted Types policy (a CDN file, see
 * internal/lit-policy.ts): a widget could not render, and an undefined tag keeps showing its content.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!litPolicyRefused && !customElements.get(tag)) customElements.define(tag, element);
}
