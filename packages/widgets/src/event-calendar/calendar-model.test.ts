import { expect } from '@open-wc/testing';
import {
  type CalendarDay,
  chosenOccurrences,
  dayRuns,
  dateKey,
  firstDayOfWeek,
  gridRange,
  groupByDay,
  inGridMonth,
  missingDays,
  monthGrid,
  moveDate,
  parseDateKey,
  parseMonthAttribute,
  shiftMonth,
  splitVisible,
  todayIn,
} from './calendar-model.js';
import { filterOptions } from './filters.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// Independent of the SDK's time helpers: what Intl itself says a zone's wall date and UTC offset are.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, options]);
  if (!formatters.has(key)) formatters.set(key, new Intl.DateTimeFormat(locale, options));
  return formatters.get(key)!;
}
function wallDate(instant: number, timeZone: string): string {
  return formatter('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
function offsetHours(instant: number, timeZone: string): number {
  const name = formatter('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find(({ type }) => type === 'timeZoneName')!.value;
  const [, sign, hours, minutes] = /GMT(?:([+-])(\d\d):(\d\d))?/.exec(name)!;
  return sign ? (sign === '-' ? -1 : 1) * (Number(hours) + Number(minutes) / 60) : 0;
}
/** Instants in `year` at which `timeZone` changes offset (found hourly: these zones change on the hour). */
function offsetChanges(year: number, timeZone: string): { at: number; from: number; to: number }[] {
  const changes = [];
  let from = offsetHours(Date.UTC(year, 0, 1) - HOUR, timeZone);
  for (let at = Date.UTC(year, 0, 1); at < Date.UTC(year + 1, 0, 1); at += HOUR) {
    const to = offsetHours(at, timeZone);
    if (from !== to) changes.push({ at, from, to });
    from = to;
  }
  return changes;
}

const days = (grid: CalendarDay[][]) => grid.flat();
const occurrence = (start: string, end: string, timeZone = 'America/Santiago', allDay = false) => ({
  event: { allDay, timeZone },
  start: new Date(start),
  end: new Date(end),
});

describe('dateKey and parsing', () => {
  it('writes YYYY-MM-DD with zero padding', () => {
    expect(dateKey({ year: 2026, month: 3, day: 7 })).to.equal('2026-03-07');
    expect(dateKey({ year: 987, month: 12, day: 31 })).to.equal('0987-12-31');
  });

  it('reads back what it writes', () => {
    expect(parseDateKey('2028-02-29')).to.deep.equal({ year: 2028, month: 2, day: 29 });
    expect(parseDateKey(dateKey({ year: 2026, month: 11, day: 5 }))).to.deep.equal({ year: 2026, month: 11, day: 5 });
  });

  it('refuses keys that are not real dates', () => {
    for (const key of [
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-04-00',
      '2026-04',
      '26-04-01',
      'x',
    ]) {
      expect(parseDateKey(key), key).to.equal(undefined);
    }
  });

  it('takes a month attribute as YYYY-MM (its first day) or a full date', () => {
    expect(parseMonthAttribute('2026-04')).to.deep.equal({ year: 2026, month: 4, day: 1 });
    expect(parseMonthAttribute(' 2026-04-18 ')).to.deep.equal({ year: 2026, month: 4, day: 18 });
  });

  it('refuses a nonsense month attribute', () => {
    for (const value of ['2026-13', '2026-00', '2026-4', '2026-02-30', 'april', '', null, undefined]) {
      expect(parseMonthAttribute(value), String(value)).to.equal(undefined);
    }
  });
});

describe('firstDayOfWeek', () => {
  const expected: Record<string, number> = {
    'es-CL': 1,
    'en-US': 7,
    'pt-BR': 7,
    'en-GB': 1,
    es: 1,
    en: 7,
    pt: 7,
    'es-MX': 7,
  };

  it('follows the locale’s region, and the likely region of a bare language', () => {
    for (const [tag, day] of Object.entries(expected)) expect(firstDayOfWeek(tag), tag).to.equal(day);
  });

  it('reads its table, not the engine’s week data (their first use cost the first render ~18 ms of CPU)', () => {
    const proto = Intl.Locale.prototype as Intl.Locale & { getWeekInfo?: () => unknown };
    const original = Object.getOwnPropertyDescriptor(proto, 'getWeekInfo');
    let asked = 0;
    Object.defineProperty(proto, 'getWeekInfo', { configurable: true, value: () => (asked++, { firstDay: 3 }) });
    try {
      for (const [tag, day] of Object.entries(expected)) expect(firstDayOfWeek(tag), tag).to.equal(day);
      expect(asked).to.equal(0);
    } finally {
      if (original) Object.defineProperty(proto, 'getWeekInfo', original);
      else delete proto.getWeekInfo;
    }
  });

  describe('in engines without week info', () => {
    const proto = Intl.Locale.prototype;
    const saved = ['getWeekInfo', 'weekInfo'].map(
      (name) => [name, Object.getOwnPropertyDescriptor(proto, name)] as const,
    );
    beforeEach(() => {
      for (const [name] of saved) Object.defineProperty(proto, name, { value: undefined, configurable: true });
    });
    afterEach(() => {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(proto, name, descriptor);
        else delete (proto as unknown as Record<string, unknown>)[name];
      }
    });

    it('gives the same answers from its own table', () => {
      for (const [tag, day] of Object.entries(expected)) expect(firstDayOfWeek(tag), tag).to.equal(day);
    });
  });

  it('has a fallback table that agrees with this browser’s CLDR data', function () {
    const native = (tag: string) =>
      (new Intl.Locale(tag) as Intl.Locale & { getWeekInfo(): { firstDay: number } }).getWeekInfo().firstDay;
    const regions = [
      ...'AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT'.split(' '),
      ...'MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(' '),
      ...'AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '),
      ...'AR BO CL CR CU EC ES UY GQ AD FR DE IT GB IE NL 419'.split(' '),
    ];
    const fromIntl = regions.map((region) => native(`und-${region}`));
    const proto = Intl.Locale.prototype;
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'getWeekInfo')!;
    Object.defineProperty(proto, 'getWeekInfo', { value: undefined, configurable: true });
    try {
      expect(regions.map((region) => firstDayOfWeek(`und-${region}`))).to.deep.equal(fromIntl);
    } finally {
      Object.defineProperty(proto, 'getWeekInfo', descriptor);
    }
  });
});

