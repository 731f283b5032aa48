// The embed page's allow-lists (packages/widgets/src/embed/params.ts) against the widgets' documented
// attributes in the built Custom Elements Manifest (`npm run build` first): the page offers only
// documented attributes, and each documented one is either offered or said to be of no use in an
// iframe, so a new attribute cannot be forgotten by the embed page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMBED_ATTRIBUTES, EMBED_WIDGETS, NOT_IN_EMBED } from '../../packages/widgets/src/embed/params.js';

interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
}

const manifest = JSON.parse(readFileSync(new URL('../../packages/widgets/custom-elements.json', import.meta.url), 'utf8')) as Manifest;
const documented = (tag: string) =>
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === tag)
    ?.attributes?.map(({ name }) => name)
    .sort() ?? [];

describe('embed page allow-lists', () => {
  for (const widget of EMBED_WIDGETS) {
    it(`offers for <govtech-${widget}> exactly its documented attributes, less those of no use in an iframe`, () => {
      const attributes = documented(`govtech-${widget}`);
      expect(attributes.length).toBeGreaterThan(4);
      expect(Object.keys(EMBED_ATTRIBUTES[widget]).sort()).toEqual(attributes.filter((name) => !(name in NOT_IN_EMBED)));
    });
  }
});
