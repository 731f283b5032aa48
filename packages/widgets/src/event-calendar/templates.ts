/**
 * The calendar's views as pure templates: the header, the month grid and the agenda list (the filter form:
 * filters.ts).
 * They read only their arguments (data, formatted text, callbacks) and hold no state, in the manner of
 * Lion's calendar `dayTemplate`: the element decides what to show, these decide how it looks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EventOccurrence, GovEvent } from '@govtech-network/sdk';
import { splitVisible, type CalendarDay } from './calendar-model.js';
import { bone } from '../internal/bone.js';
import type { Series } from './legend.js';
import type { CalendarMessages } from './messages.js';

/** What every template needs to put words and times on screen. */
export interface CalendarText {
  readonly m: CalendarMessages;
  /** A date formatter in the widget's language (cached); give `timeZone`. */
  readonly format: (options: Intl.DateTimeFormatOptions & { timeZone: string }) => Intl.DateTimeFormat;
  /** "17:00": an occurrence's start in the zone the calendar shows. */
  readonly time: (date: Date) => string;
  /** With `color-by`: an occurrence's colour and what it stands for (legend.ts); said in its accessible name. */
  readonly series?: ((occurrence: EventOccurrence) => Series | undefined) | undefined;
}

/** The colour class of an occurrence (legend.ts's palette), '' without one. */
const seriesClass = (series: Series | undefined) => (series ? `series-${series.index}` : '');

/** The kind or network of an occurrence coloured by it, in words for assistive technology. */
const seriesWords = (series: Series | undefined) => (series ? html`<span class="visually-hidden">, ${series.label}</span>` : nothing);

/** Opens an occurrence's details; `opener` gets the focus back when they close. */
export type OpenEvent = (occurrence: EventOccurrence, opener: HTMLElement | null) => void;

/** The date of a grid day at noon UTC, to format with `timeZone: 'UTC'` (a grid day is a calendar date). */
export const dayDate = (day: CalendarDay) => Date.UTC(day.year, day.month - 1, day.day);

export function headerTemplate(
  title: string,
  m: CalendarMessages,
  on: { previous(): void; today(): void; next(): void },
  level: number,
): TemplateResult {
  return html`<div class="header" part="header">
    <div class="title" part="title" id="title" role="heading" aria-level=${level} aria-live="polite">${title}</div>
    <div class="nav" part="nav">
      <button class="button" type="button" aria-label=${m.previousMonth} @click=${on.previous}>
        <span aria-hidden="true">‹</span>
      </button>
      <button class="button" type="button" @click=${on.today}>${m.today}</button>
      <button class="button" type="button" aria-label=${m.nextMonth} @click=${on.next}>
        <span aria-hidden="true">›</span>
      </button>
    </div>
  </div>`;
}

export interface MonthInput {
  readonly grid: readonly (readonly CalendarDay[])[];
  readonly byDay: ReadonlyMap<string, EventOccurrence[]>;
  /** The day that takes the grid's one tab stop. */
  readonly focusedKey: string | undefined;
  readonly loading: boolean;
  readonly maxEventsPerDay: number;
  /** No occurrence falls in the month shown: says so under the grid. */
  readonly empty: boolean;
  /** Keys of the days whose events could not be loaded: marked, in the cell and its accessible name. */
  readonly missing: ReadonlySet<string>;
}

export interface MonthActions {
  /** A click on the day itself: it takes the focus, and its details open. */
  readonly selectDay: (day: CalendarDay) => void;
  /** "+N more": the day's details open. */
  readonly openDay: (day: CalendarDay) => void;
  readonly openEvent: OpenEvent;
  readonly keydown: (e: KeyboardEvent) => void;
}

