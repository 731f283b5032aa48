import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { CalendarHarness } from '../../test/harness/event-calendar.js';
import type { GovtechEventCalendar } from './event-calendar.js';

const SAMPLE = '/examples/feeds/v1/';
const NOW = Date.parse('2026-11-21T12:00:00Z');
const clock = () => NOW;
let freshFeeds = 0;
/** The sample feed under a URL no other test used: its own client, cache and request count. */
const freshSample = () => `/__test__/feeds/f${++freshFeeds}-${Math.random().toString(36).slice(2)}/`;

const calendar = (template: ReturnType<typeof html>) => CalendarHarness.loaded(template);

describe('<govtech-event-calendar>', () => {
  describe('month view from the sample feed', () => {
    it('shows the Verano panels at 17:00 Santiago on their days, accessibly', async () => {
      const cal = await calendar(
        html`<govtech-event-calendar src=${SAMPLE} date="2022-02" locale="es" time-zone="America/Santiago" view="month" .now=${clock}></govtech-event-calendar>`,
      );
      expect(cal.$('.title')!.textContent).to.equal('febrero de 2022');
      expect(cal.chipTexts('2022-02-23')).to.have.length(1);
      expect(cal.chipTexts('2022-02-23')[0]).to.match(/^17:00 Verano de Datos Abiertos — Panel 1/);
      expect(cal.chipTexts('2022-02-24').map((text) => text.slice(0, 5))).to.deep.equal(['16:00', '17:30']);
      expect(cal.cell('2022-02-24').querySelector('.visually-hidden')!.textContent).to.equal('jueves, 24 de febrero, 2 eventos');
      await expect(cal.el).to.be.accessible();
    });

    it('expands recurring events and skips their exceptions', async () => {
      const cal = await calendar(
        html`<govtech-event-calendar src=${SAMPLE} date="2026-12" time-zone="America/Santiago" view="month" .now=${clock}></govtech-event-calendar>`,
      );
      const monthly = (k: string) => cal.chipTexts(k).some((text) => text.includes('Reunión mensual'));
      expect(monthly('2026-12-17')).to.equal(false); // third Thursday, but the feed's exception
      cal.el.date = '2027-01';
      await waitUntil(() => monthly('2027-01-21'), 'third Thursday of January expected');
      expect(monthly('2027-01-14')).to.equal(false);
    });

    it('shows cancelled events as such', async () => {
      const cal = await calendar(
        html`<govtech-event-calendar src=${SAMPLE} date="2026-12" time-zone="America/Bogota" view="list" .now=${clock}></govtech-event-calendar>`,
      );
      const cancelled = cal.$$('.agenda-event').find((item) => item.textContent!.includes('Taller de ejemplo'))!;
      expect(cancelled.classList.contains('cancelled')).to.equal(true);
      expect(cancelled.querySelector('.badge')!.textContent).to.equal('Cancelado');
      await expect(cal.el).to.be.accessible();
    });

    it('collapses a busy day into "+N more" and opens the day from it', async () => {
      const cal = await calendar(
        html`<govtech-event-calendar src=${SAMPLE} date="2022-02" time-zone="America/Santiago" view="month" max-events-per-day="1" .now=${clock}></govtech-event-calendar>`,
      );
      expect(cal.chipTexts('2022-02-24')).to.have.length(1);
      const more = cal.cell('2022-02-24').querySelector<HTMLButtonElement>('.more')!;
      expect(more.textContent!.trim()).to.equal('+1 más');
      more.click();
      await waitUntil(() => cal.dialog.open);
      expect(cal.$$('dialog .agenda-event')).to.have.length(2);
    });

    it('takes the first day of the week from the locale, unless first-day says otherwise', async () => {
      const header = (calendar: CalendarHarness) => calendar.$('th')!.getAttribute('abbr');
      const en = await calendar(html`<govtech-event-calendar src=${SAMPLE} locale="en" date="2026-12" view="month" .now=${clock}></govtech-event-calendar>`);
      expect(header(en)).to.equal('Sunday');
      const es = await calendar(html`<govtech-event-calendar src=${SAMPLE} locale="es" date="2026-12" view="month" .now=${clock}></govtech-event-calendar>`);
      expect(header(es)).to.equal('lunes');
      const forced = await calendar(
        html`<govtech-event-calendar src=${SAMPLE} locale="en" first-day="1" date="2026-12" view="month" .now=${clock}></govtech-event-calendar>`,
      );
      expect(header(forced)).to.equal('Monday');
    });
  });

  describe('time zones', () => {
    it('keeps a 17:00 Santiago meeting at 17:00 there while the visitor time moves with DST', async () => {
      const cal = await calendar(
        html`<govtech-event-calendar src=${SAMPLE} date="2027-01" time-zone="Europe/Madrid" view="month" locale="es" .now=${clock}></govtech-event-calendar>`,
      );
      // January: Santiago UTC-3, Madrid UTC+1.
      expect(cal.chipTexts('2027-01-21').find((t) => t.includes('Reunión mensual'))).to.match(/^21:00/);
      cal.el.date = '2027-05';
      await waitUntil(() => !!cal.$('td[data-key="2027-05-20"] .chip'));
      // May: Santiago UTC-4 (winter time since April), Madrid UTC+2 (summer time since March).
      expect(cal.chipTexts('2027-05-20').find((t) => t.includes('Reunión mensual'))).to.match(/^23:00/);
    });

    it('gives the time in the event\'s zone and the visitor\'s in the details', async () => {
      const cal = await calendar(
        html`<govtech-event-calendar src=${SAMPLE} date="2022-02" time-zone="America/Mexico_City" view="month" locale="es" .now=${clock}></govtech-event-calendar>`,
      );
      await cal.openFirstEventOf('2022-02-23');
      expect(cal.$('.when')!.textContent).to.equal('miércoles, 23 de febrero de 2022, 17:00 Santiago · 14:00 tu hora');
    });

    it('puts an all-day event on its own date whatever the visitor zone', async () => {
      const cal = await calendar(
        html`<govtech-event-calendar src=${SAMPLE} date="2024-12" time-zone="Asia/Tokyo" view="month" .now=${clock}></govtech-event-calendar>`,
      );
      expect(cal.chipTexts('2024-12-16')).to.have.length(1);
      expect(cal.chipTexts('2024-12-15')).to.have.length(0);
      expect(cal.chipTexts('2024-12-17')).to.have.length(0);
    });
  });

  describe('keyboard (WAI-ARIA grid)', () => {
    it('moves by day, week, week edges and month, with one tab stop', async () => {
      const cal = await calendar(
        html`<govtech-event-calendar src=${SAMPLE} date="2022-02-23" first-day="1" time-zone="America/Santiago" view="month" .now=${clock}></govtech-event-calendar>`,
      );
      expect(cal.$$('td[tabindex="0"]').map((td) => td.dataset.key)).to.deep.equal(['2022-02-23']);
      cal.cell('2022-02-23').focus();
            const press = async (name: string, options?: KeyboardEventInit) => {
        cal.press(name, options);
        await cal.updated();
        await cal.updated();
      };
      await press('ArrowRight');
      expect(cal.focusedDay()).to.equal('2022-02-24');
      await press('ArrowDown');
      expect(cal.focusedDay()).to.equal('2022-03-03');
      expect(cal.$('.title')!.textContent).to.equal('marzo de 2022');
      await press('ArrowUp');
      expect(cal.focusedDay()).to.equal('2022-02-24');
      await press('Home');
      expect(cal.focusedDay()).to.equal('2022-02-21'); // Monday
      await press('End');
      expect(cal.focusedDay()).to.equal('2022-02-27');
      await press('PageUp');
      expect(cal.focusedDay()).to.equal('2022-01-27');
      await press('PageDown', { shiftKey: true });
      expect(cal.focusedDay()).to.equal('2023-01-27');
    });

    it('opens the day\'s events with Enter, traps focus in the dialog and restores it on close', async () => {
      const cal = await calendar(
        html`<govtech-event-calendar src=${SAMPLE} date="2022-02-24" time-zone="America/Santiago" view="month" .now=${clock}></govtech-event-calendar>`,
      );
      cal.cell('2022-02-24').focus();
      cal.press('Enter');
      const dialog = cal.dialog;
      await waitUntil(() => dialog.open);
      expect(dialog.contains(cal.root.activeElement)).to.equal(true);
      expect([...dialog.querySelectorAll('.agenda-title')].map((t) => t.textContent)).to.have.length(2);
      await expect(cal.el).to.be.accessible();
      dialog.close();
      await cal.updated();
      expect(cal.focusedDay()).to.equal('2022-02-24');
    });
  });

  describe('event details', () => {
    it('opens from an event, announces it, and restores focus to it', async () => {
      const cal = await calendar(
        html`<govtech-event-calendar src=${SAMPLE} date="2022-04" time-zone="America/Guatemala" view="list" .now=${clock}></govtech-event-calendar>`,
      );
      const item = cal.$$('.agenda-event').find((i) => i.textContent!.includes('Mesa de Innovadores'))!;
      item.focus();
      setTimeout(() => item.click());
      const { detail } = await oneEvent(cal.el, 'govtech-event-select');
      expect(detail.event.id).to.equal('mesa-innovadores-publicos-1');
      const dialog = cal.dialog;
      await waitUntil(() => dialog.open && !!dialog.querySelector('a[href*="calendar.google.com"]'));
      expect(dialog.textContent).to.include('No hubieron acuerdos');
      const documents = [...dialog.querySelectorAll<HTMLAnchorElement>('a')].map((a) => a.textContent);
      expect(documents.join()).to.match(/Minuta/);
      await expect(cal.el).to.be.accessible();
      dialog.querySelector<HTMLButtonElement>('.close')!.click();
      await cal.updated();
      expect(cal.root.activeElement).to.equal(item);
    });

    it('downloads the event as iCalendar through the SDK export', async () => {
      const cal = await calendar(
        html`<govtech-event-calendar src=${SAMPLE} date="2022-02" time-zone="America/Santiago" view="month" .now=${clock}></govtech-event-calendar>`,
      );
      cal.cell('2022-02-23').querySelector<HTMLButtonElement>('.chip')!.click();
      const dialog = cal.dialog;
      await waitUntil(() => [...dialog.querySelectorAll('button')].some((b) => b.textContent!.includes('.ics')));
      const blobs: Blob[] = [];
      const original = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob) => {
        blobs.push(blob);
        return original.call(URL, blob);
      };
      try {
        [...dialog.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('.ics'))!.click();
      } finally {
        URL.createObjectURL = original;
      }
      expect(blobs).to.have.length(1);
      const text = await blobs[0]!.text();
      expect(text).to.match(/^BEGIN:VCALENDAR\r\n/);
      expect(text).to.include('UID:verano-2022-panel-1@govtech-network');
      expect(text).to.include('DTSTART;TZID=America/Santiago:20220223T170000');
      expect(text).to.include('BEGIN:VTIMEZONE');
    });

    it('links the panel\'s stream', async () => {
      const cal = await calendar(
        html`<govtech-event-calendar src=${SAMPLE} date="2022-02" time-zone="America/Santiago" view="month" .now=${clock}></govtech-event-calendar>`,
      );
      cal.cell('2022-02-23').querySelector<HTMLButtonElement>('.chip')!.click();
      await waitUntil(() => !!cal.$('dialog a[href^="https://www.youtube.com/watch?v="]'));
    });
  });

  describe('filters', () => {
    it('applies kinds and country attributes', async () => {
      const cal = await calendar(
        html`<govtech-event-calendar src=${SAMPLE} date="2026-12" time-zone="America/Santiago" view="list" kinds="panel" .now=${clock}></govtech-event-calendar>`,
      );
      const titles = () => cal.agendaTitles();
      expect(titles()).to.deep.equal(['Panel de ejemplo: compra pública de innovación GovTech entre España y América Latina']);
      cal.el.kinds = undefined;
      cal.el.country = 'ES';
      cal.el.date = '2026-12';
      await waitUntil(() => titles().length === 1 && titles()[0]!.startsWith('Panel de ejemplo: compra'));
      cal.el.country = undefined;
      cal.el.network = 'lab-innovacion-bucaramanga';
      await waitUntil(() => titles().length === 1 && titles()[0]!.startsWith('Taller de ejemplo'));
    });

    it('offers an accessible filter form with filters', async () => {
      const cal = await calendar(
        html`<govtech-event-calendar src=${SAMPLE} date="2026-12" time-zone="America/Santiago" view="list" filters .now=${clock}></govtech-event-calendar>`,
      );
      await expect(cal.el).to.be.accessible();
      const select = cal.$<HTMLSelectElement>('.filters select')!;
      select.value = 'workshop';
      select.dispatchEvent(new Event('change'));
      await cal.updated();
      expect(cal.$$('.agenda-title').map((t) => t.textContent!.slice(0, 17))).to.deep.equal(['Taller de ejemplo']);
      cal.$$('.filters button').at(-1)!.click();
      await cal.updated();
      expect(cal.$$('.agenda-title').length).to.be.greaterThan(1);
    });
  });

  describe('states', () => {
    it('reserves its size with a skeleton while loading', async () => {
      const cal = new CalendarHarness(
        await fixture<GovtechEventCalendar>(html`<govtech-event-calendar src="/__test__/hang/" view="month" date="2026-12" .now=${clock}></govtech-event-calendar>`),
      );
      expect(cal.$('[aria-busy="true"]')).not.to.equal(null);
      expect(cal.$$('.chip-skeleton').length).to.equal(42);
      expect(cal.el.getBoundingClientRect().height).to.be.greaterThan(400);
      await expect(cal.el).to.be.accessible();
    });

    it('shows an error with Retry in the visitor\'s language and dispatches govtech-error', async () => {
      const errorEvent = new Promise<CustomEvent>((resolve) =>
        document.addEventListener('govtech-error', (e) => resolve(e as CustomEvent), { once: true }),
      );
      const cal = new CalendarHarness(
        await fixture<GovtechEventCalendar>(html`<govtech-event-calendar src="/__test__/missing-feed/" locale="pt" .now=${clock}></govtech-event-calendar>`),
      );
      const { detail } = await errorEvent;
      expect(detail).to.include({ code: 'http', status: 404 });
      expect(detail.message).to.match(/index\.json/);
      await cal.updated();
      const alert = cal.$('[role="alert"]')!;
      expect(alert.textContent).to.match(/Tentar novamente/);
      await expect(cal.el).to.be.accessible();
    });

    it('retries when asked, and recovers when the feed comes back', async () => {
      const cal = new CalendarHarness(
        await fixture<GovtechEventCalendar>(html`<govtech-event-calendar src="/__test__/missing-feed/" .now=${clock}></govtech-event-calendar>`),
      );
      await waitUntil(() => cal.$('[role="alert"]'));
      cal.el.src = SAMPLE;
      await waitUntil(() => !cal.$('[role="alert"]') && !cal.$('[aria-busy="true"]'));
    });

    it('says when its src is missing, instead of waiting forever', async () => {
      const errorEvent = new Promise<CustomEvent>((resolve) =>
        document.addEventListener('govtech-error', (e) => resolve(e as CustomEvent), { once: true }),
      );
      const cal = new CalendarHarness(
await fixture<GovtechEventCalendar>(html`<govtech-event-calendar .now=${clock}></govtech-event-calendar>`),
      );
      expect((await errorEvent).detail).to.include({ code: 'config' });
      await cal.updated();
      expect(cal.$('[role="alert"]')).not.to.equal(null);
      expect(cal.$('[aria-busy="true"]')).to.equal(null);
    });

    it('says when the month has no events', async () => {
      const cal = await calendar(
        html`<govtech-event-calendar src=${SAMPLE} date="2025-06" view="month" locale="en" .now=${clock}></govtech-event-calendar>`,
      );
      expect(cal.$('.note')!.textContent).to.match(/no events/i);
      await expect(cal.el).to.be.accessible();
    });

    it('marks stale data with a discreet note', async () => {
      const cal = await calendar(html`<govtech-event-calendar src=${SAMPLE} date="2022-02" view="list" .now=${clock}></govtech-event-calendar>`);
      (cal.el as unknown as { feed: { stale: boolean } }).feed.stale = true;
      cal.el.requestUpdate();
      await cal.updated();
      expect(cal.$('[part="stale-note"]')).not.to.equal(null);
      await expect(cal.el).to.be.accessible();
    });
  });

  describe('layout and theme', () => {
    it('switches to the list by itself in a narrow container', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 360px"><govtech-event-calendar src=${SAMPLE} date="2022-02" .now=${clock}></govtech-event-calendar></div>`,
      );
      const cal = new CalendarHarness(wrapper.querySelector('govtech-event-calendar')!);
      await waitUntil(() => cal.$('.agenda'), 'list view expected');
      wrapper.style.width = '900px';
      await waitUntil(() => cal.$('table'), 'month view expected');
    });

    it('keeps host page CSS out and its own CSS in, with light and dark themes', async () => {
      const style = document.createElement('style');
      style.textContent = 'body { color: rgb(255, 0, 0); font-family: serif; line-height: 4 } h2 { color: rgb(255, 0, 0) } .title { display: none }';
      document.head.append(style);
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div>
          <p class="title">host title</p>
          <govtech-event-calendar src=${SAMPLE} date="2022-02" view="month" theme="dark" .now=${clock}></govtech-event-calendar>
        </div>`);
        const cal = new CalendarHarness(wrapper.querySelector('govtech-event-calendar')!);
        await cal.updated(); // fixture waits for the wrapper only
        await waitUntil(() => !cal.$('[aria-busy="true"]'));
        const title = getComputedStyle(cal.$('.title')!);
        expect(title.color).not.to.equal('rgb(255, 0, 0)');
        expect(title.fontFamily).not.to.equal('serif');
        expect(title.display).not.to.equal('none');
        expect(getComputedStyle(wrapper.querySelector('p')!).display).to.equal('none');
        const dark = getComputedStyle(cal.el).backgroundColor;
        cal.el.theme = 'light';
        await cal.updated();
        expect(getComputedStyle(cal.el).backgroundColor).not.to.equal(dark);
        await expect(cal.el).to.be.accessible();
      } finally {
        style.remove();
      }
    });
  });

  describe('sharing and safety', () => {
    it('makes one request per file for two calendars on one feed', async () => {
      const src = freshSample();
      await fixture(html`<div>
        <govtech-event-calendar src=${src} date="2022-02" .now=${clock}></govtech-event-calendar>
        <govtech-event-calendar src=${src} date="2022-02" view="list" .now=${clock}></govtech-event-calendar>
      </div>`);
      const requests = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes(src));
      // Shard names carry a content hash (events/2022-02.<hash>.json): compare by month.
      const month = (name: string) => name.replace(/\.[0-9a-f]{10}(?=\.json$)/, '');
      const shardsLoaded = () => ['2022-02.json', '2022-03.json'].every((shard) => requests().some((entry) => month(entry.name).endsWith(shard)));
      await waitUntil(shardsLoaded, 'both shards of the February grid expected', { timeout: 4000 });
      await Promise.all([...document.querySelectorAll('govtech-event-calendar')].map((calendar) => calendar.updateComplete));
      const names = requests().map((entry) => month(new URL(entry.name).pathname.slice(src.length)));
      expect(names.filter((name) => name === 'index.json')).to.have.length(1);
      expect(names.filter((name) => name === 'events/2022-02.json')).to.have.length(1);
      // Only the shards of the months shown (February's grid reaches into March).
      expect(names.filter((name) => name.startsWith('events/')).sort()).to.deep.equal(['events/2022-02.json', 'events/2022-03.json']);
    });

    it('never runs or renders HTML from feed text, and keeps only safe links', async () => {
      const cal = await calendar(
        html`<govtech-event-calendar src="/packages/widgets/test/fixtures/hostile-feed/" date="2026-12" view="list" seo time-zone="America/Santiago" .now=${clock}></govtech-event-calendar>`,
      );
      expect(cal.agendaTitles()).to.deep.equal(['<img src=x onerror="window.__pwned = \'title\'">Taller']);
      cal.$$('.agenda-event')[0]!.click();
      await waitUntil(() => cal.dialog.open);
      const dialog = cal.$('dialog')!;
      expect(dialog.querySelectorAll('img, script, iframe, b')).to.have.length(0);
      expect(dialog.querySelector('strong')!.textContent).to.equal('negrita');
      expect([...dialog.querySelectorAll('a')].every((a) => /^(https?:|mailto:)/.test(a.getAttribute('href')!))).to.equal(true);
      await waitUntil(() => cal.el.querySelector('script[type="application/ld+json"]'));
      const ld = cal.el.querySelector('script[type="application/ld+json"]')!;
      expect(JSON.parse(ld.textContent!)[0].description).to.include('</script><script>');
      expect(cal.el.querySelectorAll('script')).to.have.length(1);
      expect((window as { __pwned?: string }).__pwned).to.equal(undefined);
    });
  });

  describe('structured data', () => {
    it('writes schema.org Events of the month into the light DOM with seo', async () => {
      const cal = await calendar(
        html`<govtech-event-calendar src=${SAMPLE} date="2022-02" seo time-zone="America/Santiago" .now=${clock}></govtech-event-calendar>`,
      );
      await waitUntil(() => cal.el.querySelector('script[type="application/ld+json"]'));
      const data = JSON.parse(cal.el.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(data.map((item: { name: string }) => item.name)).to.have.length(3);
      expect(data[0]).to.include({ '@type': 'Event', startDate: '2022-02-23T17:00:00-03:00' });
      cal.el.remove();
      expect(cal.el.querySelector('script')).to.equal(null);
    });
  });
});