describe('todayIn', () => {
  it('is the date on the zone’s wall clock at `now`', () => {
    const now = Date.parse('2026-03-01T02:00:00Z');
    expect(todayIn('America/Santiago', now)).to.deep.equal({ year: 2026, month: 2, day: 28 });
    expect(todayIn('Europe/Madrid', now)).to.deep.equal({ year: 2026, month: 3, day: 1 });
  });
});

describe('monthGrid', () => {
  const options = { firstDay: 1, timeZone: 'America/Santiago', now: Date.parse('2026-04-15T15:00:00Z') };

  it('always has six weeks of seven days', () => {
    // February 2026 starts on a Sunday and has 28 days: exactly four Sunday-first weeks, still six rows.
    for (const firstDay of [1, 7]) {
      for (let month = 1; month <= 12; month++) {
        const grid = monthGrid({ year: 2026, month }, { ...options, firstDay });
        expect(grid.map((week) => week.length)).to.deep.equal([7, 7, 7, 7, 7, 7]);
      }
    }
  });

  it('starts each week on firstDay and runs day after day', () => {
    for (const firstDay of [1, 6, 7]) {
      const grid = monthGrid({ year: 2026, month: 2 }, { ...options, firstDay });
      for (const week of grid) expect(week[0]!.weekday).to.equal(firstDay);
      const all = days(grid);
      all.slice(1).forEach((day, index) => {
        expect(
          Date.UTC(day.year, day.month - 1, day.day) -
            Date.UTC(all[index]!.year, all[index]!.month - 1, all[index]!.day),
        ).to.equal(DAY);
        expect(day.start).to.equal(all[index]!.end);
      });
    }
  });

  it('puts the first of the month in the first week and gives weekdays as ISO numbers', () => {
    // 1 February 2026 is a Sunday (7).
    const mondayFirst = days(monthGrid({ year: 2026, month: 2 }, options));
    expect(mondayFirst[6]).to.include({ key: '2026-02-01', weekday: 7, inMonth: true });
    expect(mondayFirst[0]).to.include({ key: '2026-01-26', weekday: 1, inMonth: false });
    const sundayFirst = days(monthGrid({ year: 2026, month: 2 }, { ...options, firstDay: 7 }));
    expect(sundayFirst[0]).to.include({ key: '2026-02-01', weekday: 7, inMonth: true });
  });

  it('marks exactly the month’s days as in the month', () => {
    const all = days(monthGrid({ year: 2028, month: 2 }, options));
    expect(all.filter((day) => day.inMonth).map((day) => day.day)).to.deep.equal(
      Array.from({ length: 29 }, (_, i) => i + 1),
    );
    expect(all.every((day) => day.inMonth === (day.month === 2 && day.year === 2028))).to.equal(true);
  });

  it('crosses year boundaries', () => {
    const all = days(monthGrid({ year: 2026, month: 1 }, options));
    expect(all[0]!.key).to.equal('2025-12-29');
    expect(all.at(-1)!.key).to.equal('2026-02-08');
  });

  it('marks today in the grid’s zone', () => {
    const now = Date.parse('2026-03-01T02:00:00Z');
    const today = (timeZone: string) =>
      days(monthGrid({ year: 2026, month: 3 }, { ...options, timeZone, now }))
        .filter((day) => day.isToday)
        .map((day) => day.key);
    expect(today('America/Santiago')).to.deep.equal(['2026-02-28']);
    expect(today('Europe/Madrid')).to.deep.equal(['2026-03-01']);
    expect(days(monthGrid({ year: 2026, month: 6 }, { ...options, now })).some((day) => day.isToday)).to.equal(false);
  });

  it('gives the same month, week start, zone and day the grid it built before, and a new one the next day', () => {
    const first = monthGrid({ year: 2026, month: 5 }, options);
    expect(monthGrid({ year: 2026, month: 5 }, { ...options, now: options.now + 3_600_000 })).to.equal(first);
    expect(monthGrid({ year: 2026, month: 5 }, { ...options, firstDay: 7 })).not.to.equal(first);
    expect(monthGrid({ year: 2026, month: 5 }, { ...options, timeZone: 'Europe/Madrid' })).not.to.equal(first);
    const nextDay = monthGrid({ year: 2026, month: 4 }, { ...options, now: options.now + DAY });
    expect(days(nextDay).filter((day) => day.isToday).map((day) => day.key)).to.deep.equal(['2026-04-16']);
  });

  it('bounds each day by the zone’s midnights', () => {
    for (const day of days(monthGrid({ year: 2026, month: 6 }, options))) {
      expect(wallDate(day.start, 'America/Santiago')).to.equal(day.key);
      expect(wallDate(day.start - 1, 'America/Santiago')).not.to.equal(day.key);
      expect(wallDate(day.end - 1, 'America/Santiago')).to.equal(day.key);
    }
  });

  for (const timeZone of ['America/Santiago', 'Europe/Madrid']) {
    it(`makes the days the clocks change in ${timeZone} 23 or 25 hours long`, () => {
      const changes = offsetChanges(2026, timeZone);
      expect(changes, 'two changes a year').to.have.length(2);
      for (const { at, from, to } of changes) {
        const key = wallDate(at, timeZone);
        const [year, month] = key.split('-').map(Number) as [number, number];
        const monthDays = days(monthGrid({ year, month }, { ...options, timeZone })).filter((day) => day.inMonth);
        const changeDay = monthDays.find((day) => day.key === key)!;
        expect(changeDay.end - changeDay.start, key).to.equal(DAY - (to - from) * HOUR);
        expect(changeDay.start <= at && at < changeDay.end).to.equal(true);
        for (const day of monthDays.filter((other) => other !== changeDay))
          expect(day.end - day.start, day.key).to.equal(DAY);
      }
    });
  }

  it('starts a day whose midnight is skipped at the first instant it has', () => {
    // Chile springs forward at midnight: that day begins at 01:00.
    const [, spring] = offsetChanges(2026, 'America/Santiago');
    const key = wallDate(spring!.at, 'America/Santiago');
    const day = days(monthGrid({ year: 2026, month: 9 }, options)).find((each) => each.key === key)!;
    expect(day.start).to.equal(spring!.at);
  });
});

