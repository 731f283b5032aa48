import { expect } from '@open-wc/testing';
import { cityOf, dateText, sameWallClock, whenText } from './zoned-time.js';

const es = { locale: 'es', yourTime: 'tu hora' };
const en = { locale: 'en', yourTime: 'your time' };
/** The sample feed's Madrid panel: 16:00 in Madrid (UTC+1) on 10 December 2026. */
const MADRID_PANEL = { event: { allDay: false, timeZone: 'Europe/Madrid' }, start: new Date('2026-12-10T15:00:00Z') };

describe('whenText', () => {
  it('shows the event’s time with its city, then the visitor’s, when the clocks differ', () => {
    expect(whenText(MADRID_PANEL, { ...es, displayZone: 'America/Bogota' })).to.equal('jueves, 10 de diciembre de 2026, 16:00 Madrid · 10:00 tu hora');
    expect(whenText(MADRID_PANEL, { ...en, displayZone: 'America/Mexico_City' })).to.equal(
      'Thursday, December 10, 2026 at 4:00 PM Madrid · 09:00 AM your time',
    );
    const mexico = { event: { allDay: false, timeZone: 'America/Mexico_City' }, start: new Date('2026-12-10T15:00:00Z') };
    expect(whenText(mexico, { ...es, displayZone: 'Europe/Madrid' })).to.equal('jueves, 10 de diciembre de 2026, 9:00 Ciudad de México · 16:00 tu hora');
  });

  it('shows one time when both clocks read alike: the same zone, or another zone at the same offset', () => {
    expect(whenText(MADRID_PANEL, { ...es, displayZone: 'Europe/Madrid' })).to.equal('jueves, 10 de diciembre de 2026, 16:00');
    expect(whenText(MADRID_PANEL, { ...es, displayZone: 'Europe/Paris' })).to.equal('jueves, 10 de diciembre de 2026, 16:00');
  });

  it('follows each zone’s DST: London and UTC read alike in winter, not in summer', () => {
    const at = (iso: string) => ({ event: { allDay: false, timeZone: 'Europe/London' }, start: new Date(iso) });
    expect(whenText(at('2026-01-15T12:00:00Z'), { ...en, displayZone: 'UTC' })).to.equal('Thursday, January 15, 2026 at 12:00 PM');
    expect(whenText(at('2026-07-15T12:00:00Z'), { ...en, displayZone: 'UTC' })).to.equal('Wednesday, July 15, 2026 at 1:00 PM London · 12:00 PM your time');
    // Santiago on 17 September 2026, after its clocks went forward (UTC-3): 17:00 there.
    const santiago = { event: { allDay: false, timeZone: 'America/Santiago' }, start: new Date('2026-09-17T20:00:00Z') };
    expect(whenText(santiago, { ...es, displayZone: 'America/Santiago' })).to.equal('jueves, 17 de septiembre de 2026, 17:00');
    expect(whenText(santiago, { ...es, displayZone: 'America/Lima' })).to.equal('jueves, 17 de septiembre de 2026, 17:00 Santiago · 15:00 tu hora');
  });

  it('shows all-day dates in the event’s own zone, whatever the visitor’s', () => {
    // 10 December in Madrid starts at 23:00 UTC the day before.
    const day = { event: { allDay: true, timeZone: 'Europe/Madrid' }, start: new Date('2026-12-09T23:00:00Z'), end: new Date('2026-12-10T23:00:00Z') };
    expect(whenText(day, { ...es, displayZone: 'America/Bogota' })).to.equal('jueves, 10 de diciembre de 2026');
    expect(whenText({ event: day.event, start: day.start }, { ...es, displayZone: 'Pacific/Auckland' })).to.equal('jueves, 10 de diciembre de 2026');
  });

  it('shows a span of days as first – last (the end is exclusive), across a DST change', () => {
    // Santiago's clocks go forward at midnight on Sunday 6 September 2026: that day starts at 01:00 (04:00 UTC).
    const weekend = { event: { allDay: true, timeZone: 'America/Santiago' }, start: new Date('2026-09-05T04:00:00Z'), end: new Date('2026-09-07T03:00:00Z') };
    expect(whenText(weekend, { ...es, displayZone: 'Europe/Madrid' })).to.equal('sábado, 5 de septiembre de 2026 – domingo, 6 de septiembre de 2026');
    expect(whenText(weekend, { ...en, displayZone: 'America/Santiago' })).to.equal('Saturday, September 5, 2026 – Sunday, September 6, 2026');
  });
});

