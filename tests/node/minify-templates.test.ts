import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { minifyTemplates as minify } from '../../scripts/minify-templates.mjs';

describe('minifyTemplates (the CDN build)', () => {
  it("collapses html templates' indentation to single spaces, nested templates and bindings included", () => {
    const code = 'const t = html`<ul>\n    ${items.map((i) => html`<li>\n        ${i}\n      </li>`)}\n  </ul>`;';
    expect(minify(code)).toBe('const t = html`<ul> ${items.map((i) => html`<li> ${i} </li>`)} </ul>`;');
  });

  it('leaves whitespace without a line break, other templates and other tags alone', () => {
    const code = 'const a = html`<b>x</b> <i>y</i>`; const b = `keep\n   this`; const c = sql`select\n  1`;';
    expect(minify(code)).toBe(code);
  });

  it("drops comments, spaces around braces, semicolons and commas and after a declaration's colon, and a block's last semicolon in css; keeps strings, combinators and pseudo-classes apart", () => {
    const code = 'const s = css`\n  /* why */\n  :host {\n    content: "a,  b";\n    font: 1em "A B", sans;\n    color: ${x};\n  }\n  a :hover, a > b { margin: 0 }\n`;';
    expect(minify(code)).toBe('const s = css` :host{content:"a,  b";font:1em "A B",sans;color:${x}}a :hover,a > b{margin:0}`;');
  });

  it("drops a number's leading zero in css, not a digit of a longer number nor one inside a string or a name", () => {
    const code = 'const s = css`a { margin: 0.25em 0 0; gap: 0.5em 10.5em; background: rgb(0 0 0 / 0.75); transform: scale(0.9); content: " 0.5"; --x-0.5: 1 }`;';
    expect(minify(code)).toBe('const s = css`a{margin:.25em 0 0;gap:.5em 10.5em;background:rgb(0 0 0 / .75);transform:scale(.9);content:" 0.5";--x-0.5:1}`;');
  });

  it('keeps every widget source a valid module with the same templates', () => {
    for (const file of ['event-calendar/templates.ts', 'lab-directory/lab-directory.ts', 'base/styles.ts']) {
      const code = readFileSync(new URL(`../../packages/widgets/src/${file}`, import.meta.url), 'utf8');
      const out = minify(code, file);
      expect(out.length).toBeLessThan(code.length);
      const { diagnostics } = ts.transpileModule(out, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
      expect(diagnostics ?? []).toEqual([]);
      // As many templates and bindings as before.
      const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
      for (const pattern of [/\b(html|css)`/g, /\$\{/g]) expect(count(out, pattern)).toBe(count(code, pattern));
    }
  });
});
