/** What every source reader takes and gives: a source type is one module with one SourceReader. */
import type { GovEvent, GovLab, GovNetwork, GovStream } from '@govtech-network/sdk';
import type { Sourced } from '../content.js';
import type { Lang, Problem } from '../problems.js';

export interface SourceContext {
  /** Folder the source's relative paths start from (the config file's folder). */
  readonly configDir: string;
  readonly lang: Lang;
  /** Site that relative links (/images/…) resolve against, when the source gives none. */
  readonly siteUrl?: string;
  /** Called after each file or row group, for the CLI's progress line. */
  readonly progress?: (done: number, total: number) => void;
}

/** Items a source produced (each with where it came from) and the problems it found. */
export interface SourceRead {
  readonly events?: Sourced<GovEvent>[];
  readonly labs?: Sourced<GovLab>[];
  readonly streams?: Sourced<GovStream>[];
  readonly networks?: Sourced<GovNetwork>[];
  readonly problems: Problem[];
}

export type SourceReader<Config> = (source: Config, context: SourceContext) => Promise<SourceRead>;
