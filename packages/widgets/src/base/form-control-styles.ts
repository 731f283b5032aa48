import { css } from 'lit';

/**
 * Labelled form controls (the directory's search and sort, the calendar's filters): a label over its
 * control, the control as tall as a touch target. A module apart from baseStyles (base/styles.ts) so widgets
 * without a form (the countdown, the stream card) do not carry it: a widget with one adds it to its `styles`, and marks
 * each label-and-control with class `field`.
 */
export const formControlStyles = css`
  .field {
    display: grid;
    gap: 0.25rem;
    font-size: 0.875em;
    min-width: 0;
    max-width: 100%;
  }
  input[type='search'],
  select {
    font: inherit;
    min-height: 2.75rem;
    padding-inline: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    max-width: 100%;
  }
`;
