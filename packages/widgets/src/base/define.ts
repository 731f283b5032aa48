/**
 * Registers a custom element once. A CMS page can easily load the library twice (two snippets, or the
 * all-in-one bundle plus one widget's file): the second registration is skipped instead of throwing.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
