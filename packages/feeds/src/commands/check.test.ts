import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtFixtureFeed } from '../../test/support/built-feed.js';
import { runCliAsync } from '../../test/support/cli.js';
import { serveFolder, type FolderServer } from '../../test/support/serve-folder.js';

let work: string;
let out: string;
let server: FolderServer | undefined;

beforeEach(async () => {
  ({ work, out } = await builtFixtureFeed('govtech-feeds-check-cli-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(work, { recursive: true, force: true });
});

/** The CLI in the work folder, without blocking this process: the feed server the test started runs here. */
const run = (args: string[]) => runCliAsync(args, work);

describe('govtech-feeds check, end to end', () => {
  it('a built folder: exit 0, a line per file and a summary, in Spanish by default', { timeout: 20_000 }, async () => {
    const { status, stdout, stderr } = await run(['check', 'out']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Carpeta out: las cabeceras son las que su _headers/);
    expect(lines).toContain('ok index.json');
    expect(lines).toContain('ok events.ics');
    expect(lines.at(-1)).toBe('8 archivos revisados: 0 errores, 0 avisos, 0 sugerencias.');
  });

  it('a URL without CORS: exit 1, error lines naming the header, in English with --lang en', { timeout: 20_000 }, async () => {
    server = await serveFolder(out, { cors: false, headers: () => ({ 'cache-control': 'max-age=300' }) });
    const { status, stdout } = await run(['check', server.baseUrl, '--lang', 'en']);
    expect(status).toBe(1);
    expect(stdout).toContain(
      'error index.json: the Access-Control-Allow-Origin header is missing: widgets on other sites cannot read this file — Send Access-Control-Allow-Origin: * (the _headers file build writes does so on Netlify and Cloudflare Pages).',
    );
    expect(stdout).toContain('ok events.ics');
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^8 files checked: 5 errors, 0 warnings, \d+ hints\.$/);

    const es = await run(['check', server.baseUrl]);
    expect(es.status).toBe(1);
    expect(es.stdout).toContain('error index.json: falta la cabecera Access-Control-Allow-Origin');
  });

  it('--json prints the findings; --strict fails on a warning', { timeout: 20_000 }, async () => {
    server = await serveFolder(out, { headers: (path) => ({ 'cache-control': 'max-age=300', ...(path === 'events.json' ? { 'content-type': 'text/plain' } : {}) }) });
    const { status, stdout } = await run(['check', server.baseUrl, '--json', '--origin', 'https://red.example']);
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as { ok: boolean; origin: string; findings: { code: string; file: string; severity: string }[]; summary: Record<string, number> };
    expect(report).toMatchObject({ ok: true, origin: 'https://red.example', summary: { error: 0, warning: 1 } });
    expect(report.findings.filter((f) => f.severity === 'warning')).toEqual([expect.objectContaining({ code: 'check-json-type', file: 'events.json' })]);
    expect((await run(['check', server.baseUrl, '--strict'])).status).toBe(1);
  });

  it('usage problems and an unreachable feed exit 2', { timeout: 20_000 }, async () => {
    const none = await run(['check']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Indique una carpeta o una URL de feed');
    expect((await run(['check', 'out', '--origin', 'municipio'])).status).toBe(2);
    expect((await run(['check', 'out', '--lang', 'fr'])).status).toBe(2);
    expect((await run(['check', 'out', '--timeout', 'pronto'])).status).toBe(2);
    const missing = await run(['check', 'no-existe', '--lang', 'en']);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toContain('The feed could not be read: nothing to check');
    server = await serveFolder(out);
    expect((await run(['check', `${server.baseUrl}otra/`])).status).toBe(2);
    const help = await run(['--help']);
    expect(help.stdout).toContain('govtech-feeds check <folder-or-URL>');
  });
});
