/**
 * Colours with a legend (`color-by="kind|network"`), loaded when a calendar asks for them: which colour
 * of the palette an event takes, the legend's entries, and the legend itself, a group of toggle buttons
 * that doubles as a filter (none pressed: every event; some pressed: only theirs). Colour is never
 * alone: the legend names each colour, and an event's accessible name says its kind or network
 * (templates.ts, `CalendarText.series`).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { EventKindName, EventOccurrence } from '@govtech-network/sdk';
import type { Locale } from '../base/i18n.js';
import type { CalendarMessages } from './messages.js';

/** The legend's name, by what it colours (it is a group of toggle buttons that filter). */
export const messages: Record<Locale, Record<ColorBy, string>> = {
  es: { kind: 'Leyenda: filtrar por tipo de evento', network: 'Leyenda: filtrar por red' },
  pt: { kind: 'Legenda: filtrar por tipo de evento', network: 'Legenda: filtrar por rede' },
  en: { kind: 'Legend: filter by event type', network: 'Legend: filter by network' },
};

export type ColorBy = 'kind' | 'network';

/** How many colours the palette has; networks past the eighth take them again, in order. */
export const PALETTE_SIZE = 8;

/** The kinds in palette order: a kind keeps its colour on every calendar and in every month. */
const KIND_ORDER: readonly EventKindName[] = ['meeting', 'panel', 'workshop', 'conference', 'webinar', 'other'];

/** An event's colour (1 to PALETTE_SIZE) and what the colour stands for, in words. */
export interface Series {
  readonly key: string;
  readonly index: number;
  readonly label: string;
}

/** Networks of the feed's manifest, in its order (a network keeps its colour across months). */
export type NetworkNames = ReadonlyArray<{ readonly id: string; readonly name: string }>;

/** The series of an occurrence: its kind's or its network's; undefined without `color-by` or a network. */
export function seriesOf(
  occurrence: EventOccurrence,
  colorBy: ColorBy | undefined,
  m: CalendarMessages,
  networks: NetworkNames,
): Series | undefined {
  const { kind, network } = occurrence.event;
  if (colorBy === 'kind') return { key: kind, index: KIND_ORDER.indexOf(kind) + 1, label: m.kinds[kind] };
  if (colorBy !== 'network' || !network) return undefined;
  const at = networks.findIndex((one) => one.id === network);
  // A network the manifest does not list still gets a colour (the last) and its id as its name.
  return { key: network, index: at < 0 ? PALETTE_SIZE : (at % PALETTE_SIZE) + 1, label: networks[at]?.name ?? network };
}

/** The legend's entries: the series of `occurrences` and those pressed, in palette order. */
export function legendEntries(
  occurrences: readonly EventOccurrence[],
  pressed: readonly string[],
  series: (occurrence: EventOccurrence) => Series | undefined,
  all: readonly Series[],
): Series[] {
  const present = new Set([...occurrences.map((o) => series(o)?.key), ...pressed]);
  return all.filter((entry) => present.has(entry.key));
}

/** Every series `color-by` can show, in palette order: the six kinds, or the manifest's networks. */
export function allSeries(colorBy: ColorBy, m: CalendarMessages, networks: NetworkNames): Series[] {
  return colorBy === 'kind'
    ? KIND_ORDER.map((kind, i) => ({ key: kind, index: i + 1, label: m.kinds[kind] }))
    : networks.map(({ id, name }, i) => ({ key: id, index: (i % PALETTE_SIZE) + 1, label: name }));
}

/** The occurrences the legend lets through. */
export function legendChosen<T extends EventOccurrence>(occurrences: readonly T[], pressed: readonly string[], series: (o: T) => Series | undefined): T[] {
  return pressed.length ? occurrences.filter((o) => pressed.includes(series(o)?.key ?? '')) : [...occurrences];
}

export function legendTemplate(
  entries: readonly Series[],
  pressed: readonly string[],
  label: string,
  toggle: (key: string) => void,
): TemplateResult | typeof nothing {
  if (!entries.length) return nothing;
  return html`<div class="legend" part="legend" role="group" aria-label=${label}>
    ${entries.map(
      (entry) => html`<button
        type="button"
        class="legend-entry series-${entry.index}"
        aria-pressed=${pressed.includes(entry.key) ? 'true' : 'false'}
        @click=${() => toggle(entry.key)}
      >
        <span class="swatch" aria-hidden="true"></span>${entry.label}
      </button>`,
    )}
  </div>`;
}

/**
 * The palette: `--govtech-color-series-1` … `-8` set it; the defaults have a contrast of 4.5:1 or more
 * on the background and on the surface of both themes (legend.test.ts computes it), more than the 3:1
 * WCAG asks of a graphic. A pressed entry is marked by its filled, thicker border and a check, not by
 * colour alone.
 */
export const styles = css`
  :host {
    --_series-1: var(--govtech-color-series-1, light-dark(#0b5cad, #8cc2ff));
    --_series-2: var(--govtech-color-series-2, light-dark(#a14a00, #ffb070));
    --_series-3: var(--govtech-color-series-3, light-dark(#1d7a35, #7fd690));
    --_series-4: var(--govtech-color-series-4, light-dark(#7a3fb0, #cfa8ff));
    --_series-5: var(--govtech-color-series-5, light-dark(#b0306a, #ff9fc8));
    --_series-6: var(--govtech-color-series-6, light-dark(#0e7480, #6fd6e0));
    --_series-7: var(--govtech-color-series-7, light-dark(#6b6300, #e0d86a));
    --_series-8: var(--govtech-color-series-8, light-dark(#5b616b, #c4c9d1));
  }
  .series-1 { --_series: var(--_series-1); }
  .series-2 { --_series: var(--_series-2); }
  .series-3 { --_series: var(--_series-3); }
  .series-4 { --_series: var(--_series-4); }
  .series-5 { --_series: var(--_series-5); }
  .series-6 { --_series: var(--_series-6); }
  .series-7 { --_series: var(--_series-7); }
  .series-8 { --_series: var(--_series-8); }
  .chip[class*='series-'],
  .agenda-event[class*='series-'] {
    border-inline-start-color: var(--_series);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-end: 0.75em;
  }
  .legend-entry {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
  }
  .swatch {
    width: 0.9em;
    height: 0.9em;
    border-radius: 50%;
    border: 2px solid var(--_series);
  }
  .legend-entry[aria-pressed='true'] {
    border: 2px solid var(--_series);
    font-weight: 600;
  }
  .legend-entry[aria-pressed='true'] .swatch {
    background: var(--_series);
  }
  .legend-entry[aria-pressed='true']::after {
    content: '✓' / '';
  }
`;
