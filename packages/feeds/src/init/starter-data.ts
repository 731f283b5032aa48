/**
 * The starter's labs and streams: YAML files in the feed's own shape (`data` sources), which the Decap
 * editor writes too (see decap-data.ts), so the CMS and the build share one list each.
 *
 * Labs: facts from Peru's Red Nacional de Laboratorios de Innovación Digital (its national lab at the
 * PCM, and Cajamarca's, the first regional lab to join) and Bucaramanga's public-innovation lab project
 * (diagnosis workshop, December 2024); one invented lab, marked exampleData, shows every field. No
 * coordinates or links are given for the real labs: the sources name none.
 *
 * Streams: the Verano de Datos Abiertos panels were streamed on FLACSO Chile's YouTube channel; their
 * video ids are not known, so the ids here are invented (marked exampleData). Times are wall times with
 * their zone, as the editor stores them; the build writes them with the offset.
 */
import type { GovLab, GovStream } from '@govtech-network/sdk';
import { stringify } from 'yaml';
import { LABS_NETWORK, STARTER_TIME_ZONE } from './starter-config.js';

const PERU_FOCUS = ['Inteligencia artificial', 'Internet de las cosas', 'Ciudades inteligentes', 'Talento digital', 'Seguridad digital'];

/** In the editor's field order (decap-data.ts), so a save from the CMS changes no more than was edited. */
export const SAMPLE_LABS: readonly GovLab[] = [
  {
    id: 'pe-laboratorio-gobierno-transformacion-digital',
    name: 'Laboratorio de Gobierno y Transformación Digital',
    sector: 'public',
    description:
      'Laboratorio nacional de la Secretaría de Gobierno y Transformación Digital de la Presidencia del Consejo de Ministros (PCM), fortalecido por la Ley Nº 31449 para impulsar la innovación pública articulando, de forma descentralizada, los laboratorios públicos y privados de la Red Nacional de Laboratorios de Innovación Digital.',
    city: 'Lima',
    region: 'Lima',
    country: 'PE',
    focusAreas: PERU_FOCUS,
    networks: [LABS_NETWORK.id],
  },
  {
    id: 'pe-laboratorio-gore-cajamarca',
    name: 'Laboratorio de Innovación y Transformación Digital del Gobierno Regional de Cajamarca',
    sector: 'public',
    description: 'Primer laboratorio regional en integrarse a la Red Nacional de Laboratorios de Innovación Digital.',
    city: 'Cajamarca',
    region: 'Cajamarca',
    country: 'PE',
    focusAreas: PERU_FOCUS,
    networks: [LABS_NETWORK.id],
  },
  {
    id: 'co-laboratorio-innovacion-publica-bucaramanga',
    name: 'Laboratorio de Innovación Pública de Bucaramanga (en diseño)',
    sector: 'public',
    description:
      'Proyecto de la Alcaldía de Bucaramanga: un laboratorio que integre a la ciudadanía en el diseño, la implementación y la evaluación de políticas públicas y proyectos municipales. En diciembre de 2024 un taller en línea con universidades y centros de productividad de la región inició su diagnóstico.',
    city: 'Bucaramanga',
    region: 'Santander',
    country: 'CO',
    focusAreas: ['Innovación pública', 'Participación ciudadana', 'Cultura del dato'],
  },
  {
    id: 'pe-ejemplo-arequipa',
    name: 'Laboratorio universitario de innovación digital (ejemplo)',
    sector: 'academia',
    description:
      'Dato de ejemplo: un laboratorio inventado de la academia, como los 40 de universidades que tiene la Red Nacional de Laboratorios de Innovación Digital. Muestra todos los campos; reemplácelo por uno real o bórrelo.',
    website: 'https://example.org/laboratorios/pe-ejemplo-arequipa',
    email: 'laboratorio@example.org',
    city: 'Arequipa',
    region: 'Arequipa',
    country: 'PE',
    coordinates: { lat: -16.3988, lng: -71.5369 },
    focusAreas: ['Inteligencia artificial', 'Talento digital'],
    networks: [LABS_NETWORK.id],
    founded: 2021,
    exampleData: true,
  },
];

/** A stream as the editor stores it: wall times and their zone (the feed has offsets). */
export type SampleStream = Omit<GovStream, 'scheduledStart' | 'scheduledEnd'> & { scheduledStart: string; scheduledEnd: string; timeZone: string };

/** The streams of the two sample panels (their eventId is the event's file name). */
export const SAMPLE_STREAMS: readonly SampleStream[] = [
  {
    id: 'transmision-verano-2022-panel-1',
    title: 'Verano de Datos Abiertos — Panel 1: Ecosistema GovTech en la Región',
    videoId: 'ejVerano221',
    eventId: 'verano-2022-panel-1-ecosistema-govtech',
    channel: { name: 'FLACSO Chile' },
    scheduledStart: '2022-02-23T17:00',
    scheduledEnd: '2022-02-23T18:00',
    timeZone: STARTER_TIME_ZONE,
    exampleData: true,
  },
  {
    id: 'transmision-verano-2022-panel-2',
    title: 'Verano de Datos Abiertos — Panel 2: Digitalización municipal y datos abiertos',
    videoId: 'ejVerano222',
    eventId: 'verano-2022-panel-2-digitalizacion-municipal',
    channel: { name: 'FLACSO Chile' },
    scheduledStart: '2022-02-24T16:00',
    scheduledEnd: '2022-02-24T17:00',
    timeZone: STARTER_TIME_ZONE,
    exampleData: true,
  },
];

/**
 * A data file as Decap writes it (an object with the list under the items' name), with a comment for
 * whoever opens it by hand (the editor drops it on its first save).
 */
export function dataFile(items: string, list: readonly object[], comment: string): string {
  const lines = comment.split('\n').map((line) => `# ${line}`.trimEnd());
  return `${lines.join('\n')}\n${stringify({ [items]: list }, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
