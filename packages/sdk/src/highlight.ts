/**
 * Where a search query matches a text, to highlight it: only the lab directory's results need it, so it is
 * apart from the matching itself (text.ts), which every page with events or labs downloads.
 */
import { normalizeText, searchTerms } from './text.js';

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
