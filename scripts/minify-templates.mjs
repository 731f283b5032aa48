// The whitespace and comments Lit's html`` and css`` templates carry only for the source's sake. A
// minifier leaves template literals as they are (their text is data to it), so without this the CDN
// files ship every line's indentation. Used by scripts/build-cdn.mjs on the widgets' TypeScript sources.
import ts from 'typescript';

const TAGS = new Set(['html', 'svg', 'css']);

/**
 * html and svg: a run of whitespace holding a line break becomes one space. The browser renders a run
 * of whitespace between inline content as one space anyway (no template holds <pre>, <textarea> or a
 * `white-space: pre` rule), and Lit's bindings keep their places (their markers are not whitespace).
 */
const markup = (text) => text.replace(/\s*\n\s*/g, ' ');

/**
 * css: outside strings, comments go, whitespace runs become one space, none is kept around `{`, `}`, `;`
 * and `,` nor after a declaration's colon, a block's last `;` goes, and so does a number's leading zero. A space before `:` and around `>`
 * stays (`a :hover` is not `a:hover`; a media range reads `(width > 40em)`).
 */
const style = (text) =>
  text
    // Strings (a `content: "a, b"`) are kept as they are: odd pieces of the split.
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((piece, index) =>
      index % 2
        ? piece
        : piece
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            // A declaration's `name: value` (a selector never has a space after its colon).
            .replace(/([\w-]): /g, '$1:')
            // A number's leading zero (`0.5em` is `.5em`), after what can only precede a value.
            .replace(/([\s:,(/])0\.(\d)/g, '$1.$2')
            .replace(/;}/g, '}'),
    )
    .join('');

/** `code` (TypeScript or JavaScript) with the text of its html``, svg`` and css`` templates minified. */
export function minifyTemplates(code, fileName = 'module.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  /** [start, end, text] of each piece of template text to replace. */
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const minify = node.tag.text === 'css' ? style : markup;
      const { template } = node;
      const pieces = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const piece of pieces) {
        // A piece's text lies between its delimiters: ` or } before it, ` or ${ after it.
        const start = piece.getStart(source) + 1;
        const end = piece.end - (piece.kind === ts.SyntaxKind.TemplateHead || piece.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1);
        const text = code.slice(start, end);
        const minified = minify(text);
        if (minified !== text) edits.push([start, end, minified]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let result = code;
  // From the end, so that earlier offsets hold (nested templates are found after their parent's pieces).
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + text + result.slice(end);
  return result;
}
