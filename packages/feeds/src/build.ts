/**
 * buildFeed: reads the sources a config names and writes a complete v1 feed folder (see
 * output/feed-files.ts) deterministically (the same input gives the same bytes) and atomically (see
 * output/replace-folder.ts: the output is replaced only when everything succeeded).
 */
import { resolve } from 'node:path';
import { Manifest, Network, type GovNetwork } from '@govtech-network/sdk';
import type { FeedsConfig } from './config.js';
import { checkConfig, type ConfigSource } from './config-check.js';
import type { RunOptions } from './run-options.js';
import type { FeedContent, Sourced } from './content.js';
import { feedFiles } from './output/feed-files.js';
import { generatedAtOf } from './generated-at.js';
import { replaceFolder } from './output/replace-folder.js';
import { fileSizeProblem } from './file-limits.js';
import { issuesText, problem, type Lang, type Problem } from './problems.js';
import { readSource } from './sources/index.js';
import type { SourceContext, SourceRead } from './sources/source.js';

export interface BuildOptions extends RunOptions {
  /** Write the folder (default); false only computes the files, e.g. to compare them with what is published. */
  readonly write?: boolean;
  /** The config's file name (for problems) and text (for their line numbers); default `config`, no lines. */
  readonly configSource?: ConfigSource;
  /** Progress of each source (index in the config, files done, files in all), for a terminal's progress line. */
  readonly progress?: (source: number, done: number, total: number) => void;
}

export interface BuildResult {
  /** No errors (and, with `strict`, no warnings). */
  readonly ok: boolean;
  /** The output folder was replaced. */
  readonly written: boolean;
  readonly problems: Problem[];
  readonly events: number;
  readonly labs: number;
  readonly streams: number;
  /** The feed's files, relative names in write order, with their contents. */
  readonly files: ReadonlyMap<string, string>;
}

/** Items of one kind from every source; the first to claim an id keeps it, later ones are reported. */
class Collection<T extends { id: string }> {
  readonly #byId = new Map<string, Sourced<T>>();
  /** A source of this kind was configured, so its file is written even when empty. */
  present = false;

  constructor(
    private readonly lang: Lang,
    private readonly problems: Problem[],
  ) {}

  add(items: readonly Sourced<T>[] | undefined): void {
    if (!items) return;
    this.present = true;
    for (const sourced of items) {
      const first = this.#byId.get(sourced.item.id);
      if (first) {
        this.problems.push(
          problem('duplicate-id', this.lang, { file: sourced.file, line: sourced.line, field: 'id', params: { id: sourced.item.id, other: first.file } }),
        );
      } else this.#byId.set(sourced.item.id, sourced);
    }
  }

  items(): T[] {
    return [...this.#byId.values()].map((sourced) => sourced.item);
  }
}

/** Builds the feed; see BuildOptions. Never throws for bad content: problems are in the result. */
export async function buildFeed(config: FeedsConfig, options: BuildOptions): Promise<BuildResult> {
  const lang = options.lang ?? (config.lang === 'en' ? 'en' : 'es');
  const problems: Problem[] = [];
  const badConfig = (reason: string) => problems.push(problem('bad-config', lang, { file: options.configSource?.file ?? 'config', params: { reason } }));
  const collections = {
    networks: new Collection<GovNetwork>(lang, problems),
    events: new Collection<FeedContent['events'][number]>(lang, problems),
    labs: new Collection<NonNullable<FeedContent['labs']>[number]>(lang, problems),
    streams: new Collection<NonNullable<FeedContent['streams']>[number]>(lang, problems),
  };
  const finish = (files: ReadonlyMap<string, string>, written: boolean): BuildResult => ({
    ok: !problems.some((p) => p.severity === 'error' || options.strict),
    written,
    problems,
    events: collections.events.items().length,
    labs: collections.labs.items().length,
    streams: collections.streams.items().length,
    files,
  });

  // The config against its schema first: a wrong field stops the build before any source is read.
  problems.push(...checkConfig(config, lang, options.configSource));
  const generatedAt = generatedAtOf(config.generatedAt, options.env ?? process.env, options.now ?? Date.now);
  // A wrong generatedAt was reported by the schema; what is left is a wrong SOURCE_DATE_EPOCH.
  if (generatedAt === undefined && config.generatedAt === undefined) badConfig('SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01');
  if (problems.some((p) => p.severity === 'error')) return finish(new Map(), false);
  const configFile = options.configSource?.file ?? 'config';
  collections.networks.add((config.networks ?? []).map((item) => ({ item: Network.parse(item), file: configFile })));

  // Sources in config order: where two claim one id, the earlier source wins.
  for (const [index, source] of config.sources.entries()) {
    const context: SourceContext = {
      configDir: resolve(options.configDir ?? '.'),
      lang,
      siteUrl: config.siteUrl,
      progress: options.progress && ((done, total) => options.progress!(index, done, total)),
    };
    const reading: Promise<SourceRead> | undefined = readSource(source, context);
    if (!reading) {
      badConfig(`sources[${index}]: unknown source type "${String((source as { type?: unknown }).type)}"`);
      continue;
    }
    const read = await reading;
    problems.push(...read.problems);
    collections.networks.add(read.networks);
    collections.events.add(read.events);
    collections.labs.add(read.labs);
    collections.streams.add(read.streams);
  }

  const content: FeedContent = {
    ...(config.title !== undefined ? { title: config.title } : {}),
    generatedAt: generatedAt!,
    networks: collections.networks.items(),
    events: collections.events.items(),
    ...(collections.labs.present ? { labs: collections.labs.items() } : {}),
    ...(collections.streams.present ? { streams: collections.streams.items() } : {}),
    ...(config.icsProductId !== undefined ? { icsProductId: config.icsProductId } : {}),
  };
  const { files, manifest } = feedFiles(content, { basePath: config.basePath });
  const checked = Manifest.safeParse(manifest);
  if (!checked.success) {
    badConfig(issuesText(checked.error.issues));
    return finish(new Map(), false);
  }
  for (const [name, text] of files) {
    const size = name.endsWith('.json') ? fileSizeProblem(text) : undefined;
    if (size) problems.push(problem(size.code, lang, { file: name, params: size.params }));
  }
  const result = finish(files, false);
  if ((!result.ok && !options.keepGoing) || options.write === false) return result;
  await replaceFolder(resolve(options.outDir), files);
  return { ...result, written: true };
}
