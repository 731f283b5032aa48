/**
 * A loaded config checked against its schema (config.ts): every issue becomes a problem naming the
 * field's path (`sources[0].timeZone`) and, given the file's text, its line. Unknown fields are warnings
 * (the build ignores them); anything else is an error that stops the build before a source is read.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type * as z from 'zod/v4/mini';
import { FeedsConfigSchema } from './config.js';
import { problem, type Lang, type Problem } from './problems.js';

/** The config file as the user knows it: its name in problems, and its text for line numbers. */
export interface ConfigSource {
  readonly file: string;
  readonly text?: string;
}

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** `sources[0].fields.titulo`, as a user reads it in the file. */
export function pathText(path: Path): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '');
}

const TYPE_NAMES: Record<Lang, Record<string, string>> = {
  es: { string: 'texto', number: 'un número', boolean: 'true o false', array: 'una lista', object: 'un objeto (campos clave: valor)' },
  en: { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'an object (key: value fields)' },
};

/** The SDK's format messages (English) as Spanish users read them. */
const SPANISH_FORMATS: readonly (readonly [string, string])[] = [
  ['must be an id of', 'debe ser un id de letras, dígitos, ".", "_", ":" o "-" (como máximo 128)'],
  ['must be an absolute http(s) URL', 'debe ser una URL http(s) completa'],
  ['must be an ISO 8601 date-time with offset', 'debe ser una fecha y hora ISO 8601 con zona, por ejemplo 2022-02-23T17:00:00-03:00'],
  ['must be an ISO 3166-1 alpha-2 country code', 'debe ser un código de país ISO 3166-1 de dos letras, como CL'],
  ['must be an IANA time zone', 'debe ser una zona horaria IANA, como America/Santiago'],
  ['must be a date YYYY-MM-DD', 'debe ser una fecha AAAA-MM-DD'],
];

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

const GENERIC = 'Invalid input';

/** Why one issue failed, in `lang`. */
function reasonOf(issue: Issue, data: unknown, lang: Lang): string {
  const es = lang === 'es';
  const list = (values: readonly unknown[]) => values.map((value) => String(value)).join(', ');
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(data, issue.path) === undefined) return es ? 'falta este campo obligatorio' : 'this required field is missing';
      const name = TYPE_NAMES[lang][issue.expected] ?? issue.expected;
      return es ? `debe ser ${name}` : `must be ${name}`;
    }
    case 'invalid_value':
      return es ? `debe ser uno de: ${list(issue.values)}` : `must be one of: ${list(issue.values)}`;
    case 'invalid_union':
      if (issue.discriminator !== undefined) {
        const value = String(valueAt(data, issue.path));
        const options = list((issue as { options?: unknown[] }).options ?? []);
        return es ? `tipo desconocido "${value}"; tipos posibles: ${options}` : `unknown type "${value}"; possible types: ${options}`;
      }
      return es ? 'no encaja con ninguna de las formas posibles' : 'matches none of the allowed forms';
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return es ? 'no puede estar vacío' : 'must not be empty';
      return es ? `es demasiado corto (mínimo ${issue.minimum})` : `is too short (at least ${issue.minimum})`;
    case 'too_big':
      return es ? `es demasiado largo (máximo ${issue.maximum})` : `is too long (at most ${issue.maximum})`;
    default: {
      if (issue.message === GENERIC) return es ? 'valor no válido' : 'invalid value';
      const spanish = es ? SPANISH_FORMATS.find(([prefix]) => issue.message.startsWith(prefix))?.[1] : undefined;
      return spanish ?? issue.message;
    }
  }
}

/** A function from a path in the config to its 1-based line, from the file's text (JSON is read as YAML). */
function lineFinder(text: string | undefined): (path: Path) => number | undefined {
  if (text === undefined) return () => undefined;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false });
  return (path) => {
    let node: unknown = doc.contents;
    let offset = (node as { range?: [number] } | null)?.range?.[0];
    for (const part of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(part));
        if (!pair) break;
        // The key's line: for a list or an object it is where the field starts.
        offset = (pair.key as { range?: [number] }).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number') {
        node = node.items[part];
        offset = (node as { range?: [number] } | undefined)?.range?.[0] ?? offset;
      } else break;
    }
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
}

/** Problems with `data` as a config (none when it is valid). */
export function checkConfig(data: unknown, lang: Lang, source: ConfigSource = { file: 'config' }): Problem[] {
  const parsed = FeedsConfigSchema.safeParse(data);
  if (parsed.success) return [];
  const lineOf = lineFinder(source.text);
  const problems: Problem[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push(problem('config-unknown-key', lang, { file: source.file, line: lineOf(path), field: pathText(path), params: { key } }));
      }
      continue;
    }
    const field = pathText(issue.path) || '(config)';
    problems.push(
      problem('config-invalid', lang, { file: source.file, line: lineOf(issue.path), field, params: { path: field, reason: reasonOf(issue, data, lang) } }),
    );
  }
  // In file order, as a reader goes through the file (sort is stable: same-line problems keep zod's order).
  return problems.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}
