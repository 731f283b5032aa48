// The screenshot comparison of the browser tests (scripts/wtr-screenshots.mjs): its PNG reading and
// writing, its tolerance, and what a failure says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASELINES, checkScreenshot, compareImages, decodePng, encodePng } from '../../scripts/wtr-screenshots.mjs';

/** A width × height image of one colour. */
const plain = (width: number, height: number, rgba: number[]) => {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set(rgba, i);
  return { width, height, data };
};

describe('screenshot comparison', () => {
  it('reads back what it writes, and reads the committed baselines (Chromium’s filtered PNGs)', () => {
    const image = plain(3, 2, [10, 20, 30, 255]);
    image.data.set([200, 100, 0, 255], 4);
    const read = decodePng(encodePng(image));
    expect(read).toEqual({ width: 3, height: 2, data: image.data });
    const baseline = decodePng(readFileSync(`${BASELINES}/print-agenda.png`));
    expect(baseline.width).toBe(794);
    // The page is white around the agenda; its text is black.
    expect([...baseline.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
    expect(baseline.data.filter((_, i) => i % 4 === 0).reduce((darkest, red) => Math.min(darkest, red), 255)).toBeLessThan(40);
  });

  it('counts a pixel as different beyond a few levels of a channel, and marks it red', () => {
    const baseline = plain(10, 10, [255, 255, 255, 255]);
    const actual = plain(10, 10, [255, 255, 255, 255]);
    actual.data.set([250, 250, 250, 255], 0); // antialiasing noise
    actual.data.set([0, 0, 0, 255], 4 * 55); // a changed pixel
    const { differing, diff } = compareImages(baseline, actual);
    expect(differing).toBe(1);
    expect([...diff.data.subarray(4 * 55, 4 * 56)]).toEqual([255, 0, 0, 255]);
  });

  it('fails without a baseline (never passing on nothing), saying how to take one', () => {
    const result = checkScreenshot('no-such-baseline', encodePng(plain(2, 2, [0, 0, 0, 255])), false);
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/no baseline .*no-such-baseline\.png.*UPDATE_SCREENSHOTS=1/);
  });

  it('passes the same page, and fails a page of another size with both sizes said', () => {
    const baseline = readFileSync(`${BASELINES}/print-agenda.png`);
    expect(checkScreenshot('print-agenda', baseline, false)).toMatchObject({ passed: true });
    const other = checkScreenshot('print-agenda', encodePng(plain(794, 10, [255, 255, 255, 255])), false);
    expect(other.passed).toBe(false);
    expect(other.message).toMatch(/794×10 px, its baseline 794×\d+ px/);
  });
});
