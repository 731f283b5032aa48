import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DataSourceConfig } from '../config.js';
import { readDataSource } from './data.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/tables/', import.meta.url));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'govtech-data-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Reads `text` written as `name` with a data source of `items`. */
async function readText(name: string, text: string, items: DataSourceConfig['items'], extra: Partial<DataSourceConfig> = {}) {
  await writeFile(join(dir, name), text);
  return readDataSource({ type: 'data', path: name, items, ...extra }, { configDir: dir, lang: 'en' });
}

describe('readDataSource', () => {
  it('reads the fixture streams (a plain list) and networks (under `networks:`), with their lines', async () => {
    const context = { configDir: fixtures, lang: 'es' as const };
    const streams = await readDataSource({ type: 'data', path: 'streams.yaml', items: 'streams' }, context);
    expect(streams.problems).toEqual([]);
    expect(streams.streams!.map((stream) => [stream.file, stream.line, stream.item.id, stream.item.videoId])).toEqual([
      ['streams.yaml', 2, 'verano-2022-panel-1', 'ejVerano221'],
      ['streams.yaml', 10, 'verano-2022-panel-2', 'ejVerano222'],
    ]);
    // Unquoted YAML date-times stay the text they are: the schema checks the offset.
    expect(streams.streams![0]!.item).toMatchObject({ scheduledStart: '2022-02-23T17:00:00-03:00', channel: { name: 'FLACSO Chile' }, exampleData: true });
    const networks = await readDataSource({ type: 'data', path: 'networks.yaml', items: 'networks' }, context);
    expect(networks.networks!.map((network) => [network.line, network.item.id])).toEqual([
      [3, 'red-labs-peru'],
      [6, 'lab-innovacion-bucaramanga'],
      [9, 'verano-datos-abiertos'],
    ]);
  });

  it('drops a bad item, naming the line of the very field and the schema reason, and keeps the good ones', async () => {
    const text = [
      'streams:',
      '  - id: ok-1',
      '    videoId: dQw4w9WgXcQ',
      '    title: Bien',
      '  - id: bad-video',
      '    title: Mal',
      '    videoId: https://youtu.be/dQw4w9WgXcQ',
      '  - id: no-title',
      '    videoId: dQw4w9WgXcR',
      // A channel with a link and an empty name is not empty: its name is missing (an all-empty one is left out).
      '    channel: { name: "", url: "https://www.youtube.com/@ejemplo" }',
      '',
    ].join('\n');
    const read = await readText('streams.yaml', text, 'streams');
    expect(read.streams!.map((stream) => stream.item.id)).toEqual(['ok-1']);
    expect(read.problems.map((p) => [p.severity, p.file, p.line, p.field])).toEqual([
      ['error', 'streams.yaml', 7, 'videoId'],
      ['error', 'streams.yaml', 8, 'title'],
      ['error', 'streams.yaml', 10, 'channel.name'],
    ]);
    expect(read.problems[0]!.message).toBe('the stream does not meet the feed contract: must be a YouTube video id: 11 of A-Z a-z 0-9 _ -; dropped');
  });

  it('reads JSON too, with lines, e.g. a streams.json in feed shape', async () => {
    const json = JSON.stringify({ schemaVersion: 1, streams: [{ id: 'a', videoId: 'dQw4w9WgXcQ', title: 'A' }, { id: 'b', videoId: 'x', title: 'B' }] }, null, 2);
    const read = await readText('streams.json', json, 'streams');
    expect(read.streams!.map((stream) => [stream.line, stream.item.id])).toEqual([[4, 'a']]);
    expect(read.problems).toEqual([expect.objectContaining({ severity: 'error', line: 11, field: 'videoId' })]);
  });

  it('warns about keys the object does not have (a typo the schema would drop silently)', async () => {
    const read = await readText('networks.yaml', '- id: red-x\n  name: Red X\n  pais: PE\n', 'networks');
    expect(read.networks!.map((network) => network.item)).toEqual([{ id: 'red-x', name: 'Red X' }]);
    expect(read.problems).toEqual([expect.objectContaining({ severity: 'warning', line: 3, field: 'pais', message: 'unknown field "pais"; ignored' })]);
  });

  it('applies `defaults` under each item, and reads labs and events in feed shape', async () => {
    const labs = await readText('labs.yaml', '- id: lab-1\n  name: Lab\n  sector: public\n- id: lab-2\n  name: Lab 2\n  sector: academia\n  country: CL\n', 'labs', {
      defaults: { country: 'PE', exampleData: true },
    });
    expect(labs.problems).toEqual([]);
    expect(labs.labs!.map((lab) => [lab.item.id, lab.item.country, lab.item.exampleData])).toEqual([
      ['lab-1', 'PE', true],
      ['lab-2', 'CL', true],
    ]);
    const events = await readText('events.yaml', 'events:\n  - id: e1\n    title: Panel\n    start: 2022-02-23T17:00:00-03:00\n    timeZone: America/Santiago\n  - id: e2\n    title: Mal\n    start: 2022-02-23\n    timeZone: America/Santiago\n', 'events');
    expect(events.events!.map((event) => [event.item.id, event.item.allDay, event.item.kind])).toEqual([['e1', false, 'other']]);
    expect(events.problems).toEqual([expect.objectContaining({ severity: 'error', line: 8, field: 'start' })]);
  });

  it('leaves out empty optional values as Decap writes them (\'\', null, an object of empty fields); an empty required one is still missing', async () => {
    const text = [
      'labs:',
      '  - id: lab-1',
      '    name: Lab',
      '    sector: public',
      '    description: ""',
      '    website: ""',
      '    email: null',
      '    country: PE',
      '    coordinates: { lat: "", lng: "" }',
      '    focusAreas: []',
      '    founded: ""',
      '    logo: { url: "", alt: "" }',
      '    exampleData: false',
      '  - id: lab-2',
      '    name: ""',
      '    sector: academia',
      '    country: PE',
      '    coordinates: { lat: -12.05, lng: "" }',
      '',
    ].join('\n');
    const read = await readText('labs.yaml', text, 'labs');
    expect(read.labs!.map((lab) => lab.item)).toEqual([{ id: 'lab-1', name: 'Lab', sector: 'public', country: 'PE', focusAreas: [], exampleData: false }]);
    expect(read.problems.map((p) => [p.line, p.field])).toEqual([
      [15, 'name'],
      [18, 'coordinates.lng'],
    ]);
  });

  it('reads a stream\'s wall times in its timeZone, else the source\'s, and keeps instants as written', async () => {
    const text = [
      'streams:',
      '  - id: summer',
      '    videoId: ejVerano221',
      '    title: Verano',
      '    scheduledStart: 2022-02-23T17:00',
      '    scheduledEnd: 2022-02-23T18:00',
      '    timeZone: America/Santiago',
      '  - id: winter',
      '    videoId: ejVerano222',
      '    title: Invierno',
      '    scheduledStart: 2022-07-14T17:00',
      '    timeZone: America/Santiago',
      '  - id: source-zone',
      '    videoId: ejVerano223',
      '    title: Bogotá',
      '    scheduledStart: 2024-12-16T09:30',
      '    actualStart: 2024-12-16T14:31:00Z',
      '    timeZone: ""',
      '',
    ].join('\n');
    const read = await readText('streams.yaml', text, 'streams', { timeZone: 'America/Bogota' });
    expect(read.problems).toEqual([]);
    expect(read.streams!.map(({ item }) => [item.id, item.scheduledStart, item.scheduledEnd, item.actualStart])).toEqual([
      ['summer', '2022-02-23T17:00:00-03:00', '2022-02-23T18:00:00-03:00', undefined],
      ['winter', '2022-07-14T17:00:00-04:00', undefined, undefined],
      ['source-zone', '2024-12-16T09:30:00-05:00', undefined, '2024-12-16T14:31:00Z'],
    ]);
    expect(read.streams!.every(({ item }) => !('timeZone' in item))).toBe(true);
  });

  it('drops a stream whose wall time has no zone, a bad zone or an unreadable date, naming the field\'s line', async () => {
    const stream = (id: string, lines: string[]) => [`  - id: ${id}`, '    videoId: ejVerano221', `    title: ${id}`, ...lines];
    const text = [
      'streams:',
      ...stream('no-zone', ['    scheduledStart: 2022-02-23T17:00']),
      ...stream('bad-zone', ['    scheduledStart: 2022-02-23T17:00', '    timeZone: Santiago']),
      ...stream('bad-date', ['    scheduledStart: 2022-02-30T17:00', '    timeZone: America/Santiago']),
      ...stream('offset-only', ['    scheduledStart: 2022-02-23T17:00:00-03:00']),
      '',
    ].join('\n');
    const read = await readText('streams.yaml', text, 'streams');
    expect(read.streams!.map(({ item }) => item.id)).toEqual(['offset-only']);
    expect(read.problems.map((p) => [p.severity, p.line, p.field, p.message])).toEqual([
      ['error', 5, 'scheduledStart', 'the time in "scheduledStart" (2022-02-23T17:00) does not say which time zone it is in; dropped'],
      ['error', 10, 'timeZone', 'unknown time zone: Santiago'],
      ['error', 14, 'scheduledStart', 'unreadable date in "scheduledStart": 2022-02-30T17:00'],
    ]);
    const badSource = await readDataSource({ type: 'data', path: 'streams.yaml', items: 'streams', timeZone: 'Chile/Santiago ' }, { configDir: dir, lang: 'en' });
    expect(badSource.problems).toEqual([expect.objectContaining({ file: 'config', message: expect.stringContaining('data.timeZone must be an IANA time zone') })]);
  });

  it('reports malformed YAML, a file without the list, and an item that is not an object', async () => {
    const broken = await readText('s.yaml', '- id: a\n  title: [sin cerrar\n', 'streams');
    expect(broken.streams).toEqual([]);
    expect(broken.problems).toEqual([expect.objectContaining({ severity: 'error', file: 's.yaml', line: 2, message: expect.stringContaining('invalid YAML') })]);
    const wrongKey = await readText('n.yaml', 'redes:\n  - id: a\n', 'networks');
    expect(wrongKey.problems).toEqual([expect.objectContaining({ severity: 'error', line: 1, field: 'networks', message: 'the file has no list of networks' })]);
    const scalar = await readText('n2.yaml', '- red-x\n- id: red-y\n  name: Red Y\n', 'networks');
    expect(scalar.networks!.map((network) => network.item.id)).toEqual(['red-y']);
    expect(scalar.problems).toEqual([expect.objectContaining({ severity: 'error', line: 1, message: 'the item is not an object of key: value fields; dropped' })]);
  });

  it('reports a missing file and a bad config without throwing', async () => {
    const missing = await readDataSource({ type: 'data', path: 'nope.yaml', items: 'streams' }, { configDir: dir, lang: 'es' });
    expect(missing).toEqual({ streams: [], problems: [expect.objectContaining({ severity: 'error', file: 'nope.yaml' })] });
    const bad = await readDataSource({ type: 'data', path: 'x.yaml', items: 'videos' as never }, { configDir: dir, lang: 'en' });
    expect(bad.problems).toEqual([expect.objectContaining({ file: 'config', message: expect.stringContaining('data.items must be one of networks, streams, labs, events') })]);
  });

  it('reports progress every 500 items and at the end', async () => {
    const list = Array.from({ length: 1001 }, (_, index) => `- { id: red-${index}, name: Red ${index} }`).join('\n');
    await writeFile(join(dir, 'many.yaml'), list);
    const calls: number[] = [];
    const read = await readDataSource({ type: 'data', path: 'many.yaml', items: 'networks' }, { configDir: dir, lang: 'en', progress: (done) => calls.push(done) });
    expect(read.networks).toHaveLength(1001);
    expect(calls).toEqual([500, 1000, 1001]);
  });
});
