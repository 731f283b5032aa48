// The preview page in headless Chromium: the widgets show the project's own content, and an edit shows
// up by itself (the page reloads after the rebuild). Needs the widgets' CDN bundle and a Chromium; npm
// test builds the one and finds the other (scripts/find-chromium.mjs).
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from '../../../../scripts/find-chromium.mjs';
import { initProject } from '../init/project.js';
import { startDev, type DevServer } from './start.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const bundleBuilt = existsSync(join(root, 'packages/widgets/dist/cdn/govtech-widgets.js'));
const chromiumPath = (() => {
  try {
    return findChromium({ install: false });
  } catch {
    return undefined;
  }
})();
const MEETING = 'contenido/reuniones/2023-10-19-lanzamiento-red-govtech-iberoamerica.md';

describe.skipIf(!bundleBuilt || !chromiumPath)(
  'the preview page in Chromium (skipped without packages/widgets/dist/cdn or a Chromium: run "npm run build:cdn --workspace @govtech-network/widgets", set CHROME_PATH)',
  () => {
    let dir: string;
    let dev: DevServer;
    let browser: Browser;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'govtech-feeds-preview-'));
      await initProject({ folder: dir });
      dev = await startDev({ cwd: dir, port: 0, lang: 'es' });
      browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs(), headless: true });
    });
    afterAll(async () => {
      await browser?.close();
      await dev?.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('shows the content in the four widgets, and an edit after the page reloads itself', { timeout: 30_000 }, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(dev.url);
      const calendar = page.locator('govtech-event-calendar');
      await calendar.getByText('Lanzamiento de la Red Multisectorial GovTech Iberoamérica').first().waitFor({ timeout: 10_000 });
      await page.locator('govtech-panel-countdown').getByText('Panel 2: Digitalización municipal y datos abiertos').first().waitFor({ timeout: 10_000 });
      // The starter's labs and streams, in their widgets (no "add a source" note).
      await page.locator('govtech-lab-directory').getByText('Laboratorio de Gobierno y Transformación Digital').first().waitFor({ timeout: 10_000 });
      await page.locator('govtech-stream-card').getByText('Verano de Datos Abiertos — Panel 2: Digitalización municipal y datos abiertos').first().waitFor({ timeout: 10_000 });
      expect(await page.locator('p.note').count()).toBe(0);

      const rebuilt = dev.nextRebuild();
      const reloaded = page.waitForEvent('load', { timeout: 10_000 });
      const path = join(dir, MEETING);
      await writeFile(path, (await readFile(path, 'utf8')).replace('title: Lanzamiento de la Red', 'title: Inauguración de la Red'));
      expect((await rebuilt).ok).toBe(true);
      await reloaded;
      await calendar.getByText('Inauguración de la Red Multisectorial GovTech Iberoamérica').first().waitFor({ timeout: 10_000 });
      expect(errors).toEqual([]);
    });
  },
);
