import { afterEach, describe, expect, it, vi } from 'vitest';
import { filterLabs, indexLabs, labFacets, type LabFacets } from './labs.js';
import type { GovLab } from './schema.js';

function lab(id: string, fields: Omit<GovLab, 'id'>): GovLab {
  return { id, ...fields };
}

// Junín is spelled two ways (l1 first) and so is "Inteligencia artificial" (l1 first); l7 has neither
// focus areas nor networks, l8 no region.
const labs: GovLab[] = [
  lab('l1', {
    name: 'Laboratorio de Innovación Pública',
    sector: 'public',
    country: 'PE',
    region: 'Junín',
    city: 'Huancayo',
    focusAreas: ['Inteligencia artificial', 'Datos abiertos'],
    networks: ['red-pe'],
  }),
  lab('l2', {
    name: 'Cusco Lab',
    sector: 'academia',
    country: 'PE',
    region: 'Cusco',
    city: 'Cusco',
    focusAreas: ['Datos abiertos'],
    networks: ['red-pe', 'iberolab'],
  }),
  lab('l3', {
    name: 'GobLab UAI',
    sector: 'academia',
    country: 'CL',
    region: 'Metropolitana',
    city: 'Santiago',
    focusAreas: ['Inteligencia artificial', 'Ética de datos'],
    networks: ['red-cl'],
  }),
  lab('l4', {
    name: 'Lab Ciudadano',
    sector: 'civil-society',
    country: 'CL',
    region: 'Metropolitana',
    city: 'Santiago',
    focusAreas: ['Participación'],
    networks: ['red-cl', 'iberolab'],
  }),
  lab('l5', {
    name: 'Junin Digital',
    sector: 'private',
    country: 'PE',
    region: 'Junin',
    city: 'Huancayo',
    focusAreas: ['inteligencia artificial'],
    networks: ['red-pe'],
  }),
  lab('l6', {
    name: 'MediaLab Madrid',
    sector: 'public',
    country: 'ES',
    region: 'Madrid',
    city: 'Madrid',
    focusAreas: ['Participación', 'Cultura'],
    networks: ['iberolab'],
  }),
  lab('l7', {
    name: 'Innova Andalucía',
    sector: 'public',
    country: 'ES',
    region: 'Andalucía',
    city: 'Sevilla',
    description: 'Innovación abierta para los ayuntamientos.',
  }),
  lab('l8', {
    name: 'Laboratorio de Gobierno',
    sector: 'public',
    country: 'CL',
    city: 'Santiago',
    focusAreas: ['Innovación pública'],
    networks: ['red-cl'],
  }),
];

const index = indexLabs(labs);

function ids(filter?: Parameters<typeof filterLabs>[1]): string[] {
  return filterLabs(index, filter).map((found) => found.id);
}

describe('filterLabs', () => {
  it('returns every lab, in feed order, without a filter', () => {
    expect(ids()).toEqual(['l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7', 'l8']);
    expect(ids({})).toEqual(['l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7', 'l8']);
  });

  it('filters by sector', () => {
    expect(ids({ sector: 'academia' })).toEqual(['l2', 'l3']);
  });

  it('filters by country, in any case', () => {
    expect(ids({ country: 'es' })).toEqual(['l6', 'l7']);
  });

  it('filters by region ignoring accents, case and surrounding blanks', () => {
    expect(ids({ region: 'Junin' })).toEqual(['l1', 'l5']);
    expect(ids({ region: ' JUNÍN ' })).toEqual(['l1', 'l5']);
  });

  it('filters by city', () => {
    expect(ids({ city: 'santiago' })).toEqual(['l3', 'l4', 'l8']);
  });

  it('filters by focus area, a lab matching through any of its areas', () => {
    expect(ids({ focus: 'Datos abiertos' })).toEqual(['l1', 'l2']);
    expect(ids({ focus: 'etica de datos' })).toEqual(['l3']);
  });

  it('filters by network, a lab matching through any of its networks', () => {
    expect(ids({ network: 'iberolab' })).toEqual(['l2', 'l4', 'l6']);
  });

  it('combines values of one facet with OR and facets with AND', () => {
    expect(ids({ country: ['CL', 'ES'] })).toEqual(['l3', 'l4', 'l6', 'l7', 'l8']);
    expect(ids({ country: ['CL', 'ES'], sector: 'public' })).toEqual(['l6', 'l7', 'l8']);
  });

  it('treats an empty list or a blank value as no filter', () => {
    expect(ids({ network: [], city: ' ' })).toHaveLength(8);
  });

  it('matches a filter value as a whole, not as a substring', () => {
    expect(ids({ focus: 'datos' })).toEqual([]);
  });
});

