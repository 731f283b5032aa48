/** The one file a file-based source reads (a CSV, a workbook, a data file), and the name it is reported under. */
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { problem, type Lang, type Problem } from '../problems.js';

/**
 * How problems name a file: relative to the config's folder with forward slashes, as the config names it,
 * the same on every OS. `path` is relative to that folder, or absolute (a file found in a source folder).
 */
export function reportedName(configDir: string, path: string): string {
  return relative(configDir, resolve(configDir, path)).split(sep).join('/');
}

/** The file's bytes; undefined (and a `read-failed` problem) when it cannot be read. */
export async function readSourceBytes(configDir: string, path: string, lang: Lang, problems: Problem[]): Promise<Buffer | undefined> {
  try {
    return await readFile(join(configDir, path));
  } catch (error) {
    problems.push(problem('read-failed', lang, { file: reportedName(configDir, path), params: { reason: (error as Error).message } }));
    return undefined;
  }
}
