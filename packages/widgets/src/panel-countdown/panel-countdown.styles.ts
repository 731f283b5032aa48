import { css } from 'lit';

/**
 * The countdown's look; the rules' reasons are here, as the CSS text ships as written:
 * - The badge layout (`:host([layout='badge'])`) is one inline line, the summary instead of the boxes;
 *   its host is no size container (`container-type: normal`): an inline-block size container would
 *   shrink to nothing, size containment ignoring the content. The hero layout has big digits, centred.
 * - The seconds (`.seconds`, `.ticking`), which change every second between renders, are laid out on
 *   their own: in a box of a fixed size (size and layout containment), so a tick lays out that box
 *   alone instead of the card and the page around it, as text in the flow would. Hidden zeros give the
 *   value its size (tabular digits are all as wide) and the digits are drawn over them, one line up
 *   (1.1em: .value's line height). No paint or style containment: either would snap the digits to whole
 *   pixels.
 * - The four boxes sit in one row, or two by two (never three and one) where four do not fit: 19.5em is
 *   four boxes' 4.5em and their gaps; `.digits` is the size container the boxes ask, stretched even in
 *   the centred hero layout (a size container's own content does not size it).
 */
export const countdownStyles = css`
  :host,
  .root {
    container-type: inline-size;
  }
  :host([layout='badge']),
  :host([layout='badge']) .root {
    display: inline-block;
    container-type: normal;
  }
  .countdown {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: grid;
    gap: 0.5em;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    margin: 0;
    font-size: 0.8em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--_muted);
  }
  .dot {
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    background: currentColor;
  }
  .live .status {
    color: var(--_danger);
  }
  .live .dot {
    animation: beat 1.2s ease-in-out infinite;
  }
  @keyframes beat {
    50% {
      opacity: 0.3;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .live .dot {
      animation: none;
    }
  }
  .cancelled .status,
  .postponed .status {
    color: var(--_danger);
  }
  .cancelled .title {
    text-decoration: line-through;
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .when,
  .speakers {
    margin: 0;
    color: var(--_muted);
  }
  .digits {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.25em;
    container-type: inline-size;
    justify-self: stretch;
  }
  @container (max-width: 19.5em) {
    .box {
      flex: 1 1 40%;
    }
  }
  .box {
    display: grid;
    justify-items: center;
    min-width: 4.5em;
    padding: 0.5em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .value {
    font-size: 1.75em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
  }
  .seconds::before {
    content: '00';
    visibility: hidden;
  }
  .ticking {
    display: block;
    height: 1.1em;
    margin-top: -1.1em;
    contain: size layout;
    text-align: center;
  }
  .unit {
    font-size: 0.75em;
    color: var(--_muted);
  }
  .summary {
    margin: 0;
    font-weight: 600;
  }
  .button {
    justify-self: start;
  }
  :host([layout='badge']) .countdown {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    padding: 0.25em 0.75em;
    border-radius: 999px;
  }
  :host([layout='badge']) .title {
    font-size: 1em;
  }
  :host([layout='badge']) .when,
  :host([layout='badge']) .digits {
    display: none;
  }
  :host([layout='badge']) .button {
    min-height: 2em;
  }
  :host([layout='hero']) .countdown {
    justify-items: center;
    text-align: center;
    padding: calc(var(--_space) * 2);
  }
  :host([layout='hero']) .title {
    font-size: clamp(1.5em, 4cqi, 2.5em);
  }
  :host([layout='hero']) .digits {
    justify-content: center;
  }
  :host([layout='hero']) .value {
    font-size: clamp(2em, 7cqi, 4em);
  }
  :host([layout='hero']) .button {
    justify-self: center;
  }
`;
