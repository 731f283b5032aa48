/**
 * @govtech-network/sdk — read the feeds of GovTech networks: events, labs, streams and networks.
 *
 * Everything is a named export of plain functions and types, so bundlers keep only what you use.
 */
export { createClient } from './client.js';
export type {
  ClientOptions,
  DateInput,
  EventListQuery,
  EventNextQuery,
  EventOccurrence,
  FeedCalendars,
  GovtechClient,
  StreamWithStatus,
} from './client.js';
export { mergeClients } from './merged-client.js';
export { systemClock } from './clock.js';
export type { Clock, NowSource } from './clock.js';
export { FeedError, isFeedError } from './errors.js';
export type { FeedErrorCode } from './errors.js';
export type { RetryPolicy } from './http/retry.js';
export { defaultFeedLimits, megabytes } from './limits.js';
export type { FeedLimits } from './limits.js';
export type { FeedItemResult, FeedResult, FeedWarning, MissingFile } from './result.js';
export * from './schema/index.js';
export { eventMatcher } from './event-filter.js';
export type { EventFilter } from './event-filter.js';
export { filterLabs, indexLabs, labFacets } from './labs.js';
export type { FacetCount, FilterValue, LabFacetName, LabFacets, LabFilter, LabIndex } from './labs.js';
export { nextStreamStatusChange, streamStatus, youTubeId } from './streams.js';
export { highlightRanges } from './highlight.js';
export { normalizeText } from './text.js';
export { expandEvent, occurrenceAt } from './recurrence.js';
export type { Occurrence } from './recurrence.js';
export { parseRRule, RecurrenceError } from './rrule.js';
export { googleCalendarUrl, outlookCalendarUrl, subscribeLinks, toICS } from './ics.js';
export type { OutlookHost, SubscribeLinks } from './ics.js';
export { dateOfEpochDay, daysInMonth, epochDay, offsetMinutes, parseFeedInstant, weekdayOf, zonedParts, zonedToEpoch } from './time.js';
