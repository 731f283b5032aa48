import { expect, html, waitUntil } from '@open-wc/testing';
import { CalendarHarness } from '../../test/harness/event-calendar.js';
import { styles as legendStyles } from './legend.js';
import { styles as printStyles } from './print.js';
import { styles as searchStyles } from './search.js';
import { styles as subscribeStyles } from './subscribe-menu.js';

// The calendar's one loader of its parts loaded on first use (the element's FEATURES): each part's code
// and styles come once, the tools (search, subscribe) as the legend and the print rules do.

const NOW = Date.parse('2026-11-21T12:00:00Z');

describe('<govtech-event-calendar> parts loaded on first use', () => {
  it('loads each part once through one loader, adopting its styles once, and keeps a tool made when turned off and on', async () => {
    const cal = await CalendarHarness.loaded(
      html`<govtech-event-calendar src="/examples/feeds/v1/" search subscribe color-by="kind" date="2026-11" view="month" .now=${() => NOW}></govtech-event-calendar>`,
    );
    await waitUntil(() => cal.$('input[type="search"]') && cal.$('#subscribe-button') && cal.$('[part="legend"]') && cal.$('.print-note'), 'every part expected', { timeout: 4000 });
    const adopted = (styles: { styleSheet?: CSSStyleSheet | undefined }) => cal.root.adoptedStyleSheets.filter((sheet) => sheet === styles.styleSheet).length;
    const parts = { legendStyles, printStyles, searchStyles, subscribeStyles };
    const once = () => Object.fromEntries(Object.entries(parts).map(([name, styles]) => [name, adopted(styles)]));
    expect(once()).to.deep.equal({ legendStyles: 1, printStyles: 1, searchStyles: 1, subscribeStyles: 1 });
    // The styles are there: the search box takes the tool bar's room, the menu is placed under its button.
    expect(getComputedStyle(cal.$('.search')!).flexGrow).to.equal('1');
    expect(getComputedStyle(cal.$('#subscribe-menu')!).position).to.equal('absolute');

    const input = cal.$<HTMLInputElement>('input[type="search"]')!;
    input.value = 'panel';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    cal.el.search = false;
    cal.el.subscribe = false;
    await cal.updated();
    expect(cal.$('input[type="search"]')).to.equal(null);
    expect(cal.$('#subscribe-button')).to.equal(null);
    cal.el.search = true;
    cal.el.subscribe = true;
    await cal.updated();
    await waitUntil(() => cal.$('#subscribe-button'), 'subscribe button expected again');
    expect(cal.$<HTMLInputElement>('input[type="search"]')!.value).to.equal('panel');
    expect(once()).to.deep.equal({ legendStyles: 1, printStyles: 1, searchStyles: 1, subscribeStyles: 1 });
    await expect(cal.el).to.be.accessible();
  });
});
