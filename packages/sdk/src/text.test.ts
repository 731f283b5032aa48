import { describe, expect, it } from 'vitest';
import { highlightRanges } from './highlight.js';
import { filterKeys, matchesAllTerms, normalizeText, searchTerms, valueKey } from './text.js';

/** The highlighted pieces, as a widget would slice them. */
function highlighted(text: string, query: string): string[] {
  return highlightRanges(text, query).map(([start, end]) => text.slice(start, end));
}

describe('normalizeText', () => {
  it('drops accents and case', () => {
    expect(normalizeText('Innovación PÚBLICA')).toBe('innovacion publica');
  });

  it('folds ñ to n, precomposed or decomposed', () => {
    expect(normalizeText('ESPAÑA')).toBe('espana');
    expect(normalizeText('Espan\u0303a')).toBe('espana');
  });

  it('folds decomposed accents and dotted capital I', () => {
    expect(normalizeText('Juni\u0301n')).toBe('junin');
    expect(normalizeText('İzmir')).toBe('izmir');
  });

  it('folds the Greek final sigma like any sigma', () => {
    expect(normalizeText('ΟΔΟΣ')).toBe(normalizeText('οδοσ'));
  });
});

describe('searchTerms', () => {
  it('splits on any whitespace and normalizes', () => {
    expect(searchTerms('  Inteligencia \t ARTIFICIAL\n')).toEqual(['inteligencia', 'artificial']);
  });

  it('gives no terms for a blank query', () => {
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms(' \t ')).toEqual([]);
  });
});

describe('matchesAllTerms', () => {
  const haystack = normalizeText('Laboratorio de Innovación\nCusco');

  it('needs every term, anywhere', () => {
    expect(matchesAllTerms(haystack, ['cusco', 'innovacion'])).toBe(true);
    expect(matchesAllTerms(haystack, ['cusco', 'lima'])).toBe(false);
  });

  it('matches anything with no terms', () => {
    expect(matchesAllTerms(haystack, [])).toBe(true);
  });
});

describe('filter keys', () => {
  it('compares values normalized and trimmed', () => {
    expect(valueKey(' Junín ')).toBe('junin');
    expect(filterKeys(['PE', ' cl '])).toEqual(new Set(['pe', 'cl']));
    expect(filterKeys('Junín')).toEqual(new Set(['junin']));
  });

  it('sets no constraint when absent, empty or blank', () => {
    expect(filterKeys(undefined)).toBeUndefined();
    expect(filterKeys([])).toBeUndefined();
    expect(filterKeys('  ')).toBeUndefined();
    expect(filterKeys(['', ' '])).toBeUndefined();
  });
});

describe('highlightRanges', () => {
  it('finds accented text with a plain query', () => {
    expect(highlightRanges('Innovación Pública', 'innovacion')).toEqual([[0, 10]]);
  });

  it('gives sorted ranges for every term, whatever the query order', () => {
    expect(highlightRanges('Datos abiertos', 'ABIERTOS datos')).toEqual([
      [0, 5],
      [6, 14],
    ]);
  });

  it('maps ranges back to decomposed text, accents included', () => {
    const text = 'Innovacio\u0301n pu\u0301blica';
    expect(highlightRanges(text, 'innovacion publica')).toEqual([
      [0, 11],
      [12, 20],
    ]);
    expect(highlighted(text, 'o')).toEqual(['o', 'o\u0301']);
  });

  it('gives indices of the original text after decomposed characters', () => {
    expect(highlightRanges('Cafe\u0301 Cusco', 'cusco')).toEqual([[6, 11]]);
  });

  it('counts characters outside the BMP as two code units', () => {
    expect(highlightRanges('😀 Ñandú', 'nandu')).toEqual([[3, 8]]);
  });

  it('widens a match inside a character that folds to several to the whole character', () => {
    // 한 decomposes to the jamo ᄒ ᅡ ᆫ; matching the last two highlights the syllable.
    expect(highlightRanges('한국', '\u1161\u11AB')).toEqual([[0, 1]]);
  });

  it('matches upper-case Greek with a final sigma', () => {
    expect(highlightRanges('ΟΔΟΣ', 'οδος')).toEqual([[0, 4]]);
  });

  it('merges overlapping and touching matches', () => {
    expect(highlightRanges('banana', 'ana nan')).toEqual([[1, 6]]);
    expect(highlightRanges('abcd', 'ab cd')).toEqual([[0, 4]]);
  });

  it('gives nothing for no match or a blank query', () => {
    expect(highlightRanges('Cusco', 'lima')).toEqual([]);
    expect(highlightRanges('Cusco', ' ')).toEqual([]);
  });
});
