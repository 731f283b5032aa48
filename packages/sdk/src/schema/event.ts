/** The Event object of the feed contract, and the events file. */
import type * as z from 'zod/v4/mini';
import { parseRRule } from '../rrule.js';
import { collectionFile } from './common.js';
import { eventSchemas, type DocumentKind, type EventKind, type EventStatus } from './event-schema.js';

export {
  Attendance,
  CalendarDate,
  DocumentKind,
  EventDocument,
  EventKind,
  EventStatus,
  isDateOnly,
  isTimeZone,
  Location,
  Organizer,
  Person,
  TimeZone,
} from './event-schema.js';

/** The same parser that expands a rule checks it, so a rule the SDK cannot expand is reported when the feed is read. */
export const { Recurrence, Event } = eventSchemas(parseRRule);

export const EventsFile = collectionFile('events', Event);

export type GovEvent = z.infer<typeof Event>;
export type GovEventInput = z.input<typeof Event>;
export type EventKindName = z.infer<typeof EventKind>;
export type EventStatusName = z.infer<typeof EventStatus>;
export type EventDocumentKind = z.infer<typeof DocumentKind>;