describe('filterLabs search', () => {
  it('finds names ignoring accents and case', () => {
    expect(ids({ q: 'innovacion' })).toEqual(['l1', 'l7', 'l8']);
    expect(ids({ q: 'CUSCO' })).toEqual(['l2']);
  });

  it('searches city, region, description and focus areas', () => {
    expect(ids({ q: 'huancayo' })).toEqual(['l1', 'l5']);
    expect(ids({ q: 'metropolitana' })).toEqual(['l3', 'l4']);
    expect(ids({ q: 'ayuntamientos' })).toEqual(['l7']);
    expect(ids({ q: 'cultura' })).toEqual(['l6']);
  });

  it('needs every word, each in any field', () => {
    expect(ids({ q: 'inteligencia artificial' })).toEqual(['l1', 'l3', 'l5']);
    expect(ids({ q: 'huancayo digital' })).toEqual(['l5']);
    expect(ids({ q: 'cusco madrid' })).toEqual([]);
  });

  it('does not match across the boundary of two fields', () => {
    // l2's name ends in "Lab" and its city is "Cusco".
    expect(ids({ q: 'labcusco' })).toEqual([]);
  });

  it('combines search with facet filters', () => {
    expect(ids({ q: 'datos', country: 'CL' })).toEqual(['l3']);
  });

  it('gives a search typed on, deleted back or changed what a fresh index gives (each search starts from the last one’s matches only when it narrows them)', () => {
    const queries = ['i', 'in', 'inn', 'innovacion', 'innovacion c', 'innovacion cu', 'innovacion', 'cusco', 'huancayo', 'huancayo digital', 'digital', '', 'intel artificial', 'artificial inteligencia'];
    // Each from an index of its own, first: the typed index's searches below then follow one another.
    const fresh = queries.map((q) => ({ labs: filterLabs(indexLabs(labs), { q }).map((lab) => lab.id), facets: labFacets(indexLabs(labs), { q }) }));
    const typed = indexLabs(labs);
    queries.forEach((q, i) => {
      expect(filterLabs(typed, { q }).map((lab) => lab.id), `"${q}"`).toEqual(fresh[i]!.labs);
      expect(labFacets(typed, { q }), `facets of "${q}"`).toEqual(fresh[i]!.facets);
    });
  });
});

