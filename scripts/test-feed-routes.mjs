// The loopback routes browser tests read feeds through (web-test-runner.config.mjs's middleware): the
// sample feed under fresh URLs, hanging, dated, failing (the fault matrix), large and versioned feeds.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';

/** The held feeds by name: each answers once its release is asked for (a test's "the data arrives now"). */
const heldFeeds = new Map();
function heldFeed(name) {
  if (!heldFeeds.has(name)) {
    let release;
    const released = new Promise((resolve) => (release = resolve));
    heldFeeds.set(name, { released, release });
  }
  return heldFeeds.get(name);
}

/**
 * Routes for widget tests: /__test__/feeds/<any-name>/… serves the sample feed under a fresh URL (so a
 * test gets its own client and cache, and can count its requests), /__test__/hang/… never answers
 * (the loading state), /__test__/held/<name>/… answers when /__test__/release/<name> is fetched (the
 * loading state, then the data when the test says), and /__test__/server-date/<instant>/… answers with
 * a chosen Date header.
 */
export async function testFeedRoutes(context, next) {
  if (await faultRoutes(context)) return;
  // /__test__/held/<name>/…: the sample feed, held until the page asks for /__test__/release/<name>.
  const released = /^\/__test__\/release\/([^/]+)$/.exec(context.path);
  if (released) {
    heldFeed(released[1]).release();
    context.body = 'released';
    return;
  }
  const held = /^\/__test__\/held\/([^/]+)\/(.*)$/.exec(context.path);
  if (held) {
    await heldFeed(held[1]).released;
    context.path = `/examples/feeds/v1/${held[2]}`;
  }
  const fresh = /^\/__test__\/feeds\/[^/]+\/(.*)$/.exec(context.path);
  if (fresh) context.path = `/examples/feeds/v1/${fresh[1]}`;
  if (context.path.startsWith('/__test__/hang/')) return new Promise(() => {});
  // /__test__/server-date/<ISO instant>/…: the sample feed, answered with that Date header.
  const dated = /^\/__test__\/server-date\/([^/]+)\/(.*)$/.exec(context.path);
  if (dated) context.path = `/examples/feeds/v1/${dated[2]}`;
  await next();
  if (dated) {
    context.set('Date', new Date(decodeURIComponent(dated[1])).toUTCString());
    context.set('Cache-Control', 'no-store');
  }
}

/** The version each /__test__/versioned/<name>/ feed is at (1 until a test sets another). */
const feedVersions = new Map();

/**
 * Routes for tests of large and changing feeds:
 * - /__test__/big-labs/<count>/<name>/…: the sample feed whose labs.json has <count> generated labs,
 *   sent in chunks without a Content-Length (so only counting the bytes read can stop it);
 * - /__test__/versioned/<name>/…: the sample feed at the version set with GET
 *   /__test__/versioned/<name>/__version/<n>. From version 2, index.json has a later generatedAt, every
 *   lab name ends with " (v<n>)", and the stream ejemplo-panel-madrid-2026-12 started at 14:03Z on its
 *   day (an actualStart, an hour early); from version 3, it ended at 14:08Z (an actualEnd).
 */
