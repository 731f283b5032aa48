import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { GovtechLabDirectory } from '../../src/lab-directory/lab-directory.js';
import { WidgetHarness } from './widget-harness.js';

/** <govtech-lab-directory> in a test: its results, its facets, its search and sort. */
export class LabDirectoryHarness extends WidgetHarness<GovtechLabDirectory> {
  /** Renders `template` (without waiting for its feed). */
  static async render(template: TemplateResult): Promise<LabDirectoryHarness> {
    return new LabDirectoryHarness(await fixture<GovtechLabDirectory>(template));
  }

  /** Renders `template` and waits until the directory shows its results. */
  static async load(template: TemplateResult): Promise<LabDirectoryHarness> {
    const directory = await LabDirectoryHarness.render(template);
    await waitUntil(() => directory.part('count'), 'directory did not load', { timeout: 4000 });
    return directory;
  }

  /** The labs' names, in the order shown. */
  names(): string[] {
    return this.$$('.lab-name').map((name) => this.text(name)!);
  }

  /** The result count ("Mostrando 24 de 58 laboratorios"). */
  count(): string | undefined {
    return this.text(this.part('count'));
  }

  /** A facet as "value count" lines, in the order shown; undefined when the facet is not shown. */
  facet(legend: string): string[] | undefined {
    const set = this.#fieldset(legend);
    return set && [...set.querySelectorAll('.option')].map((option) => `${option.querySelector('.option-label')!.textContent} ${option.querySelector('.option-count')!.textContent}`);
  }

  /** The checkbox of one value of a facet. */
  checkbox(legend: string, label: string): HTMLInputElement {
    const option = [...this.#fieldset(legend)!.querySelectorAll('.option')].find((o) => o.querySelector('.option-label')!.textContent === label)!;
    return option.querySelector('input')!;
  }

  /** Types into the search field and waits for the results of that query. */
  async search(text: string): Promise<void> {
    const input = this.part<HTMLInputElement>('search')!;
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await this.updated(); // the query starts in this update
    await waitUntil(() => (this.el as unknown as { feed: { state: string } }).feed.state === 'ready', `results for "${text}"`);
    await this.updated();
  }

  /** Clicks a download button (`part`: `csv`, `json`) and returns the file it handed the browser (its code loads on first use). */
  async download(part: string): Promise<Blob> {
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), original.call(URL, blob));
    try {
      this.click(`[part="${part}"]`);
      await waitUntil(() => blobs.length, `the ${part} download`);
    } finally {
      URL.createObjectURL = original;
    }
    return blobs[0]!;
  }

  /** Chooses a sort in the sort menu. */
  async sortBy(key: string): Promise<void> {
    const select = this.$<HTMLSelectElement>('.sort select')!;
    select.value = key;
    select.dispatchEvent(new Event('change'));
    await this.updated();
  }

  #fieldset(legend: string): HTMLFieldSetElement | undefined {
    return this.$$<HTMLFieldSetElement>('fieldset').find((set) => set.querySelector('legend')!.textContent === legend);
  }
}
