/**
 * govtech-feeds dev [--config file] [--port 8787] [--host 127.0.0.1] [--out dir] [--lang es|en]
 *
 * Builds, serves the feed with a preview of the four widgets, and rebuilds on every change until
 * Ctrl+C (SIGINT) or SIGTERM, which close the watcher and the server. Exit codes: 0 stopped; 2 usage or
 * config problems, or a port in use.
 */
import { startDev, type DevServer } from '../dev/start.js';
import type { Command } from '../main.js';
import { commandArgs, langOf } from './args.js';

export const DEV_USAGE = 'govtech-feeds dev [--config feeds.config.json] [--port 8787] [--host 127.0.0.1] [--out dir] [--lang es|en]';

/** Resolves on the first SIGINT or SIGTERM. */
const stopSignal = () =>
  new Promise<void>((stop) => {
    const once = () => {
      process.off('SIGINT', once);
      process.off('SIGTERM', once);
      stop();
    };
    process.on('SIGINT', once);
    process.on('SIGTERM', once);
  });

export const devCommand: Command = async (argv, io) => {
  const args = commandArgs(argv, io, DEV_USAGE, {
    config: { type: 'string', short: 'c' },
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    out: { type: 'string', short: 'o' },
    lang: { type: 'string' },
  });
  if (typeof args === 'number') return args;
  const { values } = args;
  const flagLang = values.lang === undefined ? undefined : langOf(values.lang, undefined, io);
  if (values.lang !== undefined && flagLang === undefined) return 2;
  const es = (flagLang ?? 'es') === 'es';
  const port = values.port === undefined ? 8787 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err(es ? `--port debe ser un número de 0 a 65535, no "${String(values.port)}".` : `--port must be a number from 0 to 65535, not "${String(values.port)}".`);
    return 2;
  }
  let dev: DevServer;
  try {
    dev = await startDev({
      config: values.config as string | undefined,
      port,
      host: values.host as string | undefined,
      out: values.out as string | undefined,
      lang: flagLang,
      io,
    });
  } catch (error) {
    io.err((error as Error).message);
    return 2;
  }
  const stopped = stopSignal();
  const started = dev.lang() === 'es';
  io.out(started ? `Vista previa: ${dev.url}  (feed: ${dev.feedUrl}; Ctrl+C para terminar)` : `Preview: ${dev.url}  (feed: ${dev.feedUrl}; Ctrl+C to stop)`);
  await stopped;
  await dev.close();
  io.out(dev.lang() === 'es' ? 'Servidor detenido.' : 'Server stopped.');
  return 0;
};
