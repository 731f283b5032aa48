import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('../../../../', import.meta.url));
const cli = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));
// tsx by absolute URL: `--import tsx` would resolve from the temporary working folder.
const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
/** Node's arguments to run the CLI from its TypeScript source; add the command's own after them. */
export const cliNodeArgs = ['--conditions=govtech-source', '--import', tsx, cli];
const node = cliNodeArgs;
const env = (extra: Record<string, string>) => ({ ...process.env, SOURCE_DATE_EPOCH: '', NODE_OPTIONS: '', ...extra });

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI as a user would (node on the TypeScript source, as the repo's scripts do), in `cwd`. */
export function runCli(args: readonly string[], cwd: string, extraEnv: Record<string, string> = {}): CliRun {
  const { status, stdout, stderr } = spawnSync(process.execPath, [...node, ...args], { cwd, encoding: 'utf8', env: env(extraEnv), timeout: 20_000 });
  return { status, stdout, stderr };
}

/** runCli without blocking this process, for a CLI that talks to a server the test itself runs. */
export function runCliAsync(args: readonly string[], cwd: string, extraEnv: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [...node, ...args], { cwd, encoding: 'utf8', env: env(extraEnv), timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ status: child.exitCode ?? (error ? 1 : 0), stdout, stderr });
    });
  });
}
