/** Atomic replacement of a feed folder: a failed build never leaves a half-written or empty feed. */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `files` into a fresh sibling of `outDir`, then swaps it in: the old folder is moved aside, the
 * new one renamed into place, the old one removed. A failure before the swap removes the temporary
 * folder and leaves `outDir` as it was.
 */
export async function replaceFolder(outDir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const parent = dirname(outDir);
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temp = join(parent, `.${basename(outDir)}.tmp-${tag}`);
  const old = join(parent, `.${basename(outDir)}.old-${tag}`);
  await mkdir(parent, { recursive: true });
  try {
    await mkdir(temp);
    for (const [name, text] of files) {
      const path = join(temp, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text);
    }
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  let moved = false;
  try {
    await rename(outDir, old);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      await rm(temp, { recursive: true, force: true });
      throw error;
    }
  }
  try {
    await rename(temp, outDir);
  } catch (error) {
    if (moved) await rename(old, outDir);
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  if (moved) await rm(old, { recursive: true, force: true });
}
