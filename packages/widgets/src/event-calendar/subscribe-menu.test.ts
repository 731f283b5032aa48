import { expect, html, waitUntil } from '@open-wc/testing';
import { CalendarHarness } from '../../test/harness/event-calendar.js';

const NOW = Date.parse('2026-11-21T12:00:00Z');
const clock = () => NOW;
const unique = (prefix: string) => `/__test__/${prefix}/${Math.random().toString(36).slice(2)}/`;

async function subscribable(src: string, { locale = 'es', network = '' } = {}) {
  const cal = await CalendarHarness.loaded(
    html`<govtech-event-calendar src=${src} subscribe network=${network || undefined!} date="2026-11" locale=${locale} view="list" .now=${clock}></govtech-event-calendar>`,
  );
  await waitUntil(() => cal.$('#subscribe-button'), 'subscribe button expected', { timeout: 4000 });
  return cal;
}

const items = (cal: CalendarHarness) => cal.$$<HTMLElement>('#subscribe-menu [role="menuitem"]');
const hrefs = (cal: CalendarHarness) => items(cal).map((item) => item.getAttribute('href'));

describe('<govtech-event-calendar subscribe>', () => {
  it('opens a menu of calendar apps for the feed’s .ics, each link built and encoded for its app', async () => {
    const src = unique('feeds');
    const cal = await subscribable(src);
    const button = cal.$<HTMLButtonElement>('#subscribe-button')!;
    expect(cal.text(button)).to.match(/^Suscribirse/);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(cal.$('#subscribe-menu')!.hidden).to.equal(true);
    await expect(cal.el).to.be.accessible();

    button.click();
    await waitUntil(() => cal.root.activeElement === items(cal)[0], 'first item focused');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const ics = new URL(`${src}events.ics`, location.href).href;
    const webcal = ics.replace(/^http:/, 'webcal:');
    expect(items(cal).map((item) => cal.text(item))).to.deep.equal([
      'Apple Calendar, Thunderbird (webcal)',
      'Google Calendar',
      'Outlook.com',
      'Outlook 365',
      'Copiar el enlace',
      'Descargar el archivo .ics',
    ]);
    const [apple, google, outlook, office, , download] = hrefs(cal);
    expect(apple).to.equal(webcal);
    expect(new URL(google!).searchParams.get('cid')).to.equal(webcal);
    expect(outlook).to.match(/^https:\/\/outlook\.live\.com\/calendar\/0\/addfromweb\?/);
    expect(new URL(outlook!).searchParams.get('url')).to.equal(ics);
    expect(new URL(office!).origin).to.equal('https://outlook.office.com');
    expect(new URL(office!).searchParams.get('url')).to.equal(ics);
    expect(download).to.equal(ics);
    await expect(cal.el).to.be.accessible();
  });

  it('is keyboard-first: arrows move through the items, Escape closes and gives the focus back', async () => {
    const cal = await subscribable(unique('feeds'));
    const button = cal.$<HTMLButtonElement>('#subscribe-button')!;
    button.focus();
    cal.press('ArrowDown');
    await waitUntil(() => cal.root.activeElement === items(cal)[0]);
    cal.press('ArrowDown');
    expect(cal.root.activeElement).to.equal(items(cal)[1]);
    cal.press('End');
    expect(cal.root.activeElement).to.equal(items(cal).at(-1));
    cal.press('ArrowDown'); // wraps
    expect(cal.root.activeElement).to.equal(items(cal)[0]);
    cal.press('ArrowUp');
    expect(cal.root.activeElement).to.equal(items(cal).at(-1));
    cal.press('Escape');
    await waitUntil(() => cal.root.activeElement === button);
    expect(cal.$('#subscribe-menu')!.hidden).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    cal.press('ArrowUp'); // opens on the last item
    await waitUntil(() => cal.root.activeElement === items(cal).at(-1));
  });

  it('copies the link and confirms it, or shows it when the clipboard refuses', async () => {
    const cal = await subscribable(unique('feeds'));
    const copied: string[] = [];
    const writeText = navigator.clipboard.writeText;
    try {
      navigator.clipboard.writeText = async (text: string) => void copied.push(text);
      cal.$<HTMLButtonElement>('#subscribe-button')!.click();
      await waitUntil(() => items(cal).length);
      items(cal)[4]!.click();
      await waitUntil(() => cal.text('.subscribe [role="status"]'));
      expect(cal.text('.subscribe [role="status"]')).to.equal('Enlace copiado.');
      expect(copied).to.deep.equal([hrefs(cal)[5]]);
      expect(cal.root.activeElement).to.equal(cal.$('#subscribe-button'));
      await expect(cal.el).to.be.accessible();

      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      cal.$<HTMLButtonElement>('#subscribe-button')!.click();
      await cal.updated();
      items(cal)[4]!.click();
      await waitUntil(() => cal.text('.subscribe [role="status"]')?.startsWith('No pudimos'));
      expect(cal.text('.subscribe [role="status"]')).to.equal(`No pudimos copiar el enlace; es este: ${hrefs(cal)[5]}`);
    } finally {
      navigator.clipboard.writeText = writeText;
    }
  });

  it('offers the network’s own .ics when the calendar is narrowed to one network', async () => {
    const src = unique('feeds');
    const cal = await subscribable(src, { network: 'red-labs-peru' });
    expect(cal.text('#subscribe-button')).to.include('a la agenda de Red Nacional de Laboratorios de Innovación Digital');
    const ics = new URL(`${src}ics/red-labs-peru.ics`, location.href).href;
    cal.$<HTMLButtonElement>('#subscribe-button')!.click();
    await waitUntil(() => items(cal).length);
    expect(hrefs(cal)[5]).to.equal(ics);
    expect(new URL(hrefs(cal)[2]!).searchParams.get('name')).to.equal('Red Nacional de Laboratorios de Innovación Digital');
  });

  it('speaks Portuguese and English', async () => {
    for (const [locale, label, copy] of [
      ['pt', 'Assinar', 'Copiar o link'],
      ['en', 'Subscribe', 'Copy the link'],
    ] as const) {
      const cal = await subscribable(unique('feeds'), { locale });
      expect(cal.text('#subscribe-button')).to.match(new RegExp(`^${label}`));
      cal.$<HTMLButtonElement>('#subscribe-button')!.click();
      await waitUntil(() => items(cal).length);
      expect(cal.text(items(cal)[4])).to.equal(copy);
    }
  });

  it('offers nothing when the feed publishes no .ics for what is shown', async () => {
    const cal = await CalendarHarness.loaded(
      html`<govtech-event-calendar src=${unique('second-feed')} subscribe date="2022-02" view="list" .now=${clock}></govtech-event-calendar>`,
    );
    // The tool has loaded and read the manifest (the feed has no feeds.ics, its one network has).
    await new Promise((resolve) => setTimeout(resolve, 0));
    await cal.updated();
    expect(cal.$('#subscribe-button')).to.equal(null);
    cal.el.network = 'red-ciudades-digitales';
    await waitUntil(() => cal.$('#subscribe-button'), 'the network’s own .ics offered', { timeout: 4000 });
  });
});

