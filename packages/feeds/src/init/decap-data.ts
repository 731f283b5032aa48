/**
 * Decap collections for the `data` sources of labs and streams: a files collection whose one file is
 * the source's YAML, with one list field named as the items (`labs:` / `streams:`), which is the shape a
 * data source reads. Each list item's fields are the SDK object's own; their validation patterns and
 * bounds are taken from the SDK's schemas (as JSON Schema), so the editor refuses what the build would.
 *
 * Empty optional fields: Decap writes them as '' or null (a number widget too), and an untouched
 * optional object as an object of empty fields; the data source reads those as "not given". Stream
 * times: wall times with a `timeZone` field, as the events' (see decap.ts for why).
 */
import { Lab, Stream, YOUTUBE_ID_PATTERN } from '@govtech-network/sdk';
import * as z from 'zod/v4/mini';
import type { DataSourceConfig, FeedsConfig } from '../config.js';
import { networkOptions, timeZoneField, WALL_TIME_WIDGET, type Field } from './decap-fields.js';

/** A files collection editing the list of one data source. */
export interface DecapDataCollection {
  readonly name: string;
  readonly label: string;
  readonly description: string;
  /** The data source the collection writes (its `path` is the file, its `items` the list's name). */
  readonly source: DataSourceConfig & { readonly items: 'labs' | 'streams' };
  /** Streams: the Markdown collection whose entries an eventId names (by file name, the event's id). */
  readonly eventsCollection?: string;
}

type JsonSchema = { properties?: Record<string, JsonSchema>; pattern?: string; minimum?: number; maximum?: number };
const jsonOf = (schema: typeof Lab | typeof Stream) => z.toJSONSchema(schema, { io: 'input' }) as JsonSchema;

/** The SDK's pattern of a field (`coordinates.lat` for a nested one), with the message Decap shows. */
function patternOf(schema: JsonSchema, path: string, message: string): [string, string] {
  const field = path.split('.').reduce<JsonSchema | undefined>((node, key) => node?.properties?.[key], schema);
  if (!field?.pattern) throw new Error(`no pattern for ${path} in the SDK schema`); // a contract change: caught by the tests
  return [field.pattern, message];
}

function boundsOf(schema: JsonSchema, path: string): { min: number; max: number } {
  const field = path.split('.').reduce<JsonSchema | undefined>((node, key) => node?.properties?.[key], schema);
  if (field?.minimum === undefined || field.maximum === undefined) throw new Error(`no bounds for ${path} in the SDK schema`);
  return { min: field.minimum, max: field.maximum };
}

const ID_HINT = 'Corto, sin espacios ni tildes, y que no cambie: los widgets lo usan para enlazar. Por ejemplo';
const LINK_MESSAGE = 'Escriba un enlace completo que empiece por https://';

/** Sector: Spanish labels, feed values. */
export const SECTOR_OPTIONS = [
  { label: 'Academia', value: 'academia' },
  { label: 'Sector público', value: 'public' },
  { label: 'Sector privado', value: 'private' },
  { label: 'Sociedad civil', value: 'civil-society' },
];

/** Countries offered for a lab (Latin America, Spain and Portugal); another is one more line in admin/config.yml. */
export const EDITOR_COUNTRIES: readonly (readonly [code: string, name: string])[] = [
  ['AR', 'Argentina'],
  ['BO', 'Bolivia'],
  ['BR', 'Brasil'],
  ['CL', 'Chile'],
  ['CO', 'Colombia'],
  ['CR', 'Costa Rica'],
  ['CU', 'Cuba'],
  ['EC', 'Ecuador'],
  ['SV', 'El Salvador'],
  ['ES', 'España'],
  ['GT', 'Guatemala'],
  ['HN', 'Honduras'],
  ['MX', 'México'],
  ['NI', 'Nicaragua'],
  ['PA', 'Panamá'],
  ['PY', 'Paraguay'],
  ['PE', 'Perú'],
  ['PT', 'Portugal'],
  ['PR', 'Puerto Rico'],
  ['DO', 'República Dominicana'],
  ['UY', 'Uruguay'],
  ['VE', 'Venezuela'],
];

const STREAM_STATUS = [
  { label: 'Próxima', value: 'upcoming' },
  { label: 'En vivo', value: 'live' },
  { label: 'Terminada', value: 'ended' },
];

const optional = { required: false } as const;

