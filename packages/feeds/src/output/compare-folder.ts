/** What differs between a feed's files and a folder on disk: for `build --check` in a publisher's CI. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface FolderDifference {
  /** Files whose bytes differ. */
  readonly changed: string[];
  /** Files the build writes that the folder lacks. */
  readonly missing: string[];
  /** Files in the folder the build would not write (they would be removed). */
  readonly extra: string[];
}

export async function compareFolder(folder: string, files: ReadonlyMap<string, string>): Promise<FolderDifference> {
  const onDisk = new Set<string>();
  try {
    for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) onDisk.add(relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const changed: string[] = [];
  const missing: string[] = [];
  for (const [name, text] of files) {
    if (!onDisk.has(name)) missing.push(name);
    else if ((await readFile(join(folder, name), 'utf8')) !== text) changed.push(name);
  }
  const extra = [...onDisk].filter((name) => !files.has(name)).sort();
  return { changed, missing, extra };
}
