import { Id } from '@govtech-network/sdk';
import { describe, expect, it } from 'vitest';
import { CalendarIds, idFromUid } from './ids.js';

describe('ids from UIDs', () => {
  it('takes the local part of local@domain, as Google and the SDK write them', () => {
    expect(idFromUid('7kukuqrfedlm2f9t2jdqnldgbm@google.com')).toBe('7kukuqrfedlm2f9t2jdqnldgbm');
    expect(idFromUid('mesa-1@govtech-network')).toBe('mesa-1');
    expect(idFromUid('a@b@c.org')).toBe('a-b');
  });

  it('sanitises to the Id pattern, and is stable', () => {
    for (const uid of ['{Reunión 3}', '@only-domain', '---x', 'ÁÉÍ', '', 'y'.repeat(300)]) {
      const id = idFromUid(uid);
      expect(Id.safeParse(id).success, uid).toBe(true);
      expect(idFromUid(uid)).toBe(id);
    }
  });

  it('gives two UIDs that sanitise alike two ids, and the same UID the same id', () => {
    const ids = new CalendarIds();
    const first = ids.of('reunion 1');
    const second = ids.of('reunion-1');
    expect(first).toBe('reunion-1');
    expect(second).toMatch(/^reunion-1-[0-9a-f]{16}$/);
    expect(ids.of('reunion 1')).toBe(first);
    expect(ids.occurrence('reunion 1', '20240418T170000')).toBe('reunion-1-20240418T170000');
    expect(ids.occurrence('z'.repeat(200), '20240418')).toMatch(/-20240418$/);
    expect(ids.occurrence('z'.repeat(200), '20240418')).toHaveLength(128);
  });
});
