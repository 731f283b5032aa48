/** Element classes and types, without registering anything (no side effects). */
export { GovtechEventCalendar } from './event-calendar/event-calendar.js';
export type { EventSelectDetail, EventSelectEvent } from './events/event-select.js';
export { GovtechPanelCountdown } from './panel-countdown/panel-countdown.js';
export type { CountdownDetail, CountdownEvent } from './events/countdown.js';
export { GovtechStreamCard } from './stream-card/stream-card.js';
export type { StreamPlayDetail, StreamPlayEvent } from './events/stream-play.js';
export { GovtechLabDirectory } from './lab-directory/lab-directory.js';
export type { LabSelectDetail, LabSelectEvent } from './events/lab-select.js';
export { GovtechElement } from './base/govtech-element.js';
export type { GovtechErrorDetail, GovtechErrorEvent } from './events/error.js';
export { defineElement } from './base/define.js';
/** The page's one client of a feed, the one its widgets read through (a page's own code can share it). */
export { clientFor } from './base/client-registry.js';
