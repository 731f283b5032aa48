/** Element classes and types, without registering anything (no side effects). */
export { GovtechEventCalendar } from './event-calendar/event-calendar.js';
export type { EventSelectDetail, EventSelectEvent } from './event-calendar/event-calendar.js';
export { GovtechPanelCountdown } from './panel-countdown/panel-countdown.js';
export type { CountdownDetail, CountdownEvent } from './panel-countdown/panel-countdown.js';
export { GovtechStreamCard } from './stream-card/stream-card.js';
export type { StreamPlayDetail, StreamPlayEvent } from './stream-card/stream-card.js';
export { GovtechLabDirectory } from './lab-directory/lab-directory.js';
export type { LabSelectDetail, LabSelectEvent } from './lab-directory/lab-directory.js';
export { GovtechElement } from './base/govtech-element.js';
export type { GovtechErrorDetail, GovtechErrorEvent } from './base/govtech-element.js';
export { defineElement } from './base/define.js';