function labFields(config: FeedsConfig): Field[] {
  const labJson = jsonOf(Lab);
  const lat = boundsOf(labJson, 'coordinates.lat');
  const lng = boundsOf(labJson, 'coordinates.lng');
  return [
    { name: 'id', label: 'Identificador', widget: 'string', pattern: patternOf(labJson, 'id', 'Solo letras, números, guiones, puntos o dos puntos, sin espacios'), hint: `${ID_HINT} pe-laboratorio-gore-cajamarca.` },
    { name: 'name', label: 'Nombre', widget: 'string' },
    { name: 'sector', label: 'Sector', widget: 'select', options: SECTOR_OPTIONS },
    { name: 'description', label: 'Descripción', widget: 'text', ...optional },
    { name: 'website', label: 'Sitio web', widget: 'string', ...optional, pattern: patternOf(labJson, 'website', LINK_MESSAGE) },
    { name: 'email', label: 'Correo', widget: 'string', ...optional, pattern: patternOf(labJson, 'email', 'Escriba un correo como nombre@dominio.org') },
    { name: 'city', label: 'Ciudad', widget: 'string', ...optional },
    { name: 'region', label: 'Región, departamento o provincia', widget: 'string', ...optional },
    { name: 'country', label: 'País', widget: 'select', options: EDITOR_COUNTRIES.map(([value, label]) => ({ label, value })) },
    {
      name: 'coordinates',
      label: 'Ubicación en el mapa',
      widget: 'object',
      ...optional,
      collapsed: true,
      hint: 'En grados decimales, como en Google Maps (Lima: -12.0464 y -77.0428). Las dos o ninguna.',
      fields: [
        { name: 'lat', label: 'Latitud', widget: 'number', value_type: 'float', ...lat, ...optional },
        { name: 'lng', label: 'Longitud', widget: 'number', value_type: 'float', ...lng, ...optional },
      ],
    },
    { name: 'focusAreas', label: 'Áreas de trabajo', widget: 'list', ...optional, hint: 'Separadas por comas.' },
    { name: 'networks', label: 'Redes', widget: 'select', multiple: true, ...optional, options: networkOptions(config) },
    { name: 'founded', label: 'Año de fundación', widget: 'number', value_type: 'int', ...boundsOf(labJson, 'founded'), ...optional },
    {
      name: 'logo',
      label: 'Logo',
      widget: 'object',
      ...optional,
      collapsed: true,
      fields: [
        { name: 'url', label: 'Enlace a la imagen', widget: 'string', ...optional, pattern: patternOf(labJson, 'logo.url', LINK_MESSAGE) },
        { name: 'alt', label: 'Texto alternativo', widget: 'string', ...optional, default: '', hint: 'Qué muestra el logo; vacío si el nombre ya está al lado.' },
      ],
    },
    { name: 'exampleData', label: 'Dato de ejemplo (inventado)', widget: 'boolean', ...optional, default: false, hint: 'Los widgets lo señalan. Desmárquelo al reemplazarlo por datos reales.' },
  ];
}

function streamFields(source: DataSourceConfig, eventsCollection: string | undefined): Field[] {
  const streamJson = jsonOf(Stream);
  const zone = source.timeZone ?? 'UTC';
  const when = (name: string, label: string, hint: string): Field => ({ name, label, ...WALL_TIME_WIDGET, ...optional, hint });
  return [
    { name: 'id', label: 'Identificador', widget: 'string', pattern: patternOf(streamJson, 'id', 'Solo letras, números, guiones, puntos o dos puntos, sin espacios'), hint: `${ID_HINT} transmision-panel-1.` },
    { name: 'title', label: 'Título', widget: 'string' },
    {
      name: 'videoId',
      label: 'Id del video de YouTube',
      widget: 'string',
      pattern: [YOUTUBE_ID_PATTERN.source, 'Son 11 letras, números, - o _: lo que sigue a watch?v= en el enlace del video'],
      hint: 'En https://www.youtube.com/watch?v=dQw4w9WgXcQ o https://youtu.be/dQw4w9WgXcQ es dQw4w9WgXcQ.',
    },
    eventsCollection
      ? {
          name: 'eventId',
          label: 'Evento que se transmite',
          widget: 'relation',
          collection: eventsCollection,
          value_field: '{{slug}}',
          search_fields: ['title'],
          display_fields: ['title'],
          ...optional,
          hint: 'Búsquelo por su título. El widget de la transmisión lo enlaza con el evento.',
        }
      : { name: 'eventId', label: 'Id del evento que se transmite', widget: 'string', ...optional },
    {
      name: 'channel',
      label: 'Canal',
      widget: 'object',
      ...optional,
      collapsed: true,
      fields: [
        { name: 'name', label: 'Nombre del canal', widget: 'string', ...optional },
        { name: 'url', label: 'Enlace al canal', widget: 'string', ...optional, pattern: patternOf(streamJson, 'channel.url', LINK_MESSAGE) },
      ],
    },
    when('scheduledStart', 'Inicio programado', 'Fecha y hora en el lugar del evento (en la zona horaria de abajo), no en la de quien edita.'),
    when('scheduledEnd', 'Fin programado', 'Opcional, en la misma zona.'),
    timeZoneField(zone, 'Dónde ocurre: las horas de esta transmisión se leen en esta zona.'),
    when('actualStart', 'Inicio real', 'Opcional: cuándo empezó de verdad, si no fue a la hora programada.'),
    when('actualEnd', 'Fin real', 'Opcional: cuándo terminó de verdad.'),
    { name: 'status', label: 'Estado', widget: 'select', ...optional, options: STREAM_STATUS, hint: 'Déjelo vacío: se deduce de las horas. Úselo solo para corregirlo (por ejemplo, una transmisión que se alargó).' },
    { name: 'exampleData', label: 'Dato de ejemplo (inventado)', widget: 'boolean', ...optional, default: false, hint: 'Los widgets lo señalan. Desmárquelo al poner el video real.' },
  ];
}

/** The collection as admin/config.yml holds it. */
export function dataCollectionConfig(collection: DecapDataCollection, config: FeedsConfig): Record<string, unknown> {
  const { source } = collection;
  const labs = source.items === 'labs';
  return {
    name: collection.name,
    label: collection.label,
    description: collection.description,
    format: 'yml',
    files: [
      {
        name: collection.name,
        label: collection.label,
        file: source.path,
        fields: [
          {
            name: source.items,
            label: collection.label,
            label_singular: labs ? 'Laboratorio' : 'Transmisión',
            widget: 'list',
            collapsed: true,
            summary: labs ? '{{fields.name}} · {{fields.city}}' : '{{fields.scheduledStart}} · {{fields.title}}',
            fields: labs ? labFields(config) : streamFields(source, collection.eventsCollection),
          },
        ],
      },
    ],
  };
}
