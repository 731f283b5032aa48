import { litPolicyRefused } from '../internal/lit-policy.js';

/**
 * Registers a custom element once. A CMS page can easily load the library twice (two snippets, or the
 * all-in-one bundle plus one widget's file): the second registration is skipped instead of throwing.
 * Nothing is registered when the page refused Lit's Trusted Types policy (a CDN file, see
 * internal/lit-policy.ts): a widget could not render, and an undefined tag keeps showing its content.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const define = () => litPolicyRefused || customElements.get(tag) || customElements.define(tag, element);
  // Defining a tag upgrades the elements that already have it: each is constructed, styled, connected
  // and asks for its feed. For widgets written into the page (a webmaster's snippet), that runs in a
  // task of its own per tag, not in the one that evaluated the code: all the widget code a page loads
  // evaluates in one task, and with the upgrades that was the page's longest task (80 ms on a desktop,
  // over 300 ms on Lighthouse's phone). A tag no element has yet is defined at once, as an app expects.
  // (No document: server rendering with a registry shim, where nothing is upgraded.)
  if (globalThis.document?.querySelector(tag)) setTimeout(define);
  else define();
}
