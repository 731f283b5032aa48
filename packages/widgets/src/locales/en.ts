/**
 * Every widget's strings in English: one module, imported when a widget on the page first speaks
 * English (base/i18n.ts), so pages in Spanish, the default, never download it.
 */
import type { BaseMessages } from '../base/i18n.js';
import type { CalendarMessages } from '../event-calendar/messages.js';
import type { CountdownMessages } from '../panel-countdown/messages.js';
import type { DirectoryMessages } from '../lab-directory/messages.js';
import type { StreamCardMessages } from '../stream-card/messages.js';

export const base: BaseMessages = {
  loading: 'Loading…',
  errorTitle: 'We couldn’t load this content',
  errorBody: 'Check your connection and try again in a few minutes.',
  retry: 'Try again',
  staleNote: 'You are seeing the last saved information; it may be out of date.',
  close: 'Close',
  exampleData: 'Example',
};

export const calendar: CalendarMessages = {
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  today: 'Today',
  moreEvents: (count) => `+${count} more`,
  dayLabel: (count) => (count === 0 ? 'no events' : count === 1 ? '1 event' : `${count} events`),
  noEventsInMonth: 'No events this month.',
  daysMissing: (dates) => `We couldn’t load the events of these dates: ${dates}.`,
  dayMissing: 'we couldn’t load all its events',
  feedMissing: 'We couldn’t load one of the calendars; showing the others.',
  allDay: 'All day',
  status: { scheduled: 'Scheduled', cancelled: 'Cancelled', postponed: 'Postponed', rescheduled: 'Rescheduled' },
  kinds: {
    meeting: 'Meeting',
    panel: 'Panel',
    workshop: 'Workshop',
    conference: 'Conference',
    webinar: 'Webinar',
    other: 'Other',
  },
};

export const countdown: CountdownMessages = {
  status: { upcoming: 'Next panel', live: 'Live now', ended: 'Ended', cancelled: 'Cancelled', postponed: 'Postponed' },
  watch: 'Watch live',
  replay: 'Watch the recording',
  join: 'Join',
  noUpcoming: 'No panels are scheduled right now.',
  notFound: (id) => `We could not find the event “${id}”.`,
  eventsMissing: 'A panel may be missing: we couldn’t load part of the calendar.',
  streamLinkMissing: 'We couldn’t load the link to the stream.',
  yourTime: 'your time',
  units: { days: 'days', hours: 'hours', minutes: 'minutes', seconds: 'seconds' },
  summary: {
    units: { days: ['day', 'days'], hours: ['hour', 'hours'], minutes: ['minute', 'minutes'] },
    sentence: (text) => `${text} to go`,
    and: 'and',
    lessThanAMinute: 'Less than a minute to go',
    startingNow: 'Starting now',
  },
  announceLive: (title) => `${title} is live.`,
  announceEnded: (title) => `${title} has ended.`,
};

export const directory: DirectoryMessages = {
  label: 'Lab directory',
  search: 'Search labs',
  searchHint: 'Name, city, region or topic',
  facets: { sector: 'Sector', country: 'Country', region: 'Region', city: 'City', focus: 'Topic', network: 'Network' },
  sectors: { academia: 'Academia', private: 'Private sector', public: 'Public sector', 'civil-society': 'Civil society' },
  sortBy: 'Sort by',
  sorts: { name: 'Name', city: 'City', founded: 'Year founded' },
  results: (shown, total, n) =>
    total === 0 ? 'No labs match' : shown < total ? `Showing ${n(shown)} of ${n(total)} labs` : total === 1 ? '1 lab' : `${n(total)} labs`,
  noResults: 'No lab matches the search and filters.',
  clearAll: 'Clear search and filters',
  showMore: (count) => `Show ${count} more`,
  showAllValues: 'Show all',
  download: 'Download',
  views: { list: 'List', map: 'Map' },
  searchIn: 'Search',
  website: 'Website',
  founded: (year) => `Founded in ${year}`,
  filters: 'Filters',
  skipToResults: (count) => `Skip to the results (${count})`,
  noDetails: 'There is nothing more about this lab.',
  csv: { name: 'Name', sector: 'Sector', city: 'City', region: 'Region', country: 'Country', focusAreas: 'Topics', networks: 'Networks', founded: 'Founded', website: 'Website', email: 'E-mail' },
};

export const streamCard: StreamCardMessages = {
  play: 'Play video',
  status: { upcoming: 'Upcoming', live: 'Live', ended: 'Replay' },
  starts: (date) => `Starts ${date}`,
  video: 'YouTube video',
  consent: 'When you play this video, YouTube may use cookies and collect data about your visit.',
  privacy: 'YouTube’s privacy policy',
  accept: 'Accept and play',
  invalid: 'This video can’t be shown here.',
  notFound: 'We couldn’t find this stream.',
};