/** The month as an ARIA grid: one tab stop, arrows move between days, Enter opens a day. */
export function monthTemplate(input: MonthInput, text: CalendarText, on: MonthActions): TemplateResult {
  const { grid, byDay, loading, maxEventsPerDay } = input;
  const days = grid.flat();
  const weekdayShort = text.format({ weekday: 'short', timeZone: 'UTC' });
  const weekdayLong = text.format({ weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday: ISO weekday n is that date plus n - 1 days.
  const headerDate = (isoWeekday: number) => Date.UTC(2024, 0, isoWeekday);
  const dayLabel = text.format({ weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  const focused = days.some((day) => day.key === input.focusedKey && day.inMonth) ? input.focusedKey : days.find((d) => d.inMonth)?.key;
  const dayCell = (day: CalendarDay) => {
    const events = byDay.get(day.key) ?? [];
    const date = dayLabel.format(dayDate(day));
    const missing = !loading && input.missing.has(day.key);
    const count = missing && !events.length ? [] : [text.m.dayLabel(events.length)];
    const label = loading ? date : [date, ...count, ...(missing ? [text.m.dayMissing] : [])].join(', ');
    return html`<td
      role="gridcell"
      part="day"
      class=${[day.inMonth ? '' : 'outside', day.isToday ? 'today' : '', missing ? 'missing' : ''].join(' ')}
      tabindex=${day.key === focused ? 0 : -1}
      aria-current=${day.isToday ? 'date' : nothing}
      data-key=${day.key}
      @click=${() => on.selectDay(day)}
    >
      <span class="visually-hidden">${label}</span>
      <span class="day-number" aria-hidden="true">${day.day}</span>
      ${loading ? html`<span class="skeleton chip-skeleton"></span>` : chipsTemplate(day, events, maxEventsPerDay, text, on)}
    </td>`;
  };
  return html`<table class="grid" part="grid" role="grid" aria-labelledby="title" @keydown=${on.keydown}>
      <thead>
        <tr>
          ${grid[0]!.map(
            (day) => html`<th scope="col" abbr=${weekdayLong.format(headerDate(day.weekday))}>
              ${weekdayShort.format(headerDate(day.weekday))}
            </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${grid.map((week) => html`<tr>${week.map(dayCell)}</tr>`)}
      </tbody>
    </table>
    ${!loading && input.empty ? html`<p class="note">${text.m.noEventsInMonth}</p>` : nothing}`;
}

/** A day's events as chips, "+N more" past the limit. Hidden from assistive technology: the cell's label counts them. */
function chipsTemplate(
  day: CalendarDay,
  events: readonly EventOccurrence[],
  max: number,
  text: CalendarText,
  on: MonthActions,
): TemplateResult {
  const { visible, hidden } = splitVisible(events, max);
  return html`<ul class="chips" aria-hidden="true">
    ${visible.map(
      (occurrence) => html`<li>
        <button
          class="chip ${occurrence.event.status} ${seriesClass(text.series?.(occurrence))}"
          part="event"
          title=${[occurrence.event.title, text.series?.(occurrence)?.label].filter(Boolean).join(' · ')}
          tabindex="-1"
          @click=${(e: Event) => {
            e.stopPropagation();
            on.openEvent(occurrence, e.currentTarget as HTMLElement);
          }}
        >
          ${occurrence.event.allDay ? nothing : html`<span class="chip-time">${text.time(occurrence.start)}</span>`}
          <span class="chip-title">${occurrence.event.title}</span>
        </button>
      </li>`,
    )}
    ${hidden
      ? html`<li>
          <button class="more" tabindex="-1" @click=${(e: Event) => {
            e.stopPropagation();
            on.openDay(day);
          }}>${text.m.moreEvents(hidden)}</button>
        </li>`
      : nothing}
  </ul>`;
}

/** The agenda: the month's days that have events, each with its events in order. */
export function agendaTemplate(
  days: readonly CalendarDay[],
  byDay: ReadonlyMap<string, EventOccurrence[]>,
  text: CalendarText,
  openEvent: OpenEvent,
  level: number,
): TemplateResult {
  const heading = text.format({ weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  const withEvents = days.filter((day) => byDay.get(day.key)?.length);
  if (!withEvents.length) return html`<p class="state">${text.m.noEventsInMonth}</p>`;
  return html`<ol class="agenda" part="list">
    ${withEvents.map(
      (day) => html`<li>
        <div class="agenda-day" role="heading" aria-level=${level}>${heading.format(dayDate(day))}</div>
        <ul>
          ${byDay.get(day.key)!.map((occurrence) => html`<li>${agendaEventTemplate(occurrence, text, openEvent, 'event')}</li>`)}
        </ul>
      </li>`,
    )}
  </ol>`;
}

/**
 * The agenda while the feed loads: a month of the sample feed's (a day of one event, a day of two), its
 * texts as bones of the titles' lengths. A month with more events grows when they come.
 */
export const agendaSkeletonTemplate = (): TemplateResult =>
  html`<ol class="agenda" part="list">
    ${[[67], [77, 80]].map(
      (titles) => html`<li>
        <div class="agenda-day">${bone(24)}</div>
        <ul>
          ${titles.map((chars) => html`<li class="agenda-event"><span class="agenda-time">${bone(5)}</span><span class="agenda-title">${bone(chars)}</span></li>`)}
        </ul>
      </li>`,
    )}
  </ol>`;

/**
 * One event as a button with its time, title and status: in the agenda (exposed as the `event` part) and
 * in a day's details (not a part there: `::part(event)` has always meant the grid's and the agenda's).
 */
export function agendaEventTemplate(
  occurrence: EventOccurrence,
  text: CalendarText,
  openEvent: OpenEvent,
  part?: 'event',
): TemplateResult {
  const { event } = occurrence;
  const series = text.series?.(occurrence);
  return html`<button class="agenda-event ${event.status} ${seriesClass(series)}" part=${part ?? nothing} @click=${(e: Event) =>
    openEvent(occurrence, part ? (e.currentTarget as HTMLElement) : null)}>
    <span class="agenda-time">${event.allDay ? text.m.allDay : text.time(occurrence.start)}</span>
    <span class="agenda-title">${event.title}${seriesWords(series)}</span>
    ${statusBadgeTemplate(event, text.m)}
  </button>`;
}

/** "Cancelado", "Reprogramado"…: nothing for a scheduled event. */
export function statusBadgeTemplate(event: GovEvent, m: CalendarMessages): TemplateResult | typeof nothing {
  return event.status === 'scheduled' ? nothing : html`<span class="badge ${event.status}">${m.status[event.status]}</span>`;
}
