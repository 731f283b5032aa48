/** Argument parsing every command shares: node:util's parseArgs, --help, and --lang. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Io } from '../main.js';
import type { Lang } from '../problems.js';

type Options = NonNullable<ParseArgsConfig['options']>;
export type ParsedArgs = { values: Record<string, string | boolean | undefined>; positionals: string[] };

/** Parsed arguments, or the exit code when they were wrong (2) or --help was asked (0). */
export function commandArgs(argv: readonly string[], io: Io, usage: string, options: Options): ParsedArgs | number {
  try {
    const parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { ...options, help: { type: 'boolean', short: 'h', default: false } },
    });
    if (parsed.values.help) {
      io.out(`Usage: ${usage}`);
      return 0;
    }
    return parsed as ParsedArgs;
  } catch (error) {
    io.err((error as Error).message);
    io.err(`Usage: ${usage}`);
    return 2;
  }
}

/** --lang if given (es or en; anything else is reported and undefined), else the config's, else es. */
export function langOf(flag: unknown, configured: unknown, io: Io): Lang | undefined {
  if (flag !== undefined) {
    if (flag === 'es' || flag === 'en') return flag;
    io.err(`--lang must be es or en, not "${String(flag)}".`);
    return undefined;
  }
  return configured === 'en' ? 'en' : 'es';
}
