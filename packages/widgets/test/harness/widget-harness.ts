/**
 * What every widget test does to a rendered widget: query its shadow root, its parts and their text,
 * click things, wait for the update. Each widget has a small harness of its own extending this one
 * (test/harness/<widget>.ts) with its own verbs (open its dialog, type in its search…), so tests read
 * as what the visitor does rather than as selectors.
 */
export class WidgetHarness<E extends HTMLElement & { readonly updateComplete: Promise<boolean> }> {
  constructor(readonly el: E) {}

  /** The widget's shadow root (every widget renders into an open one). */
  get root(): ShadowRoot {
    const root = this.el.shadowRoot;
    if (!root) throw new Error(`<${this.el.localName}> has no shadow root yet`);
    return root;
  }

  /** The first element in the shadow root matching `selector`, or null. */
  $<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }

  /** Every element in the shadow root matching `selector`. */
  $$<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.root.querySelectorAll<T>(selector)];
  }

  /** The first element exposed as CSS part `name`, or null. */
  part<T extends Element = HTMLElement>(name: string): T | null {
    return this.$<T>(partSelector(name));
  }

  /** Every element exposed as CSS part `name`. */
  parts<T extends Element = HTMLElement>(name: string): T[] {
    return this.$$<T>(partSelector(name));
  }

  /**
   * The text of an element (or of the first match of a selector), whitespace collapsed and trimmed;
   * undefined when there is no such element.
   */
  text(target: string | Element | null | undefined): string | undefined {
    const node = typeof target === 'string' ? this.$(target) : target;
    return node?.textContent?.replace(/\s+/g, ' ').trim();
  }

  /** Clicks the first element matching `selector`; fails loudly when there is none. */
  click(selector: string): void {
    const target = this.$(selector);
    if (!target) throw new Error(`<${this.el.localName}> has no ${selector} to click`);
    target.click();
  }

  /** Waits for the widget's pending update. */
  async updated(): Promise<void> {
    await this.el.updateComplete;
  }
}

/** `[part~="name"]`: an element may expose several parts. */
const partSelector = (name: string) => `[part~="${name}"]`;
