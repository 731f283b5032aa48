/**
 * Accent- and case-insensitive text matching for search boxes and filters: "innovacion" finds
 * "Innovación", "junin" finds "Junín", "espana" finds "España".
 */

const COMBINING_MARKS = /\p{M}/gu;

/**
 * Lower case, then decompose (NFD) and drop the combining marks: "Ñ" → "ñ" → "n" + U+0303 → "n".
 * The final sigma "ς" is folded to "σ" because it is the one letter `toLowerCase` spells by context:
 * without the fold, "ΟΔΟΣ" would fold differently whole than character by character (highlightRanges).
 */
export function normalizeText(value: string): string {
  return value.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(/ς/g, 'σ');
}

/** The normalized words of a query; a record matches when it contains every one. */
export function searchTerms(query: string): string[] {
  return normalizeText(query)
    .split(/\s+/)
    .filter((term) => term !== '');
}

/**
 * What search terms are looked for in: the normalized fields, one per line. Terms never contain
 * whitespace, so no match can span two fields.
 */
export function searchText(fields: ReadonlyArray<string | undefined>): string {
  return normalizeText(fields.join('\n'));
}

/** True when every term occurs in the (already normalized) haystack; true for no terms. */
export function matchesAllTerms(haystackNormalized: string, terms: readonly string[]): boolean {
  return terms.every((term) => haystackNormalized.includes(term));
}

/** The key a filter value is compared by: normalized and trimmed, so " Junin " selects "Junín". */
export function valueKey(value: string): string {
  return normalizeText(value).trim();
}

/**
 * Keys of a filter's values (one value or several, combined with OR), or undefined when the filter sets
 * no constraint: absent, an empty list or only blank values, as an empty widget attribute gives.
 */
export function filterKeys(value: string | readonly string[] | undefined): Set<string> | undefined {
  const keys = new Set((typeof value === 'string' ? [value] : (value ?? [])).map(valueKey));
  keys.delete('');
  return keys.size > 0 ? keys : undefined;
}

/**
 * Ranges `[start, end)` of `text` (UTF-16 indices into the original, not the normalized, string) that
 * match any term of `query`, sorted and merged. A widget highlights by slicing `text` at these indices
 * and rendering the pieces as text, never as HTML.
 */
export function highlightRanges(text: string, query: string): Array<[start: number, end: number]> {
  const terms = searchTerms(query);
  const { folded, starts, ends } = foldWithSourceSpans(text);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    // Step by one, not by the term's length, so overlapping occurrences ("aa" in "aaa") are all found.
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      ranges.push([starts[at]!, ends[at + term.length - 1]!]);
    }
  }
  return mergeRanges(ranges);
}

/**
 * Normalizes `text` one code point at a time, recording for each folded character the span of the
 * original it came from. A span runs up to the next character that survives folding, so it covers the
 * combining marks that follow (a highlighted decomposed "é" keeps its accent).
 */
function foldWithSourceSpans(text: string): { folded: string; starts: number[]; ends: number[] } {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = normalizeText(char);
    if (piece !== '') {
      while (ends.length < starts.length) ends.push(index);
      for (let i = 0; i < piece.length; i++) starts.push(index);
      folded += piece;
    }
    index += char.length;
  }
  while (ends.length < starts.length) ends.push(text.length);
  return { folded, starts, ends };
}

/** Sorts ranges and merges the ones that overlap or touch. */
function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}
