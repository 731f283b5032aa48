import { expect } from '@open-wc/testing';
import { parseList } from './list-attribute.js';

describe('parseList', () => {
  it('splits on commas, trimming and dropping empty items', () => {
    expect(parseList('panel, webinar ,,workshop,')).to.deep.equal(['panel', 'webinar', 'workshop']);
    expect(parseList(' PE ')).to.deep.equal(['PE']);
  });

  it('is empty for an absent or blank attribute', () => {
    expect(parseList(undefined)).to.deep.equal([]);
    expect(parseList(null)).to.deep.equal([]);
    expect(parseList('')).to.deep.equal([]);
    expect(parseList(' , ')).to.deep.equal([]);
  });
});
