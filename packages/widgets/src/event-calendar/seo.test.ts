import type { EventOccurrence, GovEvent } from '@govtech-network/sdk';
import { expect } from '@open-wc/testing';
import { eventJsonLd, jsonLdScriptText } from './seo.js';

function occurrenceOf(start: string, end: string, fields: Partial<GovEvent> = {}): EventOccurrence {
  const event: GovEvent = {
    id: 'mesa-1',
    title: 'Mesa de gobierno digital',
    start,
    end,
    timeZone: 'America/Santiago',
    allDay: false,
    status: 'scheduled',
    kind: 'meeting',
    attendance: 'online',
    highlight: false,
    ...fields,
  };
  return { key: event.id, event, start: new Date(start), end: new Date(end), recurring: false };
}

const timed = (fields: Partial<GovEvent> = {}) =>
  occurrenceOf('2026-06-18T10:00:00-04:00', '2026-06-18T12:00:00-04:00', fields);

describe('eventJsonLd', () => {
  it('maps a minimal event to a schema.org Event and nothing more', () => {
    expect(eventJsonLd(timed())).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Mesa de gobierno digital',
      startDate: '2026-06-18T10:00:00-04:00',
      endDate: '2026-06-18T12:00:00-04:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    });
  });

  it('writes times with the offset of the event’s zone at each instant', () => {
    // Madrid moves from +01:00 to +02:00 at 01:00Z on 29 March 2026, between this start and end.
    const night = occurrenceOf('2026-03-28T23:30:00Z', '2026-03-29T02:00:00Z', { timeZone: 'Europe/Madrid' });
    expect(eventJsonLd(night)).to.include({
      startDate: '2026-03-29T00:30:00+01:00',
      endDate: '2026-03-29T04:00:00+02:00',
    });
    const kathmandu = occurrenceOf('2026-06-18T04:15:00Z', '2026-06-18T05:15:00Z', { timeZone: 'Asia/Kathmandu' });
    expect(eventJsonLd(kathmandu)).to.include({ startDate: '2026-06-18T10:00:00+05:45' });
    const stJohns = occurrenceOf('2026-01-18T13:30:00Z', '2026-01-18T14:30:00Z', { timeZone: 'America/St_Johns' });
    expect(eventJsonLd(stJohns)).to.include({ startDate: '2026-01-18T10:00:00-03:30' });
    const utc = occurrenceOf('2026-06-18T10:00:00Z', '2026-06-18T11:00:00Z', { timeZone: 'UTC' });
    expect(eventJsonLd(utc)).to.include({ startDate: '2026-06-18T10:00:00+00:00' });
  });

  it('gives all-day events as dates, ending on their last day', () => {
    const bogota = { timeZone: 'America/Bogota', allDay: true };
    const oneDay = occurrenceOf('2024-12-16T05:00:00Z', '2024-12-17T05:00:00Z', {
      ...bogota,
      start: '2024-12-16',
      end: '2024-12-17',
    });
    expect(eventJsonLd(oneDay)).to.include({ startDate: '2024-12-16', endDate: '2024-12-16' });
    const threeDays = occurrenceOf('2024-12-16T05:00:00Z', '2024-12-19T05:00:00Z', {
      ...bogota,
      start: '2024-12-16',
      end: '2024-12-19',
    });
    expect(eventJsonLd(threeDays)).to.include({ startDate: '2024-12-16', endDate: '2024-12-18' });
  });

  it('uses the occurrence’s times, not the series’ first', () => {
    const series = timed({ recurrence: { rule: 'FREQ=MONTHLY;COUNT=3' } });
    const third: EventOccurrence = {
      ...series,
      start: new Date('2026-08-18T10:00:00-04:00'),
      end: new Date('2026-08-18T12:00:00-04:00'),
      recurring: true,
    };
    expect(eventJsonLd(third)).to.include({
      startDate: '2026-08-18T10:00:00-04:00',
      endDate: '2026-08-18T12:00:00-04:00',
    });
  });

  it('maps every status and attendance mode', () => {
    const statuses = {
      scheduled: 'EventScheduled',
      cancelled: 'EventCancelled',
      postponed: 'EventPostponed',
      rescheduled: 'EventRescheduled',
    };
    for (const [status, type] of Object.entries(statuses)) {
      expect(eventJsonLd(timed({ status: status as GovEvent['status'] })).eventStatus).to.equal(
        `https://schema.org/${type}`,
      );
    }
    const modes = {
      online: 'OnlineEventAttendanceMode',
      'in-person': 'OfflineEventAttendanceMode',
      mixed: 'MixedEventAttendanceMode',
    };
    for (const [attendance, mode] of Object.entries(modes)) {
      expect(eventJsonLd(timed({ attendance: attendance as GovEvent['attendance'] })).eventAttendanceMode).to.equal(
        `https://schema.org/${mode}`,
      );
    }
  });

  it('describes a venue as a Place with its postal address and coordinates', () => {
    const location = {
      name: 'Palacio de La Moneda',
      address: 'Moneda S/N',
      city: 'Santiago',
      region: 'Región Metropolitana',
      country: 'CL',
      lat: -33.4429,
      lng: -70.6539,
    };
    expect(eventJsonLd(timed({ attendance: 'in-person', location })).location).to.deep.equal({
      '@type': 'Place',
      name: 'Palacio de La Moneda',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Moneda S/N',
        addressLocality: 'Santiago',
        addressRegion: 'Región Metropolitana',
        addressCountry: 'CL',
      },
      geo: { '@type': 'GeoCoordinates', latitude: -33.4429, longitude: -70.6539 },
    });
  });

  it('leaves out the parts of a place the feed does not give', () => {
    expect(eventJsonLd(timed({ location: { name: 'Centro cívico' } })).location).to.deep.equal({
      '@type': 'Place',
      name: 'Centro cívico',
    });
    expect(eventJsonLd(timed({ location: { city: 'Lima', lat: -12.05 } })).location).to.deep.equal({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: 'Lima' },
    });
  });

  it('gives an online event a VirtualLocation, and a mixed one both', () => {
    const onlineUrl = 'https://meet.example.org/mesa';
    expect(eventJsonLd(timed({ onlineUrl })).location).to.deep.equal({ '@type': 'VirtualLocation', url: onlineUrl });
    expect(
      eventJsonLd(timed({ attendance: 'mixed', onlineUrl, location: { name: 'Auditorio' } })).location,
    ).to.deep.equal([
      { '@type': 'Place', name: 'Auditorio' },
      { '@type': 'VirtualLocation', url: onlineUrl },
    ]);
  });

  it('lists organizers as Organizations and speakers as Persons with their affiliation', () => {
    const data = eventJsonLd(
      timed({
        organizers: [{ name: 'Red GovTech Chile', url: 'https://govtech.example.cl' }, { name: 'BID' }],
        speakers: [
          { name: 'Ana Pérez', affiliation: 'Ministerio de Hacienda', role: 'Moderadora' },
          { name: 'Luis Soto' },
        ],
      }),
    );
    expect(data.organizer).to.deep.equal([
      { '@type': 'Organization', name: 'Red GovTech Chile', url: 'https://govtech.example.cl' },
      { '@type': 'Organization', name: 'BID' },
    ]);
    expect(data.performer).to.deep.equal([
      {
        '@type': 'Person',
        name: 'Ana Pérez',
        affiliation: { '@type': 'Organization', name: 'Ministerio de Hacienda' },
      },
      { '@type': 'Person', name: 'Luis Soto' },
    ]);
  });

  it('leaves out empty lists', () => {
    const data = eventJsonLd(timed({ organizers: [], speakers: [] }));
    expect(data).not.to.have.any.keys('organizer', 'performer');
  });

  it('gives the image URL and the most useful page as url', () => {
    const image = { url: 'https://cdn.example.org/mesa.jpg', alt: '' };
    const pageUrl = 'https://red.example.org/agenda';
    const registrationUrl = 'https://red.example.org/inscripcion';
    const onlineUrl = 'https://meet.example.org/mesa';
    expect(eventJsonLd(timed({ image })).image).to.equal(image.url);
    expect(eventJsonLd(timed({ registrationUrl, onlineUrl }), { pageUrl }).url).to.equal(registrationUrl);
    expect(eventJsonLd(timed({ onlineUrl }), { pageUrl }).url).to.equal(onlineUrl);
    expect(eventJsonLd(timed(), { pageUrl }).url).to.equal(pageUrl);
  });

  it('gives a rescheduled event its previous start, in the same form as the start', () => {
    const moved = timed({ status: 'rescheduled', previousStart: '2026-05-10T15:00:00Z' });
    expect(eventJsonLd(moved).previousStartDate).to.equal('2026-05-10T11:00:00-04:00');
    const movedDay = occurrenceOf('2024-12-16T05:00:00Z', '2024-12-17T05:00:00Z', {
      timeZone: 'America/Bogota',
      allDay: true,
      status: 'rescheduled',
      previousStart: '2024-12-02',
    });
    expect(eventJsonLd(movedDay).previousStartDate).to.equal('2024-12-02');
    expect(eventJsonLd(timed({ previousStart: '2026-05-10T15:00:00Z' }))).not.to.have.key('previousStartDate');
  });

  it('gives the description as plain text, without Markdown marks', () => {
    const description =
      '**Agenda**: revisa [el programa](https://red.example.org/programa) y *trae preguntas*.\n\n- Apertura';
    expect(eventJsonLd(timed({ description })).description).to.equal(
      'Agenda: revisa el programa y trae preguntas.\n\n- Apertura',
    );
    expect(eventJsonLd(timed({ description: '' }))).not.to.have.key('description');
    expect(eventJsonLd(timed({ description: '  ' }))).not.to.have.key('description');
  });
});

