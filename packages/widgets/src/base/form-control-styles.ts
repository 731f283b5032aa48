import { css } from 'lit';

/**
 * Labelled form controls (the directory's search and sort, the calendar's filters): a label over its
 * control, the control as tall as a touch target. A module apart from baseStyles (base/styles.ts) so widgets
 * without a form (the countdown, the stream card) do not carry it: a widget with one adds it to its `styles`, and marks
 * each label-and-control with class `field`.
 *
 * The field's one column is `minmax(0, 1fr)`: an `auto` column would be as wide as the control's longest
 * option, wider than a phone, and `max-width: 100%` could not bring the control back inside. Controls are
 * 3.125em of the field's 0.875em text: the 2.75em of the widget's text a `.button` has.
 */
export const formControlStyles = css`
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    font-size: 0.875em;
    min-width: 0;
    max-width: 100%;
  }
  input[type='search'],
  select {
    font: inherit;
    min-height: 3.125em;
    padding-inline: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    max-width: 100%;
  }
`;
