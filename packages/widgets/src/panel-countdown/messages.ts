import { LocaleStrings } from '../base/i18n.js';
import type { Phase, SummaryWords } from './countdown-model.js';

export interface CountdownMessages {
  /** The status badge: the panel's phase, or why it will not happen as planned. */
  status: Record<Phase | 'cancelled' | 'postponed', string>;
  watch: string;
  replay: string;
  join: string;
  noUpcoming: string;
  notFound: (id: string) => string;
  /** The partial note when a month of events that could hold an earlier panel could not be read. */
  eventsMissing: string;
  /** The partial note when the link to the event's stream could not be loaded (streams.json failed). */
  streamLinkMissing: string;
  yourTime: string;
  units: { days: string; hours: string; minutes: string; seconds: string };
  /** How the language says the time left to the minute: "Faltan 3 días y 4 horas" (countdown-model.ts's summaryText). */
  summary: SummaryWords;
  /** Announced once when the panel goes live / ends. */
  announceLive: (title: string) => string;
  announceEnded: (title: string) => string;
}

/** Spanish, the default: in the widget's own download (Portuguese and English: src/locales/). */
export const countdownMessages: CountdownMessages = {
  status: { upcoming: 'Próximo panel', live: 'En vivo ahora', ended: 'Finalizado', cancelled: 'Cancelado', postponed: 'Aplazado' },
  watch: 'Ver en vivo',
  replay: 'Ver la grabación',
  join: 'Unirse',
  noUpcoming: 'No hay paneles programados por ahora.',
  notFound: (id) => `No encontramos el evento «${id}».`,
  eventsMissing: 'Puede faltar algún panel: no pudimos cargar parte del calendario.',
  streamLinkMissing: 'No pudimos cargar el enlace a la transmisión.',
  yourTime: 'tu hora',
  units: { days: 'días', hours: 'horas', minutes: 'minutos', seconds: 'segundos' },
  summary: {
    units: { days: ['día', 'días'], hours: ['hora', 'horas'], minutes: ['minuto', 'minutos'] },
    sentence: (text, singular) => `${singular ? 'Falta' : 'Faltan'} ${text}`,
    and: 'y',
    lessThanAMinute: 'Falta menos de un minuto',
    startingNow: 'Empieza ahora',
  },
  announceLive: (title) => `${title} está en vivo.`,
  announceEnded: (title) => `${title} ha finalizado.`,
};

export const countdownStrings = new LocaleStrings(countdownMessages, (module) => module.countdown);
