import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under `dir`, by relative path with forward slashes, in sorted order: for byte-for-byte comparisons. */
export async function tree(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => (join(a.parentPath, a.name) < join(b.parentPath, b.name) ? -1 : 1))) {
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length + 1).split('\\').join('/')] = await readFile(path, 'utf8');
  }
  return files;
}
