/**
 * Front matter, the block at the top of a Markdown file: YAML between `---` lines (Decap/Netlify CMS,
 * Jekyll, Eleventy, Hugo) or TOML between `+++` lines (Hugo's own default). Both are read into plain
 * data with the 1-based file line of every top-level key, so a problem names the file's own line.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { parse as parseToml, TomlError } from 'smol-toml';

export interface FrontMatter {
  readonly format: 'yaml' | 'toml';
  /** The text between the fences. */
  readonly text: string;
  /** 1-based line of the file where that text starts. */
  readonly firstLine: number;
  /** The Markdown after the closing fence. */
  readonly body: string;
}

/** Splits the front matter from the body; a string is the problem code when there is none. */
export function splitFrontMatter(text: string): FrontMatter | 'no-front-matter' | 'unclosed-front-matter' {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const fence = lines[0]?.trimEnd();
  if (fence !== '---' && fence !== '+++') return 'no-front-matter';
  const closes = (line: string) => line.trimEnd() === fence || (fence === '---' && line.trimEnd() === '...');
  const close = lines.findIndex((line, index) => index > 0 && closes(line));
  if (close < 0) return 'unclosed-front-matter';
  return { format: fence === '---' ? 'yaml' : 'toml', text: lines.slice(1, close).join('\n'), firstLine: 2, body: lines.slice(close + 1).join('\n') };
}

export type ParsedFrontMatter =
  | { readonly data: Record<string, unknown>; readonly keyLines: ReadonlyMap<string, number> }
  | { readonly errors: readonly { readonly line?: number; readonly reason: string }[]; readonly notAMap?: boolean };

export function parseFrontMatter(front: FrontMatter): ParsedFrontMatter {
  return front.format === 'yaml' ? parseYamlFrontMatter(front) : parseTomlFrontMatter(front);
}

function parseYamlFrontMatter(front: FrontMatter): ParsedFrontMatter {
  const lineCounter = new LineCounter();
  const doc = parseDocument(front.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const fileLine = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + front.firstLine - 1);
  if (doc.errors.length > 0) return { errors: doc.errors.map((error) => ({ line: fileLine(error.pos[0]), reason: error.message.split('\n')[0]! })) };
  if (!isMap(doc.contents)) return { errors: [{ line: front.firstLine, reason: 'not a map' }], notAMap: true };
  const keyLines = new Map<string, number>();
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key)) keyLines.set(String(pair.key.value), fileLine(pair.key.range?.[0]) ?? 1);
  }
  return { data: doc.toJS() as Record<string, unknown>, keyLines };
}

/** A top-level `key = value` line (bare or quoted key), before the first [table]. */
const TOML_KEY = /^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*=/;

function parseTomlFrontMatter(front: FrontMatter): ParsedFrontMatter {
  let data: Record<string, unknown>;
  try {
    data = parseToml(front.text) as Record<string, unknown>;
  } catch (error) {
    const line = error instanceof TomlError ? error.line + front.firstLine - 1 : front.firstLine;
    return { errors: [{ line, reason: (error as Error).message.split('\n')[0]! }] };
  }
  // smol-toml keeps no positions: the top-level keys are found on their lines (a [table] key is its header's line).
  const keyLines = new Map<string, number>();
  let inTable = false;
  front.text.split('\n').forEach((line, index) => {
    const table = /^\s*\[+\s*"?([^\]".]+)/.exec(line);
    if (table) {
      inTable = true;
      if (!keyLines.has(table[1]!.trim())) keyLines.set(table[1]!.trim(), index + front.firstLine);
      return;
    }
    const key = inTable ? undefined : TOML_KEY.exec(line);
    if (key) keyLines.set(key[1] ?? key[2] ?? key[3]!, index + front.firstLine);
  });
  return { data, keyLines };
}
