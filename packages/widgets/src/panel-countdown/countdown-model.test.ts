import { expect } from '@open-wc/testing';
import { nextTickDelay, phaseAt, remainingUntil, secondsLeft, summaryText, type Remaining } from './countdown-model.js';
import { countdownMessages } from './messages.js';
import { countdown as countdownPt } from '../locales/pt.js';
import { countdown as countdownEn } from '../locales/en.js';

const START = Date.parse('2026-12-10T15:00:00Z');
const END = Date.parse('2026-12-10T16:30:00Z');

describe('countdown model', () => {
  it('is live from the start instant (inclusive) to the end instant (exclusive)', () => {
    expect(phaseAt(START - 1, START, END)).to.equal('upcoming');
    expect(phaseAt(START, START, END)).to.equal('live');
    expect(phaseAt(END - 1, START, END)).to.equal('live');
    expect(phaseAt(END, START, END)).to.equal('ended');
  });

  it('counts elapsed time, rounding seconds up so zero is reached only at the instant', () => {
    expect(remainingUntil(START, START - 1)).to.include({ days: 0, hours: 0, minutes: 0, seconds: 1 });
    expect(remainingUntil(START, START)).to.include({ seconds: 0, totalMs: 0 });
    expect(remainingUntil(START, START + 5000).totalMs).to.equal(0);
    const left = remainingUntil(START, Date.parse('2026-11-21T12:00:00Z'));
    expect(left).to.include({ days: 19, hours: 3, minutes: 0, seconds: 0 });
    expect([START - 1001, START - 1000, START - 1, START, START + 5].map((now) => secondsLeft(START, now))).to.deep.equal([2, 1, 1, 0, 0]);
  });

  it('wakes at the next change of the seconds shown, or at a boundary if sooner', () => {
    expect(nextTickDelay(START - 2500, START, END)).to.equal(500);
    expect(nextTickDelay(START - 1000, START, END)).to.equal(1000);
    expect(nextTickDelay(START - 300, START, END)).to.equal(300);
    expect(nextTickDelay(END - 200, START, END)).to.equal(200);
  });

  it('summarises to the minute in each language, with the right number', () => {
    const at = (ms: number) => remainingUntil(START, START - ms);
    const MIN = 60_000;
    const HOUR = 60 * MIN;
    const DAY = 24 * HOUR;
    const es = (left: Remaining) => summaryText(left, countdownMessages.summary);
    expect(es(at(3 * DAY + 4 * HOUR + 5 * MIN))).to.equal('Faltan 3 días y 4 horas');
    expect(es(at(DAY + 30 * MIN))).to.equal('Falta 1 día');
    expect(es(at(HOUR))).to.equal('Falta 1 hora');
    expect(es(at(2 * HOUR + MIN))).to.equal('Faltan 2 horas y 1 minuto');
    expect(es(at(5 * MIN + 30_000))).to.equal('Faltan 5 minutos');
    expect(es(at(30_000))).to.equal('Falta menos de un minuto');
    expect(es(at(0))).to.equal('Empieza ahora');
    expect(summaryText(at(3 * DAY + 4 * HOUR), countdownPt.summary)).to.equal('Faltam 3 dias e 4 horas');
    expect(summaryText(at(DAY + HOUR), countdownEn.summary)).to.equal('1 day and 1 hour to go');
  });
});
