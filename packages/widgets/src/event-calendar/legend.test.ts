import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CalendarHarness } from '../../test/harness/event-calendar.js';
import { PALETTE_SIZE } from './legend.js';

// color-by (legend.ts): a colour per kind or network, named by a legend that filters, never colour alone.

const SAMPLE = '/examples/feeds/v1/';
const now = () => Date.parse('2026-11-21T12:00:00Z');

const legend = (cal: CalendarHarness) => cal.$$<HTMLButtonElement>('.legend-entry');
/** The calendar once its legend (loaded on first use) is drawn. */
const coloured = async (template: ReturnType<typeof html>) => {
  const cal = await CalendarHarness.loaded(template);
  await waitUntil(() => legend(cal).length, 'the legend should load');
  return cal;
};
const entry = (cal: CalendarHarness, label: string) => legend(cal).find((button) => cal.text(button) === label)!;
const agendaNames = (cal: CalendarHarness) => cal.$$('[part="event"]').map((event) => cal.text(event));

/** WCAG's contrast ratio of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('<govtech-event-calendar color-by>', () => {
  it('colours events by kind, names the kind in each event, and filters from the legend by keyboard', async () => {
    const cal = await coloured(
      html`<govtech-event-calendar src=${SAMPLE} color-by="kind" date="2026-12" view="list" time-zone="America/Santiago" .now=${now}></govtech-event-calendar>`,
    );
    expect(legend(cal).map((button) => cal.text(button))).to.deep.equal(['Panel', 'Taller']);
    expect(cal.part('legend')!.getAttribute('role')).to.equal('group');
    expect(cal.part('legend')!.getAttribute('aria-label')).to.equal('Leyenda: filtrar por tipo de evento');
    // The kind is in each event's accessible name, and its colour is the legend's.
    const names = agendaNames(cal);
    expect(names.some((name) => name!.endsWith(', Panel'))).to.equal(true);
    expect(names.some((name) => name!.includes(', Taller'))).to.equal(true);
    const panelEvent = cal.$$('[part="event"]').find((event) => cal.text(event)!.endsWith(', Panel'))!;
    const swatch = entry(cal, 'Panel').querySelector('.swatch')!;
    expect(getComputedStyle(panelEvent).borderInlineStartColor).to.equal(getComputedStyle(swatch).borderTopColor);
    expect(getComputedStyle(panelEvent).borderInlineStartColor).not.to.equal(
      getComputedStyle(cal.$$('[part="event"]').find((event) => cal.text(event)!.includes(', Taller'))!).borderInlineStartColor,
    );

    entry(cal, 'Panel').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => agendaNames(cal).length === 1, 'only the panel should be listed');
    expect(agendaNames(cal)[0]).to.match(/, Panel$/);
    expect(entry(cal, 'Panel').getAttribute('aria-pressed')).to.equal('true');
    expect(entry(cal, 'Taller').getAttribute('aria-pressed')).to.equal('false');
    await expect(cal.el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => agendaNames(cal).length === 2, 'every event again');
    expect(entry(cal, 'Panel').getAttribute('aria-pressed')).to.equal('false');
  });

  it('colours events by network, with the manifest’s names, in the grid too', async () => {
    const cal = await coloured(
      html`<govtech-event-calendar src=${SAMPLE} color-by="network" locale="en" date="2026-12" view="month" time-zone="America/Santiago" .now=${now}></govtech-event-calendar>`,
    );
    expect(legend(cal).map((button) => cal.text(button))).to.deep.equal([
      'Red Multisectorial GovTech Iberoamérica',
      'Laboratorio de Innovación Pública de Bucaramanga (proyecto)',
    ]);
    expect(cal.part('legend')!.getAttribute('aria-label')).to.equal('Legend: filter by network');
    const chip = cal.cell('2026-12-10').querySelector('.chip')!;
    expect(chip.getAttribute('title')).to.match(/ · Red Multisectorial GovTech Iberoamérica$/);
    await expect(cal.el).to.be.accessible();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has a palette of ${PALETTE_SIZE} distinct colours with AA contrast on the ${theme} theme’s background and surface`, async () => {
      const cal = await coloured(
        html`<govtech-event-calendar src=${SAMPLE} color-by="kind" theme=${theme} date="2026-12" view="list" .now=${now}></govtech-event-calendar>`,
      );
      const colours: string[] = [];
      for (let index = 1; index <= PALETTE_SIZE; index++) {
        // A probe in the calendar's own tree: the palette resolves as it does for its events.
        const probe = document.createElement('span');
        probe.className = `series-${index}`;
        probe.style.cssText = 'color: var(--_series); background-color: var(--_surface)';
        cal.$('.root')!.append(probe);
        const { color, backgroundColor: surface } = getComputedStyle(probe);
        const background = getComputedStyle(cal.el).backgroundColor;
        probe.remove();
        expect(contrast(color, background), `series ${index} on the background`).to.be.at.least(4.5);
        expect(contrast(color, surface), `series ${index} on the surface`).to.be.at.least(4.5);
        colours.push(color);
      }
      expect(new Set(colours).size).to.equal(PALETTE_SIZE);
      expect(colours).not.to.include(getComputedStyle(cal.el).color);
    });
  }
});
