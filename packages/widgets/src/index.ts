/**
 * @govtech-network/widgets — embeddable web components for GovTech networks.
 *
 * The elements (<govtech-event-calendar>, <govtech-panel-countdown>, <govtech-lab-directory>,
 * <govtech-stream-card>) are built on the shared base in ./base; each gets its own side-effect entry point.
 */
export { defineElement } from './base/define.js';
