import { describe, expect, it } from 'vitest';
import { eventMatcher, type EventFilter } from './event-filter.js';
import { Event, type GovEvent, type GovEventInput } from './schema.js';

function event(id: string, fields: Partial<GovEventInput>): GovEvent {
  return Event.parse({ id, title: id, start: '2024-05-01T15:00:00Z', timeZone: 'America/Lima', ...fields });
}

const events: GovEvent[] = [
  event('e1', {
    title: 'Panel sobre IA',
    description: 'Conversación sobre algoritmos públicos',
    kind: 'panel',
    topics: ['Inteligencia Artificial', 'Gobierno digital'],
    location: { country: 'CL', city: 'Santiago', name: 'Centro Cultural' },
    network: 'red-cl',
    speakers: [{ name: 'María Núñez', affiliation: 'Universidad de Chile', role: 'Moderadora' }],
    organizers: [{ name: 'GobLab' }],
  }),
  event('e2', {
    title: 'Taller de datos',
    kind: 'workshop',
    topics: ['Datos abiertos'],
    location: { country: 'PE', city: 'Cusco' },
    network: 'red-pe',
  }),
  event('e3', { title: 'Webinar de innovación', kind: 'webinar' }),
  event('e4', {
    title: 'Encuentro de laboratorios',
    kind: 'meeting',
    topics: ['Participación'],
    location: { country: 'ES', city: 'Madrid', name: 'Medialab Matadero' },
    network: 'iberolab',
  }),
];

function ids(filter?: EventFilter): string[] {
  return events.filter(eventMatcher(filter)).map((found) => found.id);
}

describe('eventMatcher', () => {
  it('accepts every event without a filter', () => {
    expect(ids()).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(ids({})).toEqual(['e1', 'e2', 'e3', 'e4']);
  });

  it('filters by kind, any of several', () => {
    expect(ids({ kinds: ['panel', 'workshop'] })).toEqual(['e1', 'e2']);
    expect(ids({ kinds: [] })).toEqual(['e1', 'e2', 'e3', 'e4']);
  });

  it('filters by whole topics, ignoring accents and case', () => {
    expect(ids({ topics: ['inteligencia artificial'] })).toEqual(['e1']);
    expect(ids({ topics: ['DATOS ABIERTOS', 'participacion'] })).toEqual(['e2', 'e4']);
    expect(ids({ topics: ['datos'] })).toEqual([]);
  });

  it("filters by the location's country, leaving out events without one", () => {
    expect(ids({ country: 'pe' })).toEqual(['e2']);
    expect(ids({ country: ['CL', 'ES'] })).toEqual(['e1', 'e4']);
  });

  it('filters by network', () => {
    expect(ids({ network: 'iberolab' })).toEqual(['e4']);
    expect(ids({ network: ['red-cl', 'red-pe'] })).toEqual(['e1', 'e2']);
  });

  it('combines different filters with AND', () => {
    expect(ids({ kinds: ['panel', 'workshop'], country: 'PE' })).toEqual(['e2']);
    expect(ids({ kinds: ['panel'], network: 'red-pe' })).toEqual([]);
  });
});

describe('eventMatcher search', () => {
  it.each([
    ['innovacion', 'e3', 'title'],
    ['algoritmos publicos', 'e1', 'description'],
    ['gobierno digital', 'e1', 'topics'],
    ['nunez', 'e1', "speakers' names"],
    ['universidad chile', 'e1', "speakers' affiliations"],
    ['goblab', 'e1', 'organizers'],
    ['matadero', 'e4', "the location's name"],
    ['CUSCO', 'e2', "the location's city"],
  ])('finds "%s" in %s (%s)', (q, id) => {
    expect(ids({ q })).toEqual([id]);
  });

  it('needs every word in the same event', () => {
    expect(ids({ q: 'taller cusco' })).toEqual(['e2']);
    expect(ids({ q: 'taller santiago' })).toEqual([]);
  });

  it('does not match across the boundary of two fields', () => {
    // e2's title ends in "datos" and its topic starts with "Datos".
    expect(ids({ q: 'datosdatos' })).toEqual([]);
  });

  it('does not search roles', () => {
    expect(ids({ q: 'moderadora' })).toEqual([]);
  });

  it('combines search with filters', () => {
    expect(ids({ q: 'de', kinds: ['meeting', 'webinar'] })).toEqual(['e3', 'e4']);
  });
});
