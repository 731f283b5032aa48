import type { Locale } from '../base/i18n.js';
import type { Phase, Remaining } from './countdown-model.js';

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
  /** "Faltan 3 días y 4 horas": the readable summary, to the minute. */
  summary: (left: Remaining) => string;
  /** Announced once when the panel goes live / ends. */
  announceLive: (title: string) => string;
  announceEnded: (title: string) => string;
}

type Plural = [one: string, other: string];
const count = (n: number, [one, other]: Plural) => `${n} ${n === 1 ? one : other}`;

/**
 * The summary to the minute: the two largest non-zero units ("3 días y 4 horas"); under a minute, a
 * phrase of its own. `sentence` gets the joined parts and whether they are one single unit (for the
 * verb's number: "Falta 1 hora", "Faltan 1 día y 3 horas").
 */
function summaryIn(
  words: { days: Plural; hours: Plural; minutes: Plural },
  sentence: (text: string, singular: boolean) => string,
  and: string,
  lessThanAMinute: string,
  startingNow: string,
) {
  return ({ days, hours, minutes, totalMs }: Remaining): string => {
    if (totalMs === 0) return startingNow;
    const units: Array<[number, Plural]> = [
      [days, words.days],
      [hours, words.hours],
      [minutes, words.minutes],
    ];
    const first = units.findIndex(([n]) => n > 0);
    if (first < 0) return lessThanAMinute;
    const parts = units.slice(first, first + 2).filter(([n]) => n > 0);
    return sentence(parts.map(([n, plural]) => count(n, plural)).join(` ${and} `), parts.length === 1 && parts[0]![0] === 1);
  };
}

export const countdownMessages: Record<Locale, CountdownMessages> = {
  es: {
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
    summary: summaryIn(
      { days: ['día', 'días'], hours: ['hora', 'horas'], minutes: ['minuto', 'minutos'] },
      (text, singular) => `${singular ? 'Falta' : 'Faltan'} ${text}`,
      'y',
      'Falta menos de un minuto',
      'Empieza ahora',
    ),
    announceLive: (title) => `${title} está en vivo.`,
    announceEnded: (title) => `${title} ha finalizado.`,
  },
  pt: {
    status: { upcoming: 'Próximo painel', live: 'Ao vivo agora', ended: 'Encerrado', cancelled: 'Cancelado', postponed: 'Adiado' },
    watch: 'Assistir ao vivo',
    replay: 'Assistir à gravação',
    join: 'Participar',
    noUpcoming: 'Não há painéis programados no momento.',
    notFound: (id) => `Não encontramos o evento “${id}”.`,
    eventsMissing: 'Pode faltar algum painel: não foi possível carregar parte da agenda.',
    streamLinkMissing: 'Não foi possível carregar o link da transmissão.',
    yourTime: 'seu horário',
    units: { days: 'dias', hours: 'horas', minutes: 'minutos', seconds: 'segundos' },
    summary: summaryIn(
      { days: ['dia', 'dias'], hours: ['hora', 'horas'], minutes: ['minuto', 'minutos'] },
      (text, singular) => `${singular ? 'Falta' : 'Faltam'} ${text}`,
      'e',
      'Falta menos de um minuto',
      'Começa agora',
    ),
    announceLive: (title) => `${title} está ao vivo.`,
    announceEnded: (title) => `${title} foi encerrado.`,
  },
  en: {
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
    summary: summaryIn(
      { days: ['day', 'days'], hours: ['hour', 'hours'], minutes: ['minute', 'minutes'] },
      (text) => `${text} to go`,
      'and',
      'Less than a minute to go',
      'Starting now',
    ),
    announceLive: (title) => `${title} is live.`,
    announceEnded: (title) => `${title} has ended.`,
  },
};
