/** Strings of <govtech-event-calendar>; dates and times are formatted with Intl, not here. */
import type { EventDocumentKind, EventKindName, EventStatusName } from '@govtech-network/sdk';
import type { Locale } from '../base/i18n.js';

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
  /** The partial note when the link to the event's stream could not be loaded (streams.json failed). */
  streamLinkMissing: string;
  allDay: string;
  /** Marks a time converted to the visitor's zone, next to the event's own. */
  yourTime: string;
  speakers: string;
  location: string;
  joinOnline: string;
  register: string;
  documents: string;
  documentKinds: Record<EventDocumentKind, string>;
  outcomes: string;
  watchStream: string;
  downloadIcs: string;
  googleCalendar: string;
  status: Record<EventStatusName, string>;
  kinds: Record<EventKindName, string>;
  filters: string;
  kindFilter: string;
  topicFilter: string;
  allKinds: string;
  allTopics: string;
  clearFilters: string;
  /** Under a rescheduled event: where it was before; `dateText` is already formatted. */
  previouslyOn(dateText: string): string;
}

export const calendarMessages: Record<Locale, CalendarMessages> = {
  es: {
    previousMonth: 'Mes anterior',
    nextMonth: 'Mes siguiente',
    today: 'Hoy',
    moreEvents: (count) => `+${count} más`,
    dayLabel: (count) => (count === 0 ? 'sin eventos' : count === 1 ? '1 evento' : `${count} eventos`),
    noEventsInMonth: 'No hay eventos este mes.',
    daysMissing: (dates) => `No pudimos cargar los eventos de estas fechas: ${dates}.`,
    dayMissing: 'no pudimos cargar todos sus eventos',
    streamLinkMissing: 'No pudimos cargar el enlace a la transmisión.',
    allDay: 'Todo el día',
    yourTime: 'tu hora',
    speakers: 'Expositores',
    location: 'Lugar',
    joinOnline: 'Unirse en línea',
    register: 'Inscribirse',
    documents: 'Documentos',
    documentKinds: { minutes: 'Minuta', slides: 'Presentación', report: 'Informe', other: 'Documento' },
    outcomes: 'Acuerdos',
    watchStream: 'Ver la transmisión',
    downloadIcs: 'Descargar archivo .ics',
    googleCalendar: 'Google Calendar',
    status: { scheduled: 'Programado', cancelled: 'Cancelado', postponed: 'Postergado', rescheduled: 'Reprogramado' },
    kinds: {
      meeting: 'Reunión',
      panel: 'Panel',
      workshop: 'Taller',
      conference: 'Conferencia',
      webinar: 'Webinar',
      other: 'Otro',
    },
    filters: 'Filtros',
    kindFilter: 'Tipo de evento',
    topicFilter: 'Tema',
    allKinds: 'Todos los tipos',
    allTopics: 'Todos los temas',
    clearFilters: 'Limpiar filtros',
    previouslyOn: (dateText) => `Fecha original: ${dateText}`,
  },
  pt: {
    previousMonth: 'Mês anterior',
    nextMonth: 'Próximo mês',
    today: 'Hoje',
    moreEvents: (count) => `+${count} mais`,
    dayLabel: (count) => (count === 0 ? 'sem eventos' : count === 1 ? '1 evento' : `${count} eventos`),
    noEventsInMonth: 'Não há eventos neste mês.',
    daysMissing: (dates) => `Não foi possível carregar os eventos destas datas: ${dates}.`,
    dayMissing: 'não foi possível carregar todos os seus eventos',
    streamLinkMissing: 'Não foi possível carregar o link da transmissão.',
    allDay: 'Dia inteiro',
    yourTime: 'seu horário',
    speakers: 'Palestrantes',
    location: 'Local',
    joinOnline: 'Participar on-line',
    register: 'Inscrever-se',
    documents: 'Documentos',
    documentKinds: { minutes: 'Ata', slides: 'Apresentação', report: 'Relatório', other: 'Documento' },
    outcomes: 'Encaminhamentos',
    watchStream: 'Assistir à transmissão',
    downloadIcs: 'Baixar arquivo .ics',
    // Google's own name for it in Brazil.
    googleCalendar: 'Google Agenda',
    status: { scheduled: 'Agendado', cancelled: 'Cancelado', postponed: 'Adiado', rescheduled: 'Remarcado' },
    kinds: {
      meeting: 'Reunião',
      panel: 'Painel',
      workshop: 'Oficina',
      conference: 'Conferência',
      webinar: 'Webinar',
      other: 'Outro',
    },
    filters: 'Filtros',
    kindFilter: 'Tipo de evento',
    topicFilter: 'Tema',
    allKinds: 'Todos os tipos',
    allTopics: 'Todos os temas',
    clearFilters: 'Limpar filtros',
    previouslyOn: (dateText) => `Data original: ${dateText}`,
  },
  en: {
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    today: 'Today',
    moreEvents: (count) => `+${count} more`,
    dayLabel: (count) => (count === 0 ? 'no events' : count === 1 ? '1 event' : `${count} events`),
    noEventsInMonth: 'No events this month.',
    daysMissing: (dates) => `We couldn’t load the events of these dates: ${dates}.`,
    dayMissing: 'we couldn’t load all its events',
    streamLinkMissing: 'We couldn’t load the link to the stream.',
    allDay: 'All day',
    yourTime: 'your time',
    speakers: 'Speakers',
    location: 'Location',
    joinOnline: 'Join online',
    register: 'Register',
    documents: 'Documents',
    documentKinds: { minutes: 'Minutes', slides: 'Slides', report: 'Report', other: 'Document' },
    outcomes: 'Outcomes',
    watchStream: 'Watch the stream',
    downloadIcs: 'Download .ics file',
    googleCalendar: 'Google Calendar',
    status: { scheduled: 'Scheduled', cancelled: 'Cancelled', postponed: 'Postponed', rescheduled: 'Rescheduled' },
    kinds: {
      meeting: 'Meeting',
      panel: 'Panel',
      workshop: 'Workshop',
      conference: 'Conference',
      webinar: 'Webinar',
      other: 'Other',
    },
    filters: 'Filters',
    kindFilter: 'Event type',
    topicFilter: 'Topic',
    allKinds: 'All types',
    allTopics: 'All topics',
    clearFilters: 'Clear filters',
    previouslyOn: (dateText) => `Originally scheduled for ${dateText}`,
  },
};
