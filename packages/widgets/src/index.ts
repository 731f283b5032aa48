/**
 * @govtech-network/widgets — embeddable web components for GovTech networks.
 *
 * Importing the package root registers every element. To register one, import its own entry point
 * (`@govtech-network/widgets/event-calendar.js`). Element classes without registration come from
 * `@govtech-network/widgets/elements.js`.
 */
export * from './event-calendar.js';
export * from './panel-countdown.js';
export * from './stream-card.js';
export * from './lab-directory.js';
