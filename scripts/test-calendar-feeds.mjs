// Loopback feeds for the calendar's several-feeds and search tests (web-test-runner.config.mjs's
// middleware), beside test-feed-routes.mjs's sample-feed routes:
// - /__test__/shards-only/<name>/…: the sample feed whose manifest lists only the monthly shards (no
//   events.json), so reading every month means reading each shard.
// - /__test__/second-feed/<name>/…: a small second feed of another network (invented), with one event of
//   its own and one with an id the sample feed also has (a merge keeps the first feed's).
import { readFileSync } from 'node:fs';

const SAMPLE = 'examples/feeds/v1';

const secondFeed = {
  'index.json': {
    schemaVersion: 1,
    generatedAt: '2026-11-01T00:00:00Z',
    title: 'Red de Ciudades Digitales (ejemplo)',
    networks: [{ id: 'red-ciudades-digitales', name: 'Red de Ciudades Digitales', ics: 'ics/red-ciudades-digitales.ics', exampleData: true }],
    feeds: { events: { url: 'events.json' } },
  },
  'events.json': {
    schemaVersion: 1,
    generatedAt: '2026-11-01T00:00:00Z',
    events: [
      {
        id: 'ciudades-digitales-encuentro-2022',
        title: 'Encuentro de Ciudades Digitales',
        start: '2022-02-22T10:00:00-03:00',
        end: '2022-02-22T12:00:00-03:00',
        timeZone: 'America/Santiago',
        kind: 'meeting',
        network: 'red-ciudades-digitales',
        exampleData: true,
      },
      {
        id: 'verano-2022-panel-1',
        title: 'Copia del panel 1 en otra red',
        start: '2022-02-23T17:00:00-03:00',
        timeZone: 'America/Santiago',
        kind: 'panel',
        network: 'red-ciudades-digitales',
        exampleData: true,
      },
    ],
  },
};

export async function calendarTestFeeds(context, next) {
  const shardsOnly = /^\/__test__\/shards-only\/[^/]+\/(.*)$/.exec(context.path);
  if (shardsOnly?.[1] === 'index.json') {
    const manifest = JSON.parse(readFileSync(`${SAMPLE}/index.json`, 'utf8'));
    delete manifest.feeds.events.url;
    context.type = 'application/json';
    context.body = JSON.stringify(manifest);
    return;
  }
  if (shardsOnly) {
    context.path = `/${SAMPLE}/${shardsOnly[1]}`;
    return next();
  }
  const second = /^\/__test__\/second-feed\/[^/]+\/(.*)$/.exec(context.path);
  if (second && second[1] in secondFeed) {
    context.type = 'application/json';
    context.body = JSON.stringify(secondFeed[second[1]]);
    return;
  }
  return next();
}
