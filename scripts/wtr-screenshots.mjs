// Screenshots compared with baselines committed to the repository, for web-test-runner (Playwright's
// Chromium): the test calls `executeServerCommand('compare-screenshot', { name })` and gets back whether
// the page looks as its baseline does, within a tolerance, and if not, why, in words. The page is taken
// whole (`fullPage`: what a printed page holds, whatever its height), without caret or animations.
//
// Baselines: packages/widgets/test/screenshots/<name>.png. On a difference the page taken and a diff
// (the baseline faded, differing pixels red) are written to .cache/screenshots/<name>.{actual,diff}.png.
// To accept a change on purpose, take the baselines again and commit them (look at them first):
//   UPDATE_SCREENSHOTS=1 npx web-test-runner --config web-test-runner.config.mjs --files <the test>
// A missing baseline fails the test (so CI never passes on nothing) unless UPDATE_SCREENSHOTS is set.
//
// PNG files are read and written here with node:zlib (8-bit RGB or RGBA, not interlaced: what Chromium
// writes), to avoid a dependency for a hundred lines.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync, inflateSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BASELINES = join(root, 'packages/widgets/test/screenshots');
const RESULTS = join(root, '.cache/screenshots');

/**
 * A pixel differs when a channel is off by more than this (of 255): text antialiasing may move by a few
 * levels between runs of one Chromium; a changed colour, border or glyph moves by far more.
 */
const CHANNEL_TOLERANCE = 48;
/** The share of differing pixels tolerated (a few glyph edges on a page of text). */
const PIXEL_TOLERANCE = 0.0005;

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** @returns {{ width: number, height: number, data: Uint8Array }} RGBA pixels */
export function decodePng(file) {
  if (!file.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat = [];
  for (let at = 8; at < file.length; ) {
    const length = file.readUInt32BE(at);
    const type = file.toString('latin1', at + 4, at + 8);
    const body = file.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      channels = { 2: 3, 6: 4 }[colour] ?? 0;
      if (depth !== 8 || !channels || interlace) throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
    } else if (type === 'IDAT') idat.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rows.subarray(y * stride, (y + 1) * stride);
    const up = y ? rows.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[x - channels] : 0;
      const b = up[x];
      const c = x >= channels ? up[x - channels] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
      out[x] = (line[x] + predictor) & 0xff;
    }
  }
  if (channels === 4) return { width, height, data: rows };
  const data = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < rows.length; i += 3, j += 4) data.set([rows[i], rows[i + 1], rows[i + 2], 255], j);
  return { width, height, data };
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** An RGBA image as a PNG file (no filter: these files are for people to look at, not to ship). */
export function encodePng({ width, height, data }) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) raw.set(data.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  const chunk = (type, body) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
    return Buffer.concat([head, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * Compares two RGBA images of one size: how many pixels differ, and a picture of where (the baseline
 * faded to grey, differing pixels red).
 */
export function compareImages(baseline, actual) {
  const { width, height } = baseline;
  const diff = new Uint8Array(width * height * 4);
  let differing = 0;
  for (let i = 0; i < diff.length; i += 4) {
    let off = 0;
    for (let c = 0; c < 4; c++) off = Math.max(off, Math.abs(baseline.data[i + c] - actual.data[i + c]));
    if (off > CHANNEL_TOLERANCE) {
      differing++;
      diff.set([255, 0, 0, 255], i);
    } else {
      const grey = 191 + ((baseline.data[i] + baseline.data[i + 1] + baseline.data[i + 2]) / 12);
      diff.set([grey, grey, grey, 255], i);
    }
  }
  return { differing, diff: { width, height, data: diff } };
}

/** What the test is told: whether the page matches its baseline, and if not, why and where to look. */
export function checkScreenshot(name, png, update = !!process.env.UPDATE_SCREENSHOTS) {
  if (!/^[\w-]+$/.test(name)) throw new Error(`screenshot name "${name}": letters, digits, - and _ only`);
  const baselineFile = join(BASELINES, `${name}.png`);
  const relativeBaseline = baselineFile.slice(root.length + 1);
  if (update) {
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(baselineFile, png);
    return { passed: true, message: `${relativeBaseline} written` };
  }
  const howToUpdate = 'If the change is meant, take the baselines again with UPDATE_SCREENSHOTS=1 (tests/README.md, "Screenshots") and commit them.';
  mkdirSync(RESULTS, { recursive: true });
  const actualFile = join(RESULTS, `${name}.actual.png`);
  if (!existsSync(baselineFile)) {
    writeFileSync(actualFile, png);
    return { passed: false, message: `${name}: no baseline ${relativeBaseline}; the page taken is in ${actualFile}. ${howToUpdate}` };
  }
  const baseline = decodePng(readFileSync(baselineFile));
  const actual = decodePng(png);
  if (baseline.width !== actual.width || baseline.height !== actual.height) {
    writeFileSync(actualFile, png);
    return {
      passed: false,
      message: `${name}: the page is ${actual.width}×${actual.height} px, its baseline ${baseline.width}×${baseline.height} px (see ${actualFile}). ${howToUpdate}`,
    };
  }
  const { differing, diff } = compareImages(baseline, actual);
  const share = differing / (baseline.width * baseline.height);
  if (share <= PIXEL_TOLERANCE) return { passed: true, message: `${name}: ${differing} pixels differ` };
  const diffFile = join(RESULTS, `${name}.diff.png`);
  writeFileSync(actualFile, png);
  writeFileSync(diffFile, encodePng(diff));
  return {
    passed: false,
    message:
      `${name}: ${differing} pixels (${(share * 100).toFixed(2)} %) differ from ${relativeBaseline}, more than ${PIXEL_TOLERANCE * 100} % allowed. ` +
      `Differences in red: ${diffFile}; the page taken: ${actualFile}. ${howToUpdate}`,
  };
}

/** The web-test-runner plugin: the `compare-screenshot` command, for Playwright's browsers. */
export function screenshotPlugin() {
  return {
    name: 'govtech-screenshots',
    async executeCommand({ command, payload, session }) {
      if (command !== 'compare-screenshot') return undefined;
      if (session.browser.type !== 'playwright') throw new Error('compare-screenshot needs the Playwright launcher');
      const page = session.browser.getPage(session.id);
      const png = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide', scale: 'css' });
      return checkScreenshot(String(payload?.name), png);
    },
  };
}
