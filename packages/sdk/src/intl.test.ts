import { describe, expect, it } from 'vitest';
import { dateTimeFormat, INTL_CACHE_LIMIT, numberFormat } from './intl.js';

describe('the shared Intl formatter cache', () => {
  it('reuses one formatter for the same locale and options', () => {
    const options = { dateStyle: 'full', timeZone: 'America/Santiago' } as const;
    expect(dateTimeFormat('es-CL', options)).toBe(dateTimeFormat('es-CL', { ...options }));
    expect(numberFormat('es')).toBe(numberFormat('es', {}));
  });

  it('tells locales and options apart', () => {
    expect(dateTimeFormat('es-CL', { timeZone: 'UTC' })).not.toBe(dateTimeFormat('es-ES', { timeZone: 'UTC' }));
    expect(dateTimeFormat('es', { timeZone: 'UTC' })).not.toBe(dateTimeFormat('es', { timeZone: 'Europe/Madrid' }));
    expect(numberFormat('es', { minimumIntegerDigits: 2 })).not.toBe(numberFormat('es'));
  });

  it('formats as a new formatter would', () => {
    const options = { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Madrid' } as const;
    const instant = Date.UTC(2026, 11, 10, 15);
    expect(dateTimeFormat('es', options).format(instant)).toBe(new Intl.DateTimeFormat('es', options).format(instant));
    expect(numberFormat('es', { minimumIntegerDigits: 2 }).format(7)).toBe('07');
  });

  it('keeps at most INTL_CACHE_LIMIT formatters of a kind, dropping the least recently used', () => {
    const zones = Intl.supportedValuesOf('timeZone').slice(0, INTL_CACHE_LIMIT);
    const kept = dateTimeFormat('en', { timeZone: 'UTC' });
    const dropped = dateTimeFormat('en', { timeZone: 'UTC', hour: 'numeric' });
    for (const timeZone of zones.slice(0, INTL_CACHE_LIMIT - 2)) dateTimeFormat('en', { timeZone });
    // The cache is full: using `kept` again makes `dropped` the least recently used, the next to go.
    expect(dateTimeFormat('en', { timeZone: 'UTC' })).toBe(kept);
    dateTimeFormat('en', { timeZone: zones.at(-1)! });
    expect(dateTimeFormat('en', { timeZone: 'UTC' })).toBe(kept);
    expect(dateTimeFormat('en', { timeZone: 'UTC', hour: 'numeric' })).not.toBe(dropped);
  });

  it('bounds the number formatters too', () => {
    const first = numberFormat('en', { minimumIntegerDigits: 1, maximumFractionDigits: 9 });
    for (let i = 0; i < INTL_CACHE_LIMIT; i++) {
      numberFormat('en', { minimumIntegerDigits: (i % 21) + 1, maximumFractionDigits: Math.floor(i / 21) });
    }
    expect(numberFormat('en', { minimumIntegerDigits: 1, maximumFractionDigits: 9 })).not.toBe(first);
  });
});
