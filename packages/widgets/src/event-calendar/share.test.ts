import { expect, html, waitUntil } from '@open-wc/testing';
import { CalendarHarness } from '../../test/harness/event-calendar.js';

// "Compartir" (share.ts): the Web Share API where the browser has it, else the link copied, said politely.

const SAMPLE = '/examples/feeds/v1/';
const now = () => Date.parse('2026-11-21T12:00:00Z');

/** Replaces a browser API on `navigator` for one test; returns what puts it back. */
function replace<K extends 'share' | 'clipboard'>(name: K, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, name);
  Object.defineProperty(navigator, name, { value, configurable: true });
  return () => (own ? Object.defineProperty(navigator, name, own) : delete (navigator as unknown as Record<string, unknown>)[name]);
}

describe('<govtech-event-calendar sync-url> sharing an event', () => {
  const page = `${location.pathname}${location.search}`;
  const restore: Array<() => void> = [];
  afterEach(() => {
    restore.splice(0).forEach((undo) => undo());
    history.replaceState(null, '', page);
  });

  const openPanel = async (locale = 'es') => {
    const cal = await CalendarHarness.loaded(
      html`<govtech-event-calendar src=${SAMPLE} sync-url locale=${locale} date="2022-02" view="month" time-zone="America/Santiago" .now=${now}></govtech-event-calendar>`,
    );
    await cal.openFirstEventOf('2022-02-23');
    await waitUntil(() => shareButton(cal), 'Compartir, loaded on first use');
    return cal;
  };
  const shareButton = (cal: CalendarHarness) => cal.$$<HTMLButtonElement>('dialog button').find((button) => /^(Compartir|Share|Compartilhar)$/.test(cal.text(button)!))!;

  it('copies the event’s link where there is no share sheet, and says so politely', async () => {
    const copied: string[] = [];
    restore.push(replace('share', undefined));
    restore.push(replace('clipboard', { writeText: async (text: string) => void copied.push(text) }));
    const cal = await openPanel();
    const status = cal.$('dialog [role="status"]')!;
    expect(cal.text(status)).to.equal('');
    shareButton(cal).click();
    await waitUntil(() => cal.text('dialog [role="status"]') === 'Enlace copiado.', 'a polite confirmation');
    expect(copied).to.have.length(1);
    const link = new URL(copied[0]!);
    expect(link.pathname).to.equal(location.pathname);
    expect(link.searchParams.get('cal-event')).to.equal('verano-2022-panel-1');
    expect(link.searchParams.get('cal-month')).to.equal('2022-02');
    await expect(cal.el).to.be.accessible();
  });

  it('says when the link could not be copied, in English', async () => {
    restore.push(replace('share', undefined));
    restore.push(replace('clipboard', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }));
    const cal = await openPanel('en');
    shareButton(cal).click();
    await waitUntil(() => cal.text('dialog [role="status"]') === 'We couldn’t copy the link.');
  });

  it('hands the link to the Web Share API where there is one', async () => {
    const shared: ShareData[] = [];
    restore.push(replace('share', async (data: ShareData) => void shared.push(data)));
    const cal = await openPanel();
    shareButton(cal).click();
    await waitUntil(() => shared.length === 1, 'navigator.share called');
    expect(shared[0]!.title).to.equal('Verano de Datos Abiertos — Panel 1: Ecosistema GovTech en la Región');
    expect(new URL(shared[0]!.url!).searchParams.get('cal-event')).to.equal('verano-2022-panel-1');
  });

  it('offers no Compartir without sync-url (the link would not open the event)', async () => {
    const cal = await CalendarHarness.loaded(
      html`<govtech-event-calendar src=${SAMPLE} date="2022-02" view="month" .now=${now}></govtech-event-calendar>`,
    );
    await cal.openFirstEventOf('2022-02-23');
    expect(shareButton(cal)).to.equal(undefined);
  });
});
