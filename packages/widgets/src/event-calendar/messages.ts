/** Strings of <govtech-event-calendar>; dates and times are formatted with Intl, not here. */
import type { EventKindName, EventStatusName } from '@govtech-network/sdk';
import { LocaleStrings } from '../base/i18n.js';

export interface CalendarMessages {
  previousMonth: string;
  nextMonth: string;
  today: string;
  /** Link under a day cell that has more events than fit: "+2 más". */
  moreEvents(count: number): string;
  /** Appended to a day's accessible name, after the date: "sin eventos", "3 eventos". */
  dayLabel(count: number): string;
  noEventsInMonth: string;
  /** The partial note: the dates whose events could not be loaded ("1–31 de diciembre"), already formatted. */
  daysMissing(dates: string): string;
  /** Appended to the accessible name of a day whose events could not be loaded. */
  dayMissing: string;
  /** The partial note when one of several feeds in `src` could not be read at all (the others show). */
  feedMissing: string;
  allDay: string;
  status: Record<EventStatusName, string>;
  kinds: Record<EventKindName, string>;
}

/** Spanish, the default: in the widget's own download (Portuguese and English: src/locales/). */
export const calendarMessages: CalendarMessages = {
  previousMonth: 'Mes anterior',
  nextMonth: 'Mes siguiente',
  today: 'Hoy',
  moreEvents: (count) => `+${count} más`,
  dayLabel: (count) => (count === 0 ? 'sin eventos' : count === 1 ? '1 evento' : `${count} eventos`),
  noEventsInMonth: 'No hay eventos este mes.',
  daysMissing: (dates) => `No pudimos cargar los eventos de estas fechas: ${dates}.`,
  dayMissing: 'no pudimos cargar todos sus eventos',
  feedMissing: 'No pudimos cargar una de las agendas; mostramos las demás.',
  allDay: 'Todo el día',
  status: { scheduled: 'Programado', cancelled: 'Cancelado', postponed: 'Postergado', rescheduled: 'Reprogramado' },
  kinds: {
    meeting: 'Reunión',
    panel: 'Panel',
    workshop: 'Taller',
    conference: 'Conferencia',
    webinar: 'Webinar',
    other: 'Otro',
  },
};

export const calendarStrings = new LocaleStrings(calendarMessages, (module) => module.calendar);
