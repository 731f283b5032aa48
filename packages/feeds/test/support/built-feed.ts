import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildFeed } from '../../src/build.js';
import type { FeedsConfig } from '../../src/config.js';
import { workFolder } from './work-folder.js';

/**
 * The fixture site built into `out` inside a fresh work folder: the published feed the doctor, the
 * hub and their CLIs are tested against. Remove `work` after the test.
 */
export async function builtFixtureFeed(prefix: string): Promise<{ work: string; site: string; out: string }> {
  const { work, site } = await workFolder(prefix);
  const out = join(work, 'out');
  const config = JSON.parse(await readFile(join(site, 'feeds.config.json'), 'utf8')) as FeedsConfig;
  const built = await buildFeed(config, { outDir: out, configDir: site, env: {} });
  if (!built.ok) throw new Error(`the fixture site did not build: ${JSON.stringify(built.problems)}`);
  return { work, site, out };
}
