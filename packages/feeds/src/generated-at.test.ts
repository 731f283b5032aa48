import { describe, expect, it } from 'vitest';
import { generatedAtOf } from './generated-at.js';

const now = () => Date.parse('2026-11-21T12:34:56.789Z');

describe('generatedAtOf', () => {
  it('takes the configured value, else SOURCE_DATE_EPOCH, else now (to the second)', () => {
    expect(generatedAtOf('2026-01-02T03:04:05-03:00', { SOURCE_DATE_EPOCH: '1700000000' }, now)).toBe('2026-01-02T03:04:05-03:00');
    expect(generatedAtOf(undefined, { SOURCE_DATE_EPOCH: '1700000000' }, now)).toBe('2023-11-14T22:13:20Z');
    expect(generatedAtOf(undefined, { SOURCE_DATE_EPOCH: '' }, now)).toBe('2026-11-21T12:34:56Z');
    expect(generatedAtOf(undefined, undefined, now)).toBe('2026-11-21T12:34:56Z');
  });

  it('is undefined for an unusable value, so the caller reports it', () => {
    expect(generatedAtOf('2026-01-02 03:04', {}, now)).toBeUndefined();
    expect(generatedAtOf(undefined, { SOURCE_DATE_EPOCH: 'yesterday' }, now)).toBeUndefined();
  });
});
