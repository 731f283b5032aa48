/** What `build` and `merge` are both asked: where the feed goes, in which language, how strict, and when. */
import type { Lang } from './problems.js';

export interface RunOptions {
  /** The feed folder to write (replaced as a whole). */
  readonly outDir: string;
  /** Folder the config's relative paths start from (its own folder); default the working directory. */
  readonly configDir?: string;
  /** Language of the problems; default the config's, else Spanish. */
  readonly lang?: Lang;
  /** Warnings count as errors. */
  readonly strict?: boolean;
  /** Write the feed from what could be read even when items or inputs failed (the result is still not ok). */
  readonly keepGoing?: boolean;
  /** Environment to read SOURCE_DATE_EPOCH from; default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The time when neither the config nor SOURCE_DATE_EPOCH gives generatedAt; default now. */
  readonly now?: () => number;
}