describe('labFacets', () => {
  it('counts every value when nothing is filtered, by count then name', () => {
    const expected: LabFacets = {
      sector: [
        { value: 'public', count: 4 },
        { value: 'academia', count: 2 },
        { value: 'civil-society', count: 1 },
        { value: 'private', count: 1 },
      ],
      country: [
        { value: 'CL', count: 3 },
        { value: 'PE', count: 3 },
        { value: 'ES', count: 2 },
      ],
      region: [
        { value: 'Junín', count: 2 },
        { value: 'Metropolitana', count: 2 },
        { value: 'Andalucía', count: 1 },
        { value: 'Cusco', count: 1 },
        { value: 'Madrid', count: 1 },
      ],
      city: [
        { value: 'Santiago', count: 3 },
        { value: 'Huancayo', count: 2 },
        { value: 'Cusco', count: 1 },
        { value: 'Madrid', count: 1 },
        { value: 'Sevilla', count: 1 },
      ],
      focus: [
        { value: 'Inteligencia artificial', count: 3 },
        { value: 'Datos abiertos', count: 2 },
        { value: 'Participación', count: 2 },
        // Spanish collation puts "Ética" among the e's, not after "z" as code points would.
        { value: 'Cultura', count: 1 },
        { value: 'Ética de datos', count: 1 },
        { value: 'Innovación pública', count: 1 },
      ],
      network: [
        { value: 'iberolab', count: 3 },
        { value: 'red-cl', count: 3 },
        { value: 'red-pe', count: 3 },
      ],
    };
    expect(labFacets(index)).toEqual(expected);
  });

  it("counts each facet with every filter applied except the facet's own", () => {
    // Selected: l1 and l5. Countries count with only the focus filter (l1, l3, l5); focus areas with only
    // the country filter (l1, l2, l5).
    const expected: LabFacets = {
      sector: [
        { value: 'private', count: 1 },
        { value: 'public', count: 1 },
      ],
      country: [
        { value: 'PE', count: 2 },
        { value: 'CL', count: 1 },
      ],
      region: [{ value: 'Junín', count: 2 }],
      city: [{ value: 'Huancayo', count: 2 }],
      focus: [
        { value: 'Datos abiertos', count: 2 },
        { value: 'Inteligencia artificial', count: 2 },
      ],
      network: [{ value: 'red-pe', count: 2 }],
    };
    expect(labFacets(index, { country: 'PE', focus: 'inteligencia artificial' })).toEqual(expected);
  });

  it('counts with several values selected in one facet', () => {
    // Selected: l6, l7, l8. Countries count among public labs (l1, l6, l7, l8); sectors among CL and ES
    // labs (l3, l4, l6, l7, l8).
    const expected: LabFacets = {
      sector: [
        { value: 'public', count: 3 },
        { value: 'academia', count: 1 },
        { value: 'civil-society', count: 1 },
      ],
      country: [
        { value: 'ES', count: 2 },
        { value: 'CL', count: 1 },
        { value: 'PE', count: 1 },
      ],
      region: [
        { value: 'Andalucía', count: 1 },
        { value: 'Madrid', count: 1 },
      ],
      city: [
        { value: 'Madrid', count: 1 },
        { value: 'Santiago', count: 1 },
        { value: 'Sevilla', count: 1 },
      ],
      focus: [
        { value: 'Cultura', count: 1 },
        { value: 'Innovación pública', count: 1 },
        { value: 'Participación', count: 1 },
      ],
      network: [
        { value: 'iberolab', count: 1 },
        { value: 'red-cl', count: 1 },
      ],
    };
    expect(labFacets(index, { country: ['CL', 'ES'], sector: 'public' })).toEqual(expected);
  });

  it('applies the search to every facet', () => {
    // "datos" matches l1, l2 (Datos abiertos) and l3 (Ética de datos).
    const facets = labFacets(index, { q: 'datos', country: 'PE' });
    expect(facets.country).toEqual([
      { value: 'PE', count: 2 },
      { value: 'CL', count: 1 },
    ]);
    expect(facets.sector).toEqual([
      { value: 'academia', count: 1 },
      { value: 'public', count: 1 },
    ]);
  });

  it('counts a lab once per value even when it repeats the value in another spelling', () => {
    const repeated = indexLabs([
      lab('a', { name: 'A', sector: 'public', country: 'PE', focusAreas: ['IA', 'ia', 'Datos'] }),
    ]);
    expect(labFacets(repeated).focus).toEqual([
      { value: 'Datos', count: 1 },
      { value: 'IA', count: 1 },
    ]);
  });
});

describe('indexLabs', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('keeps the labs it was given', () => {
    expect(index.labs).toBe(labs);
  });

  it('normalizes the data once, not on every query', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...labs[i % labs.length]!, id: `lab${i}` }));
    const bigIndex = indexLabs(many);
    const normalize = vi.spyOn(String.prototype, 'normalize');
    const filter = { q: 'inteligencia artificial', region: 'Junín', sector: ['public', 'private'] };
    expect(filterLabs(bigIndex, filter)).toHaveLength(1250);
    expect(labFacets(bigIndex, filter).region).toEqual([{ value: 'Junín', count: 1250 }]);
    // Only the query and the filter values are normalized, on each of the two calls.
    expect(normalize.mock.calls.length).toBeLessThanOrEqual(8);
  });
});
