// The four widgets on copies of real host pages (tests/host/pages/*.css: Bootstrap 3 and 5, GOV.UK
// Frontend, Tailwind's Preflight, a WordPress theme, the 62.5% root, a page of careless global rules, a
// page with its own dark mode), at phone to desktop widths, with the visitor's system light and dark.
// Each page and width is measured as laid out: nothing of a widget wider than the widget, text at the
// visitor's size, targets of 24 px, AA contrast, the countdown's boxes in one row or two by two, the
// month grid's titles visible beside a 12-hour time, and the page's colour scheme followed.
import { expect, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../packages/widgets/src/event-calendar.js';
import '../../packages/widgets/src/panel-countdown.js';
import '../../packages/widgets/src/lab-directory.js';
import '../../packages/widgets/src/stream-card.js';
import { LabDirectoryHarness } from '../../packages/widgets/test/harness/lab-directory.js';
import { backgroundLuminance, lowContrast, overflowing, rows, smallTargets, smallText, titleShown } from './support/measure.js';

const SAMPLE = '/examples/feeds/v1/';
const LABS = '/packages/widgets/test/fixtures/labs-feed/';
const NOW = Date.parse('2026-11-21T12:00:00Z');
const now = () => NOW;

/** The host pages: each is a stylesheet, and whether the page declares a dark mode of its own. */
const PAGES = [
  { name: 'bootstrap3', dark: false },
  { name: 'bootstrap5', dark: false },
  { name: 'govuk-frontend', dark: false },
  { name: 'tailwind-preflight', dark: false },
  { name: 'wordpress', dark: false },
  { name: 'root-62-5', dark: false },
  { name: 'aggressive', dark: false },
  { name: 'dark-ready', dark: true },
] as const;
const WIDTHS = [320, 375, 768, 1280];
/** The visitor's default text size (Chromium's `medium`), which the widgets keep whatever the page's root. */
const TEXT = 16;
/** The smallest text in a widget: the calendar's chips and badges, 0.75 of the widget's size. */
const SMALLEST_TEXT = 0.75 * TEXT;

const tags = ['govtech-event-calendar', 'govtech-panel-countdown', 'govtech-lab-directory', 'govtech-stream-card'] as const;
const widget = (tag: (typeof tags)[number]) => document.querySelector<HTMLElement>(tag)!;

async function useStylesheet(name: string): Promise<void> {
  document.querySelector('link[data-host-page]')?.remove();
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `/tests/host/pages/${name}.css` });
  link.dataset.hostPage = '';
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
  document.head.append(link);
  await loaded;
}

/** The page's content column: the class names each framework's stylesheet knows, a sidebar for the countdown. */
async function renderPage(): Promise<void> {
  document.documentElement.classList.add('govuk-template');
  document.body.classList.add('govuk-template__body');
  const main = document.createElement('main');
  main.className = 'container govuk-width-container govuk-main-wrapper entry-content';
  document.body.append(main);
  render(
    html`<h2>Agenda</h2>
      <govtech-event-calendar src=${SAMPLE} date="2022-02" locale="en" time-zone="America/Santiago" filters .now=${now}></govtech-event-calendar>
      <govtech-lab-directory src=${LABS}></govtech-lab-directory>
      <govtech-stream-card src=${SAMPLE} stream-id="verano-2022-panel-1" poster="/packages/widgets/test/fixtures/poster.svg" .now=${now}></govtech-stream-card>
      <govtech-panel-countdown layout="hero" src=${SAMPLE} time-zone="America/Bogota" .now=${now}></govtech-panel-countdown>
      <aside style="width: min(300px, 100%)">
        <govtech-panel-countdown src=${SAMPLE} time-zone="America/Bogota" .now=${now}></govtech-panel-countdown>
      </aside>`,
    main,
  );
  const shadow = (tag: (typeof tags)[number]) => widget(tag).shadowRoot;
  const all = [...document.querySelectorAll<HTMLElement>(tags.join())];
  await waitUntil(() => all.every((el) => el.shadowRoot?.querySelector('[aria-busy="true"]') === null && el.shadowRoot?.firstElementChild), 'widgets did not load', { timeout: 4000 });
  await waitUntil(() => shadow('govtech-lab-directory')!.querySelector('[part="count"]'), 'directory did not load', { timeout: 4000 });
  // A search that marks words in a lab's name and in its place (muted text).
  await new LabDirectoryHarness(widget('govtech-lab-directory') as never).search('cusco');
  await waitUntil(() => shadow('govtech-event-calendar')!.querySelector('.chip'), 'calendar chips expected', { timeout: 4000 });
}

/** Waits for what a new viewport sets off: resize observers (the calendar's view), their updates, a frame. */
async function settled(): Promise<void> {
  for (let frame = 0; frame < 3; frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await Promise.all([...document.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(tags.join())].map((el) => el.updateComplete));
  }
}

