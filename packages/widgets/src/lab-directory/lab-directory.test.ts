import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../lab-directory.js';
import type { GovtechLabDirectory } from './lab-directory.js';

const SAMPLE = '/examples/feeds/v1/';
/** Nine labs with hand-computed facets: see packages/widgets/test/fixtures/labs-feed/labs.json. */
const FIXTURE = '/packages/widgets/test/fixtures/labs-feed/';

async function directory(template: ReturnType<typeof html>): Promise<GovtechLabDirectory> {
  const el = await fixture<GovtechLabDirectory>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('[part="count"]'), 'directory did not load', { timeout: 4000 });
  return el;
}

const root = (el: GovtechLabDirectory) => el.shadowRoot!;
const names = (el: GovtechLabDirectory) => [...root(el).querySelectorAll('.lab-name')].map((b) => b.textContent!.trim());
const count = (el: GovtechLabDirectory) => root(el).querySelector('[part="count"]')!.textContent!.trim();
/** A facet as "value count" lines, in the order shown. */
const facet = (el: GovtechLabDirectory, legend: string) => {
  const set = [...root(el).querySelectorAll('fieldset')].find((f) => f.querySelector('legend')!.textContent === legend);
  return set ? [...set.querySelectorAll('.option')].map((o) => `${o.querySelector('.option-label')!.textContent} ${o.querySelector('.option-count')!.textContent}`) : undefined;
};
const checkbox = (el: GovtechLabDirectory, legend: string, label: string) => {
  const set = [...root(el).querySelectorAll('fieldset')].find((f) => f.querySelector('legend')!.textContent === legend)!;
  const option = [...set.querySelectorAll('.option')].find((o) => o.querySelector('.option-label')!.textContent === label)!;
  return option.querySelector('input')!;
};

