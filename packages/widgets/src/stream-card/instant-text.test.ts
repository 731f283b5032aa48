import { expect } from '@open-wc/testing';
import { instantText } from './instant-text.js';

describe('instantText', () => {
  it('is the instant in the visitor’s zone, with the zone’s short name', () => {
    expect(instantText(Date.parse('2026-12-10T15:00:00Z'), 'es', 'America/Santiago')).to.match(
      /^10 de diciembre de 2026.* 12:00 GMT-3$/,
    );
    expect(instantText(new Date('2026-12-10T15:00:00Z'), 'es', 'Europe/Madrid')).to.match(/^10 de diciembre de 2026.* 16:00 CET$/);
  });
});
