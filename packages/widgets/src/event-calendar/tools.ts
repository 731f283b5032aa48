/**
 * What the calendar's tools loaded on first use (the search box, the subscribe menu) see of the calendar,
 * and what they give it to render. Imported only by the tools: the calendar's first download carries
 * none of this but the types.
 */
import type { nothing, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Clock, EventOccurrence } from '@govtech-network/sdk';
import type { Locale } from '../base/i18n.js';
import type { CalendarText, OpenEvent } from './templates.js';

export interface CalendarToolHost {
  readonly element: ReactiveControllerHost &
    HTMLElement & {
      readonly src: string | undefined;
      readonly clock: Clock | undefined;
      readonly now: (() => Date | number) | undefined;
      /** The calendar's narrowing attributes (comma-separated lists, as written). */
      readonly kinds: string | undefined;
      readonly topics: string | undefined;
      readonly country: string | undefined;
      readonly network: string | undefined;
      reportError(error: unknown, partial?: boolean): void;
    };
  readonly language: () => Locale;
  readonly text: () => CalendarText;
  readonly openEvent: OpenEvent;
  /** The level of a heading one below the calendar's title. */
  readonly headingLevel: () => number;
  /** The in-widget filters (`filters`) applied to occurrences. */
  readonly chosen: (occurrences: readonly EventOccurrence[]) => EventOccurrence[];
  /** The zone the calendar shows times in. */
  readonly displayZone: () => string;
  /** The instant the calendar takes for now (its clock, `now`). */
  readonly currentTime: () => number;
  /** The search text the calendar holds (`cal-q` with `sync-url`: a shared link's, Back and Forward's). */
  readonly searchText: () => string;
  /** Tells the calendar the search text typed (it writes `cal-q` with `sync-url`). */
  readonly searched: (text: string) => void;
}

/** A tool: its control (in the calendar's tool bar), and what it shows instead of the month, if anything. */
export interface CalendarTool {
  control(): TemplateResult | typeof nothing;
  /** Shown in place of the month or agenda (search results), or undefined to show them. */
  replacement?(): TemplateResult | undefined;
}

/** What a tool's module gives the calendar's loader (the `FEATURES` table): the tool, and its styles. */
export type CalendarToolFactory = (host: CalendarToolHost) => CalendarTool;
