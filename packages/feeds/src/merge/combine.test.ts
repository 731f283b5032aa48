import type { GovEvent, GovLab } from '@govtech-network/sdk';
import { describe, expect, it } from 'vitest';
import { combineInputs } from './combine.js';
import type { InputItems } from './read-input.js';

const event = (id: string, extra: Partial<GovEvent> = {}): GovEvent => ({
  id, title: `Evento ${id}`, start: '2026-03-10T10:00:00-03:00', timeZone: 'America/Santiago', allDay: false,
  status: 'scheduled', kind: 'panel', attendance: 'online', highlight: false, network: 'red', ...extra,
});
const lab = (id: string, extra: Partial<GovLab> = {}): GovLab => ({ id, name: `Lab ${id}`, sector: 'public', country: 'CL', ...extra });
const input = (name: string, items: Partial<Omit<InputItems, 'input'>>): InputItems => ({ input: name, networks: [], events: [], ...items });

describe('combineInputs', () => {
  it('keeps identical items once, silently, in first-seen order', () => {
    const red = { id: 'red', name: 'Red' };
    const combined = combineInputs([input('uno', { networks: [red], events: [event('a'), event('b')] }), input('dos', { networks: [{ ...red }], events: [event('b'), event('c')] })], 'en');
    expect(combined.problems).toEqual([]);
    expect(combined.networks).toEqual([red]);
    expect(combined.events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(combined).not.toHaveProperty('labs');
    expect(combined).not.toHaveProperty('streams');
  });

  it('lets the later updatedAt win a conflict, whichever input has it', () => {
    const old = event('a', { title: 'Antes', updatedAt: '2026-01-01T12:00:00Z' });
    const newer = event('a', { title: 'Después', updatedAt: '2026-01-01T10:00:00-03:00' }); // 13:00Z
    const second = combineInputs([input('uno', { events: [old] }), input('dos', { events: [newer] })], 'en');
    expect(second.events[0]?.title).toBe('Después');
    expect(second.problems).toEqual([
      expect.objectContaining({
        severity: 'warning', file: 'dos', field: 'id',
        message: 'The event "a" differs between uno and dos (title, updatedAt); the one from dos is used, with the later updatedAt',
      }),
    ]);
    const first = combineInputs([input('uno', { events: [newer] }), input('dos', { events: [old] })], 'es');
    expect(first.events[0]?.title).toBe('Después');
    expect(first.problems[0]?.message).toBe('El evento "a" distinto en uno y en dos (title, updatedAt); se usa el de uno, con el updatedAt más reciente');
  });

  it('keeps the first input\'s event when updatedAt cannot decide (missing on one side, or equal)', () => {
    const stamped = event('a', { title: 'Con fecha', updatedAt: '2026-05-01T00:00:00Z' });
    const unstamped = event('a', { title: 'Sin fecha' });
    const combined = combineInputs([input('uno', { events: [unstamped] }), input('dos', { events: [stamped] })], 'en');
    expect(combined.events[0]?.title).toBe('Sin fecha');
    expect(combined.problems[0]?.message).toContain('the one from uno is used, the first in the list');
    const equal = combineInputs([input('uno', { events: [{ ...stamped, title: 'Uno' }] }), input('dos', { events: [{ ...stamped, title: 'Dos' }] })], 'en');
    expect(equal.events[0]?.title).toBe('Uno');
  });

  it('reports a network id with two names, keeping the first', () => {
    const combined = combineInputs([input('uno', { networks: [{ id: 'red', name: 'Red Uno' }] }), input('dos', { networks: [{ id: 'red', name: 'Red Dos' }] })], 'en');
    expect(combined.networks).toEqual([{ id: 'red', name: 'Red Uno' }]);
    expect(combined.problems.map((p) => p.message)).toEqual(['The network "red" differs between uno and dos (name); the one from uno is used, the first in the list']);
  });

  it('unions lab networks: silently when only they differ, and over a conflict too', () => {
    const combined = combineInputs(
      [
        input('uno', { labs: [lab('l', { networks: ['a'] }), lab('m', { networks: ['a'] })] }),
        input('dos', { labs: [lab('l', { networks: ['b', 'a'] }), lab('m', { name: 'Otro nombre', networks: ['b'] })] }),
        input('tres', { labs: [lab('l')] }),
      ],
      'en',
    );
    expect(combined.labs).toEqual([lab('l', { networks: ['a', 'b'] }), lab('m', { networks: ['a', 'b'] })]);
    expect(combined.problems.map((p) => p.message)).toEqual(['The lab "m" differs between uno and dos (name); the one from uno is used, the first in the list']);
  });

  it('names the streams feed as present when any input has one', () => {
    const stream = { id: 's', videoId: 'ejVerano221', title: 'Panel' };
    const combined = combineInputs([input('uno', {}), input('dos', { streams: [stream] }), input('tres', { streams: [{ ...stream, title: 'Otro' }] })], 'en');
    expect(combined.streams).toEqual([stream]);
    expect(combined.problems.map((p) => p.message)).toEqual(['The stream "s" differs between dos and tres (title); the one from dos is used, the first in the list']);
  });
});
