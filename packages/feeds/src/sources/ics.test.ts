import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Event, expandEvent, toICS, zonedParts, type GovEvent, type GovEventInput } from '@govtech-network/sdk';
import { describe, expect, it } from 'vitest';
import type { IcsSourceConfig } from '../config.js';
import { parseIcsCalendar } from './ics.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../test/fixtures/ics/${name}`, import.meta.url)), 'utf8');
const source: IcsSourceConfig = { type: 'ics', path: 'calendario.ics', timeZone: 'America/Santiago' };
const parse = (text: string, config: Partial<IcsSourceConfig> = {}, lang: 'es' | 'en' = 'en') =>
  parseIcsCalendar(text, 'calendario.ics', { ...source, ...config }, { lang });
const byId = (result: ReturnType<typeof parse>, id: string) => result.events.find((event) => event.item.id === id)?.item;
/** A calendar of the given VEVENT lines (and other lines before them). */
const calendar = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR'].join('\r\n');
const vevent = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];
/** 1-based lines of every BEGIN:VEVENT of a text. */
const veventLines = (text: string) => text.split(/\r?\n/).flatMap((line, index) => (line === 'BEGIN:VEVENT' ? [index + 1] : []));
const utc = (ms: number) => new Date(ms).toISOString();

describe('a Google Calendar export', () => {
  const text = fixture('google.ics');
  const result = parse(text, { network: 'red-innovacion-publica' });
  const mesa = byId(result, '5f3k2j1h0g9f8e7d6c5b4a3z2y')!;

  it('becomes valid events, one per public VEVENT, each on the line of its BEGIN:VEVENT', () => {
    expect(result.events.map((event) => event.item.id)).toEqual([
      '5f3k2j1h0g9f8e7d6c5b4a3z2y',
      '5f3k2j1h0g9f8e7d6c5b4a3z2y-20240321T170000',
      'taller-semanal-2024',
      '0a1b2c3d4e5f',
      'encuentro-anual',
      'suspendida',
    ]);
    for (const { item } of result.events) expect(Event.safeParse(item).success, item.id).toBe(true);
    const lines = veventLines(text);
    expect(result.events.map((event) => event.line)).toEqual([lines[0], lines[1], lines[2], lines[3], lines[4], lines[5]]);
    expect(result.events.every((event) => event.file === 'calendario.ics' && event.item.network === 'red-innovacion-publica')).toBe(true);
  });

  it('leaves out the private event, with a warning on its CLASS line', () => {
    const classLine = text.split('\n').indexOf('CLASS:PRIVATE') + 1;
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', line: classLine, field: 'CLASS', message: 'event marked CLASS:PRIVATE; not published' }),
    ]);
    expect(result.events.some((event) => event.item.title === 'Reunión interna')).toBe(false);
  });

  it('maps UID, SUMMARY, LOCATION, CATEGORIES, LAST-MODIFIED and the Meet link', () => {
    expect(mesa).toMatchObject({
      title: 'Mesa mensual de innovación',
      start: '2024-01-18T17:00:00-03:00',
      end: '2024-01-18T18:30:00-03:00',
      timeZone: 'America/Santiago',
      allDay: false,
      location: { name: 'Ministerio Secretaría General de la Presidencia, Santiago' },
      onlineUrl: 'https://meet.google.com/abc-defg-hij',
      attendance: 'mixed',
      topics: ['datos abiertos', 'compras'],
      updatedAt: '2024-01-10T09:00:00-03:00',
      status: 'scheduled',
    });
  });

  it("turns Google's HTML description into the feed's Markdown subset, and ignores the VALARM's DESCRIPTION", () => {
    expect(mesa.description).toBe('Orden del día:\n\n- Datos abiertos\n- Compras públicas\n\n**Enlace:** https://meet.google.com/abc-defg-hij');
    expect(byId(result, '0a1b2c3d4e5f')!.description).toBe('Un webinar sobre datos abiertos.\n\nInscripción en el sitio.');
  });

  it('keeps RRULE and EXDATE, and the moved occurrence (RECURRENCE-ID) is an exception of its series', () => {
    expect(mesa.recurrence).toEqual({
      rule: 'FREQ=MONTHLY;WKST=MO;UNTIL=20241231T235959Z;BYDAY=3TH',
      exceptions: ['2024-02-15T17:00:00-03:00', '2024-03-21T17:00:00-03:00'],
    });
    expect(byId(result, '5f3k2j1h0g9f8e7d6c5b4a3z2y-20240321T170000')).toMatchObject({
      title: 'Mesa mensual de innovación (cambio de fecha)',
      start: '2024-03-22T10:00:00-03:00',
      status: 'rescheduled',
      previousStart: '2024-03-21T17:00:00-03:00',
    });
  });

  it('expands the monthly series at 17:00 Santiago on both sides of the April and September clock changes', () => {
    const year = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2025, 0, 1) };
    const { occurrences } = expandEvent(mesa, year);
    expect(occurrences.map((occurrence) => utc(occurrence.start))).toEqual([
      '2024-01-18T20:00:00.000Z',
      // 15 February and 21 March are exceptions.
      '2024-04-18T21:00:00.000Z',
      '2024-05-16T21:00:00.000Z',
      '2024-06-20T21:00:00.000Z',
      '2024-07-18T21:00:00.000Z',
      '2024-08-15T21:00:00.000Z',
      '2024-09-19T20:00:00.000Z',
      '2024-10-17T20:00:00.000Z',
      '2024-11-21T20:00:00.000Z',
      '2024-12-19T20:00:00.000Z',
    ]);
    for (const { start, end } of occurrences) {
      expect(zonedParts(start, 'America/Santiago')).toMatchObject({ hour: 17, minute: 0 });
      expect(end - start).toBe(90 * 60_000);
    }
  });

  it('expands a weekly COUNT series across the April change (2024-04-07) on the wall clock', () => {
    const taller = byId(result, 'taller-semanal-2024')!;
    const starts = expandEvent(taller, { from: 0, to: Date.UTC(2030, 0, 1) }).occurrences.map((occurrence) => utc(occurrence.start));
    expect(starts).toEqual(['2024-03-27T20:00:00.000Z', '2024-04-03T20:00:00.000Z', '2024-04-10T21:00:00.000Z', '2024-04-17T21:00:00.000Z']);
  });

  it('writes a UTC (Z) start with the offset of the calendar zone (X-WR-TIMEZONE)', () => {
    expect(byId(result, '0a1b2c3d4e5f')).toMatchObject({
      start: '2024-03-05T10:00:00-03:00',
      end: '2024-03-05T12:00:00-03:00',
      timeZone: 'America/Santiago',
      onlineUrl: 'https://example.org/webinar',
      attendance: 'online',
    });
  });

  it('keeps an all-day DTEND as the exclusive end date, as the Event schema means it', () => {
    const encuentro = byId(result, 'encuentro-anual')!;
    expect(encuentro).toMatchObject({ allDay: true, start: '2024-04-10', end: '2024-04-12', attendance: 'in-person' });
    const [occurrence] = expandEvent(encuentro, { from: 0, to: Date.UTC(2030, 0, 1) }).occurrences;
    expect(utc(occurrence!.start)).toBe('2024-04-10T04:00:00.000Z');
    expect(utc(occurrence!.end)).toBe('2024-04-12T04:00:00.000Z');
  });

  it('STATUS:CANCELLED → cancelled', () => {
    expect(byId(result, 'suspendida')).toMatchObject({ status: 'cancelled', start: '2024-05-08T09:00:00-04:00' });
  });

  it('reads the same with CRLF line ends, as Google serves it', () => {
    const crlf = parse(text.replace(/\n/g, '\r\n'), { network: 'red-innovacion-publica' });
    expect(crlf).toEqual(result);
  });

  it('reports progress after each VEVENT', () => {
    const calls: [number, number][] = [];
    parseIcsCalendar(text, 'g.ics', source, { lang: 'es', progress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([1, 2, 3, 4, 5, 6, 7].map((done) => [done, 7]));
  });
});

