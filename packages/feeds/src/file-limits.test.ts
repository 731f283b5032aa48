import { describe, expect, it } from 'vitest';
import { fileSizeProblem } from './file-limits.js';

const labsFile = (count: number, description = '') =>
  JSON.stringify({ schemaVersion: 1, labs: Array.from({ length: count }, (_, i) => ({ id: `lab-${i}`, description })) });

describe('fileSizeProblem', () => {
  it('counts the items of the file\'s array: from 80% of 10,000 a warning, over it an error', () => {
    expect(fileSizeProblem(labsFile(7_999))).toBeUndefined();
    expect(fileSizeProblem(labsFile(8_000))).toEqual({ code: 'file-near-limit', params: { size: '8000 items', limit: '10000 items' } });
    expect(fileSizeProblem(labsFile(10_000))?.code).toBe('file-near-limit');
    expect(fileSizeProblem(labsFile(10_001))).toEqual({ code: 'file-too-large', params: { size: '10001 items', limit: '10000 items' } });
  });

  it('weighs the bytes, in UTF-8: from 80% of 5 MiB a warning, over it an error', () => {
    expect(fileSizeProblem(labsFile(1_000, 'x'.repeat(3_000)))).toBeUndefined();
    expect(fileSizeProblem(labsFile(1_000, 'ñ'.repeat(2_200)))).toEqual({ code: 'file-near-limit', params: { size: '4.2 MB', limit: '5 MB' } });
    expect(fileSizeProblem(labsFile(1_000, 'x'.repeat(5_300)))?.code).toBe('file-too-large');
  });
});
