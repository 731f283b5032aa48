// Custom Elements Manifest (custom-elements.json) for the widgets: tags, attributes, properties, events,
// slots, CSS parts and CSS custom properties, from the classes' JSDoc. `npm run analyze` (part of
// `npm run build`) writes it next to package.json, for the published package (its `customElements`
// field: editors, Storybook, wrapper generators). Storybook's docs pages generate their own copy
// (.storybook/main.ts) and tests/node/custom-elements-manifest.test.ts checks what it documents.
// Paths are relative to this package (the analyzer's working directory).
import { posix } from 'node:path';

/** @type {import('@custom-elements-manifest/analyzer').Config} */
export default {
  // GovtechElement (src/base) is analyzed too, so its attributes, events, parts and custom properties are
  // inherited by every element. react.ts only wraps the elements: nothing of it belongs in the manifest.
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/react.ts'],
  outdir: '.',
  // Lit's static properties, `attribute: 'first-day'` names and internal state (left out as private).
  litelement: true,
  // package.json already has `"customElements": "custom-elements.json"`; never let the analyzer rewrite it
  // (it would write to the package.json of whatever directory it is run from).
  packagejson: false,
  // Only our own elements: no looking for manifests of dependencies.
  dependencies: false,
  plugins: [defineElementCalls(), hidePrivateMembers()],
};

/**
 * Drops what is not API from the manifest: `private`/`protected` members (Lit internal state, helpers) and
 * `#private` fields, which the analyzer lists with a privacy flag. Documentation tools then show only
 * what a page author or a framework wrapper can use.
 */
function hidePrivateMembers() {
  return {
    name: 'govtech-hide-private-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class' || !declaration.members) continue;
          const hidden = (member) => member.privacy === 'private' || member.privacy === 'protected' || member.name.startsWith('#');
          // Internal state declared in `static properties` ({ state: true }) is read as an attribute too.
          const internal = new Set(declaration.members.filter(hidden).map((member) => member.name));
          declaration.attributes = declaration.attributes?.filter((attribute) => !internal.has(attribute.fieldName));
          declaration.members = declaration.members.filter((member) => !hidden(member));
        }
      }
    },
  };
}

/**
 * The entry points register their element with `defineElement('govtech-…', Class)` (base/define.ts, which
 * tolerates a second registration) rather than `customElements.define`, which the analyzer knows. This
 * records those calls as the manifest's `custom-element-definition` exports, so tools learn which module
 * to import to register a tag (`src/event-calendar.ts` registers `govtech-event-calendar`). It also drops
 * the definition the analyzer reads from defineElement's own `customElements.define(tag, element)`: a
 * tag named `tag`.
 */
function defineElementCalls() {
  return {
    name: 'govtech-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: element.text, module: declaringModule(ts, node.getSourceFile(), element.text, moduleDoc.path) },
        },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        mod.exports = mod.exports?.filter((entry) => entry.kind !== 'custom-element-definition' || entry.name.includes('-'));
      }
    },
  };
}

/** The module that declares `name` as seen from `file`: the file itself, or the relative import it comes from. */
function declaringModule(ts, file, name, path) {
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings) || !bindings.elements.some((element) => element.name.text === name)) continue;
    const specifier = statement.moduleSpecifier.text;
    // NodeNext imports name the emitted `.js`; the manifest names the analyzed sources.
    return specifier.startsWith('.') ? posix.join(posix.dirname(path), specifier).replace(/\.js$/, '.ts') : specifier;
  }
  return path;
}
