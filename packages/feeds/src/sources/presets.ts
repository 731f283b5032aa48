/** Built-in field mappings for known content models. */
import type { DateMode } from '../dates.js';
import type { FieldMapping, PresetName } from '../config.js';

export interface Preset {
  readonly fields: FieldMapping;
  readonly dates: DateMode;
}

/** A mapping without a preset: feed field names are the front-matter keys. */
export const PLAIN: Preset = {
  dates: 'datetime',
  fields: {
    id: 'id',
    title: 'title',
    start: 'start',
    end: 'end',
    timeZone: 'timeZone',
    description: 'description',
    outcomes: 'outcomes',
    highlight: 'highlight',
    image: 'image',
    imageAlt: 'imageAlt',
    onlineUrl: 'onlineUrl',
    registrationUrl: 'registrationUrl',
    kind: 'kind',
    attendance: 'attendance',
    topics: 'topics',
    network: 'network',
  },
};

export const PRESETS: Record<PresetName, Preset> = {
  /**
   * The Mesa de Innovadores Públicos (Guatemala): Decap fields enlace, title, imagen, date, descripcion,
   * acuerdos, video, minuta, documentosads, highlight. `date` is the meeting's day (Decap saved it as a
   * UTC instant), `enlace` is the site's menu section and means nothing to the feed.
   */
  mesa: {
    dates: 'date-only',
    fields: {
      title: 'title',
      start: 'date',
      description: 'descripcion',
      outcomes: 'acuerdos',
      highlight: 'highlight',
      image: 'imagen',
      onlineUrl: 'video',
      documents: [
        { key: 'minuta', kind: 'minutes', title: 'Minuta' },
        { key: 'documentosads', kind: 'slides', title: 'Presentación' },
      ],
      ignore: ['enlace'],
    },
  },
};
