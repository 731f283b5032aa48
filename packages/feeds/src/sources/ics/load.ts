/** The text of an ics source: its file, or its URL fetched with Node's fetch and a timeout. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IcsSourceConfig } from '../../config.js';
import type { ProblemCode } from '../../problems.js';
import { reportedName } from '../source-file.js';

export type Loaded =
  | { readonly text: string; readonly file: string }
  | { readonly file: string; readonly problem: ProblemCode; readonly params: Record<string, string | number> };

const DEFAULT_TIMEOUT_SECONDS = 30;

/**
 * How a URL is named in problems and build logs: no query, no credentials, and Google's secret
 * address (…/private-<key>/basic.ics) without its key, since CI logs are often public.
 */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname
      .split('/')
      .map((segment) => (/^private-/i.test(segment) ? 'private-…' : segment))
      .join('/');
    return `${parsed.protocol}//${parsed.host}${path}`;
  } catch {
    return url.replace(/[?#].*$/, '');
  }
}

/** Why a fetch failed, in few words: the timeout, else the system's code (ECONNREFUSED, ENOTFOUND). */
function failure(error: unknown, seconds: number): string {
  const { name, message, cause } = error as Error & { cause?: { code?: string; message?: string } };
  return name === 'TimeoutError' ? `timeout (${seconds} s)` : (cause?.code ?? cause?.message ?? message);
}

export async function loadCalendar(source: IcsSourceConfig, configDir: string): Promise<Loaded> {
  if (source.url === undefined) {
    const path = join(configDir, source.path ?? '');
    const file = reportedName(configDir, path);
    try {
      return { text: await readFile(path, 'utf8'), file };
    } catch (error) {
      return { file, problem: 'read-failed', params: { reason: (error as Error).message } };
    }
  }
  // Calendar apps hand out webcal:// links for subscribing; they are https underneath.
  const url = source.url.trim().replace(/^webcals?:/i, 'https:');
  const file = displayUrl(url);
  if (!/^https?:\/\//i.test(url)) return { file, problem: 'ics-fetch-failed', params: { reason: 'not an http(s) URL' } };
  const { timeoutSeconds } = source;
  const seconds = typeof timeoutSeconds === 'number' && timeoutSeconds > 0 && timeoutSeconds <= 600 ? timeoutSeconds : DEFAULT_TIMEOUT_SECONDS;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'text/calendar, text/plain;q=0.5, */*;q=0.1' },
      signal: AbortSignal.timeout(seconds * 1000),
    });
  } catch (error) {
    return { file, problem: 'ics-fetch-failed', params: { reason: failure(error, seconds) } };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return { file, problem: 'ics-http-error', params: { status: `${response.status} ${response.statusText}`.trim() } };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return { file, problem: 'ics-fetch-failed', params: { reason: failure(error, seconds) } };
  }
  // A login or error page served with 200 (a private Google calendar) is not a calendar.
  const type = response.headers.get('content-type') ?? '';
  if (/html/i.test(type) && !/BEGIN:VCALENDAR/i.test(text)) return { file, problem: 'ics-not-calendar', params: { type } };
  return { text, file };
}
