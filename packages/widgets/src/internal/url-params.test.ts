import { expect } from '@open-wc/testing';
import { readParams, updateLocation, writeParams } from './url-params.js';

describe('a widget’s URL parameters', () => {
  it('reads only its prefixed names, repeated values in order, empty ones left out', () => {
    const values = readParams('?q=page&cal-q=panel&cal-legend=a&cal-legend=&cal-legend=b', 'cal-');
    expect([values('q'), values('legend'), values('month')]).to.deep.equal([['panel'], ['a', 'b'], []]);
  });

  it('replaces its names and keeps the page’s, leaving out empty values', () => {
    expect(writeParams('?page=2&cal-q=old&utm=x', 'cal-', ['q', 'legend'], { q: 'año', legend: ['a', 'b'] })).to.equal(
      '?page=2&utm=x&cal-q=a%C3%B1o&cal-legend=a&cal-legend=b',
    );
    expect(writeParams('?cal-q=old', 'cal-', ['q'], { q: '' })).to.equal('');
  });

  it('pushes a history entry only when the URL changes, keeping path and hash', () => {
    const before = `${location.pathname}${location.search}${location.hash}`;
    const length = history.length;
    try {
      updateLocation(location.search, 'pushState');
      expect(history.length).to.equal(length);
      updateLocation(`${location.search || '?'}&x-a=1`, 'pushState');
      expect(history.length).to.equal(length + 1);
      expect(new URLSearchParams(location.search).get('x-a')).to.equal('1');
    } finally {
      history.replaceState(history.state, '', before);
    }
  });
});
