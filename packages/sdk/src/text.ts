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
