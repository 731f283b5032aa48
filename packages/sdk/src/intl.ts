/**
 * One bounded cache of Intl formatters, shared by the SDK and the widgets. Constructing a formatter costs
 * far more than formatting with it, and a page formats thousands of times; the bound keeps a long-lived
 * page that meets many locales, zones and styles from holding every formatter it ever made.
 *
 * No imports but types: the widgets load this without the SDK's feed code.
 */

/** Formatters kept per kind; the least recently used goes first. */
export const INTL_CACHE_LIMIT = 64;

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const collators = new Map<string, Intl.Collator>();

/** Keeps `formatter` as the most recently used under `key`, dropping the least recently used past the limit. */
function remember<F>(cache: Map<string, F>, key: string, formatter: F): F {
  // A Map iterates in insertion order and a use re-inserts: the first key is the least recently used.
  cache.delete(key);
  if (cache.set(key, formatter).size > INTL_CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return formatter;
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  return remember(dateTimeFormats, key, dateTimeFormats.get(key) ?? new Intl.DateTimeFormat(locale, options));
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  return remember(numberFormats, key, numberFormats.get(key) ?? new Intl.NumberFormat(locale, options));
}

/**
 * A collator is the dearest of the three to build (a locale's collation tables load on first use): made
 * when a sort first needs it, never while a page's scripts start.
 */
export function collator(locale: string, options: Intl.CollatorOptions = {}): Intl.Collator {
  const key = locale + JSON.stringify(options);
  return remember(collators, key, collators.get(key) ?? new Intl.Collator(locale, options));
}
