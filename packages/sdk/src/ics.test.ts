import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { googleCalendarUrl, outlookCalendarUrl, subscribeLinks, toICS } from './ics.js';
import { expandEvent } from './recurrence.js';
import { Event, type GovEvent, type GovEventInput } from './schema.js';

const NOW = Date.UTC(2024, 0, 2, 12, 30);

function event(fields: Partial<GovEventInput>): GovEvent {
  return Event.parse({
    id: 'mesa-2024',
    title: 'Mesa de innovación pública',
    start: '2024-01-18T17:00:00-03:00',
    timeZone: 'America/Santiago',
    ...fields,
  });
}

/** Parses with ical.js and registers the VTIMEZONEs of the output, so TZIDs resolve through them alone. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  return { calendar, events, first: events[0]! };
}

const isoOf = (time: ICAL.Time) => new Date(time.toUnixTime() * 1000).toISOString();

/** Content lines of the output, unfolded. */
const unfolded = (text: string) => text.replace(/\r\n /g, '').split('\r\n');

afterEach(() => {
  ICAL.TimezoneService.reset();
});

describe('toICS structure', () => {
  const text = toICS([event({}), event({ id: 'otra', start: '2024-07-04T09:30:00-04:00' })], {
    now: NOW,
    productId: '-//Red GovTech//Agenda//ES',
    calendarName: 'Agenda, Red GovTech',
    url: 'https://example.org/agenda.ics',
  });

  it('uses CRLF line endings only and ends with one', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes the calendar properties and one VTIMEZONE per zone used', () => {
    const lines = unfolded(text);
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Red GovTech//Agenda//ES',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(lines).toContain('NAME:Agenda\\, Red GovTech');
    expect(lines).toContain('X-WR-CALNAME:Agenda\\, Red GovTech');
    expect(lines).toContain('SOURCE;VALUE=URI:https://example.org/agenda.ics');
    expect(lines.filter((line) => line === 'BEGIN:VTIMEZONE')).toHaveLength(1);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('gives stable UIDs, DTSTAMP from `now` in UTC and a confirmed status', () => {
    const { first, calendar } = parse(text);
    expect(first.uid).toBe('mesa-2024@govtech-network');
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2024-01-02T12:30:00Z');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });
});

describe('times read back by ical.js', () => {
  it('maps DTSTART;TZID to the right instant in both Santiago offsets through the emitted VTIMEZONE', () => {
    const summer = event({ start: '2024-01-18T17:00:00-03:00', end: '2024-01-18T18:30:00-03:00' });
    const winter = event({ id: 'invierno', start: '2024-07-18T17:00:00-04:00' });
    const lines = unfolded(toICS([summer, winter], { now: NOW }));
    expect(lines).toContain('DTSTART;TZID=America/Santiago:20240118T170000');
    expect(lines).toContain('DTSTART;TZID=America/Santiago:20240718T170000');
    const { events } = parse(lines.join('\r\n'));
    expect(events.map(({ summary }) => summary)).toEqual(['Mesa de innovación pública', 'Mesa de innovación pública']);
    expect(events[0]!.startDate.zone?.tzid).toBe('America/Santiago');
    expect(events.map(({ startDate, endDate }) => [isoOf(startDate), isoOf(endDate)])).toEqual([
      ['2024-01-18T20:00:00.000Z', '2024-01-18T21:30:00.000Z'],
      ['2024-07-18T21:00:00.000Z', '2024-07-18T22:00:00.000Z'],
    ]);
  });

  it('keeps the RRULE and lets ical.js expand the same instants as expandEvent across both changes', () => {
    const monthly = event({
      recurrence: { rule: 'FREQ=MONTHLY;BYDAY=3TH;COUNT=24', exceptions: ['2024-05-16T17:00:00-04:00'] },
    });
    const text = toICS(monthly, { now: NOW });
    expect(unfolded(text)).toContain('RRULE:FREQ=MONTHLY;BYDAY=3TH;COUNT=24');
    expect(unfolded(text)).toContain('EXDATE;TZID=America/Santiago:20240516T170000');
    const { first } = parse(text);
    const rule = first.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.toJSON()).toEqual({ freq: 'MONTHLY', count: 24, byday: '3TH' });
    const iterator = first.iterator();
    const theirs: string[] = [];
    for (let time = iterator.next(); time; time = iterator.next()) theirs.push(isoOf(time));
    const ours = expandEvent(monthly, { from: 0, to: Date.UTC(2100, 0, 1) }).occurrences;
    expect(theirs).toEqual(ours.map(({ start }) => new Date(start).toISOString()));
    expect(theirs).toHaveLength(23);
    expect(theirs).not.toContain('2024-05-16T21:00:00.000Z');
  });

  it('covers an open-ended Madrid series for years past `now`', () => {
    const weekly = event({
      start: '2024-10-21T10:00:00+02:00',
      timeZone: 'Europe/Madrid',
      recurrence: { rule: 'FREQ=WEEKLY' },
    });
    const { first } = parse(toICS(weekly, { now: NOW }));
    const iterator = first.iterator();
    const theirs: string[] = [];
    while (theirs.length < 52 * 8) theirs.push(isoOf(iterator.next()!));
    const ours = expandEvent(weekly, { from: 0, to: Date.UTC(2100, 0, 1) }, { maxOccurrences: 52 * 8 }).occurrences;
    expect(theirs).toEqual(ours.map(({ start }) => new Date(start).toISOString()));
  });

  it('writes all-day events as DATE values, with the default one-day end', () => {
    const holiday = event({
      start: '2024-09-18',
      allDay: true,
      recurrence: { rule: 'FREQ=YEARLY;COUNT=3', exceptions: ['2025-09-18'] },
    });
    const congress = event({
      id: 'congreso',
      start: '2024-12-16',
      end: '2024-12-19',
      allDay: true,
      timeZone: 'Europe/Madrid',
    });
    const text = toICS([holiday, congress], { now: NOW });
    const lines = unfolded(text);
    expect(lines).toContain('DTSTART;VALUE=DATE:20240918');
    expect(lines).toContain('DTEND;VALUE=DATE:20240919');
    expect(lines).toContain('DTEND;VALUE=DATE:20241219');
    expect(lines).toContain('EXDATE;VALUE=DATE:20250918');
    expect(lines).not.toContain('BEGIN:VTIMEZONE');
    const { events } = parse(text);
    expect(
      events.map(({ startDate, endDate }) => [startDate.isDate, startDate.toString(), endDate.toString()]),
    ).toEqual([
      [true, '2024-09-18', '2024-09-19'],
      [true, '2024-12-16', '2024-12-19'],
    ]);
  });

  it('writes a fixed STANDARD observance for a zone without DST', () => {
    const india = event({ start: '2024-03-01T10:00:00+05:30', timeZone: 'Asia/Kolkata' });
    const text = toICS(india, { now: NOW });
    const zone = unfolded(text).filter((line) => /^(BEGIN|END):(STANDARD|DAYLIGHT)|^TZOFFSET/.test(line));
    expect(zone).toEqual(['BEGIN:STANDARD', 'TZOFFSETFROM:+0530', 'TZOFFSETTO:+0530', 'END:STANDARD']);
    expect(isoOf(parse(text).first.startDate)).toBe('2024-03-01T04:30:00.000Z');
  });

  it('describes Santiago with STANDARD (-0400) onsets in April and DAYLIGHT (-0300) onsets in September', () => {
    const lines = unfolded(toICS(event({ end: '2025-01-18T18:00:00-03:00' }), { now: NOW }));
    const standard = lines.slice(lines.indexOf('TZOFFSETTO:-0400') - 2, lines.indexOf('TZOFFSETTO:-0400') + 3);
    expect(standard).toEqual([
      'DTSTART:20240407T000000',
      'TZOFFSETFROM:-0300',
      'TZOFFSETTO:-0400',
      'RDATE:20240407T000000',
      'RDATE:20250406T000000',
    ]);
    expect(lines).toContain('RDATE:20240908T000000');
    expect(lines).toContain('RDATE:20250907T000000');
  });
});

describe('text', () => {
  it('escapes backslash, semicolon, comma and newlines, and ical.js reads the original back', () => {
    const title = 'Reunión; mensual, de redes\\GovTech';
    const description = 'Primera línea\nSegunda línea\r\nTercera; con, todo\\';
    const text = toICS(event({ title, description, topics: ['datos abiertos', 'IA, ética'] }), { now: NOW });
    const lines = unfolded(text);
    expect(lines).toContain('SUMMARY:Reunión\\; mensual\\, de redes\\\\GovTech');
    expect(lines).toContain('DESCRIPTION:Primera línea\\nSegunda línea\\nTercera\\; con\\, todo\\\\');
    const { first } = parse(text);
    expect(first.summary).toBe(title);
    expect(first.description).toBe(description.replace('\r\n', '\n'));
    expect(first.component.getFirstProperty('categories')?.getValues()).toEqual(['datos abiertos', 'IA, ética']);
  });

  it('folds a long Spanish description at 75 octets without splitting a character', () => {
    const description =
      'La reunión de coordinación de la Red GovTech de Iberoamérica revisará la señalética, ' +
      'los acuerdos de interoperabilidad y el año de gestión 🇨🇱🇪🇸 — ¿quién presentará la evaluación? ' +
      'Participarán ministerios, municipalidades y laboratorios de innovación pública de Chile, España y Perú. ';
    const text = toICS(event({ description: description.repeat(3) }), { now: NOW });
    const physical = text.split('\r\n').slice(0, -1);
    expect(Math.max(...physical.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
    const descriptionLines = physical.slice(physical.findIndex((line) => line.startsWith('DESCRIPTION:')));
    expect(descriptionLines[1]).toMatch(/^ /);
    expect(descriptionLines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(5);
    // A split surrogate pair would not survive UTF-8 encoding unchanged.
    expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text);
    expect(parse(text).first.description).toBe(description.repeat(3));
  });

  it('drops control characters that TEXT may not contain', () => {
    const text = toICS(event({ title: 'Sesión\u0007 final\tabierta' }), { now: NOW });
    expect(parse(text).first.summary).toBe('Sesión final\tabierta');
  });

  it('writes location, GEO, URL and the status of cancelled and postponed events', () => {
    const located = event({
      status: 'cancelled',
      location: {
        name: 'Centro Cultural',
        address: 'Av. Libertador 227',
        city: 'Santiago',
        country: 'CL',
        lat: -33.44,
        lng: -70.65,
      },
      registrationUrl: 'https://example.org/inscripcion',
      updatedAt: '2024-01-01T07:00:00-03:00',
    });
    const { first, calendar } = parse(toICS([located, event({ id: 'b', status: 'postponed' })], { now: NOW }));
    expect(first.location).toBe('Centro Cultural, Av. Libertador 227, Santiago, CL');
    expect(first.component.getFirstPropertyValue('geo')).toEqual([-33.44, -70.65]);
    expect(first.component.getFirstPropertyValue('url')).toBe('https://example.org/inscripcion');
    expect(first.component.getFirstPropertyValue('last-modified')?.toString()).toBe('2024-01-01T10:00:00Z');
    expect(calendar.getAllSubcomponents('vevent').map((vevent) => vevent.getFirstPropertyValue('status'))).toEqual([
      'CANCELLED',
      'TENTATIVE',
    ]);
  });
});

describe('googleCalendarUrl', () => {
  const read = (url: string) => {
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).toBe('https://calendar.google.com/calendar/render');
    return Object.fromEntries(parsed.searchParams);
  };

  it('links a timed recurring event with UTC dates, its zone and its RRULE', () => {
    const monthly = event({
      description: 'Orden del día',
      location: { name: 'Sala 3', city: 'Santiago' },
      recurrence: { rule: 'FREQ=MONTHLY;BYDAY=3TH' },
    });
    expect(read(googleCalendarUrl(monthly))).toEqual({
      action: 'TEMPLATE',
      text: 'Mesa de innovación pública',
      dates: '20240118T200000Z/20240118T210000Z',
      details: 'Orden del día',
      location: 'Sala 3, Santiago',
      ctz: 'America/Santiago',
      recur: 'RRULE:FREQ=MONTHLY;BYDAY=3TH',
    });
  });

  it('links one occurrence without the RRULE, at its own UTC time after the April change', () => {
    const monthly = event({ recurrence: { rule: 'FREQ=MONTHLY;BYDAY=3TH' } });
    const april = expandEvent(monthly, { from: Date.UTC(2024, 3, 1), to: Date.UTC(2024, 4, 1) }).occurrences[0]!;
    const params = read(googleCalendarUrl(monthly, april));
    expect(params.dates).toBe('20240418T210000Z/20240418T220000Z');
    expect(params.recur).toBeUndefined();
  });

  it('uses calendar dates for all-day events and cuts very long details', () => {
    const allDay = event({ start: '2024-12-16', end: '2024-12-18', allDay: true, description: 'x'.repeat(5000) });
    const params = read(googleCalendarUrl(allDay));
    expect(params.dates).toBe('20241216/20241218');
    expect(params.details).toHaveLength(1501);
    expect(params.location).toBeUndefined();
  });
});

describe('outlookCalendarUrl', () => {
  it('links one occurrence to Outlook.com or Outlook 365 with UTC instants, the place and escaped text', () => {
    const monthly = event({ title: 'Datos & ciudades #1', location: { name: 'Sala 3', city: 'Santiago' }, recurrence: { rule: 'FREQ=MONTHLY;BYDAY=3TH' } });
    const april = expandEvent(monthly, { from: Date.UTC(2024, 3, 1), to: Date.UTC(2024, 4, 1) }).occurrences[0]!;
    for (const host of ['live', 'office'] as const) {
      const url = new URL(outlookCalendarUrl(monthly, host, april));
      expect(url.origin + url.pathname).toBe(`https://outlook.${host}.com/calendar/0/deeplink/compose`);
      expect(Object.fromEntries(url.searchParams)).toEqual({
        path: '/calendar/action/compose',
        rru: 'addevent',
        subject: 'Datos & ciudades #1',
        startdt: '2024-04-18T21:00:00.000Z',
        enddt: '2024-04-18T22:00:00.000Z',
        location: 'Sala 3, Santiago',
      });
    }
  });

  it('gives an all-day event its dates', () => {
    const params = new URL(outlookCalendarUrl(event({ start: '2024-12-16', end: '2024-12-18', allDay: true }), 'live')).searchParams;
    expect([params.get('startdt'), params.get('enddt'), params.get('allday')]).toEqual(['2024-12-16', '2024-12-18', 'true']);
  });
});

describe('subscribeLinks', () => {
  it('builds webcal, Google, Outlook.com and Outlook 365 links with the address encoded', () => {
    const links = subscribeLinks('https://example.org/feeds/v1/ics/red a.ics?x=1&y=2', 'Red & Agenda');
    expect(links.webcal).toBe('webcal://example.org/feeds/v1/ics/red%20a.ics?x=1&y=2');
    const google = new URL(links.google);
    expect(google.origin + google.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(google.searchParams.get('cid')).toBe(links.webcal);
    for (const [link, host] of [[links.outlook, 'live'], [links.office, 'office']] as const) {
      const url = new URL(link);
      expect(url.origin + url.pathname).toBe(`https://outlook.${host}.com/calendar/0/addfromweb`);
      expect(Object.fromEntries(url.searchParams)).toEqual({ url: 'https://example.org/feeds/v1/ics/red%20a.ics?x=1&y=2', name: 'Red & Agenda' });
    }
  });

  it('refuses an address that is not http(s)', () => {
    expect(() => subscribeLinks('javascript:alert(1)')).toThrow(TypeError);
  });
});
