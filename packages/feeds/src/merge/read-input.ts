/**
 * Reads one published feed the way a widget does, with the SDK's client: the manifest's networks, every
 * event, the labs and the streams. Items the SDK drops become warnings naming the input; a feed that
 * cannot be read at all is one error.
 */
import { createClient, isFeedError, type ClientOptions, type FeedResult, type FeedWarning, type GovEvent, type GovLab, type GovNetwork, type GovStream, type GovtechClient } from '@govtech-network/sdk';
import { problem, type Lang, type Problem } from '../problems.js';
import { folderFetch } from './folder-fetch.js';
import { shownFile, shownText, type HubInput } from './inputs.js';

/** What one feed holds; labs and streams are undefined when its manifest lists no such feed. */
export interface InputItems {
  /** The input's name, for problems. */
  readonly input: string;
  readonly networks: readonly GovNetwork[];
  readonly events: readonly GovEvent[];
  readonly labs?: readonly GovLab[];
  readonly streams?: readonly GovStream[];
}

/** Client settings a caller may change (tests shorten retries; an app may add a ky with a proxy). */
export type ReadOptions = Pick<ClientOptions, 'timeoutMs' | 'retry' | 'ky'>;

export async function readInput(input: HubInput, lang: Lang, options: ReadOptions = {}): Promise<{ items?: InputItems; problems: Problem[] }> {
  const client = createClient({ ...options, baseUrl: input.baseUrl, ...(input.folder !== undefined ? { fetch: folderFetch(input.folder) } : {}) });
  const results: FeedResult<unknown>[] = [];
  const keep = <T>(result: FeedResult<T>): T[] => {
    results.push(result);
    return result.items;
  };
  try {
    // The manifest first: when it fails, nothing else is asked for.
    const networks = keep(await client.networks.list());
    const [events, labs, streams] = await Promise.all([
      listed(client, client.events.all()).then((result) => (result ? keep(result) : [])),
      listed(client, client.labs.list()).then((result) => result && keep(result)),
      listed(client, client.streams.list()).then((result) => result && keep(result).map(({ stream }) => stream)),
    ]);
    const items: InputItems = { input: input.name, networks, events, ...(labs ? { labs } : {}), ...(streams ? { streams } : {}) };
    return { items, problems: dropped(input, results, lang) };
  } catch (error) {
    return { problems: [failure(input, error, lang)] };
  }
}

/** A query's result, or undefined when the manifest lists no such feed (the SDK says so for the manifest's URL). */
async function listed<T>(client: GovtechClient, query: Promise<FeedResult<T>>): Promise<FeedResult<T> | undefined> {
  try {
    return await query;
  } catch (error) {
    if (isFeedError(error) && error.code === 'not-a-feed' && error.url === client.baseUrl) return undefined;
    throw error;
  }
}

/** The SDK's warnings, once each: every query reports the manifest's again. */
function dropped(input: HubInput, results: readonly FeedResult<unknown>[], lang: Lang): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const warning of results.flatMap((result) => result.warnings)) {
    const key = JSON.stringify(warning);
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(droppedItem(input, warning, lang));
  }
  return problems;
}

function droppedItem(input: HubInput, warning: FeedWarning, lang: Lang): Problem {
  const item = [warning.id !== undefined ? `"${warning.id}"` : undefined, warning.index !== undefined ? `#${warning.index}` : undefined]
    .filter(Boolean)
    .join(' ');
  return problem('input-dropped-item', lang, {
    file: shownFile(input, warning.url),
    ...(warning.path ? { field: warning.path } : {}),
    params: { input: input.name, feed: warning.feed, item: item || '?', reason: shownText(input, warning.message) },
  });
}

/** Unreachable (network, timeout, HTTP status) or not a feed (not JSON, not v1, a bad address). */
function failure(input: HubInput, error: unknown, lang: Lang): Problem {
  const reason = shownText(input, error instanceof Error ? error.message : String(error));
  const unreachable = isFeedError(error) && (error.code === 'network' || error.code === 'timeout' || error.code === 'http');
  const file = isFeedError(error) ? shownFile(input, error.url) : input.name;
  return problem(unreachable ? 'input-unreachable' : 'input-invalid', lang, { file, params: { input: input.name, reason } });
}