describe('gridRange', () => {
  it('runs from the first day’s start to the last day’s end', () => {
    const grid = monthGrid({ year: 2026, month: 4 }, { firstDay: 1, timeZone: 'Europe/Madrid', now: 0 });
    expect(gridRange(grid)).to.deep.equal({
      from: Date.parse('2026-03-30T00:00:00+02:00'),
      to: Date.parse('2026-05-11T00:00:00+02:00'),
    });
  });
});

describe('moveDate', () => {
  const monday = { firstDay: 1 };
  const sunday = { firstDay: 7 };

  it('moves by a day with the left and right arrows, across months and years', () => {
    expect(moveDate('2026-04-15', 'ArrowLeft', monday)).to.equal('2026-04-14');
    expect(moveDate('2026-04-15', 'ArrowRight', monday)).to.equal('2026-04-16');
    expect(moveDate('2026-03-01', 'ArrowLeft', monday)).to.equal('2026-02-28');
    expect(moveDate('2026-12-31', 'ArrowRight', monday)).to.equal('2027-01-01');
  });

  it('moves by a week with the up and down arrows', () => {
    expect(moveDate('2026-04-15', 'ArrowUp', monday)).to.equal('2026-04-08');
    expect(moveDate('2026-04-15', 'ArrowDown', monday)).to.equal('2026-04-22');
    expect(moveDate('2026-01-03', 'ArrowUp', monday)).to.equal('2025-12-27');
  });

  it('goes to the first and last day of the week with Home and End, by firstDay', () => {
    // 2026-04-15 is a Wednesday.
    expect(moveDate('2026-04-15', 'Home', monday)).to.equal('2026-04-13');
    expect(moveDate('2026-04-15', 'End', monday)).to.equal('2026-04-19');
    expect(moveDate('2026-04-15', 'Home', sunday)).to.equal('2026-04-12');
    expect(moveDate('2026-04-15', 'End', sunday)).to.equal('2026-04-18');
    expect(moveDate('2026-04-12', 'Home', sunday)).to.equal('2026-04-12');
    expect(moveDate('2026-04-12', 'End', monday)).to.equal('2026-04-12');
    expect(moveDate('2026-04-12', 'Home', monday)).to.equal('2026-04-06');
  });

  it('moves by a month with PageUp and PageDown, clamping the day to the month’s length', () => {
    expect(moveDate('2026-04-15', 'PageDown', monday)).to.equal('2026-05-15');
    expect(moveDate('2026-04-15', 'PageUp', monday)).to.equal('2026-03-15');
    expect(moveDate('2026-01-31', 'PageDown', monday)).to.equal('2026-02-28');
    expect(moveDate('2028-01-31', 'PageDown', monday)).to.equal('2028-02-29');
    expect(moveDate('2026-03-31', 'PageUp', monday)).to.equal('2026-02-28');
    expect(moveDate('2026-12-10', 'PageDown', monday)).to.equal('2027-01-10');
    expect(moveDate('2026-01-10', 'PageUp', monday)).to.equal('2025-12-10');
  });

  it('moves by a year with Shift', () => {
    expect(moveDate('2026-04-15', 'PageDown', { ...monday, shiftKey: true })).to.equal('2027-04-15');
    expect(moveDate('2026-04-15', 'PageUp', { ...monday, shiftKey: true })).to.equal('2025-04-15');
    expect(moveDate('2024-02-29', 'PageUp', { ...monday, shiftKey: true })).to.equal('2023-02-28');
  });

  it('ignores other keys and invalid dates', () => {
    for (const keyName of ['Enter', ' ', 'a', 'Tab', 'constructor', 'toString']) {
      expect(moveDate('2026-04-15', keyName, monday), keyName).to.equal(undefined);
    }
    expect(moveDate('2026-02-30', 'ArrowRight', monday)).to.equal(undefined);
  });
});

