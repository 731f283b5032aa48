import { describe, expect, it } from 'vitest';
import { Event, Stream } from './schema.js';

describe('Event schema', () => {
  const base = { id: 'e1', title: 'Panel', start: '2022-02-23T17:00:00-03:00', timeZone: 'America/Santiago' };

  it('accepts a minimal event and fills defaults', () => {
    const parsed = Event.parse(base);
    expect(parsed).toMatchObject({ status: 'scheduled', kind: 'other', allDay: false, highlight: false });
  });

  it('rejects a start without offset, an unknown zone and a javascript: link', () => {
    expect(Event.safeParse({ ...base, start: '2022-02-23T17:00:00' }).success).toBe(false);
    expect(Event.safeParse({ ...base, timeZone: 'Mars/Olympus' }).success).toBe(false);
    expect(Event.safeParse({ ...base, onlineUrl: 'javascript:alert(1)' }).success).toBe(false);
  });

  it('requires calendar dates exactly when allDay', () => {
    expect(Event.safeParse({ ...base, allDay: true }).success).toBe(false);
    expect(Event.safeParse({ ...base, start: '2024-12-16', allDay: true }).success).toBe(true);
  });
});

describe('Stream schema', () => {
  it('accepts only 11-character YouTube ids', () => {
    const stream = { id: 's', title: 'x' };
    expect(Stream.safeParse({ ...stream, videoId: 'dQw4w9WgXcQ' }).success).toBe(true);
    expect(Stream.safeParse({ ...stream, videoId: 'dQw4w9WgXc' }).success).toBe(false);
    expect(Stream.safeParse({ ...stream, videoId: 'dQw4w9WgX"Q' }).success).toBe(false);
  });
});
