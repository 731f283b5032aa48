import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { ManualClock } from '@govtech-network/sdk/testing';
import type { GovtechStreamCard } from '../../src/stream-card/stream-card.js';
import { computeAccessibleDescription, computeAccessibleName } from 'dom-accessibility-api';
import { WidgetHarness } from './widget-harness.js';
// The card imports the site's consent answers apart (and shows no poster until it has them): loaded here
// with the harness, that import is done before any test renders a card.
import '../../src/internal/site-consent.js';

/** <govtech-stream-card> in a test: its facade, its player, its feed states. */
export class StreamCardHarness extends WidgetHarness<GovtechStreamCard> {
  /** Renders `template` (a card) and wraps it. */
  static async render(template: TemplateResult): Promise<StreamCardHarness> {
    return new StreamCardHarness(await fixture<GovtechStreamCard>(template));
  }

  /** Renders `template` (a feed card) and waits until it has left its loading state. */
  static async load(template: TemplateResult): Promise<StreamCardHarness> {
    return (await StreamCardHarness.render(template)).loaded();
  }

  /** Waits for a feed card to leave its loading state. */
  async loaded(): Promise<this> {
    await this.updated();
    await waitUntil(() => !this.$('[aria-busy="true"]'), 'stream did not load', { timeout: 4000 });
    await this.updated();
    return this;
  }

  /**
   * Moves the card's clock (a ManualClock given as its `clock`) a minute on, and waits until the card
   * waits again: its refresh has read the feed (from the server when the cache had expired) and
   * rendered, and its next refresh is a minute away (none once the stream has ended). The clock must
   * not move while a request is under way, as the request's timeout runs on it too.
   */
  async minutePasses(clock: ManualClock): Promise<void> {
    await clock.advance(60_000);
    await waitUntil(
      () => !clock.pending('timeout').length && (clock.pending('tick').includes(60_000) || this.status() === 'Grabación'),
      'the card did not read its feed again',
    );
    await this.updated();
  }

  /** The status badge's text. */
  status(): string | undefined {
    return this.text('[part="badge"]');
  }
  /** The accessible name of the play button, as a browser computes it (its icon is aria-hidden). */
  playName(): string | undefined {
    return this.accessibleName('[part="play"]');
  }

  /** The play button's accessible description: the title, said by the heading it points at. */
  playDescription(): string | undefined {
    const play = this.part('play');
    return play ? computeAccessibleDescription(play) : undefined;
  }

  /** The accessible name of the first element matching `selector`, as a browser computes it. */
  accessibleName(selector: string): string | undefined {
    const node = this.$(selector);
    return node ? computeAccessibleName(node) : undefined;
  }

  /** The visitor points at the video (interest, not consent). */
  hover(): void {
    this.part('media')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
  }

  /** The visitor presses play. */
  play(): void {
    this.click('[part="play"]');
  }

  /** The elements of the light DOM shown through the card's slot (its fallback content). */
  fallback(): Element[] {
    return this.$<HTMLSlotElement>('slot')!.assignedElements();
  }
}
