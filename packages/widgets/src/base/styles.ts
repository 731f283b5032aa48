import { css } from 'lit';

/**
 * Shared look of every widget. Host page CSS reaches a shadow root only through inherited properties,
 * so the host resets them (`all: initial`) and re-declares what it needs from `--govtech-*` custom
 * properties, the documented theming surface. Colours use light-dark(), which follows the colour scheme:
 * by default the host page's own (`color-scheme: inherit`, undoing `all: initial`), so a page without one
 * gets light widgets even when the visitor's system is dark; `theme="auto"` follows the visitor's system
 * (`prefers-color-scheme`) and `theme="light"` / `"dark"` fix one.
 *
 * Sizes are in em of the host's `font-size`: `medium`, the visitor's own text size (their browser
 * setting, and zoom), whatever the page's root size (`html { font-size: 62.5% }`, Bootstrap 3's 10 px),
 * so rem, which follows that root, is not used; `--govtech-font-size` sets another size.
 *
 * `.root` is a block of its own: the calendar and the directory, whose layouts ask their width, make it
 * a size container too (besides :host), as a page reset that reaches the tag (`* { all: unset; display:
 * revert }`) makes the host inline and takes its `container-type`, and the queries would stop answering.
 *
 * The font and text colour on :host are `!important`: page rules that match the element itself
 * (`* {…}`) would otherwise win over :host and be inherited inside; inside a shadow tree, :host's
 * `!important` beats even the page's.
 *
 * The `--govtech-*` properties are documented (`@cssprop`) on GovtechElement's class, so the custom
 * elements manifest lists them on every widget.
 *
 * A `.skeleton.bone` is a skeleton's line of text: real (transparent) text, so that it wraps, and takes the
 * height, of the text to come at any font size; an inline box, its background is drawn on each line.
 *
 * Comments that explain a rule live here, not in the CSS: the CSS text ships as written, to every page.
 */
export const baseStyles = css`
  :host {
    all: initial;
    display: block;
    contain: content;
    color-scheme: inherit;
    --_accent: var(--govtech-color-accent, light-dark(#0b5cad, #8cc2ff));
    --_on-accent: var(--govtech-color-on-accent, light-dark(#ffffff, #0c1116));
    --_text: var(--govtech-color-text, light-dark(#1b1f24, #e8ebef));
    --_muted: var(--govtech-color-muted, light-dark(#4a5563, #b3bcc7));
    --_bg: var(--govtech-color-background, light-dark(#ffffff, #15191e));
    --_surface: var(--govtech-color-surface, light-dark(#f2f4f7, #20262d));
    --_border: var(--govtech-color-border, light-dark(#c3ccd6, #46505c));
    --_danger: var(--govtech-color-danger, light-dark(#b42318, #ff9b91));
    --_focus: var(--govtech-color-focus, light-dark(#0b5cad, #a8d0ff));
    --_radius: var(--govtech-radius, 0.5em);
    --_space: var(--govtech-space, 1em);
    font-family: var(--govtech-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif) !important;
    font-size: var(--govtech-font-size, medium) !important;
    line-height: 1.5 !important;
    color: var(--_text) !important;
    background: var(--_bg);
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .root {
    display: block;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  a {
    color: var(--_accent);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.75em;
    min-width: 2.75em;
    justify-content: center;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    text-decoration: none;
  }
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .state {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .error-title {
    color: var(--_danger);
    font-weight: 600;
    margin: 0 0 0.25em;
  }
  .note {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .skeleton {
    background: var(--_surface);
    border-radius: var(--_radius);
    animation: pulse 1.5s ease-in-out infinite;
  }
  .bone {
    color: transparent;
    animation: none;
  }
  [aria-busy] > [aria-hidden] {
    animation: pulse 1.5s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton,
    [aria-busy] > [aria-hidden] {
      animation: none;
    }
  }
`;
