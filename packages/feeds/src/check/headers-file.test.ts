import { describe, expect, it } from 'vitest';
import { basePathOf, headersFor, parseHeadersFile } from './headers-file.js';

const text = `# comment
/feeds/v1/*
  Access-Control-Allow-Origin: *
  X-Frame-Options: DENY
/feeds/v1/events/:month
  Cache-Control: public, max-age=31536000, immutable
  ! X-Frame-Options
/feeds/v1/index.json
  Cache-Control: public, max-age=300
  Cache-Control: must-revalidate
https://otro.example/*
  X-Robots-Tag: noindex
`;

describe('_headers', () => {
  const rules = parseHeadersFile(text);

  it('applies every matching rule in order: splats, placeholders, repeated headers joined, detached ones removed', () => {
    expect(Object.fromEntries(headersFor(rules, '/feeds/v1/index.json'))).toEqual({
      'access-control-allow-origin': '*',
      'x-frame-options': 'DENY',
      'cache-control': 'public, max-age=300, must-revalidate',
    });
    expect(Object.fromEntries(headersFor(rules, '/feeds/v1/events/2022-02.abc.json'))).toEqual({
      'access-control-allow-origin': '*',
      'cache-control': 'public, max-age=31536000, immutable',
    });
    // A placeholder is one segment; rules for a host are not the path's.
    expect(headersFor(rules, '/feeds/v1/events/a/b.json').has('cache-control')).toBe(false);
    expect(headersFor(rules, '/otro/index.json').has('access-control-allow-origin')).toBe(false);
    expect(headersFor(rules, '/feeds/v1/index.json').has('x-robots-tag')).toBe(false);
  });

  it('knows the base path from the manifest rule, else the splat, else /', () => {
    expect(basePathOf(rules)).toBe('/feeds/v1/');
    expect(basePathOf(parseHeadersFile('/red/*\n  A: b\n'))).toBe('/red/');
    expect(basePathOf([])).toBe('/');
  });
});

describe('_headers with lines no host could send', () => {
  it('leaves them out instead of failing', () => {
    const rules = parseHeadersFile('/*\n  Bad Name: x\n  Access-Control-Allow-Origin: *\n  ! Otro nombre\n');
    expect(Object.fromEntries(headersFor(rules, '/index.json'))).toEqual({ 'access-control-allow-origin': '*' });
  });
});
