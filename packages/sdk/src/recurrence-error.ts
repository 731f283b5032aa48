/**
 * A recurrence rule this SDK cannot expand; the message is meant for the feed's publisher. Apart from the
 * parser (rrule.ts), which the events path loads only with the RRULE engine.
 */
export class RecurrenceError extends Error {
  override name = 'RecurrenceError';
  constructor(readonly rule: string, problem: string) {
    super(`Recurrence rule "${rule}": ${problem}`);
  }
}