describe('groupByDay', () => {
  const grid = (timeZone: string, year = 2024, month = 12) =>
    days(monthGrid({ year, month }, { firstDay: 1, timeZone, now: 0 }));
  const keysOf = <T>(byDay: Map<string, T[]>, item: T) =>
    [...byDay].filter(([, list]) => list.includes(item)).map(([key]) => key);

  it('places an all-day event by its dates in its own zone, wherever the visitor is', () => {
    // All day on 16 December in Bogotá: 05:00Z on the 16th to 05:00Z on the 17th.
    const holiday = occurrence('2024-12-16T05:00:00Z', '2024-12-17T05:00:00Z', 'America/Bogota', true);
    for (const visitor of ['Europe/Madrid', 'Pacific/Auckland', 'Pacific/Honolulu', 'America/Bogota']) {
      expect(keysOf(groupByDay([holiday], grid(visitor)), holiday), visitor).to.deep.equal(['2024-12-16']);
    }
  });

  it('places a multi-day all-day event on each of its dates, the end date excluded', () => {
    const congress = occurrence('2024-12-16T03:00:00Z', '2024-12-19T03:00:00Z', 'America/Santiago', true);
    expect(keysOf(groupByDay([congress], grid('Asia/Tokyo')), congress)).to.deep.equal([
      '2024-12-16',
      '2024-12-17',
      '2024-12-18',
    ]);
  });

  it('places a timed multi-day event on every day it overlaps, into the next month', () => {
    const summit = occurrence('2024-12-30T09:00:00-03:00', '2025-01-02T12:00:00-03:00');
    expect(keysOf(groupByDay([summit], grid('America/Santiago')), summit)).to.deep.equal([
      '2024-12-30',
      '2024-12-31',
      '2025-01-01',
      '2025-01-02',
    ]);
  });

  it('places a timed event by the visitor’s midnights', () => {
    const lateTalk = occurrence('2024-12-10T22:00:00-03:00', '2024-12-11T01:00:00-03:00');
    expect(keysOf(groupByDay([lateTalk], grid('America/Santiago')), lateTalk)).to.deep.equal([
      '2024-12-10',
      '2024-12-11',
    ]);
    // In Bogotá (UTC-5) it is 20:00 to 23:00 on the 10th.
    expect(keysOf(groupByDay([lateTalk], grid('America/Bogota')), lateTalk)).to.deep.equal(['2024-12-10']);
  });

  it('treats the end as exclusive and puts an event of no length on its day', () => {
    const untilMidnight = occurrence('2024-12-10T22:00:00-03:00', '2024-12-11T00:00:00-03:00');
    const instant = occurrence('2024-12-11T00:00:00-03:00', '2024-12-11T00:00:00-03:00');
    const byDay = groupByDay([untilMidnight, instant], grid('America/Santiago'));
    expect(keysOf(byDay, untilMidnight)).to.deep.equal(['2024-12-10']);
    expect(keysOf(byDay, instant)).to.deep.equal(['2024-12-11']);
  });

  it('keeps the input order within a day and leaves out days without events', () => {
    const first = occurrence('2024-12-10T15:00:00-03:00', '2024-12-10T16:00:00-03:00');
    const second = occurrence('2024-12-10T09:00:00-03:00', '2024-12-10T10:00:00-03:00');
    const byDay = groupByDay([first, second], grid('America/Santiago'));
    expect([...byDay.keys()]).to.deep.equal(['2024-12-10']);
    expect(byDay.get('2024-12-10')).to.deep.equal([first, second]);
    expect(groupByDay([second, first], grid('America/Santiago')).get('2024-12-10')).to.deep.equal([second, first]);
  });

  it('shows only the part of an event inside the grid', () => {
    // The December 2024 grid (Monday first) runs from 25 November to 5 January.
    const longCourse = occurrence('2024-11-01T09:00:00-03:00', '2024-11-27T09:00:00-03:00');
    const outside = occurrence('2025-02-01T09:00:00-03:00', '2025-02-01T10:00:00-03:00');
    const byDay = groupByDay([longCourse, outside], grid('America/Santiago'));
    expect(keysOf(byDay, longCourse)).to.deep.equal(['2024-11-25', '2024-11-26', '2024-11-27']);
    expect(keysOf(byDay, outside)).to.deep.equal([]);
  });

  for (const timeZone of ['America/Santiago', 'Europe/Madrid']) {
    it(`places events around the ${timeZone} clock changes on the right days`, () => {
      for (const { at } of offsetChanges(2026, timeZone)) {
        const [year, month] = wallDate(at, timeZone).split('-').map(Number) as [number, number];
        const gridDays = grid(timeZone, year, month);
        // Half-hour events from four hours before the change to four after, each expected on the wall dates
        // Intl gives for its first and last instant.
        for (let start = at - 4 * HOUR; start < at + 4 * HOUR; start += HOUR / 2) {
          const talk = occurrence(new Date(start).toISOString(), new Date(start + HOUR / 2).toISOString(), timeZone);
          const expected = [...new Set([wallDate(start, timeZone), wallDate(start + HOUR / 2 - 1, timeZone)])];
          expect(keysOf(groupByDay([talk], gridDays), talk), new Date(start).toISOString()).to.deep.equal(expected);
        }
      }
    });
  }
});

