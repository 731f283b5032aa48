/**
 * React components for the widgets (`@govtech-network/widgets/react.js`), made with `@lit/react`: props
 * are the elements' properties (`src`, `locale`, `timeZone`, `firstDay`, `now`…), events are typed `on…`
 * props, and `ref` is the element.
 *
 * ```tsx
 * import { EventCalendar } from '@govtech-network/widgets/react.js';
 *
 * <EventCalendar src="/feeds/v1/" locale="es" onEventSelect={(event) => console.log(event.detail.event.title)} />
 * ```
 *
 * Each component registers its element when this module loads, as the element's own entry point does
 * (a second registration is skipped). A component you do not import is left out of your bundle with its
 * element: each is built by a side-effect-free (`#__PURE__`) call. React is an optional peer dependency
 * of the package, needed only here.
 *
 * Server rendering (Next.js and the like) renders the tag with React's own attributes (`id`, `className`,
 * `style`, `data-*`…) and children, such as the stream card's fallback link; the element's properties and
 * event listeners are set in the browser once React has attached it.
 */
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { defineElement } from './base/define.js';
import type { GovtechErrorEvent } from './events/error.js';
// Only types from the entry points (their HTMLElementTagNameMap and event maps come along); the classes
// come from the side-effect-free modules, so that an unused component's element can be left out.
import type { EventSelectEvent } from './event-calendar.js';
import { GovtechEventCalendar } from './event-calendar/event-calendar.js';
import type { LabSelectEvent } from './lab-directory.js';
import { GovtechLabDirectory } from './lab-directory/lab-directory.js';
import type { CountdownEvent } from './panel-countdown.js';
import { GovtechPanelCountdown } from './panel-countdown/panel-countdown.js';
import type { StreamPlayEvent } from './stream-card.js';
import { GovtechStreamCard } from './stream-card/stream-card.js';

/** `onError`: every widget's `govtech-error`. */
const errorEvent = { onError: 'govtech-error' as EventName<GovtechErrorEvent> };

/** Registers the element (as its entry point does) and wraps it. */
function wrap<I extends HTMLElement, E extends Record<string, EventName>>(
  tagName: string,
  elementClass: new () => I,
  events: E,
  displayName: string,
): ReactWebComponent<I, E & typeof errorEvent> {
  defineElement(tagName, elementClass);
  return createComponent({ react: React, tagName, elementClass, events: { ...events, ...errorEvent }, displayName });
}

/** `<govtech-event-calendar>`: `onEventSelect` (`govtech-event-select`), `onError` (`govtech-error`). */
export const EventCalendar = /*#__PURE__*/ wrap(
  'govtech-event-calendar',
  GovtechEventCalendar,
  { onEventSelect: 'govtech-event-select' as EventName<EventSelectEvent> },
  'EventCalendar',
);

/**
 * `<govtech-panel-countdown>`: `onCountdownLive` (`govtech-countdown-live`), `onCountdownEnded`
 * (`govtech-countdown-ended`), `onError` (`govtech-error`).
 */
export const PanelCountdown = /*#__PURE__*/ wrap(
  'govtech-panel-countdown',
  GovtechPanelCountdown,
  {
    onCountdownLive: 'govtech-countdown-live' as EventName<CountdownEvent>,
    onCountdownEnded: 'govtech-countdown-ended' as EventName<CountdownEvent>,
  },
  'PanelCountdown',
);

/** `<govtech-lab-directory>`: `onLabSelect` (`govtech-lab-select`), `onError` (`govtech-error`). */
export const LabDirectory = /*#__PURE__*/ wrap(
  'govtech-lab-directory',
  GovtechLabDirectory,
  { onLabSelect: 'govtech-lab-select' as EventName<LabSelectEvent> },
  'LabDirectory',
);

/** `<govtech-stream-card>`: `onStreamPlay` (`govtech-stream-play`), `onError` (`govtech-error`). */
export const StreamCard = /*#__PURE__*/ wrap(
  'govtech-stream-card',
  GovtechStreamCard,
  { onStreamPlay: 'govtech-stream-play' as EventName<StreamPlayEvent> },
  'StreamCard',
);

export type { EventSelectEvent, LabSelectEvent, CountdownEvent, StreamPlayEvent, GovtechErrorEvent };
