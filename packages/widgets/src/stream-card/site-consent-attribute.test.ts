// The `site-consent` attribute (internal/consent-attribute.ts): the site's answer written into the page
// where it is rendered. In a file of its own: the page API's answers last for the whole page.
import { expect, html } from '@open-wc/testing';
import '../stream-card.js';
import { applySiteConsent } from '../internal/site-consent.js';
import { StreamCardHarness } from '../../test/harness/stream-card.js';

const POSTER = '/packages/widgets/test/fixtures/poster.svg';
const VIDEO = 'dQw4w9WgXcQ';
const TITLE = 'Ecosistema GovTech en la Región';

describe('<govtech-stream-card site-consent>', () => {
  it('granted: the poster and play button at once, even with `consent`', async () => {
    const card = await StreamCardHarness.render(
      html`<govtech-stream-card video-id=${VIDEO} title=${TITLE} poster=${POSTER} consent site-consent="granted"></govtech-stream-card>`,
    );
    expect(card.part('consent') === null, 'no consent notice').to.equal(true);
    expect(card.part('play') !== null, 'the play button').to.equal(true);
    await expect(card.el).to.be.accessible();
  });

  it('denied: the consent notice even without `consent`, nothing from YouTube', async () => {
    const card = await StreamCardHarness.render(html`<govtech-stream-card video-id=${VIDEO} title=${TITLE} site-consent="denied"></govtech-stream-card>`);
    expect(card.part('consent') !== null, 'the consent notice').to.equal(true);
    expect(card.$('img, picture, iframe') === null, 'nothing from YouTube, no poster').to.equal(true);
    await expect(card.el).to.be.accessible();
  });

  it('the page API’s live answer decides over it: a withdrawal brings the notice back', async () => {
    const card = await StreamCardHarness.render(
      html`<govtech-stream-card video-id=${VIDEO} title=${TITLE} poster=${POSTER} site-consent="granted"></govtech-stream-card>`,
    );
    expect(card.part('play') !== null, 'the play button').to.equal(true);
    applySiteConsent({ youtube: false });
    await card.updated();
    expect(card.part('consent') !== null, 'the consent notice').to.equal(true);
  });
});
