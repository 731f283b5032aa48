/** Test helpers for code that uses the SDK: a clock that moves only when told. */
export { ManualClock } from './manual-clock.js';
