import { css } from 'lit';

// The map view's styles, adopted into the directory's shadow root when the map's code loads. The part
// from `.leaflet-` on is what Leaflet needs of its own stylesheet (leaflet.css 1.9.4, BSD-2-Clause:
// panes, tiles, markers, popups), trimmed of old-browser hacks and of the controls the directory draws
// itself. Sizes in em, so the map follows the visitor's text size.
export const mapStyles = css`
  .map-view {
    display: grid;
    gap: 1em;
    grid-template-columns: minmax(0, 2fr) minmax(14em, 1fr);
    align-items: start;
  }
  @container (max-width: 640px) {
    .map-view {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .map-view.no-tiles {
    grid-template-columns: minmax(0, 1fr);
  }
  .map-box {
    position: relative;
    min-height: 24em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_surface);
  }
  .map {
    height: 24em;
  }
  .map-consent {
    align-content: center;
    min-height: 27.4em;
  }
  .map-consent p {
    max-width: 36em;
  }
  .map-zoom {
    position: absolute;
    z-index: 1000;
    inset-block-start: 0.5em;
    inset-inline-start: 0.5em;
    display: grid;
    gap: 0.25em;
  }
  .map-zoom .button {
    min-width: 2.25em;
    justify-content: center;
  }
  .map-attribution {
    position: absolute;
    z-index: 1000;
    inset-block-end: 0;
    inset-inline-end: 0;
    padding: 0.1em 0.4em;
    font-size: 0.75em;
    background: rgb(255 255 255 / 0.85);
    color: #222;
  }
  .map-attribution a {
    color: #0b4f8a;
  }
  .regions {
    display: grid;
    gap: 0.5em;
  }
  .regions summary {
    cursor: pointer;
    min-height: max(24px, 1.75em);
    font-weight: 600;
  }
  .regions .results {
    margin-block-start: 0.5em;
    grid-template-columns: minmax(0, 1fr);
  }
  .popup-name {
    margin: 0;
    font-weight: 600;
  }
  .popup-meta {
    margin: 0.25em 0 0.5em;
  }
  .map-pin .pin {
    display: block;
    width: 1.25em;
    height: 1.25em;
    margin: 0.1em auto;
    border: 2px solid #fff;
    border-radius: 50% 50% 50% 0;
    transform: rotate(-45deg);
    background: var(--_accent);
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.4);
  }
  .map-cluster {
    display: grid;
    place-items: center;
    border: 3px solid rgb(255 255 255 / 0.9);
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    font-size: 0.875em;
  }
  .map-pin:focus-visible,
  .map-cluster:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .leaflet-pane,
  .leaflet-tile,
  .leaflet-marker-icon,
  .leaflet-tile-container,
  .leaflet-pane > svg,
  .leaflet-layer {
    position: absolute;
    left: 0;
    top: 0;
  }
  .leaflet-container {
    overflow: hidden;
    font: inherit;
    -webkit-tap-highlight-color: transparent;
  }
  .leaflet-container.leaflet-touch-drag.leaflet-touch-zoom {
    touch-action: none;
  }
  .leaflet-tile,
  .leaflet-marker-icon {
    user-select: none;
    -webkit-user-drag: none;
  }
  .leaflet-marker-icon {
    display: block;
  }
  .leaflet-container img.leaflet-tile {
    max-width: none !important;
    max-height: none !important;
    width: auto;
    padding: 0;
    mix-blend-mode: plus-lighter;
  }
  .leaflet-tile {
    filter: inherit;
    visibility: hidden;
  }
  .leaflet-tile-loaded {
    visibility: inherit;
  }
  .leaflet-pane {
    z-index: 400;
  }
  .leaflet-tile-pane {
    z-index: 200;
  }
  .leaflet-marker-pane {
    z-index: 600;
  }
  .leaflet-popup-pane {
    z-index: 700;
  }
  .leaflet-interactive {
    cursor: pointer;
  }
  .leaflet-grab {
    cursor: grab;
  }
  .leaflet-dragging .leaflet-grab {
    cursor: move;
  }
  .leaflet-zoom-anim .leaflet-zoom-animated {
    transition: transform 0.25s cubic-bezier(0, 0, 0.25, 1);
  }
  @media (prefers-reduced-motion: reduce) {
    .leaflet-zoom-anim .leaflet-zoom-animated {
      transition: none;
    }
  }
  .leaflet-popup {
    position: absolute;
    text-align: center;
    margin-bottom: 20px;
  }
  .leaflet-popup-content-wrapper {
    padding: 1px;
    text-align: start;
    border-radius: 0.75em;
    background: var(--_bg);
    color: var(--_text);
    box-shadow: 0 3px 14px rgb(0 0 0 / 0.4);
  }
  .leaflet-popup-content {
    margin: 0.9em 1.5em 0.9em 1.1em;
    min-height: 1px;
  }
  .leaflet-popup-tip-container {
    width: 40px;
    height: 20px;
    position: absolute;
    left: 50%;
    margin-top: -1px;
    margin-left: -20px;
    overflow: hidden;
    pointer-events: none;
  }
  .leaflet-popup-tip {
    width: 17px;
    height: 17px;
    padding: 1px;
    margin: -10px auto 0;
    pointer-events: auto;
    transform: rotate(45deg);
    background: var(--_bg);
  }
  .leaflet-container a.leaflet-popup-close-button {
    position: absolute;
    top: 0;
    right: 0;
    width: 24px;
    height: 24px;
    font: 16px/24px Tahoma, Verdana, sans-serif;
    color: #757575;
    text-align: center;
    text-decoration: none;
  }
`;
