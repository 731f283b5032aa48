import { css } from 'lit';

/**
 * On paper, a widget is its content: black on white whatever the theme, the visitor's colour scheme or
 * the page's colours (the light scheme's borders and accents print well),
 * and none of its controls (buttons, the skip link, the directory's search and filters, the stream
 * card's play button). Shared by every widget; the calendar adds its own rules
 * (event-calendar/print.styles.ts). (Comments stay out of the css`` text: it ships as written.)
 */
export const printStyles = css`
  @media print {
    :host {
      color-scheme: light;
      --_text: #000;
      --_muted: #000;
      --_bg: #fff;
    }
    .button,
    .skip,
    .play,
    .toolbar,
    .facets {
      display: none !important;
    }
  }
`;