/** Types into the search field and waits for the results of that query. */
async function type(el: GovtechLabDirectory, text: string) {
  const input = root(el).querySelector<HTMLInputElement>('[part="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete; // the query starts in this update
  await waitUntil(() => (el as unknown as { feed: { state: string } }).feed.state === 'ready', `results for "${text}"`);
  await el.updateComplete;
}

describe('<govtech-lab-directory>', () => {
  it('shows the sample network a page at a time, accessibly', async () => {
    const el = await directory(html`<govtech-lab-directory src=${SAMPLE}></govtech-lab-directory>`);
    expect(count(el)).to.equal('Mostrando 24 de 58 laboratorios');
    expect(facet(el, 'Sector')).to.deep.equal(['Academia 40', 'Sector privado 11', 'Sector público 5', 'Sociedad civil 2']);
    await expect(el).to.be.accessible();
    const more = root(el).querySelector<HTMLButtonElement>('[part="more"]')!;
    more.click();
    await el.updateComplete;
    expect(count(el)).to.equal('Mostrando 48 de 58 laboratorios');
    // Keyboard users land on the first of the newly shown labs.
    expect(root(el).activeElement).to.equal(root(el).querySelectorAll('.lab-name')[24]);
  });

  it('reports the invalid lab and never renders feed text as HTML', async () => {
    const el = await directory(html`<govtech-lab-directory src=${FIXTURE}></govtech-lab-directory>`);
    expect(count(el)).to.equal('8 laboratorios'); // l8 has no country: dropped
    const hostile = [...root(el).querySelectorAll('[part="lab"]')].find((li) => li.textContent!.includes('onerror'))!;
    expect(hostile.textContent).to.include('<script>window.__pwned');
    expect(hostile.querySelector('img, script, a')).to.equal(null);
    expect((window as { __pwned?: string }).__pwned).to.equal(undefined);
  });

  it('searches ignoring accents and case, across several words, and highlights safely', async () => {
    const el = await directory(html`<govtech-lab-directory src=${FIXTURE}></govtech-lab-directory>`);
    await type(el, 'INNOVACION');
    expect(names(el)).to.deep.equal(['Ágora Pública', 'Innova UIS', 'Laboratorio de Innovación, "Cusco"']);
    await type(el, 'cusco inteligencia');
    expect(names(el)).to.deep.equal(['Ágora Pública', 'Laboratorio de Innovación, "Cusco"']);
    const marks = [...root(el).querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).to.include('Cusco');
    expect(marks).to.include('Inteligencia');
    await type(el, 'zzzz');
    expect(count(el)).to.equal('Ningún laboratorio coincide');
    await expect(el).to.be.accessible();
  });

  it('counts each facet value as what choosing it would leave (hand-computed)', async () => {
    const el = await directory(html`<govtech-lab-directory src=${FIXTURE} locale="en"></govtech-lab-directory>`);
    expect(facet(el, 'Sector')).to.deep.equal(['Academia 3', 'Private sector 2', 'Public sector 2', 'Civil society 1']);
    expect(facet(el, 'Country')).to.deep.equal(['PE 5', 'CL 2', 'CO 1']);
    expect(facet(el, 'Network')).to.deep.equal(['Red A de prueba 5', 'Red B de prueba 2']);
    checkbox(el, 'Country', 'PE').click();
    await waitUntil(() => count(el) === '5 labs');
    // Other facets narrow to Peru; the country facet still offers the other countries.
    expect(facet(el, 'Sector')).to.deep.equal(['Academia 2', 'Public sector 2', 'Private sector 1']);
    expect(facet(el, 'Country')).to.deep.equal(['PE 5', 'CL 2', 'CO 1']);
    checkbox(el, 'Topic', 'Inteligencia artificial').click();
    await waitUntil(() => count(el) === '3 labs');
    await type(el, 'cusco');
    expect(count(el)).to.equal('2 labs');
    expect(facet(el, 'Sector')).to.deep.equal(['Academia 2']);
    root(el).querySelector<HTMLButtonElement>('.facets > .button')!.click(); // clear all, one action
    await waitUntil(() => count(el) === '8 labs');
    expect(root(el).querySelector<HTMLInputElement>('[part="search"]')!.value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('narrows by preset attributes and hides their facets', async () => {
    const el = await directory(html`<govtech-lab-directory src=${FIXTURE} country="PE" sector="academia,public"></govtech-lab-directory>`);
    expect(count(el)).to.equal('4 laboratorios');
    expect(facet(el, 'País')).to.equal(undefined);
    expect(facet(el, 'Sector')).to.equal(undefined);
    expect(facet(el, 'Ciudad')).to.deep.equal(['Cusco 2', 'Cajamarca 1', 'Lima 1']);
  });

  it('sorts by name, city and year founded', async () => {
    const el = await directory(html`<govtech-lab-directory src=${FIXTURE} sort="founded"></govtech-lab-directory>`);
    expect(names(el).slice(0, 3)).to.deep.equal(['Ágora Pública', 'Datos Abiertos Santiago', 'GobLab Lima']);
    expect(names(el).at(-1)).to.match(/HYPERLINK|onerror/); // no year: last
    const select = root(el).querySelector<HTMLSelectElement>('.sort select')!;
    select.value = 'city';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // The hostile lab's "city" starts with "<", which sorts before letters; then Arequipa, Bucaramanga.
    expect(names(el).slice(1, 3)).to.deep.equal(['=HYPERLINK("x") Tech Perú', 'Innova UIS']);
  });

  it('downloads the filtered labs as CSV', async () => {
    const el = await directory(html`<govtech-lab-directory src=${FIXTURE} country="PE"></govtech-lab-directory>`);
    await type(el, 'cusco');
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), original.call(URL, blob));
    try {
      root(el).querySelector<HTMLButtonElement>('[part="csv"]')!.click();
    } finally {
      URL.createObjectURL = original;
    }
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]); // UTF-8 BOM
    const lines = (await blobs[0]!.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).to.have.length(3);
    expect(lines[2]).to.match(/^"Laboratorio de Innovación, ""Cusco""","Academia","Cusco"/);
  });

  it('announces the result count politely and dispatches govtech-lab-select', async () => {
    const el = await directory(html`<govtech-lab-directory src=${FIXTURE} layout="list"></govtech-lab-directory>`);
    expect(root(el).querySelector('[part="count"]')!.getAttribute('role')).to.equal('status');
    const button = [...root(el).querySelectorAll<HTMLButtonElement>('.lab-name')].find((b) => b.textContent!.trim() === 'Ágora Pública')!;
    setTimeout(() => button.click());
    const { detail } = await oneEvent(el, 'govtech-lab-select');
    expect(detail.lab.id).to.equal('l7');
    await expect(el).to.be.accessible();
  });

  it('keeps its state in the page URL with sync-url, leaving other parameters alone, and follows back/forward', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}page=2`);
    try {
      const el = await directory(html`<govtech-lab-directory src=${FIXTURE} sync-url></govtech-lab-directory>`);
      await type(el, 'cusco');
      expect(new URLSearchParams(location.search).get('lab-q')).to.equal('cusco');
      expect(new URLSearchParams(location.search).get('page')).to.equal('2');
      checkbox(el, 'Sector', 'Academia').click();
      await waitUntil(() => new URLSearchParams(location.search).get('lab-sector') === 'academia');
      await waitUntil(() => count(el) === '2 laboratorios');

      history.back();
      await waitUntil(() => !new URLSearchParams(location.search).has('lab-sector') && count(el) === '2 laboratorios' && !checkbox(el, 'Sector', 'Academia').checked, 'back');
      history.forward();
      await waitUntil(() => checkbox(el, 'Sector', 'Academia').checked, 'forward');

      // A shared link opens the same view.
      const copy = await directory(html`<govtech-lab-directory src=${FIXTURE} sync-url></govtech-lab-directory>`);
      await waitUntil(() => count(copy) === '2 laboratorios');
      expect(root(copy).querySelector<HTMLInputElement>('[part="search"]')!.value).to.equal('cusco');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('is usable by keyboard: search, facets and sort are native controls in order', async () => {
    const el = await directory(html`<govtech-lab-directory src=${FIXTURE}></govtech-lab-directory>`);
    const order = [...root(el).querySelectorAll<HTMLElement>('input, select, button, a')].filter((n) => n.tabIndex >= 0);
    expect(order[0]!.getAttribute('part')).to.equal('search');
    expect(order[1]!.tagName).to.equal('SELECT');
    expect(order[2]!.getAttribute('type')).to.equal('checkbox');
  });

  it('shows loading and error states accessibly, and themes', async () => {
    const loading = await fixture<GovtechLabDirectory>(html`<govtech-lab-directory src="/__test__/hang/"></govtech-lab-directory>`);
    expect(root(loading).querySelector('[aria-busy="true"]')!.getBoundingClientRect().height).to.be.greaterThan(300);
    await expect(loading).to.be.accessible();
    const failing = await fixture<GovtechLabDirectory>(html`<govtech-lab-directory src="/__test__/no-labs/"></govtech-lab-directory>`);
    await waitUntil(() => root(failing).querySelector('[role="alert"]'));
    await expect(failing).to.be.accessible();
    const dark = await directory(html`<govtech-lab-directory src=${FIXTURE} theme="dark"></govtech-lab-directory>`);
    await expect(dark).to.be.accessible();
  });
});
