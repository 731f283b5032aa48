/**
 * The Decap CMS admin `govtech-feeds init` writes: admin/config.yml, one folder collection per Markdown
 * source of the config (writing the front-matter keys that source reads, with Spanish labels), one files
 * collection per data source of labs or streams (decap-data.ts), and admin/index.html loading Decap from
 * its CDN.
 *
 * Dates: Decap's default datetime widget stores a UTC instant (decap-cms issue 7319) and date-only values
 * have shown on the day before in the Americas (issue 3640). So every date field stores what the editor
 * sees, without a zone: `format: YYYY-MM-DDTHH:mm` (a wall time) or `YYYY-MM-DD` (a day), with
 * `picker_utc: false` (the picker neither converts to nor from UTC). An explicit `timeZone` field says
 * which zone the wall time is in; the build (dates.ts) reads it there. `date_format` and `time_format`
 * spell the same storage format, so a Decap version that prefers them over `format` stores the same text.
 */
import { Document, isMap, isScalar, type YAMLMap } from 'yaml';
import type { FeedsConfig, MarkdownSourceConfig } from '../config.js';
import { dataCollectionConfig, type DecapDataCollection } from './decap-data.js';
import { DAY_WIDGET, LINK_PATTERN, networkOptions, timeZoneField, WALL_TIME_WIDGET, type Field } from './decap-fields.js';

const KINDS = [
  { label: 'Reunión', value: 'meeting' },
  { label: 'Panel', value: 'panel' },
  { label: 'Taller', value: 'workshop' },
  { label: 'Conferencia', value: 'conference' },
  { label: 'Webinar', value: 'webinar' },
  { label: 'Otro', value: 'other' },
];
const ATTENDANCE = [
  { label: 'En línea', value: 'online' },
  { label: 'Presencial', value: 'in-person' },
  { label: 'Mixta', value: 'mixed' },
];

/** One Decap collection: the Markdown source it writes for, and its labels. */
export interface DecapCollection {
  readonly name: string;
  readonly label: string;
  readonly labelSingular: string;
  readonly description: string;
  readonly source: MarkdownSourceConfig;
}

/** The fields of a collection: keys the source's plain mapping reads (see sources/presets.ts), and `body`. */
function fieldsOf(source: MarkdownSourceConfig, config: FeedsConfig): Field[] {
  const timed = (source.dates ?? 'datetime') === 'datetime';
  const defaults = source.defaults ?? {};
  const withDefault = (value: unknown) => (value === undefined ? {} : { default: value });
  const fields: (Field | false)[] = [
    { name: 'title', label: 'Título', widget: 'string' },
    timed
      ? { name: 'start', label: 'Inicio', hint: 'Fecha y hora en el lugar del evento (en la zona horaria de abajo), no en la de quien edita.', ...WALL_TIME_WIDGET }
      : { name: 'start', label: 'Día', hint: 'El día de la reunión; se publica ese mismo día en todas partes.', ...DAY_WIDGET },
    timed && { name: 'end', label: 'Fin', required: false, hint: 'Opcional: sin fin, el evento dura una hora.', ...WALL_TIME_WIDGET },
    timeZoneField(source.timeZone, 'Dónde ocurre el evento: la hora de inicio y de fin se leen en esta zona.'),
    { name: 'network', label: 'Red', widget: 'select', options: networkOptions(config), ...withDefault(defaults.network) },
    { name: 'kind', label: 'Tipo', widget: 'select', options: KINDS, ...withDefault(defaults.kind) },
    { name: 'attendance', label: 'Modalidad', widget: 'select', options: ATTENDANCE, ...withDefault(defaults.attendance) },
    { name: 'onlineUrl', label: 'Enlace para seguirlo en línea', widget: 'string', required: false, pattern: LINK_PATTERN, hint: 'Transmisión o videollamada.' },
    timed && { name: 'registrationUrl', label: 'Enlace de inscripción', widget: 'string', required: false, pattern: LINK_PATTERN },
    { name: 'image', label: 'Imagen', widget: 'image', required: false },
    { name: 'imageAlt', label: 'Texto alternativo de la imagen', widget: 'string', required: false, hint: 'Qué muestra la imagen, para quien no puede verla. Vacío si es decorativa.' },
    { name: 'topics', label: 'Temas', widget: 'list', required: false, hint: 'Separados por comas.' },
    { name: 'highlight', label: 'Destacado', widget: 'boolean', required: false, default: false },
    !timed && { name: 'outcomes', label: 'Acuerdos', widget: 'text', required: false },
    { name: 'body', label: 'Descripción', widget: 'markdown', required: false },
  ];
  return fields.filter((field): field is Field => field !== false);
}

