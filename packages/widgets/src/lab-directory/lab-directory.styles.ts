import { css } from 'lit';

// Targets (facet options, link buttons, lab names) keep 24 px (WCAG 2.5.8) even under a small
// --govtech-font-size: max(24px, …). The dark search highlight keeps 5:1 with the muted text it marks
// (a place, a topic). (Comments stay out of the css`` text: it ships as written.)
export const directoryStyles = css`
  :host,
  .root {
    container-type: inline-size;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: end;
    margin-block-end: 1em;
  }
  .search {
    flex: 1 1 16em;
  }
  .layout {
    display: grid;
    gap: 1em;
    grid-template-columns: minmax(12em, 16em) minmax(0, 1fr);
    align-items: start;
  }
  .filters-toggle {
    display: none;
    justify-self: start;
  }
  @container (max-width: 640px) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    .filters-toggle {
      display: inline-flex;
    }
    .facets:not(.open) {
      display: none;
    }
  }
  .skip:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .skip {
    display: inline-block;
    margin-block-end: 0.5em;
  }
  .main:focus-visible {
    outline-offset: 4px;
  }
  .facets {
    display: grid;
    gap: 0.75em;
  }
  fieldset {
    margin: 0;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25em;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: max(24px, 2em);
    font-size: 0.9em;
  }
  .option input {
    width: 1.1em;
    height: 1.1em;
    accent-color: var(--_accent);
  }
  .option-label {
    flex: 1;
    overflow-wrap: anywhere;
  }
  .option-count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .link {
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    padding: 0.25em 0;
    min-height: max(24px, 2em);
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5em;
    margin-block-end: 0.75em;
  }
  .count {
    margin: 0;
    font-weight: 600;
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
    grid-template-columns: repeat(auto-fill, minmax(15em, 1fr));
  }
  :host([layout='list']) .results {
    grid-template-columns: minmax(0, 1fr);
    gap: 0;
  }
  .lab {
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  :host([layout='list']) .lab {
    border-radius: 0;
    border-width: 0 0 1px;
    padding-inline: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1em;
  }
  :host([layout='list']) .topics,
  :host([layout='list']) .logo {
    display: none;
  }
  .logo {
    max-height: 3em;
    max-width: 8em;
    object-fit: contain;
  }
  .lab-name {
    border: 0;
    padding: 0;
    background: none;
    text-align: start;
    font-weight: 700;
    min-height: max(24px, 1.5em);
    text-decoration: underline dotted;
  }
  .lab-name:hover {
    text-decoration: underline;
  }
  .badges,
  .meta {
    margin: 0.25em 0 0;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .badge {
    display: inline-block;
    font-size: 0.75em;
    padding: 0 0.5em;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_surface);
  }
  .topics {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0.5em 0 0;
    padding: 0;
    font-size: 0.8em;
  }
  .topics li {
    padding: 0 0.5em;
    border-radius: 999px;
    background: var(--_surface);
  }
  mark {
    background: light-dark(#fff0a8, #524400);
    color: inherit;
    border-radius: 2px;
  }
  .more {
    margin-block-start: 1em;
  }
`;