export async function largeAndVersionedFeeds(context, next) {
  const big = /^\/__test__\/big-labs\/(\d+)\/[^/]+\/labs\.json$/.exec(context.path);
  if (big) {
    context.type = 'application/json';
    context.body = Readable.from(generatedLabs(Number(big[1])));
    return;
  }
  const bigRest = /^\/__test__\/big-labs\/\d+\/[^/]+\/(.*)$/.exec(context.path);
  if (bigRest) {
    context.path = `/examples/feeds/v1/${bigRest[1]}`;
    return next();
  }
  const setVersion = /^\/__test__\/versioned\/([^/]+)\/__version\/(\d+)$/.exec(context.path);
  if (setVersion) {
    feedVersions.set(setVersion[1], Number(setVersion[2]));
    context.body = 'ok';
    return;
  }
  const versioned = /^\/__test__\/versioned\/([^/]+)\/(.*)$/.exec(context.path);
  if (!versioned) return next();
  const version = feedVersions.get(versioned[1]) ?? 1;
  const file = versioned[2] || 'index.json';
  if (version === 1 || !['index.json', 'labs.json', 'streams.json'].includes(file)) {
    context.path = `/examples/feeds/v1/${file}`;
    return next();
  }
  const feed = JSON.parse(readFileSync(`examples/feeds/v1/${file}`, 'utf8'));
  feed.generatedAt = `2026-11-21T12:0${version}:00Z`;
  for (const lab of feed.labs ?? []) lab.name += ` (v${version})`;
  for (const stream of feed.streams ?? []) {
    if (stream.id !== 'ejemplo-panel-madrid-2026-12') continue;
    stream.actualStart = '2026-12-10T14:03:00Z';
    if (version >= 3) stream.actualEnd = '2026-12-10T14:08:00Z';
  }
  context.type = 'application/json';
  // The test runner lets browsers cache any file for a year; an ETag per version makes the client's
  // revalidation a conditional request, which the browser sends on instead of answering from its cache.
  context.set('ETag', `"v${version}"`);
  context.body = JSON.stringify(feed);
}

/** A labs.json of `count` labs, in pieces of a few hundred labs. */
function* generatedLabs(count) {
  yield '{"schemaVersion":1,"labs":[';
  const description = 'Laboratorio generado para las pruebas de feeds grandes. '.repeat(8);
  for (let start = 0; start < count; start += 500) {
    const labs = [];
    for (let i = start; i < Math.min(count, start + 500); i++) {
      labs.push(JSON.stringify({ id: `lab-${i}`, name: `Laboratorio ${i}`, sector: 'public', country: 'CL', description }));
    }
    yield (start ? ',' : '') + labs.join(',');
  }
  yield ']}';
}

/** Faults that are lifted: /__test__/lift/<id> lifts those of /__test__/fail/<id>/… (Retry then recovers). */
const liftedFaults = new Set();

/**
 * The fault matrix's routes (tests/faults): /__test__/fail/<id>/<patterns>/<fault>/<file> serves the
 * sample feed's <file>, except that a file whose path contains one of the comma-separated <patterns>
 * gets <fault>: an HTTP status (404, 500…), `json` (a web page instead of JSON), `schema` (JSON that is
 * not a feed), `hang` (never answers) or `bad-item` (the file with one invalid item added). Until
 * /__test__/lift/<id> is requested; <id> keeps each test's faults (and client cache) its own.
 */
async function faultRoutes(context) {
  const lift = /^\/__test__\/lift\/([^/]+)$/.exec(context.path);
  if (lift) {
    liftedFaults.add(lift[1]);
    context.body = 'lifted';
    return true;
  }
  const fault = /^\/__test__\/fail\/([^/]+)\/([^/]+)\/([^/]+)\/(.*)$/.exec(context.path);
  if (!fault) return false;
  const [, id, patterns, kind, file] = fault;
  context.path = `/examples/feeds/v1/${file}`;
  if (liftedFaults.has(id) || !patterns.split(',').some((pattern) => file.includes(pattern))) return false;
  if (kind === 'hang') return new Promise(() => {});
  if (/^\d{3}$/.test(kind)) {
    context.status = Number(kind);
    context.body = `fault ${kind}`;
  } else if (kind === 'json') {
    context.type = 'text/html';
    context.body = '<!doctype html><title>Sign in</title>';
  } else if (kind === 'schema') {
    context.type = 'application/json';
    context.body = JSON.stringify({ hello: 'not a feed' });
  } else if (kind === 'bad-item') {
    const body = JSON.parse(await readFile(`.${context.path}`, 'utf8'));
    const list = ['events', 'labs', 'streams', 'networks'].find((key) => Array.isArray(body[key]));
    body[list].push({ id: 'broken-item', title: 42 });
    context.type = 'application/json';
    context.body = JSON.stringify(body);
  } else {
    throw new Error(`test-feed-routes.mjs: unknown fault "${kind}" in ${context.path}`);
  }
  // A path without an extension: the test runner's cache middleware would make a failure cacheable for a
  // year, and the browser would then answer Retry with it.
  context.path = '/__test__/fault';
  return true;
}
