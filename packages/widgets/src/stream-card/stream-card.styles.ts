import { css } from 'lit';

// The media box's 16:9 is reserved before anything loads, so the page does not jump; content taller
// than that (the consent notice in a narrow card) grows the box instead of overflowing it. The play
// button's focus ring is two rings (focus colour, then white) so it shows over any poster.
// (Comments stay out of the css`` text: it ships as written.)
export const streamCardStyles = css`
  .media {
    position: relative;
    display: grid;
    place-items: center;
    aspect-ratio: 16 / 9;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .media img,
  iframe,
  .play {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    border: 0;
    border-radius: inherit;
  }
  img {
    object-fit: cover;
  }
  .play {
    display: grid;
    place-items: center;
    padding: 0;
    background: none;
  }
  .play:focus-visible {
    outline-offset: -3px;
    box-shadow: inset 0 0 0 6px #fff;
  }
  .icon {
    width: 4.5em;
    height: 3.2em;
    border-radius: 0.9em;
    background: rgb(0 0 0 / 0.75);
    color: #fff;
  }
  .play:hover .icon,
  .play:focus-visible .icon {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .consent {
    display: grid;
    gap: 0.5em;
    justify-items: center;
    padding: var(--_space);
    text-align: center;
    font-size: 0.875em;
  }
  .consent p {
    margin: 0;
  }
  .state + slot {
    display: block;
    margin-block-start: 0.5em;
  }
  .title {
    margin: 0.5em 0 0;
    font-weight: 600;
    font-size: 1.125em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .meta:empty {
    display: none;
  }
  .badge {
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    color: var(--_text);
  }
  .badge.live {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_on-accent);
    font-weight: 600;
  }
`;
