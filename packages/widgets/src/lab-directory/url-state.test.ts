import { expect } from '@open-wc/testing';
import { readState, writeState } from './url-state.js';

describe('directory URL state', () => {
  it('reads prefixed parameters only, with repeated facet values', () => {
    expect(readState('?q=ignored&lab-q=cusco&lab-city=Lima&lab-city=Cusco&lab-sort=founded&page=2', 'name')).to.deep.equal({
      q: 'cusco',
      sort: 'founded',
      facets: { city: ['Lima', 'Cusco'] },
    });
    expect(readState('?lab-sort=nonsense', 'city').sort).to.equal('city');
  });

  it('writes its own parameters and keeps the host page\'s in place', () => {
    const search = writeState('?page=2&lab-q=old&utm=x', { q: 'innovación', sort: 'name', facets: { sector: ['public', 'academia'] } }, 'name');
    expect(search).to.equal('?page=2&utm=x&lab-q=innovaci%C3%B3n&lab-sector=public&lab-sector=academia');
    expect(writeState('?lab-q=old', { q: '', sort: 'name', facets: {} }, 'name')).to.equal('');
  });
});
