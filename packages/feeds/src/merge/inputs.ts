/** Where each feed a hub names is: a URL the SDK reads as is, or a local folder read through folderFetch. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { HubFeed } from './hub-config.js';

export interface HubInput {
  /** The feed as the config or the command line names it: what problems say. */
  readonly name: string;
  /** For the SDK's createClient: the feed folder or its index.json. */
  readonly baseUrl: string;
  /** The local folder the feed is read from; undefined for a feed read over http(s). */
  readonly folder?: string;
  /** Networks to take (undefined: all). */
  readonly networks?: readonly string[];
}

const HTTP = /^https?:\/\//i;

/** `feed.feed` as an input; local paths are relative to `dir` (the config's folder, or the working one). */
export function resolveInput(feed: HubFeed, dir: string): HubInput {
  const networks = feed.networks ? { networks: feed.networks } : {};
  if (HTTP.test(feed.feed)) return { name: feed.feed, baseUrl: feed.feed, ...networks };
  const path = feed.feed.startsWith('file:') ? fileURLToPath(feed.feed) : resolve(dir, feed.feed);
  // index.json itself, or the folder holding it.
  if (path.endsWith('.json')) return { name: feed.feed, baseUrl: pathToFileURL(path).href, folder: dirname(path), ...networks };
  return { name: feed.feed, baseUrl: pathToFileURL(join(path, '/')).href, folder: path, ...networks };
}

/** The folder as the input names it (file: URLs of it read badly in a problem), else undefined. */
function shownFolder(input: HubInput): { url: string; name: string } | undefined {
  if (input.folder === undefined) return undefined;
  const name = input.name.startsWith('file:') ? input.folder : input.name.endsWith('.json') ? dirname(input.name) : input.name;
  return { url: pathToFileURL(join(input.folder, '/')).href, name };
}

/** How a problem names a file of the input: the URL, or the path under the folder as the input was named. */
export function shownFile(input: HubInput, url: string): string {
  const folder = shownFolder(input);
  if (!folder || !url.startsWith(folder.url)) return url;
  return join(folder.name, decodeURIComponent(url.slice(folder.url.length)));
}

/** A message of the SDK's with the folder's file: URLs written as the input names the folder. */
export function shownText(input: HubInput, text: string): string {
  const folder = shownFolder(input);
  return folder ? text.replaceAll(folder.url, join(folder.name, '/')) : text;
}
