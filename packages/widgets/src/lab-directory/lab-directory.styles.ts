import { css } from 'lit';

export const directoryStyles = css`
  :host {
    container-type: inline-size;
  }
  .placeholder {
    min-height: 24rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: end;
    margin-block-end: 1rem;
  }
  .search {
    flex: 1 1 16rem;
  }
  .layout {
    display: grid;
    gap: 1rem;
    grid-template-columns: minmax(12rem, 16rem) minmax(0, 1fr);
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
    margin-block-end: 0.5rem;
  }
  .main:focus-visible {
    outline-offset: 4px;
  }
  .facets {
    display: grid;
    gap: 0.75rem;
  }
  fieldset {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2rem;
    font-size: 0.9em;
  }
  .option input {
    width: 1.1rem;
    height: 1.1rem;
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
    padding: 0.25rem 0;
    min-height: 2rem;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: 0.75rem;
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
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
  }
  :host([layout='list']) .results {
    grid-template-columns: minmax(0, 1fr);
    gap: 0;
  }
  .lab {
    padding: 0.75rem 1rem;
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
    gap: 0.25rem 1rem;
  }
  :host([layout='list']) .topics,
  :host([layout='list']) .logo {
    display: none;
  }
  .logo {
    max-height: 3rem;
    max-width: 8rem;
    object-fit: contain;
  }
  .details > :first-child {
    margin-block-start: 0.5rem;
  }
  .description {
    font-size: 0.9em;
  }
  .description > * {
    margin: 0.25rem 0 0;
  }
  .lab-name {
    border: 0;
    padding: 0;
    background: none;
    text-align: start;
    font-weight: 700;
    min-height: 1.5rem;
    text-decoration: underline dotted;
  }
  .lab-name:hover {
    text-decoration: underline;
  }
  .badges,
  .meta,
  .links {
    margin: 0.25rem 0 0;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .badge {
    display: inline-block;
    font-size: 0.75em;
    padding: 0 0.5rem;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_surface);
  }
  .topics {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0.5rem 0 0;
    padding: 0;
    font-size: 0.8em;
  }
  .topics li {
    padding: 0 0.5rem;
    border-radius: 999px;
    background: var(--_surface);
  }
  mark {
    background: light-dark(#fff0a8, #6b5a00);
    color: inherit;
    border-radius: 2px;
  }
  .more {
    margin-block-start: 1rem;
  }
`;