describe('time zones', () => {
  it('honours a VTIMEZONE whose TZID is a Windows name, and places the event in its IANA zone', () => {
    const result = parse(fixture('outlook.ics'));
    const comite = result.events[0]!.item;
    expect(comite.id).toBe('040000008200E00074C5B7101A82E0080000000010A1B2C3D4E5F601000000000000000010000000AABBCCDDEEFF00112233445566778899');
    expect(comite).toMatchObject({
      title: 'Comité de datos',
      start: '2024-07-10T10:00:00-04:00',
      end: '2024-07-10T11:30:00-04:00',
      timeZone: 'America/Santiago',
      location: { name: 'Sala 3' },
      description: 'Revisión del *plan de datos*.',
    });
  });

  it('honours a custom VTIMEZONE (a fixed -03:00 "Hora de Chile (fija)"): the instants are its, the zone the source\'s, with one warning', () => {
    const result = parse(fixture('outlook.ics'));
    const [july, january] = [byId(result, 'comite-hora-fija')!, byId(result, 'comite-hora-fija-2')!];
    // 10:00 at -03:00 is 13:00Z all year; Santiago's own clock says 09:00 in July (-04) and 10:00 in January (-03).
    expect(Date.parse(july.start)).toBe(Date.parse('2024-07-10T13:00:00Z'));
    expect(july).toMatchObject({ start: '2024-07-10T09:00:00-04:00', end: '2024-07-10T10:00:00-04:00', timeZone: 'America/Santiago' });
    expect(january).toMatchObject({ start: '2024-01-10T10:00:00-03:00', timeZone: 'America/Santiago' });
    const dtstart = fixture('outlook.ics').split('\n').indexOf('DTSTART;TZID=Hora de Chile (fija):20240710T100000') + 1;
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: dtstart,
        field: 'DTSTART',
        message: 'the zone "Hora de Chile (fija)" is not an IANA name: times come from its VTIMEZONE and the events are placed in America/Santiago',
      }),
    ]);
  });

  it('a custom VTIMEZONE with its own DST rules gives the instants those rules say', () => {
    const text = calendar(
      'BEGIN:VTIMEZONE',
      'TZID:Zona de prueba',
      'BEGIN:STANDARD',
      'DTSTART:19700301T020000',
      'TZOFFSETFROM:-0200',
      'TZOFFSETTO:-0300',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=1SU',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:19701101T020000',
      'TZOFFSETFROM:-0300',
      'TZOFFSETTO:-0200',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
      ...vevent('UID:a', 'SUMMARY:Verano', 'DTSTART;TZID=Zona de prueba:20240115T100000'),
      ...vevent('UID:b', 'SUMMARY:Invierno', 'DTSTART;TZID=Zona de prueba:20240615T100000'),
    );
    const result = parse(text, { timeZone: 'America/Sao_Paulo' });
    expect(result.events.map((event) => utc(Date.parse(event.item.start)))).toEqual(['2024-01-15T12:00:00.000Z', '2024-06-15T13:00:00.000Z']);
    expect(result.events.every((event) => event.item.timeZone === 'America/Sao_Paulo')).toBe(true);
  });

  it("an IANA TZID follows the zone database, as calendar apps do, whatever the file's VTIMEZONE of that name says", () => {
    const text = calendar(
      'BEGIN:VTIMEZONE',
      'TZID:America/Santiago',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:-0300',
      'TZOFFSETTO:-0300',
      'END:STANDARD',
      'END:VTIMEZONE',
      ...vevent('UID:a', 'SUMMARY:Invierno', 'DTSTART;TZID=America/Santiago:20240710T100000'),
      ...vevent('UID:b', 'SUMMARY:Verano', 'DTSTART;TZID=America/Santiago:20240110T100000'),
    );
    const result = parse(text);
    expect(result.events.map((event) => event.item.start)).toEqual(['2024-07-10T10:00:00-04:00', '2024-01-10T10:00:00-03:00']);
    expect(result.problems).toEqual([]);
  });

  it('a Windows name without VTIMEZONE, and an IANA name inside a Mozilla path, are still zones', () => {
    const result = parse(
      calendar(
        ...vevent('UID:a', 'SUMMARY:Guatemala', 'DTSTART;TZID=Central America Standard Time:20240710T100000'),
        ...vevent('UID:b', 'SUMMARY:Bogotá', 'DTSTART;TZID=/mozilla.org/20050126_1/America/Bogota:20240710T100000'),
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.events.map((event) => [event.item.timeZone, event.item.start])).toEqual([
      ['America/Guatemala', '2024-07-10T10:00:00-06:00'],
      ['America/Bogota', '2024-07-10T10:00:00-05:00'],
    ]);
  });

  it('floating times and UTC times take X-WR-TIMEZONE, else the source timeZone', () => {
    const events = [...vevent('UID:a', 'SUMMARY:Flotante', 'DTSTART:20240710T100000'), ...vevent('UID:b', 'SUMMARY:UTC', 'DTSTART:20240710T140000Z')];
    const withCalendarZone = parse(calendar('X-WR-TIMEZONE:America/Lima', ...events));
    expect(withCalendarZone.events.map((event) => [event.item.timeZone, event.item.start])).toEqual([
      ['America/Lima', '2024-07-10T10:00:00-05:00'],
      ['America/Lima', '2024-07-10T09:00:00-05:00'],
    ]);
    const withSourceZone = parse(calendar(...events), { timeZone: 'America/Guatemala' });
    expect(withSourceZone.events.map((event) => [event.item.timeZone, event.item.start])).toEqual([
      ['America/Guatemala', '2024-07-10T10:00:00-06:00'],
      ['America/Guatemala', '2024-07-10T08:00:00-06:00'],
    ]);
  });

  it('an unknown TZID without VTIMEZONE drops the event with an error on its DTSTART line', () => {
    const result = parse(calendar(...vevent('UID:a', 'SUMMARY:Perdido', 'DTSTART;TZID=Hora de Marte:20240710T100000'), ...vevent('UID:b', 'SUMMARY:Bien', 'DTSTART:20240710T100000Z')));
    expect(result.events.map((event) => event.item.id)).toEqual(['b']);
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', line: 6, field: 'DTSTART', message: 'unknown time zone "Hora de Marte" and no VTIMEZONE defines it; the event is dropped' }),
    ]);
    expect(result.problems[0]!.hint).toMatch(/IANA/);
  });
});

