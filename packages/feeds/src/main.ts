/**
 * govtech-feeds <command>: the CLI's commands, each in commands/. A command takes its arguments and an
 * Io, and returns the exit code: 0 done, 1 problems in the content or the feed, 2 usage or config problems.
 */
import { BUILD_USAGE, buildCommand } from './commands/build.js';
import { MERGE_USAGE, mergeCommand } from './commands/merge.js';
import { DEV_USAGE, devCommand } from './commands/dev.js';
import { INIT_USAGE, initCommand } from './commands/init.js';
import { CHECK_USAGE, checkCommand } from './commands/check.js';

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** On a terminal: redraws one status line in place ('' clears it). Absent in CI and in pipes. */
  progress?(line: string): void;
}

export type Command = (argv: readonly string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  init: { run: initCommand, usage: INIT_USAGE },
  build: { run: buildCommand, usage: BUILD_USAGE },
  dev: { run: devCommand, usage: DEV_USAGE },
  check: { run: checkCommand, usage: CHECK_USAGE },
  merge: { run: mergeCommand, usage: MERGE_USAGE },
};

const usage = () => ['Usage:', ...Object.values(COMMANDS).map((command) => `  ${command.usage}`)].join('\n');

/** A terminal's stderr gets a progress line; CI logs and pipes only get plain lines. */
export function consoleIo(stream: NodeJS.WriteStream = process.stderr): Io {
  const interactive = stream.isTTY === true && !process.env.CI;
  return {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    ...(interactive
      ? { progress: (line: string) => stream.write(`\r\x1b[2K${line.slice(0, Math.max(0, (stream.columns ?? 80) - 1))}`) }
      : {}),
  };
}

export async function main(argv: readonly string[], io: Io = consoleIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return 0;
  }
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    io.err(name === undefined ? 'No command given.' : `Unknown command "${name}".`);
    io.err(usage());
    return 2;
  }
  return command.run(rest, io);
}
