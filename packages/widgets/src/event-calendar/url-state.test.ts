import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { CalendarHarness } from '../../test/harness/event-calendar.js';
import { readCalendarState, writeCalendarState } from './url-state.js';

// sync-url (url-state.ts over internal/url-params.ts): the calendar's state in the page URL, Back and Forward.

const SAMPLE = '/examples/feeds/v1/';
const now = () => Date.parse('2026-11-21T12:00:00Z');
const param = (name: string) => new URLSearchParams(location.search).get(`cal-${name}`);

describe('calendar URL state', () => {
  it('reads and writes its cal- parameters, keeping the page’s', () => {
    const state = readCalendarState('?page=2&cal-month=2022-02&cal-view=list&cal-kind=panel&cal-legend=a&cal-legend=b&cal-q=datos&cal-event=x%40y&cal-view2=z');
    expect(state).to.deep.equal({
      month: '2022-02',
      view: 'list',
      kind: 'panel',
      topic: '',
      legend: ['a', 'b'],
      q: 'datos',
      event: 'x@y',
    });
    expect(readCalendarState('?cal-view=grid')).to.include({ view: undefined, month: undefined });
    expect(writeCalendarState('?page=2&cal-q=old', { ...state, q: 'año' })).to.equal(
      '?page=2&cal-month=2022-02&cal-view=list&cal-kind=panel&cal-legend=a&cal-legend=b&cal-q=a%C3%B1o&cal-event=x%40y',
    );
  });

  describe('with sync-url', () => {
    const page = `${location.pathname}${location.search}`;
    afterEach(() => history.replaceState(null, '', page));

    const back = async () => {
      const moved = oneEvent(window, 'popstate');
      history.back();
      await moved;
    };
    const forward = async () => {
      const moved = oneEvent(window, 'popstate');
      history.forward();
      await moved;
    };

    it('keeps month, filters, legend and the open event in the URL, and Back and Forward walk them', async function () {
      this.timeout(15_000); // eight steps through history, each a render (some a month's load)
      const cal = await CalendarHarness.loaded(
        html`<govtech-event-calendar src=${SAMPLE} sync-url filters color-by="kind" date="2022-02" view="month" time-zone="America/Santiago" .now=${now}></govtech-event-calendar>`,
      );
      expect(param('month')).to.equal('2022-02');
      const title = () => cal.text('[part="title"]');
      await waitUntil(() => cal.$(`[aria-label="Mes siguiente"]`), 'navigation expected');
      cal.$<HTMLButtonElement>(`[aria-label="Mes siguiente"]`)!.click();
      await waitUntil(() => param('month') === '2022-03');
      await waitUntil(() => cal.$('.legend-entry'));
      cal.$$<HTMLButtonElement>('.legend-entry')[0]!.click();
      await waitUntil(() => param('legend') === 'panel');
      await cal.openFirstEventOf('2022-03-02');
      await waitUntil(() => param('event') === 'verano-2022-panel-4');
      expect(location.search).to.include('cal-month=2022-03');

      await back();
      await waitUntil(() => !cal.dialog.open, 'Back closes the event');
      expect(param('legend')).to.equal('panel');
      await back();
      await waitUntil(() => cal.$('.legend-entry')?.getAttribute('aria-pressed') === 'false', 'Back unpresses the legend');
      await back();
      await waitUntil(() => title() === 'febrero de 2022', 'Back returns to February');
      await forward();
      await waitUntil(() => title() === 'marzo de 2022', 'Forward to March again');
      await forward();
      await forward();
      await waitUntil(() => cal.dialog.open, 'Forward opens the event again');
      expect(cal.text('#dialog-title')).to.match(/Panel 4/);
      await expect(cal.el).to.be.accessible();
    });

    it('opens what a shared link says: month, filter and event', async () => {
      history.replaceState(null, '', `${page}${location.search ? '&' : '?'}cal-month=2022-02&cal-kind=panel&cal-event=verano-2022-panel-2`);
      const cal = await CalendarHarness.loaded(
        html`<govtech-event-calendar src=${SAMPLE} sync-url filters date="2026-12" view="list" time-zone="America/Santiago" .now=${now}></govtech-event-calendar>`,
      );
      expect(cal.text('[part="title"]')).to.equal('febrero de 2022');
      expect(cal.$<HTMLSelectElement>('select')!.value).to.equal('panel');
      await waitUntil(() => cal.dialog.open, 'the linked event opens');
      expect(cal.text('#dialog-title')).to.equal('Verano de Datos Abiertos — Panel 2: Digitalización municipal y datos abiertos');
      await expect(cal.el).to.be.accessible();
    });

    it('takes its own month for a shared link’s month it cannot read', async () => {
      history.replaceState(null, '', `${page}${location.search ? '&' : '?'}cal-month=2022-13&cal-view=list`);
      const cal = await CalendarHarness.loaded(
        html`<govtech-event-calendar src=${SAMPLE} sync-url date="2022-02" view="month" time-zone="America/Santiago" .now=${now}></govtech-event-calendar>`,
      );
      expect(cal.text('[part="title"]')).to.equal('febrero de 2022');
      expect(cal.part('list'), 'the link’s view all the same').to.not.equal(null);
      await waitUntil(() => param('month') === '2022-02', 'the month shown written back');
    });

    it('keeps the search in cal-q: a shared link searches, typing writes it', async () => {
      history.replaceState(null, '', `${page}${location.search ? '&' : '?'}cal-q=innovacion%20abierta`);
      const cal = await CalendarHarness.loaded(
        html`<govtech-event-calendar src=${SAMPLE} sync-url search date="2026-11" .now=${now}></govtech-event-calendar>`,
      );
      const box = await waitUntil(() => cal.$<HTMLInputElement>('.search input'), 'the search box', { timeout: 4000 }).then(() => cal.$<HTMLInputElement>('.search input')!);
      await waitUntil(() => box.value === 'innovacion abierta' && cal.$('.search-results'), 'the linked search shows its results', { timeout: 4000 });
      box.value = 'datos';
      box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await waitUntil(() => param('q') === 'datos', 'typing writes cal-q');
      await expect(cal.el).to.be.accessible();
    });

    it('leaves the URL alone without sync-url', async () => {
      const before = location.search;
      const cal = await CalendarHarness.loaded(
        html`<govtech-event-calendar src=${SAMPLE} date="2022-02" view="month" .now=${now}></govtech-event-calendar>`,
      );
      cal.$<HTMLButtonElement>(`[aria-label="Mes siguiente"]`)!.click();
      await cal.updated();
      expect(location.search).to.equal(before);
    });
  });
});