describe('recurrence rules', () => {
  const series = (...lines: string[]) => parse(calendar(...vevent('UID:serie', 'SUMMARY:Serie', 'DTSTART;TZID=America/Santiago:20240829T170000', ...lines)));

  it('a weekly series across the September change stays at 17:00 Santiago', () => {
    const { events } = series('RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=3');
    const starts = expandEvent(events[0]!.item, { from: 0, to: Date.UTC(2030, 0, 1) }).occurrences.map((occurrence) => utc(occurrence.start));
    expect(starts).toEqual(['2024-08-29T21:00:00.000Z', '2024-09-05T21:00:00.000Z', '2024-09-12T20:00:00.000Z']);
  });

  it('lower case, FREQ not first and a floating UNTIL are made what the SDK reads', () => {
    const { events, problems } = series('RRULE:byday=th;freq=weekly;until=20240912T170000');
    expect(problems).toEqual([]);
    expect(events[0]!.item.recurrence!.rule).toBe('FREQ=WEEKLY;BYDAY=TH;UNTIL=20240912T200000Z');
    expect(expandEvent(events[0]!.item, { from: 0, to: Date.UTC(2030, 0, 1) }).occurrences).toHaveLength(3);
  });

  it('EXDATE in several lines and values, with a date-only value', () => {
    const { events } = series(
      'RRULE:FREQ=WEEKLY;COUNT=5',
      'EXDATE;TZID=America/Santiago:20240905T170000,20240912T170000',
      'EXDATE;VALUE=DATE:20240919',
    );
    expect(events[0]!.item.recurrence!.exceptions).toEqual(['2024-09-05T17:00:00-04:00', '2024-09-12T17:00:00-03:00', '2024-09-19']);
    const starts = expandEvent(events[0]!.item, { from: 0, to: Date.UTC(2030, 0, 1) }).occurrences.map((occurrence) => utc(occurrence.start));
    expect(starts).toEqual(['2024-08-29T21:00:00.000Z', '2024-09-26T20:00:00.000Z']);
  });

  it('a rule the SDK cannot expand keeps the event as its first date, with a warning on the RRULE line', () => {
    for (const rule of ['RRULE:FREQ=WEEKLY;BYHOUR=9,15', 'RRULE:FREQ=HOURLY;COUNT=3']) {
      const { events, problems } = series(rule);
      expect(events[0]!.item.recurrence).toBeUndefined();
      expect(events[0]!.item.start).toBe('2024-08-29T17:00:00-04:00');
      expect(problems).toEqual([expect.objectContaining({ severity: 'warning', line: 7, field: 'RRULE', message: expect.stringMatching(/^unsupported repetition .*only the first date is published$/) })]);
    }
  });

  it('RDATE, a second RRULE and an EXDATE without RRULE are reported and ignored', () => {
    const { events, problems } = series('RRULE:FREQ=WEEKLY;COUNT=2', 'RRULE:FREQ=MONTHLY;COUNT=2', 'RDATE:20241001T170000');
    expect(events[0]!.item.recurrence!.rule).toBe('FREQ=WEEKLY;COUNT=2');
    expect(problems.map((p) => [p.severity, p.line, p.field])).toEqual([
      ['warning', 8, 'RRULE'],
      ['warning', 9, 'RDATE'],
    ]);
    expect(series('EXDATE:20240905T170000').problems.map((p) => [p.line, p.field])).toEqual([[7, 'EXDATE']]);
  });

  it('a cancelled occurrence (RECURRENCE-ID with STATUS:CANCELLED) is a cancelled event and an exception', () => {
    const result = parse(
      calendar(
        ...vevent('UID:mesa@google.com', 'SUMMARY:Mesa', 'DTSTART;VALUE=DATE:20240801', 'RRULE:FREQ=MONTHLY;COUNT=3'),
        ...vevent('UID:mesa@google.com', 'SUMMARY:Mesa', 'RECURRENCE-ID;VALUE=DATE:20240901', 'DTSTART;VALUE=DATE:20240901', 'STATUS:CANCELLED'),
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.events.map((event) => event.item)).toEqual([
      expect.objectContaining({ id: 'mesa', recurrence: { rule: 'FREQ=MONTHLY;COUNT=3', exceptions: ['2024-09-01'] } }),
      expect.objectContaining({ id: 'mesa-20240901', start: '2024-09-01', status: 'cancelled', allDay: true }),
    ]);
    expect(result.events[1]!.item.previousStart).toBeUndefined();
  });
});

describe('fields', () => {
  const one = (lines: string[], config: Partial<IcsSourceConfig> = {}) => parse(calendar(...vevent('UID:x', 'SUMMARY:Evento', 'DTSTART:20240710T140000Z', ...lines)), config);

  it('defaults fill what the calendar does not say; its LOCATION joins the default location', () => {
    const defaults: Partial<GovEventInput> = { kind: 'meeting', attendance: 'in-person', location: { country: 'CL' }, topics: ['red'] };
    const { events } = one(['LOCATION:Sala 3', 'URL:https://example.org/x'], { defaults, network: 'red' });
    expect(events[0]!.item).toMatchObject({ kind: 'meeting', attendance: 'in-person', location: { country: 'CL', name: 'Sala 3' }, topics: ['red'], network: 'red' });
  });

  it('GEO becomes lat/lng; DURATION gives the end; CATEGORIES over several lines, without repeats', () => {
    const { events, problems } = one(['GEO:-33.45;-70.66', 'DURATION:PT1H30M', 'CATEGORIES:datos,ciudades', 'CATEGORIES:datos']);
    expect(problems).toEqual([]);
    expect(events[0]!.item).toMatchObject({
      location: { lat: -33.45, lng: -70.66 },
      end: '2024-07-10T11:30:00-04:00',
      topics: ['datos', 'ciudades'],
      attendance: 'in-person',
    });
    const allDay = parse(calendar(...vevent('UID:y', 'SUMMARY:Dos días', 'DTSTART;VALUE=DATE:20240710', 'DURATION:P2D')));
    expect(allDay.events[0]!.item).toMatchObject({ start: '2024-07-10', end: '2024-07-12' });
  });

  it('unsafe or unreadable values are left out with a warning on their line; the event stays', () => {
    const { events, problems } = one([
      'URL:javascript:alert(1)',
      'GEO:norte',
      'STATUS:QUIZAS',
      'DTEND:20240710T130000Z',
      'LAST-MODIFIED:ayer',
    ]);
    const event = events[0]!.item;
    expect(event.onlineUrl).toBeUndefined();
    expect(event.location).toBeUndefined();
    expect(event.end).toBeUndefined();
    expect(event.status).toBe('scheduled');
    expect(problems.map((p) => [p.severity, p.line, p.field])).toEqual([
      ['warning', 10, 'DTEND'],
      ['warning', 8, 'GEO'],
      ['warning', 7, 'URL'],
      ['warning', 9, 'STATUS'],
      ['warning', 11, 'LAST-MODIFIED'],
    ]);
    expect(problems.find((p) => p.field === 'URL')!.hint).toBe('Only full http(s) links are published.');
  });

  it('a summary over 500 characters is cut with a warning', () => {
    const { events, problems } = one([]);
    expect(problems).toEqual([]);
    const long = parse(calendar(...vevent('UID:x', `SUMMARY:${'a'.repeat(600)}`, 'DTSTART:20240710T140000Z')));
    expect(long.events[0]!.item.title).toHaveLength(500);
    expect(long.problems).toEqual([expect.objectContaining({ severity: 'warning', field: 'SUMMARY', line: 5 })]);
    expect(events[0]!.item.title).toBe('Evento');
  });

  it('UIDs become ids: the local part, sanitised; long ones cut with a hash; two UIDs never share one', () => {
    const result = parse(
      calendar(
        ...vevent('UID:abc@google.com', 'SUMMARY:A', 'DTSTART:20240710T140000Z'),
        ...vevent('UID:abc@outlook.com', 'SUMMARY:B', 'DTSTART:20240710T140000Z'),
        ...vevent('UID:{Reunión #3}', 'SUMMARY:C', 'DTSTART:20240710T140000Z'),
        ...vevent(`UID:${'x'.repeat(200)}`, 'SUMMARY:D', 'DTSTART:20240710T140000Z'),
      ),
    );
    const ids = result.events.map((event) => event.item.id);
    expect(ids[0]).toBe('abc');
    expect(ids[1]).toMatch(/^abc-[0-9a-f]{16}$/);
    expect(ids[2]).toBe('Reuni-n-3');
    expect(ids[3]).toMatch(/^x{111}-[0-9a-f]{16}$/);
    expect(parse(calendar(...vevent(`UID:${'x'.repeat(200)}`, 'SUMMARY:D', 'DTSTART:20240710T140000Z'))).events[0]!.item.id).toBe(ids[3]);
  });

  it('a VEVENT without UID gets an id from its title and start, with a warning', () => {
    const text = calendar(...vevent('SUMMARY:Sin UID', 'DTSTART:20240710T140000Z'));
    const result = parse(text);
    expect(result.events[0]!.item.id).toMatch(/^ics-[0-9a-f]{16}$/);
    expect(parse(text).events[0]!.item.id).toBe(result.events[0]!.item.id);
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'warning', line: 3, field: 'UID' })]);
  });

  it('`from` leaves out events and series that ended before it, and keeps a series still running', () => {
    const text = calendar(
      ...vevent('UID:pasado', 'SUMMARY:Pasado', 'DTSTART;VALUE=DATE:20231201'),
      ...vevent('UID:serie-terminada', 'SUMMARY:Serie', 'DTSTART:20230105T140000Z', 'RRULE:FREQ=WEEKLY;COUNT=10'),
      ...vevent('UID:serie-viva', 'SUMMARY:Serie viva', 'DTSTART:20230105T140000Z', 'RRULE:FREQ=MONTHLY'),
      ...vevent('UID:futuro', 'SUMMARY:Futuro', 'DTSTART:20240110T140000Z'),
    );
    expect(parse(text, { from: '2024-01-01' }).events.map((event) => event.item.id)).toEqual(['serie-viva', 'futuro']);
    expect(parse(text).events).toHaveLength(4);
  });
});

