import { expect } from '@open-wc/testing';
import { defineElement } from './define.js';

describe('defineElement', () => {
  it('registers a tag once and ignores a second registration instead of throwing', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('govtech-define-probe', First);
    expect(() => defineElement('govtech-define-probe', Second)).not.to.throw();
    expect(customElements.get('govtech-define-probe')).to.equal(First);
  });
});
