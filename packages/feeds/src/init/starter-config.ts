/**
 * The config `govtech-feeds init` writes, and the facts its sample events come from: the Verano de
 * Datos Abiertos: GovTech Municipal panels (Chile, February 2022, America/Santiago) and the launch of
 * the Red Multisectorial GovTech Iberoamérica (Thursday 19 October 2023, virtual, a day without a time).
 * Its labs and streams are in starter-data.ts.
 */
import type { DataSourceConfig, FeedsConfig, MarkdownSourceConfig } from '../config.js';
import type { Lang } from '../problems.js';

/** The zone the starter's events happen in, and the default of the CMS's time-zone field. */
export const STARTER_TIME_ZONE = 'America/Santiago';

/** Events with a start time: the CMS stores the wall time, the build reads it in the event's zone. */
export const TIMED_SOURCE: MarkdownSourceConfig = {
  type: 'markdown',
  path: 'contenido/eventos',
  timeZone: STARTER_TIME_ZONE,
  dates: 'datetime',
  defaults: { network: 'verano-datos-abiertos', kind: 'panel', attendance: 'online' },
};

/** Meetings known by their day only: the CMS stores YYYY-MM-DD, the build keeps that day. */
export const DAY_SOURCE: MarkdownSourceConfig = {
  type: 'markdown',
  path: 'contenido/reuniones',
  timeZone: STARTER_TIME_ZONE,
  dates: 'date-only',
  defaults: { network: 'red-govtech-iberoamerica', kind: 'meeting', attendance: 'online' },
};

/**
 * Labs as a YAML list the Decap editor writes (a `data` source). A CSV or XLSX kept in Excel is the other
 * way, with no editor: LEEME.md says how to switch, so there is never a second list of the same labs.
 */
export const LABS_SOURCE: DataSourceConfig = { type: 'data', path: 'datos/laboratorios.yaml', items: 'labs' };

/** Streams: their times written as the events' are (the time of the place), read in their timeZone. */
export const STREAMS_SOURCE: DataSourceConfig = { type: 'data', path: 'datos/transmisiones.yaml', items: 'streams', timeZone: STARTER_TIME_ZONE };

/** The network of the sample labs. */
export const LABS_NETWORK = { id: 'red-labs-peru', name: 'Red Nacional de Laboratorios de Innovación Digital', country: 'PE' } as const;

/** The starter config without `$schema` (its reference depends on where the project is). */
export function starterConfig(lang: Lang): FeedsConfig {
  return {
    title: 'Agenda GovTech',
    lang,
    networks: [
      { id: 'verano-datos-abiertos', name: 'Verano de Datos Abiertos: GovTech Municipal', country: 'CL' },
      { id: 'red-govtech-iberoamerica', name: 'Red Multisectorial GovTech Iberoamérica', region: 'Iberoamérica' },
      LABS_NETWORK,
    ],
    sources: [TIMED_SOURCE, DAY_SOURCE, LABS_SOURCE, STREAMS_SOURCE],
    out: 'feed',
  };
}

/** One sample Markdown file: its front matter in the CMS's field order, and its body. */
export interface SampleEvent {
  readonly path: string;
  readonly frontMatter: Readonly<Record<string, unknown>>;
  readonly body: string;
}

const VERANO_BODY = (topic: string) =>
  [
    `Panel del Verano de Datos Abiertos: GovTech Municipal sobre ${topic}. Una hora: tres expositores de 15 minutos cada uno y 15 minutos de preguntas del público.`,
    '',
    'Organiza la Fundación Abriendo Datos, con el patrocinio de FLACSO Chile y en asociación con Startup Communis. Se transmite por el canal de YouTube de FLACSO Chile y el material queda publicado en el sitio del Observatorio GovTech Municipal.',
    '',
    'Dirigido a funcionarios municipales y de gobiernos regionales, startups, pymes y emprendedores.',
  ].join('\n');

export const SAMPLE_EVENTS: readonly SampleEvent[] = [
  {
    path: `${TIMED_SOURCE.path}/verano-2022-panel-1-ecosistema-govtech.md`,
    frontMatter: {
      title: 'Panel 1: Ecosistema GovTech en la Región',
      start: '2022-02-23T17:00',
      end: '2022-02-23T18:00',
      timeZone: 'America/Santiago',
      network: 'verano-datos-abiertos',
      kind: 'panel',
      attendance: 'online',
      topics: ['Ecosistema GovTech', 'Gobiernos locales'],
      highlight: true,
    },
    body: VERANO_BODY('el ecosistema GovTech en la región'),
  },
  {
    path: `${TIMED_SOURCE.path}/verano-2022-panel-2-digitalizacion-municipal.md`,
    frontMatter: {
      title: 'Panel 2: Digitalización municipal y datos abiertos',
      start: '2022-02-24T16:00',
      end: '2022-02-24T17:00',
      timeZone: 'America/Santiago',
      network: 'verano-datos-abiertos',
      kind: 'panel',
      attendance: 'online',
      topics: ['Datos abiertos', 'Municipios digitales'],
      highlight: false,
    },
    body: VERANO_BODY('digitalización municipal y datos abiertos'),
  },
  {
    path: `${DAY_SOURCE.path}/2023-10-19-lanzamiento-red-govtech-iberoamerica.md`,
    frontMatter: {
      title: 'Lanzamiento de la Red Multisectorial GovTech Iberoamérica',
      start: '2023-10-19',
      timeZone: 'America/Santiago',
      network: 'red-govtech-iberoamerica',
      kind: 'meeting',
      attendance: 'online',
      topics: ['Innovación abierta'],
      highlight: true,
    },
    body: [
      'Sesión inaugural de la red, dirigida por los equipos técnicos de BID Lab (Grupo BID), con representantes de áreas GovTech de organismos públicos de países y ciudades de Iberoamérica.',
      '',
      'Participaron Natalia Laguyas y Javier Madariaga (BID Lab), Idoia Ortiz (Gobe Studio), Luciano Crisafulli (CorLab) y Javier Pastorino (programa de innovación en servicios públicos de ANII).',
      '',
      'Siguen reuniones mensuales virtuales, una por tema: Innovación Abierta; Fortalecimiento del Ecosistema GovTech; Radiografía del Ecosistema GovTech Regional; Potenciación de la compra de soluciones GovTech; Estimulación de Eventos GovTech; Ideación Colectiva para la Transición B2G; y el cierre del primer ciclo y el futuro de la red.',
    ].join('\n'),
  },
];