describe('bad calendars: reported with file, line, field and hint; good events still build', () => {
  it('a file that is not a calendar', () => {
    const result = parse('<html><body>Inicie sesión</body></html>', {}, 'es');
    expect(result.events).toEqual([]);
    expect(result.problems).toEqual([
      {
        severity: 'error',
        file: 'calendario.ics',
        line: 1,
        message: 'no es un calendario iCalendar: no tiene BEGIN:VCALENDAR',
        hint: expect.stringContaining('Google Calendar'),
      },
    ]);
  });

  it('a VEVENT without DTSTART, and one without SUMMARY', () => {
    const result = parse(
      calendar(
        ...vevent('UID:a', 'SUMMARY:Sin fecha'),
        ...vevent('UID:b', 'DTSTART:20240710T140000Z'),
        ...vevent('UID:c', 'SUMMARY:Bien', 'DTSTART:20240710T140000Z'),
      ),
      {},
      'es',
    );
    expect(result.events.map((event) => event.item.id)).toEqual(['c']);
    expect(result.problems).toEqual([
      { severity: 'error', file: 'calendario.ics', line: 3, field: 'DTSTART', message: 'el evento no tiene DTSTART; se descarta', hint: 'Dé una fecha de inicio al evento en el calendario.' },
      { severity: 'error', file: 'calendario.ics', line: 7, field: 'SUMMARY', message: 'el evento no tiene SUMMARY; se descarta', hint: 'Dé un título al evento en el calendario.' },
    ]);
  });

  it('an unreadable DTSTART, and a malformed line, drop only their VEVENT', () => {
    const result = parse(
      calendar(
        ...vevent('UID:a', 'SUMMARY:Fecha rota', 'DTSTART:20241301T100000'),
        ...vevent('UID:b', 'SUMMARY:Línea rota', 'esto no es una propiedad', 'DTSTART:20240710T140000Z'),
        ...vevent('UID:c', 'SUMMARY:Bien', 'DTSTART:20240710T140000Z'),
      ),
    );
    expect(result.events.map((event) => event.item.id)).toEqual(['c']);
    expect(result.problems.map((p) => [p.severity, p.line, p.field, p.message])).toEqual([
      ['error', 6, 'DTSTART', 'unreadable DTSTART: 2024-13-01T10:00:00; the event is dropped'],
      ['error', 8, undefined, 'unreadable VEVENT: invalid line (no token ";" or ":") "esto no es una propiedad"; dropped'],
    ]);
  });

  it('a truncated file: the open VEVENT and VCALENDAR are reported, the complete events read', () => {
    const text = ['BEGIN:VCALENDAR', ...vevent('UID:a', 'SUMMARY:Completo', 'DTSTART:20240710T140000Z'), 'BEGIN:VEVENT', 'UID:b', 'SUMMARY:Cort'].join('\n');
    const result = parse(text);
    expect(result.events.map((event) => event.item.id)).toEqual(['a']);
    expect(result.problems.map((p) => [p.severity, p.line, p.message])).toEqual([
      ['error', 7, 'VEVENT starts here and is never closed (END:VEVENT is missing); dropped'],
      ['error', 1, 'VCALENDAR starts here and is never closed (END:VCALENDAR is missing); dropped'],
    ]);
  });

  it('a calendar with no events is a warning', () => {
    expect(parse(calendar()).problems).toEqual([expect.objectContaining({ severity: 'warning', message: 'the calendar has no events (VEVENT)' })]);
  });

  it('a value the Event schema refuses is reported on the line of its property', () => {
    const result = parse(calendar(...vevent('UID:a', 'SUMMARY:Evento', 'DTSTART:20240710T140000Z')), { defaults: { kind: 'fiesta' as 'other' } });
    expect(result.events).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', line: 3, field: 'kind' })]);
  });
});

