import { css } from 'lit';

/**
 * The calendar's look; the rules' reasons are here, as the CSS text ships as written:
 * - The content reserves its height (`min-height`, six weeks of cells) before data arrives, so the page
 *   does not jump. On `.root`, not the host: a host that took the height before its first render (the
 *   page's first frame waits for its turn: internal/first-render-turn.ts) was painted there, and the
 *   widgets above it rendering moved it down.
 * - Intl writes "diciembre de 2026": only the first letter of the title, day headings and weekday
 *   headers is made a capital (`::first-letter`), as Spanish and Portuguese write them.
 * - A chip's title keeps at least 4em beside its time, else goes under it: a 12-hour time ("5:00 PM")
 *   in a narrow cell would otherwise leave only "…" of the title.
 * - Below 560 px a month's chips are dots in their status colour, too small to be tapped: a tap goes to
 *   the cell, which opens the day, and the cell's name counts the events. A week keeps its height when
 *   the events come.
 */
export const calendarStyles = css`
  :host {
    container-type: inline-size;
  }
  .root {
    min-height: 30em;
    container-type: inline-size;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    margin-block-end: 0.75em;
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    margin: 0;
  }
  .title::first-letter,
  .agenda-day::first-letter,
  th::first-letter {
    text-transform: uppercase;
  }
  .nav {
    display: flex;
    gap: 0.25em;
  }
  .grid {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  th {
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_muted);
    padding: 0.25em;
  }
  td {
    vertical-align: top;
    height: 6.5em;
    padding: 0.25em;
    border: 1px solid var(--_border);
    cursor: pointer;
  }
  td.outside {
    background: var(--_surface);
    color: var(--_muted);
  }
  /* A day whose events could not be loaded: hatched and dashed (not colour alone); its name says so. */
  td.missing {
    border-style: dashed;
    background-image: repeating-linear-gradient(135deg, transparent 0 0.5em, var(--_surface) 0.5em 1em);
  }
  td:focus-visible {
    outline-offset: -3px;
  }
  .day-number {
    display: inline-grid;
    place-items: center;
    min-width: 2em;
    height: 2em;
    border-radius: 999px;
    font-size: 0.875em;
  }
  td.today .day-number {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .chips {
    list-style: none;
    margin: 0.125em 0 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.125em;
  }
  .chip,
  .more {
    display: block;
    width: 100%;
    text-align: start;
    font-size: 0.75em;
    line-height: 1.3;
    padding: 0.125em 0.25em;
    border: 0;
    border-inline-start: 3px solid var(--_accent);
    border-radius: 0.25em;
    background: var(--_surface);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .chip {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
  }
  .chip-title {
    flex: 1 1 4em;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .more {
    border-inline-start-color: transparent;
    color: var(--_accent);
    background: none;
  }
  .chip-time {
    font-variant-numeric: tabular-nums;
    margin-inline-end: 0.25em;
    color: var(--_muted);
  }
  .cancelled .agenda-title,
  .chip.cancelled {
    text-decoration: line-through;
  }
  .chip.cancelled,
  .chip.postponed {
    border-inline-start-color: var(--_danger);
  }
  .chip-skeleton {
    display: block;
    height: 0.75em;
    margin-top: 0.25em;
  }
  .agenda,
  .agenda ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .agenda > li + li {
    margin-block-start: 1em;
  }
  .agenda-day {
    font-weight: 700;
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  .agenda-event {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: baseline;
    width: 100%;
    min-height: 2.75em;
    text-align: start;
    padding: 0.5em 0.75em;
    margin-block-end: 0.25em;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .agenda-time {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
    min-width: 3.5em;
  }
  .agenda-title {
    font-weight: 600;
    flex: 1;
  }
  .badge {
    display: inline-block;
    font-size: 0.75em;
    padding: 0 0.5em;
    border-radius: 999px;
    background: var(--_surface);
    border: 1px solid var(--_border);
  }
  .badge.cancelled,
  .badge.postponed {
    color: var(--_danger);
    border-color: currentColor;
  }
  @container (max-width: 560px) {
    td {
      height: 3.5em;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em;
      pointer-events: none;
    }
    .chip {
      width: 0;
      height: 0.75em;
      padding: 0;
      border-inline-start-width: 0.75em;
      border-radius: 50%;
    }
    .more {
      display: none;
    }
  }
`;
