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

describe('defineElement, for widgets already in the page', () => {
  it('upgrades them in a task of its own, not in the task that evaluated the code; a tag the page lacks is defined at once', async () => {
    const upgraded: string[] = [];
    class Written extends HTMLElement {
      connectedCallback() {
        upgraded.push(this.id);
      }
    }
    document.body.insertAdjacentHTML('beforeend', '<govtech-define-written id="a"></govtech-define-written><govtech-define-written id="b"></govtech-define-written>');
    defineElement('govtech-define-written', Written);
    expect(customElements.get('govtech-define-written')).to.equal(undefined);
    expect(upgraded).to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve));
    expect(customElements.get('govtech-define-written')).to.equal(Written);
    expect(upgraded).to.deep.equal(['a', 'b']);

    class Fresh extends HTMLElement {}
    defineElement('govtech-define-fresh', Fresh);
    expect(customElements.get('govtech-define-fresh')).to.equal(Fresh);
    document.querySelectorAll('govtech-define-written').forEach((element) => element.remove());
  });

  it('leaves a tag that something else defined meanwhile as it is', async () => {
    document.body.insertAdjacentHTML('beforeend', '<govtech-define-raced></govtech-define-raced>');
    class Ours extends HTMLElement {}
    class Theirs extends HTMLElement {}
    defineElement('govtech-define-raced', Ours);
    customElements.define('govtech-define-raced', Theirs);
    await new Promise((resolve) => setTimeout(resolve));
    expect(customElements.get('govtech-define-raced')).to.equal(Theirs);
    document.querySelector('govtech-define-raced')!.remove();
  });
});
