/** Problems found while building, reported as { file, line, field, message, hint } in Spanish or English. */
export type Lang = 'es' | 'en';
export type Severity = 'error' | 'warning';

export interface Problem {
  readonly severity: Severity;
  /** Path of the source file, as the config names it (relative to the config's folder). */
  readonly file: string;
  /** 1-based line in that file, when known. */
  readonly line?: number;
  /** The feed field (or front-matter key) concerned. */
  readonly field?: string;
  readonly message: string;
  readonly hint?: string;
}

type Params = Record<string, string | number>;
type Text = (p: Params) => string;
interface Entry {
  readonly severity: Severity;
  readonly es: readonly [Text, Text?];
  readonly en: readonly [Text, Text?];
}

/** Every message the builder can report, [message, hint] per language. */
const MESSAGES = {
  'read-failed': {
    severity: 'error',
    es: [(p) => `no se pudo leer el archivo: ${p.reason}`, () => 'Compruebe que el archivo existe y es legible.'],
    en: [(p) => `cannot read the file: ${p.reason}`, () => 'Check that the file exists and is readable.'],
  },
  'no-front-matter': {
    severity: 'error',
    es: [() => 'el archivo no empieza con un bloque de front matter (---)', () => 'La primera línea debe ser --- y el bloque debe cerrarse con otra línea ---.'],
    en: [() => 'the file does not start with a front-matter block (---)', () => 'The first line must be --- and the block must be closed by another --- line.'],
  },
  'unclosed-front-matter': {
    severity: 'error',
    es: [() => 'el front matter no se cierra', () => 'Añada una línea --- al final del bloque YAML.'],
    en: [() => 'the front matter is not closed', () => 'Add a --- line at the end of the YAML block.'],
  },
  'yaml-error': {
    severity: 'error',
    es: [(p) => `YAML inválido: ${p.reason}`, () => 'Revise la sangría, los dos puntos y las comillas de esa línea.'],
    en: [(p) => `invalid YAML: ${p.reason}`, () => 'Check the indentation, colons and quotes on that line.'],
  },
  'not-a-map': {
    severity: 'error',
    es: [() => 'el front matter no es una lista de campos clave: valor', () => 'Escriba un campo por línea, como title: Mi evento.'],
    en: [() => 'the front matter is not a list of key: value fields', () => 'Write one field per line, such as title: My event.'],
  },
  'missing-field': {
    severity: 'error',
    es: [(p) => `falta el campo obligatorio "${p.key}"`, (p) => `Añada ${p.key}: … al front matter.`],
    en: [(p) => `the required field "${p.key}" is missing`, (p) => `Add ${p.key}: … to the front matter.`],
  },
  'not-text': {
    severity: 'error',
    es: [(p) => `"${p.key}" debe ser texto`, () => 'Escriba el valor como texto, entre comillas si hace falta.'],
    en: [(p) => `"${p.key}" must be text`, () => 'Write the value as text, in quotes if needed.'],
  },
  'bad-date': {
    severity: 'error',
    es: [(p) => `fecha ilegible en "${p.key}": ${p.value}`, () => 'Use AAAA-MM-DD, o AAAA-MM-DDTHH:MM con o sin zona (por ejemplo 2022-02-23T17:00:00-03:00).'],
    en: [(p) => `unreadable date in "${p.key}": ${p.value}`, () => 'Use YYYY-MM-DD, or YYYY-MM-DDTHH:MM with or without an offset (e.g. 2022-02-23T17:00:00-03:00).'],
  },
  'bad-time-zone': {
    severity: 'error',
    es: [(p) => `zona horaria desconocida: ${p.value}`, () => 'Use un nombre IANA como America/Santiago o America/Guatemala.'],
    en: [(p) => `unknown time zone: ${p.value}`, () => 'Use an IANA name such as America/Santiago or America/Guatemala.'],
  },
  'bad-boolean': {
    severity: 'warning',
    es: [(p) => `"${p.key}" debe ser true o false; se usa false`, () => 'Escriba true o false sin comillas.'],
    en: [(p) => `"${p.key}" must be true or false; false is used`, () => 'Write true or false without quotes.'],
  },
  'bad-url': {
    severity: 'warning',
    es: [(p) => `enlace inválido en "${p.key}": ${p.value}; se omite`, () => 'Use una URL http(s) completa, o una ruta que empiece por / junto con siteUrl en la configuración.'],
    en: [(p) => `invalid link in "${p.key}": ${p.value}; left out`, () => 'Use a full http(s) URL, or a path starting with / together with siteUrl in the config.'],
  },
  'bad-id': {
    severity: 'error',
    es: [(p) => `no se puede formar un id a partir de "${p.value}"`, () => 'Renombre el archivo con letras, dígitos y guiones, o dé un campo id.'],
    en: [(p) => `cannot make an id from "${p.value}"`, () => 'Rename the file with letters, digits and dashes, or give an id field.'],
  },
  'duplicate-id': {
    severity: 'error',
    es: [(p) => `id duplicado "${p.id}" (ya usado en ${p.other}); se descarta este`, () => 'Cada evento necesita un id único: renombre uno de los archivos o cambie su campo id.'],
    en: [(p) => `duplicate id "${p.id}" (already used in ${p.other}); this one is dropped`, () => 'Every event needs a unique id: rename one of the files or change its id field.'],
  },
  'unknown-key': {
    severity: 'warning',
    es: [(p) => `campo "${p.key}" sin uso en el mapeo; se ignora`, () => 'Añádalo a "fields" en la configuración, o a "ignore" si no hace falta.'],
    en: [(p) => `field "${p.key}" is not mapped; ignored`, () => 'Add it to "fields" in the config, or to "ignore" if it is not needed.'],
  },
  'invalid-event': {
    severity: 'error',
    es: [(p) => `el evento no cumple el contrato del feed: ${p.reason}`, () => 'Corrija el valor de ese campo; docs/feeds.md describe cada campo.'],
    en: [(p) => `the event does not meet the feed contract: ${p.reason}`, () => 'Fix that field\'s value; docs/feeds.md describes every field.'],
  },
  'no-files': {
    severity: 'warning',
    es: [() => 'la carpeta no tiene archivos .md ni .markdown', () => 'Compruebe la ruta "path" de la fuente en la configuración.'],
    en: [() => 'the folder has no .md or .markdown files', () => 'Check the source\'s "path" in the config.'],
  },
  'config-invalid': {
    severity: 'error',
    es: [(p) => `configuración inválida en ${p.path}: ${p.reason}`, () => 'Corrija ese campo; un editor con $schema (config.schema.json) lo señala y completa.'],
    en: [(p) => `invalid config at ${p.path}: ${p.reason}`, () => 'Fix that field; an editor given $schema (config.schema.json) flags and completes it.'],
  },
  'config-unknown-key': {
    severity: 'warning',
    es: [(p) => `campo desconocido "${p.key}" en la configuración; se ignora`, () => 'Revise la ortografía: config.schema.json lista los campos válidos.'],
    en: [(p) => `unknown field "${p.key}" in the config; ignored`, () => 'Check the spelling: config.schema.json lists the valid fields.'],
  },
  'bad-config': {
    severity: 'error',
    es: [(p) => `configuración inválida: ${p.reason}`, () => 'Revise feeds.config.json.'],
    en: [(p) => `invalid config: ${p.reason}`, () => 'Check feeds.config.json.'],
  },
} satisfies Record<string, Entry>;

export type ProblemCode = keyof typeof MESSAGES;

export interface ProblemInput {
  readonly file: string;
  readonly line?: number;
  readonly field?: string;
  readonly params?: Params;
}

/** Makes a problem in `lang` from its code. */
export function problem(code: ProblemCode, lang: Lang, { file, line, field, params = {} }: ProblemInput): Problem {
  const entry: Entry = MESSAGES[code];
  const [message, hint] = entry[lang];
  return {
    severity: entry.severity,
    file,
    ...(line !== undefined ? { line } : {}),
    ...(field !== undefined ? { field } : {}),
    message: message(params),
    ...(hint ? { hint: hint(params) } : {}),
  };
}

/** One plain line per problem: `file:line [field] error: message (hint)`. */
export function formatProblem(p: Problem, lang: Lang): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}` : p.file;
  const severity = lang === 'es' ? (p.severity === 'error' ? 'error' : 'aviso') : p.severity;
  const field = p.field ? ` [${p.field}]` : '';
  const hint = p.hint ? ` — ${p.hint}` : '';
  return `${where}${field} ${severity}: ${p.message}${hint}`;
}