describe('splitVisible', () => {
  it('shows the first `max` items and counts the rest', () => {
    expect(splitVisible(['a', 'b', 'c', 'd'], 2)).to.deep.equal({ visible: ['a', 'b'], hidden: 2 });
    expect(splitVisible(['a', 'b'], 2)).to.deep.equal({ visible: ['a', 'b'], hidden: 0 });
    expect(splitVisible([], 3)).to.deep.equal({ visible: [], hidden: 0 });
  });

  it('shows everything when max is below 1', () => {
    expect(splitVisible(['a', 'b', 'c'], 0)).to.deep.equal({ visible: ['a', 'b', 'c'], hidden: 0 });
    expect(splitVisible(['a', 'b', 'c'], -1)).to.deep.equal({ visible: ['a', 'b', 'c'], hidden: 0 });
  });

  it('returns a copy, not the caller’s array', () => {
    const items = ['a'];
    expect(splitVisible(items, 0).visible).not.to.equal(items);
  });
});

describe('shiftMonth', () => {
  it('moves the month and keeps the focused day number, clamped to a shorter month', () => {
    expect(shiftMonth({ year: 2026, month: 1, day: 1 }, 1, '2026-01-31')).to.deep.equal({
      month: { year: 2026, month: 2, day: 1 },
      focusedKey: '2026-02-28',
    });
    expect(shiftMonth({ year: 2026, month: 1, day: 1 }, -1, '2026-01-15')).to.deep.equal({
      month: { year: 2025, month: 12, day: 1 },
      focusedKey: '2025-12-15',
    });
  });

  it('focuses the first day when nothing was focused', () => {
    expect(shiftMonth({ year: 2028, month: 12, day: 1 }, 14, undefined)).to.deep.equal({
      month: { year: 2030, month: 2, day: 1 },
      focusedKey: '2030-02-01',
    });
  });
});