describe('jsonLdScriptText', () => {
  const breakout = '</script><script>window.__seoTestInjected = true</script>';
  let container: HTMLDivElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    container.remove();
    delete (window as { __seoTestInjected?: boolean }).__seoTestInjected;
  });

  /** Parses a script element with `text` as the HTML parser would a server-rendered page, and runs it. */
  function insertAsHtml(text: string) {
    container.append(
      document
        .createRange()
        .createContextualFragment(`<script type="application/ld+json">${text}</script><p>after</p>`),
    );
  }

  it('escapes <, >, &, U+2028 and U+2029 as \\u sequences', () => {
    expect(jsonLdScriptText('a<b>&c\u2028d\u2029')).to.equal('"a\\u003cb\\u003e\\u0026c\\u2028d\\u2029"');
  });

  it('still parses to the same data', () => {
    const data = { name: breakout, note: '<!-- & --> \u2028', list: [1, 'x<y'] };
    expect(JSON.parse(jsonLdScriptText(data))).to.deep.equal(data);
  });

  it('keeps feed text from closing the script element', () => {
    insertAsHtml(jsonLdScriptText({ name: breakout }));
    expect([...container.children].map((element) => element.tagName)).to.deep.equal(['SCRIPT', 'P']);
    expect(JSON.parse(container.querySelector('script')!.text)).to.deep.equal({ name: breakout });
    expect((window as { __seoTestInjected?: boolean }).__seoTestInjected).to.equal(undefined);
  });

  it('catches what plain JSON.stringify lets through (the check above can fail)', () => {
    insertAsHtml(JSON.stringify({ name: breakout }));
    expect(container.querySelectorAll('script')).to.have.length(2);
    expect((window as { __seoTestInjected?: boolean }).__seoTestInjected).to.equal(true);
  });

  it('keeps "<!--" in feed text from swallowing the markup after the script', () => {
    const comment = '<!--<script>';
    insertAsHtml(jsonLdScriptText({ name: comment }));
    expect(container.querySelector('p')?.textContent).to.equal('after');
    expect(JSON.parse(container.querySelector('script')!.text)).to.deep.equal({ name: comment });
    container.replaceChildren();
    insertAsHtml(JSON.stringify({ name: comment }));
    expect(container.querySelector('p')).to.equal(null);
  });

  it('makes an event safe to embed whatever its title', () => {
    const data = eventJsonLd(timed({ title: breakout, description: `Texto ${breakout}` }));
    insertAsHtml(jsonLdScriptText(data));
    expect(container.querySelectorAll('script')).to.have.length(1);
    expect(JSON.parse(container.querySelector('script')!.text)).to.deep.equal(data);
  });
});
