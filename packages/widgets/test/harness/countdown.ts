import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { ManualClock } from '@govtech-network/sdk/testing';
import { tickerFor } from '../../src/internal/ticker.js';
import type { GovtechPanelCountdown } from '../../src/panel-countdown/panel-countdown.js';
import { WidgetHarness } from './widget-harness.js';

/** The tick a countdown waits for, to run by hand. */
export interface PendingTick {
  /** In ms, as the countdown scheduled it. */
  readonly delay: number;
  /**
   * Moves the countdown's timers past the tick, and resolves with `isUpdatePending` read just after
   * the tick ran, before Lit's update would have: whether the tick asked for a render.
   */
  run(): Promise<boolean>;
}

/** <govtech-panel-countdown> in a test: its digits, its announcements, its ticks. */
export class CountdownHarness extends WidgetHarness<GovtechPanelCountdown> {
  /** Renders `template` and waits until the countdown has loaded its feed. */
  static async render(template: TemplateResult): Promise<CountdownHarness> {
    const countdown = new CountdownHarness(await fixture<GovtechPanelCountdown>(template));
    await waitUntil(() => !countdown.$('[aria-busy="true"]'), 'countdown did not load', { timeout: 4000 });
    return countdown;
  }

  /** The digit boxes as shown: days, hours, minutes, seconds. */
  digits(): Array<string | null> {
    return this.$$('.value').map((value) => value.textContent);
  }

  /** What the polite live region says (the phase changes, announced once). */
  announcement(): string | undefined {
    return this.text('[aria-live="polite"]');
  }

  /** Resyncs the countdown from its clock now (as when the page is shown again) and waits for the render. */
  async resync(): Promise<void> {
    this.el.sync();
    await this.updated();
  }

  /**
   * The tick the countdown scheduled on `timers` (the ManualClock given as its `clock`; a ManualClock
   * moves only when told, so a test steps through ticks without waiting for real timers).
   */
  pendingTick(timers: ManualClock): PendingTick {
    const delay = timers.pending('tick').at(-1);
    if (delay === undefined) throw new Error('the countdown scheduled no tick');
    return {
      delay,
      run: async () => {
        let updatePending: boolean | undefined;
        // On the countdown's ticker, due at the same instant: this runs right after its tick.
        tickerFor(timers).after(delay, () => (updatePending = this.el.isUpdatePending));
        await timers.advance(delay);
        if (updatePending === undefined) throw new Error('the tick did not run');
        return updatePending;
      },
    };
  }
}