describe('inGridMonth', () => {
  const grid = monthGrid({ year: 2026, month: 4 }, { firstDay: 1, timeZone: 'Europe/Madrid', now: 0 });
  const at = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });

  it('is true for occurrences overlapping the month, false for the neighbouring days the grid shows', () => {
    expect(inGridMonth(grid, at('2026-04-30T21:00:00Z', '2026-04-30T23:00:00Z'))).to.equal(true);
    // 1 May 00:30 in Madrid: shown in the grid's last week, but not April's.
    expect(inGridMonth(grid, at('2026-04-30T22:30:00Z', '2026-04-30T23:30:00Z'))).to.equal(false);
    expect(inGridMonth(grid, at('2026-03-30T10:00:00Z', '2026-03-30T11:00:00Z'))).to.equal(false);
    expect(inGridMonth(grid, at('2026-03-30T10:00:00Z', '2026-05-02T11:00:00Z'))).to.equal(true);
  });
});

describe('filter choice', () => {
  const occurrence = (kind: 'panel' | 'workshop', topics?: string[]) => ({ event: { kind, topics } });
  const items = [occurrence('workshop', ['Ética', 'datos']), occurrence('panel', ['Datos abiertos']), occurrence('panel')];

  it('offers the kinds in feed order and the topics sorted for the locale', () => {
    expect(filterOptions(items, 'es')).to.deep.equal({ kinds: ['workshop', 'panel'], topics: ['datos', 'Datos abiertos', 'Ética'] });
  });

  it('lets through what matches the kind and the topic; empty means any', () => {
    expect(chosenOccurrences(items, { kind: '', topic: '' })).to.deep.equal(items);
    expect(chosenOccurrences(items, { kind: 'panel', topic: '' })).to.deep.equal([items[1], items[2]]);
    expect(chosenOccurrences(items, { kind: 'panel', topic: 'Datos abiertos' })).to.deep.equal([items[1]]);
    expect(chosenOccurrences(items, { kind: '', topic: 'datos' })).to.deep.equal([items[0]]);
  });
});

describe('the days a missing shard covers', () => {
  const december = (timeZone: string) => monthGrid({ year: 2026, month: 12 }, { firstDay: 1, timeZone, now: Date.parse('2026-12-01T12:00:00Z') }).flat();
  const november = { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' };

  it('are the days overlapping its instants, in the zone of the grid', () => {
    expect([...missingDays(december('UTC'), [november])]).to.deep.equal(['2026-11-30']);
    // In Santiago (UTC-3) the last three hours of November's shard fall on 30 November, none on 1 December.
    expect([...missingDays(december('America/Santiago'), [november])]).to.deep.equal(['2026-11-30']);
    // In Madrid (UTC+1) the first hour of 1 December local time is still November in UTC.
    expect([...missingDays(december('Europe/Madrid'), [november])]).to.deep.equal(['2026-11-30', '2026-12-01']);
  });

  it('are every day for a file without a range, and run together for the note', () => {
    const days = december('UTC');
    expect(missingDays(days, [{}]).size).to.equal(42);
    const runs = dayRuns(days, new Set(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-10']));
    expect(runs.map(([first, last]) => [first.key, last.key])).to.deep.equal([
      ['2026-11-30', '2026-12-02'],
      ['2026-12-10', '2026-12-10'],
    ]);
  });
});