describe('dateText', () => {
  it('is the full date in the given zone', () => {
    expect(dateText(Date.parse('2026-12-09T23:30:00Z'), 'Europe/Madrid', 'es')).to.equal('jueves, 10 de diciembre de 2026');
    expect(dateText(Date.parse('2026-12-09T23:30:00Z'), 'America/Bogota', 'pt')).to.equal('quarta-feira, 9 de dezembro de 2026');
  });
});

describe('sameWallClock', () => {
  it('compares day, hour and minute of the two zones’ clocks', () => {
    const instant = Date.parse('2026-07-15T12:00:00Z');
    expect(sameWallClock(instant, 'Europe/Madrid', 'Europe/Madrid')).to.equal(true);
    expect(sameWallClock(instant, 'Europe/Madrid', 'Europe/Berlin')).to.equal(true);
    expect(sameWallClock(instant, 'Europe/Madrid', 'Europe/London')).to.equal(false);
    // Half-hour offsets differ by the minute only.
    expect(sameWallClock(instant, 'Asia/Kolkata', 'Asia/Dhaka')).to.equal(false);
    // Same hour, another day: UTC-12 and UTC+12.
    expect(sameWallClock(instant, 'Etc/GMT+12', 'Etc/GMT-12')).to.equal(false);
  });
});

describe('cityOf', () => {
  it('is the zone’s last segment, with spaces, when the city has no name of its own in the language', () => {
    expect(cityOf('America/Santiago', 'es')).to.equal('Santiago');
    expect(cityOf('America/Mexico_City', 'en')).to.equal('Mexico City');
    expect(cityOf('America/Argentina/Buenos_Aires', 'pt-BR')).to.equal('Buenos Aires');
    expect(cityOf('Asia/Ho_Chi_Minh', 'es')).to.equal('Ho Chi Minh');
    expect(cityOf('UTC', 'es')).to.equal('UTC');
  });

  it('names our networks’ cities as each language writes them', () => {
    const names = (zone: string) => ['es-CO', 'pt-BR', 'en'].map((locale) => cityOf(zone, locale));
    expect(names('America/Bogota')).to.deep.equal(['Bogotá', 'Bogotá', 'Bogota']);
    expect(names('America/Mexico_City')).to.deep.equal(['Ciudad de México', 'Cidade do México', 'Mexico City']);
    expect(names('America/Sao_Paulo')).to.deep.equal(['São Paulo', 'São Paulo', 'Sao Paulo']);
    expect(names('America/Asuncion')).to.deep.equal(['Asunción', 'Assunção', 'Asuncion']);
    expect(names('America/Ciudad_Juarez')).to.deep.equal(['Ciudad Juárez', 'Ciudad Juárez', 'Ciudad Juarez']);
    expect(names('America/Havana')).to.deep.equal(['La Habana', 'Havana', 'Havana']);
    expect(names('America/Argentina/Cordoba')).to.deep.equal(['Córdoba', 'Córdoba', 'Cordoba']);
    expect(names('Atlantic/Canary')).to.deep.equal(['Canarias', 'Canárias', 'Canary']);
    expect(names('America/Lima')).to.deep.equal(['Lima', 'Lima', 'Lima']);
  });

  it('is what the event’s time says: "… 10:00 Bogotá · …"', () => {
    const when = { event: { allDay: false, timeZone: 'America/Bogota' }, start: new Date('2026-12-10T15:00:00Z') };
    expect(whenText(when, { locale: 'es', displayZone: 'Europe/Madrid', yourTime: 'tu hora' })).to.match(/ 10:00 Bogotá · 16:00 tu hora$/);
    expect(whenText(when, { locale: 'pt', displayZone: 'Europe/Madrid', yourTime: 'seu horário' })).to.match(/ 10:00 Bogotá · 16:00 seu horário$/);
  });
});
