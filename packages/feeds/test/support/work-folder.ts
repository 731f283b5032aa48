import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

/**
 * A temporary folder holding a copy of the fixtures, so a test can break a source or write a feed
 * without touching the repository: `work` (remove it after the test) and `site` (the sample site with
 * its feeds.config.json).
 */
export async function workFolder(prefix: string): Promise<{ work: string; site: string }> {
  const work = await mkdtemp(join(tmpdir(), prefix));
  await cp(fixtures, join(work, 'fixtures'), { recursive: true });
  return { work, site: join(work, 'fixtures/site') };
}