describe('round trip through the SDK', () => {
  const events: GovEvent[] = [
    {
      id: 'mesa-mensual',
      title: 'Mesa mensual',
      description: 'Primera línea\n\nSegunda, con; signos',
      start: '2024-01-18T17:00:00-03:00',
      end: '2024-01-18T18:30:00-03:00',
      timeZone: 'America/Santiago',
      allDay: false,
      recurrence: { rule: 'FREQ=MONTHLY;BYDAY=3TH;UNTIL=20241231T235959Z', exceptions: ['2024-04-18T17:00:00-04:00'] },
      status: 'scheduled',
      kind: 'other',
      attendance: 'mixed',
      location: { name: 'Sala 3' },
      onlineUrl: 'https://meet.example.org/abc',
      topics: ['datos', 'compras'],
      updatedAt: '2024-01-10T09:00:00-03:00',
      highlight: false,
    },
    {
      id: 'encuentro.2024',
      title: 'Encuentro',
      start: '2024-04-10',
      end: '2024-04-12',
      timeZone: 'America/Guatemala',
      allDay: true,
      recurrence: { rule: 'FREQ=YEARLY;COUNT=3', exceptions: ['2025-04-10'] },
      status: 'cancelled',
      kind: 'other',
      attendance: 'online',
      highlight: false,
    },
    {
      id: 'madrid:taller',
      title: 'Taller',
      start: '2024-10-27T10:00:00+01:00',
      timeZone: 'Europe/Madrid',
      allDay: false,
      status: 'scheduled',
      kind: 'other',
      attendance: 'online',
      highlight: false,
    },
  ];

  it("toICS's output parses back into the same events", () => {
    // An all-day VEVENT has no TZID: its zone is the source's.
    const result = parse(toICS(events, { now: Date.UTC(2024, 5, 1) }), { timeZone: 'America/Guatemala' });
    expect(result.problems).toEqual([]);
    // toICS writes the default one-hour end out.
    const expected = events.map((event) => (event.id === 'madrid:taller' ? { ...event, end: '2024-10-27T11:00:00+01:00' } : event));
    expect(result.events.map((event) => event.item)).toEqual(expected);
  });
});
