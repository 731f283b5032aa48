/** The files of a starter project, by relative path: pure (the same options give the same bytes). */
import { Document, isMap, stringify } from 'yaml';
import type { FeedsConfig } from '../config.js';
import type { Lang } from '../problems.js';
import { DECAP_INDEX_HTML, decapConfigYaml, type DecapCollection } from './decap.js';
import type { DecapDataCollection } from './decap-data.js';
import { starterReadme } from './readme.js';
import { DAY_SOURCE, LABS_SOURCE, SAMPLE_EVENTS, starterConfig, STREAMS_SOURCE, TIMED_SOURCE } from './starter-config.js';
import { dataFile, SAMPLE_LABS, SAMPLE_STREAMS } from './starter-data.js';

export type ConfigFormat = 'json' | 'yaml';

export const CONFIG_FILE_NAMES: Record<ConfigFormat, string> = { json: 'feeds.config.json', yaml: 'feeds.config.yaml' };

export interface StarterOptions {
  readonly format: ConfigFormat;
  /** Language of the build's messages (the config's `lang`). */
  readonly lang: Lang;
  /** Where editors find config.schema.json: a path relative to the project, or a URL. */
  readonly schemaRef: string;
}

/** The Decap collections, one per Markdown source of the starter config. */
export const STARTER_COLLECTIONS: readonly DecapCollection[] = [
  {
    name: 'eventos',
    label: 'Eventos con hora',
    labelSingular: 'Evento',
    description: 'Paneles, talleres, webinars… con hora de inicio, en la hora del lugar del evento.',
    source: TIMED_SOURCE,
  },
  {
    name: 'reuniones',
    label: 'Reuniones (solo el día)',
    labelSingular: 'Reunión',
    description: 'Reuniones y jornadas de las que se publica el día, sin hora.',
    source: DAY_SOURCE,
  },
];

/** The Decap collections of the labs and streams lists (files collections, one YAML file each). */
export const STARTER_DATA_COLLECTIONS: readonly DecapDataCollection[] = [
  {
    name: 'laboratorios',
    label: 'Laboratorios',
    description: 'El directorio de laboratorios de la red: uno por elemento de la lista.',
    source: { ...LABS_SOURCE, items: 'labs' },
  },
  {
    name: 'transmisiones',
    label: 'Transmisiones',
    description: 'Transmisiones en YouTube de los eventos: el id del video y la hora, en la hora del lugar del evento.',
    source: { ...STREAMS_SOURCE, items: 'streams' },
    eventsCollection: 'eventos',
  },
];

function configText(config: FeedsConfig, options: StarterOptions): string {
  if (options.format === 'json') return JSON.stringify({ $schema: options.schemaRef, ...config }, null, 2) + '\n';
  const doc = new Document(config);
  // The modeline is how the YAML language server (VS Code's YAML extension) finds a schema.
  doc.commentBefore = [
    ` yaml-language-server: $schema=${options.schemaRef}`,
    ' Configuración de govtech-feeds: de dónde sale el feed. Campos: ver el esquema de arriba.',
  ].join('\n');
  const sourceComments = [
    ' Eventos con hora: el editor guarda la hora del lugar (2022-02-23T17:00) y se lee en la zona del evento.',
    ' Reuniones de las que se publica el día (2023-10-19): date-only lo mantiene en ese día.',
    ' Laboratorios: la lista que escribe el editor. Para llevarlos en Excel, ver LEEME.md (una sola lista).',
    ' Transmisiones: horas del lugar (2022-02-23T17:00), leídas en su "timeZone" o en la de aquí.',
  ];
  sourceComments.forEach((comment, index) => {
    const node = doc.getIn(['sources', index], true);
    if (isMap(node)) node.commentBefore = comment;
  });
  return doc.toString({ lineWidth: 0 });
}

/** A Markdown file as Decap writes it: YAML front matter (keys in field order), then the body. */
export function markdownFile(frontMatter: Readonly<Record<string, unknown>>, body: string): string {
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n${body}\n`;
}

const LABS_FILE_COMMENT = `Laboratorios del directorio (lo lee la fuente "${LABS_SOURCE.path}" de la configuración).
Se edita en el editor web (colección Laboratorios) o aquí; los campos están en LEEME.md.
Los marcados exampleData: true son inventados: reemplácelos o bórrelos.`;
const STREAMS_FILE_COMMENT = `Transmisiones (las lee la fuente "${STREAMS_SOURCE.path}" de la configuración).
Horas del lugar del evento, sin zona (2022-02-23T17:00), leídas en la zona de timeZone.
Los videos marcados exampleData: true son inventados: ponga el id del video real.`;

export function starterFiles(options: StarterOptions): Map<string, string> {
  const config = starterConfig(options.lang);
  const configName = CONFIG_FILE_NAMES[options.format];
  const files = new Map<string, string>();
  files.set(configName, configText(config, options));
  for (const sample of SAMPLE_EVENTS) files.set(sample.path, markdownFile(sample.frontMatter, sample.body));
  files.set(LABS_SOURCE.path, dataFile('labs', SAMPLE_LABS, LABS_FILE_COMMENT));
  files.set(STREAMS_SOURCE.path, dataFile('streams', SAMPLE_STREAMS, STREAMS_FILE_COMMENT));
  files.set('admin/config.yml', decapConfigYaml(config, STARTER_COLLECTIONS, STARTER_DATA_COLLECTIONS));
  files.set('admin/index.html', DECAP_INDEX_HTML);
  files.set('LEEME.md', starterReadme(configName, options.format));
  return files;
}