/** Every problem of the four widgets on the current page, width and scheme, as lines (empty: none). */
function problems(width: number): string[] {
  const found: string[] = [];
  for (const el of document.querySelectorAll<HTMLElement>(tags.join())) {
    const tag = `${el.localName}${el.hasAttribute('layout') ? `[layout=${el.getAttribute('layout')}]` : ''}`;
    const add = (what: string, list: string[]) => found.push(...list.map((line) => `${tag}: ${what}: ${line}`));
    add('wider than the widget', overflowing(el));
    add('text below the visitor’s size', smallText(el, SMALLEST_TEXT));
    add('target under 24 px', smallTargets(el));
    add('contrast', lowContrast(el));
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size !== TEXT) found.push(`${tag}: font-size ${size}px, not the visitor's ${TEXT}px`);
  }
  for (const countdown of document.querySelectorAll('govtech-panel-countdown')) {
    const boxes = rows([...countdown.shadowRoot!.querySelectorAll('.box')]);
    if (!['4', '2,2'].includes(boxes.join())) found.push(`countdown ${countdown.getAttribute('layout') ?? 'card'}: boxes in rows of ${boxes.join('+')}`);
  }
  if (width >= 768) {
    const calendar = widget('govtech-event-calendar').shadowRoot!;
    if (!calendar.querySelector('table')) found.push('calendar: no month grid');
    for (const chip of calendar.querySelectorAll<HTMLElement>('td .chip')) {
      const shown = titleShown(chip);
      // At least about four letters of the title, beside or under the time.
      if (shown < 2 * parseFloat(getComputedStyle(chip).fontSize)) found.push(`calendar chip "${chip.textContent!.trim()}" shows ${Math.round(shown)}px of its title`);
    }
  }
  return found;
}

describe('the widgets on real host pages', () => {
  before(renderPage);
  after(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const page of PAGES) {
    it(`${page.name}: fit, readable, 24 px targets and AA contrast at ${WIDTHS.join(', ')} px, light and dark`, async () => {
      await useStylesheet(page.name);
      const found: string[] = [];
      for (const scheme of ['light', 'dark'] as const) {
        await emulateMedia({ colorScheme: scheme });
        for (const width of WIDTHS) {
          await setViewport({ width, height: 900 });
          await settled();
          found.push(...problems(width).map((line) => `${scheme} ${width}px: ${line}`));
        }
        // A light page stays light with a dark system; a page with its own dark mode gets dark widgets.
        for (const tag of tags) {
          const light = backgroundLuminance(widget(tag)) > 0.5;
          const expected = scheme === 'light' || !page.dark;
          if (light !== expected) found.push(`${scheme}: ${tag} is ${light ? 'light' : 'dark'} on this page`);
        }
      }
      expect(found, found.join('\n')).to.deep.equal([]);
    });
  }
});

describe('the widgets’ colour scheme and size, chosen by the webmaster', () => {
  before(async () => {
    await useStylesheet('bootstrap5');
    await setViewport({ width: 1280, height: 900 });
  });
  after(async () => {
    await emulateMedia({ colorScheme: 'light' });
    for (const tag of tags) {
      widget(tag).removeAttribute('theme');
      widget(tag).style.removeProperty('--govtech-font-size');
    }
  });

  it('theme="auto" follows the visitor’s system, theme="dark" and "light" fix one, on a light page', async () => {
    const isLight = (tag: (typeof tags)[number]) => backgroundLuminance(widget(tag)) > 0.5;
    for (const [theme, system, light] of [
      ['auto', 'dark', false],
      ['auto', 'light', true],
      ['dark', 'light', false],
      ['light', 'dark', true],
    ] as const) {
      await emulateMedia({ colorScheme: system });
      for (const tag of tags) widget(tag).setAttribute('theme', theme);
      await settled();
      for (const tag of tags) expect(isLight(tag), `${tag} theme="${theme}", system ${system}`).to.equal(light);
      const found = tags.flatMap((tag) => lowContrast(widget(tag)).map((line) => `${tag}: ${line}`));
      expect(found, `theme="${theme}", system ${system}`).to.deep.equal([]);
    }
  });

  it('--govtech-font-size sets the size of everything inside, targets staying 24 px even when small', async () => {
    for (const size of [20, 10]) {
      for (const tag of tags) widget(tag).style.setProperty('--govtech-font-size', `${size}px`);
      await settled();
      for (const tag of tags) {
        expect(getComputedStyle(widget(tag)).fontSize, tag).to.equal(`${size}px`);
        expect(smallText(widget(tag), 0.75 * size), tag).to.deep.equal([]);
        expect(smallTargets(widget(tag)), `${tag} at ${size}px`).to.deep.equal([]);
      }
    }
  });
});