describe('<govtech-event-calendar> event details', () => {
  it('add the occurrence to Outlook.com and Outlook 365 beside Google Calendar and the .ics', async () => {
    const cal = await CalendarHarness.loaded(
      html`<govtech-event-calendar src="/examples/feeds/v1/" date="2022-02" time-zone="America/Santiago" view="month" .now=${clock}></govtech-event-calendar>`,
    );
    const dialog = await cal.openFirstEventOf('2022-02-23');
    await waitUntil(() => dialog.querySelector('a[href*="outlook.live.com"]'), 'Outlook links expected', { timeout: 4000 });
    const links = [...dialog.querySelectorAll<HTMLAnchorElement>('.actions a')];
    expect(links.map((a) => a.textContent!.trim())).to.include.members(['Google Calendar', 'Outlook.com', 'Outlook 365']);
    for (const host of ['live', 'office']) {
      const url = new URL(links.find((a) => a.href.includes(`outlook.${host}.com`))!.href);
      expect(url.pathname).to.equal('/calendar/0/deeplink/compose');
      expect(url.searchParams.get('subject')).to.equal('Verano de Datos Abiertos — Panel 1: Ecosistema GovTech en la Región');
      expect(url.searchParams.get('startdt')).to.equal('2022-02-23T20:00:00.000Z');
    }
    await expect(cal.el).to.be.accessible();
  });
});
