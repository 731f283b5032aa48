/** What a visitor does with <govtech-event-calendar>: read days and chips, use the keyboard, open the dialog. */
import { fixture, waitUntil, type html } from '@open-wc/testing';
import '../../src/event-calendar.js';
import type { GovtechEventCalendar } from '../../src/event-calendar/event-calendar.js';
import { WidgetHarness } from './widget-harness.js';

export class CalendarHarness extends WidgetHarness<GovtechEventCalendar> {
  /** Renders `template` and waits until the calendar has its events (no skeleton left). */
  static async loaded(template: ReturnType<typeof html>): Promise<CalendarHarness> {
    const calendar = new CalendarHarness(await fixture<GovtechEventCalendar>(template));
    await waitUntil(() => !calendar.$('[aria-busy="true"]'), 'calendar did not load', { timeout: 4000 });
    return calendar;
  }

  /** The grid cell of a day (`YYYY-MM-DD`); fails when the day is not in the grid. */
  cell(key: string): HTMLElement {
    const cell = this.$(`td[data-key="${key}"]`);
    if (!cell) throw new Error(`day ${key} is not in the grid`);
    return cell;
  }

  /** Texts of the event chips of a day; none while that day is not in the grid. */
  chipTexts(key: string): string[] {
    return [...(this.$(`td[data-key="${key}"]`)?.querySelectorAll('.chip') ?? [])].map((chip) => this.text(chip)!);
  }

  /** Presses a key on whatever has the focus inside the calendar. */
  press(key: string, options: KeyboardEventInit = {}): void {
    this.root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ...options }));
  }

  /** The day key of the focused cell. */
  focusedDay(): string | undefined {
    return (this.root.activeElement as HTMLElement | null)?.dataset.key;
  }

  get dialog(): HTMLDialogElement {
    return this.$<HTMLDialogElement>('dialog')!;
  }

  /** Clicks the first chip of a day (once the day shows one: its month may still be loading) and waits for its details to open. */
  async openFirstEventOf(key: string): Promise<HTMLDialogElement> {
    await waitUntil(() => this.$(`td[data-key="${key}"] .chip`), `an event in the cell of ${key} expected`);
    this.cell(key).querySelector<HTMLButtonElement>('.chip')!.click();
    await waitUntil(() => this.dialog.open, 'details dialog expected', { timeout: 4000 });
    return this.dialog;
  }

  /** Titles in the agenda list (or a dialog's list). */
  agendaTitles(): string[] {
    return this.$$('.agenda-title').map((title) => title.textContent!);
  }
}
