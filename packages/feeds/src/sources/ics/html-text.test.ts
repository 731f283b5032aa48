import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, looksLikeHtml } from './html-text.js';

describe('HTML descriptions to the Markdown subset', () => {
  it('tells HTML from plain text', () => {
    expect(looksLikeHtml('Hola<br>mundo')).toBe(true);
    expect(looksLikeHtml('<a href="https://x.org">x</a>')).toBe(true);
    expect(looksLikeHtml('Si a < b y b > c')).toBe(false);
    expect(looksLikeHtml('Correo: <ana@example.org>')).toBe(false);
  });

  it('keeps paragraphs, line breaks, lists, bold and italic', () => {
    expect(htmlToText('<p>Primera <b>parte</b></p><p>Segunda<br>línea</p><ul><li>uno</li><li><i>dos</i></li></ul>')).toBe(
      'Primera **parte**\n\nSegunda\nlínea\n\n- uno\n- *dos*',
    );
  });

  it('moves spaces out of emphasis and drops empty emphasis', () => {
    expect(htmlToText('<b>Enlace: </b>aquí<b></b> y <strong> </strong>allá')).toBe('**Enlace:** aquí y allá');
  });

  it("links: Google's redirect href with the real URL as label gives the URL; other labels a Markdown link; unsafe targets their label", () => {
    expect(htmlToText('<a href="https://www.google.com/url?q=https://x.org&amp;sa=D">https://x.org</a>')).toBe('https://x.org');
    expect(htmlToText('Ver <a href="https://x.org/a?b=1&amp;c=2">el [sitio]</a>.')).toBe('Ver [el sitio](https://x.org/a?b=1&c=2).');
    expect(htmlToText('<a href="javascript:alert(1)">clic</a>')).toBe('clic');
  });

  it('drops scripts, styles, comments and every other tag; decodes entities after, so they stay text', () => {
    expect(htmlToText('<style>p{}</style><script>alert(1)</script><!-- x --><span style="a">Año &amp; día &lt;b&gt; &#8364;5 &eacute;</span>')).toBe(
      'Año & día <b> €5 é',
    );
  });

  it('treats source line breaks as spaces, as HTML does', () => {
    expect(htmlToText('uno\ndos<br>tres')).toBe('uno dos\ntres');
  });

  it('decodes numeric and named entities, leaving unknown ones', () => {
    expect(decodeEntities('&#x41;&#66;&ntilde;&foo;&#0;')).toBe('ABñ&foo;&#0;');
  });
});
