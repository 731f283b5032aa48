import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildFeed } from './build.js';
import { checkConfig, pathText } from './config-check.js';
import type { FeedsConfig } from './config.js';
import { SOURCE_TYPES } from './sources/index.js';

/** Every source type, as the message lists them (one per registered reader). */
const SOURCE_TYPE_NAMES = SOURCE_TYPES.join(', ');

const fixtureConfig = fileURLToPath(new URL('../test/fixtures/site/feeds.config.json', import.meta.url));

// Line numbers matter: the problems name them.
const BROKEN = `$schema: ./node_modules/@govtech-network/feeds/config.schema.json
lang: fr
colour: blue
networks:
  - id: red chile
    name: Red
sources:
  - type: markdown
    path: eventos
    timeZone: Mars/Olympus
    fields:
      titulo: title
  - type: spreadsheet
    path: labs.xlsx
`;

describe('checkConfig', () => {
  it('accepts the fixture config and a $schema key', async () => {
    const config = JSON.parse(await readFile(fixtureConfig, 'utf8')) as FeedsConfig;
    expect(checkConfig(config, 'es')).toEqual([]);
    expect(checkConfig({ ...config, $schema: 'https://example.org/config.schema.json' }, 'es')).toEqual([]);
  });

  it('names the path and the line of each mistake, in Spanish', () => {
    const problems = checkConfig(parseYaml(BROKEN), 'es', { file: 'feeds.config.yaml', text: BROKEN });
    expect(problems.map((p) => [p.severity, p.line, p.field, p.message])).toEqual([
      ['error', 2, 'lang', 'configuración inválida en lang: debe ser uno de: es, en'],
      ['warning', 3, 'colour', 'campo desconocido "colour" en la configuración; se ignora'],
      ['error', 5, 'networks[0].id', 'configuración inválida en networks[0].id: debe ser un id de letras, dígitos, ".", "_", ":" o "-" (como máximo 128)'],
      ['error', 10, 'sources[0].timeZone', 'configuración inválida en sources[0].timeZone: debe ser una zona horaria IANA, como America/Santiago'],
      ['warning', 12, 'sources[0].fields.titulo', 'campo desconocido "titulo" en la configuración; se ignora'],
      ['error', 13, 'sources[1].type', `configuración inválida en sources[1].type: tipo desconocido "spreadsheet"; tipos posibles: ${SOURCE_TYPE_NAMES}`],
    ]);
    expect(problems.every((p) => p.file === 'feeds.config.yaml' && p.hint)).toBe(true);
  });

  it('says what is missing or of the wrong type, in English', () => {
    const problems = checkConfig({ sources: [{ type: 'markdown', timeZone: 'America/Lima' }], networks: {} }, 'en');
    expect(problems.map((p) => p.message)).toEqual([
      'invalid config at networks: must be a list',
      'invalid config at sources[0].path: this required field is missing',
    ]);
    expect(checkConfig({}, 'en').map((p) => p.field)).toEqual(['sources']);
  });

  it('finds lines in a JSON config too', () => {
    const text = '{\n  "sources": [\n    { "type": "markdown", "path": "", "timeZone": "America/Lima" }\n  ]\n}\n';
    expect(checkConfig(JSON.parse(text), 'en', { file: 'feeds.config.json', text })).toEqual([
      expect.objectContaining({ line: 3, field: 'sources[0].path', message: 'invalid config at sources[0].path: must not be empty' }),
    ]);
  });

  it('pathText writes paths as a reader of the file does', () => {
    expect(pathText(['sources', 0, 'defaults', 'location', 'city'])).toBe('sources[0].defaults.location.city');
    expect(pathText([])).toBe('');
  });
});

describe('buildFeed and the config schema', () => {
  it('stops on a config error before reading any source, naming the config file', async () => {
    const result = await buildFeed(parseYaml(BROKEN) as FeedsConfig, {
      outDir: '/nonexistent/never-written',
      configSource: { file: 'feeds.config.yaml', text: BROKEN },
      env: {},
    });
    expect(result).toMatchObject({ ok: false, written: false, events: 0 });
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.field)).toEqual(['lang', 'networks[0].id', 'sources[0].timeZone', 'sources[1].type']);
  });
});
