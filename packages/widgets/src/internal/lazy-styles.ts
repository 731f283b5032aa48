import type { CSSResult } from 'lit';

/**
 * Adds `styles` to a shadow root after its first render: the styles of a part of a widget whose code
 * loads on first use (the calendar's parts in its FEATURES table), so they do not weigh
 * on every page's first download. A constructed sheet where the browser adopts them (as Lit does), else
 * a <style> element.
 */
export function adoptLazyStyles(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (sheet) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = styles.cssText;
  root.append(style);
}