const HEADER = ` Decap CMS para la agenda del feed GovTech (escrito por "govtech-feeds init").
 Documentación: https://decapcms.org/docs/configuration-options/

 Cada colección escribe lo que lee una fuente de la configuración del feed (feeds.config.*): los
 eventos, archivos Markdown en la carpeta de la fuente; los laboratorios y las transmisiones, la lista
 del archivo YAML de la fuente. Si cambia un "name" aquí, el build ya no lo lee (en los eventos, mapee
 la nueva clave en "fields" de la fuente); si añade una red en la configuración, añádala a los campos
 "Red" y "Redes".

 Fechas: se guardan como se ven, sin zona ("2022-02-23T17:00" o "2022-02-23"), y el campo "Zona
 horaria" dice dónde ocurre el evento. Así un panel a las 17:00 de Santiago sigue a las 17:00 de
 Santiago, lo edite quien lo edite desde cualquier país, y una reunión sin hora no cambia de día
 (Decap guarda por defecto un instante UTC: decap-cms issues 7319 y 3640).

 Las rutas (folder, file, media_folder) son desde la raíz del repositorio: si este proyecto está en
 una subcarpeta, antepóngala.`;

/** admin/config.yml for `collections`, with comments saying why its date fields are as they are. */
export function decapConfigYaml(config: FeedsConfig, collections: readonly DecapCollection[], dataCollections: readonly DecapDataCollection[] = []): string {
  const doc = new Document({
    backend: { name: 'git-gateway', branch: 'main' },
    local_backend: true,
    locale: 'es',
    media_folder: 'contenido/imagenes',
    public_folder: '/contenido/imagenes',
    slug: { encoding: 'ascii', clean_accents: true },
    collections: [
      ...collections.map((collection) => ({
        name: collection.name,
        label: collection.label,
        label_singular: collection.labelSingular,
        description: collection.description,
        folder: collection.source.path,
        create: true,
        extension: 'md',
        format: 'frontmatter',
        slug: '{{slug}}',
        summary: '{{start}} · {{title}}',
        sortable_fields: ['start', 'title'],
        fields: fieldsOf(collection.source, config),
      })),
      ...dataCollections.map((collection) => dataCollectionConfig(collection, config)),
    ],
  }, { aliasDuplicateObjects: false }); // each field spelled out: no YAML anchors for an editor to puzzle over
  doc.commentBefore = HEADER;
  const commentKey = (key: string, text: string) => {
    const pair = (doc.contents as YAMLMap).items.find((item) => isScalar(item.key) && item.key.value === key);
    if (pair && isScalar(pair.key)) pair.key.commentBefore = text;
  };
  commentKey('backend', ' Netlify Identity + Git Gateway; con GitHub: name: github y repo: organizacion/repositorio.');
  commentKey('local_backend', ' Edición local sin cuenta: "npx decap-server" en la raíz del repositorio, y abra /admin/.');
  collections.forEach((collection, index) => {
    const node = doc.getIn(['collections', index], true);
    const mode = collection.source.dates ?? 'datetime';
    if (isMap(node)) node.commentBefore = ` Escribe lo que lee la fuente "${collection.source.path}" (dates: ${mode}, zona por defecto ${collection.source.timeZone}).`;
  });
  dataCollections.forEach(({ source }, index) => {
    const node = doc.getIn(['collections', collections.length + index], true);
    const zone = source.timeZone ? `; horas sin zona: ${source.timeZone} o la del campo "Zona horaria"` : '';
    if (isMap(node)) node.commentBefore = ` Escribe la lista "${source.items}" que lee la fuente "${source.path}" (type: data, items: ${source.items}${zone}).`;
  });
  return doc.toString({ lineWidth: 0 });
}

/** admin/index.html: Decap from its CDN (unpkg, the latest 3.x), as its install guide shows. */
export const DECAP_INDEX_HTML = `<!doctype html>
<html lang="es">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>Editor de la agenda</title>
</head>
<body>
  <!-- Decap CMS desde su CDN: https://decapcms.org/docs/install-decap/ . Lee ./config.yml.
       Para fijar una versión, cambie ^3.0.0 por la exacta (por ejemplo 3.8.0). -->
  <script src="https://unpkg.com/decap-cms@^3.0.0/dist/decap-cms.js"></script>
</body>
</html>
`;
