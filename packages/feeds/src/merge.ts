/**
 * mergeFeeds: one hub feed from several networks' published feeds. Each feed is read with the SDK's
 * client (merge/read-input.ts), narrowed to the networks the hub takes (merge/select.ts), merged by id
 * (merge/combine.ts) and written as build writes a feed: output/feed-files.ts, atomically with
 * output/replace-folder.ts. A feed that cannot be read fails the merge and leaves the previous hub as it
 * was, unless keepGoing.
 */
import { resolve } from 'node:path';
import { Manifest, type ClientOptions } from '@govtech-network/sdk';
import type { FeedContent } from './content.js';
import { generatedAtOf } from './generated-at.js';
import { combineInputs } from './merge/combine.js';
import { hubFeedsOf, type HubConfig } from './merge/hub-config.js';
import { resolveInput, type HubInput } from './merge/inputs.js';
import { readInput, type InputItems } from './merge/read-input.js';
import { selectItems } from './merge/select.js';
import type { RunOptions } from './run-options.js';
import { feedFiles } from './output/feed-files.js';
import { replaceFolder } from './output/replace-folder.js';
import { issuesText, problem, type Problem } from './problems.js';

export interface MergeOptions extends RunOptions {
  /** Settings of the SDK clients that read the feeds (timeout, retries, a ky instance). */
  readonly client?: Pick<ClientOptions, 'timeoutMs' | 'retry' | 'ky'>;
  /** Called as each feed has been read (feeds done, feeds in all), for a terminal's progress line. */
  readonly progress?: (done: number, total: number) => void;
}

export interface MergeResult {
  /** No errors (and, with `strict`, no warnings). */
  readonly ok: boolean;
  /** The output folder was replaced. */
  readonly written: boolean;
  readonly problems: Problem[];
  /** Feeds read, and feeds named. */
  readonly inputs: { readonly read: number; readonly total: number };
  readonly networks: number;
  readonly events: number;
  readonly labs: number;
  readonly streams: number;
  /** The hub's files, relative names in write order, with their contents. */
  readonly files: ReadonlyMap<string, string>;
}

/** Merges the feeds `config` names; see MergeOptions. Never throws for a bad feed: problems are in the result. */
export async function mergeFeeds(config: HubConfig, options: MergeOptions): Promise<MergeResult> {
  const lang = options.lang ?? (config.lang === 'en' ? 'en' : 'es');
  const problems: Problem[] = [];
  const badConfig = (reason: string) => problems.push(problem('bad-config', lang, { file: 'config', params: { reason } }));
  let counts = { networks: 0, events: 0, labs: 0, streams: 0 };
  let read = 0;
  const finish = (files: ReadonlyMap<string, string>, written: boolean, total: number): MergeResult => ({
    ok: !problems.some((p) => p.severity === 'error' || options.strict),
    written,
    problems,
    inputs: { read, total },
    ...counts,
    files,
  });

  const generatedAt = generatedAtOf(config.generatedAt, options.env ?? process.env, options.now ?? Date.now);
  if (generatedAt === undefined) badConfig('generatedAt / SOURCE_DATE_EPOCH');
  const { feeds, reasons } = hubFeedsOf(config);
  reasons.forEach(badConfig);
  const inputs = feeds.map((feed) => resolveInput(feed, resolve(options.configDir ?? '.')));
  const twice = inputs.find((input, index) => inputs.findIndex((other) => other.baseUrl === input.baseUrl) !== index);
  if (twice) badConfig(`feeds: ${twice.name} is listed twice`);
  if (problems.length) return finish(new Map(), false, inputs.length);

  // Read together, merged in the config's order: the order decides conflicts, never the network's speed.
  let done = 0;
  const reads = await Promise.all(
    inputs.map(async (input: HubInput) => {
      const result = await readInput(input, lang, options.client);
      options.progress?.(++done, inputs.length);
      return { input, ...result };
    }),
  );
  const selected: InputItems[] = [];
  for (const { input, items, problems: found } of reads) {
    problems.push(...found);
    if (!items) continue;
    read++;
    const chosen = selectItems(items, input.networks, lang);
    problems.push(...chosen.problems);
    selected.push(chosen.items);
  }
  const combined = combineInputs(selected, lang);
  problems.push(...combined.problems);
  counts = { networks: combined.networks.length, events: combined.events.length, labs: combined.labs?.length ?? 0, streams: combined.streams?.length ?? 0 };

  const content: FeedContent = {
    ...(config.title !== undefined ? { title: config.title } : {}),
    generatedAt: generatedAt!,
    networks: combined.networks,
    events: combined.events,
    ...(combined.labs ? { labs: combined.labs } : {}),
    ...(combined.streams ? { streams: combined.streams } : {}),
    ...(config.icsProductId !== undefined ? { icsProductId: config.icsProductId } : {}),
  };
  const { files, manifest } = feedFiles(content, { basePath: config.basePath });
  const checked = Manifest.safeParse(manifest);
  if (!checked.success) {
    badConfig(issuesText(checked.error.issues));
    return finish(new Map(), false, inputs.length);
  }
  const result = finish(files, false, inputs.length);
  // Even with keepGoing, a hub with no feed read would replace the portal's agenda with an empty one.
  if ((!result.ok && !options.keepGoing) || read === 0) return result;
  await replaceFolder(resolve(options.outDir), files);
  return { ...result, written: true };
}
