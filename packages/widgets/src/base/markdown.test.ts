import { expect, fixture, html } from '@open-wc/testing';
import { renderMarkdown } from './markdown.js';

const rendered = (text: string) => fixture<HTMLDivElement>(html`<div>${renderMarkdown(text)}</div>`);

describe('renderMarkdown', () => {
  it('renders paragraphs, line breaks, lists, bold, italic and http(s) links', async () => {
    const el = await rendered('Primera línea\nsegunda **fuerte** y *suave*.\n\n- uno\n- [dos](https://example.org/a)');
    expect(el.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal(
      '<p>Primera línea<br>segunda <strong>fuerte</strong> y <em>suave</em>.</p>' +
        '<ul><li>uno</li><li><a rel="noopener noreferrer" target="_blank" href="https://example.org/a">dos</a></li></ul>',
    );
  });

  it('shows HTML as text and never links other schemes', async () => {
    const el = await rendered('<img src=x onerror="window.__md = 1"> [x](javascript:alert(1)) [y](data:text/html,hi)');
    expect(el.querySelectorAll('img, a')).to.have.length(0);
    expect(el.textContent).to.include('<img src=x');
    expect(el.textContent).to.include('[x](javascript:alert(1))');
    expect((window as { __md?: number }).__md).to.equal(undefined);
  });
});
