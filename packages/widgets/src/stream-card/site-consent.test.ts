// The stream card and the site's consent manager (internal/site-consent.ts): an answer given through
// the page API decides over the card's own `consent` gate, and a refusal puts a playing card back to
// its consent notice. In a file of its own: the card's in-card acceptance lasts for the whole page.
import { expect, html } from '@open-wc/testing';
import '../stream-card.js';
import { StreamCardHarness } from '../../test/harness/stream-card.js';

const POSTER = '/packages/widgets/test/fixtures/poster.svg';
const VIDEO = 'dQw4w9WgXcQ';
const TITLE = 'Ecosistema GovTech en la Región';

type Queue = { push(update: unknown): unknown };
const consent = (update: Record<string, boolean>) => {
  const scope = globalThis as { govtechConsent?: Queue | unknown[] };
  scope.govtechConsent = scope.govtechConsent || [];
  (scope.govtechConsent as Queue).push(update);
};

describe('<govtech-stream-card> with the site’s consent', () => {
  it('without an answer from the site, `consent` keeps the card’s own notice', async () => {
    const card = await StreamCardHarness.render(html`<govtech-stream-card video-id=${VIDEO} title=${TITLE} poster=${POSTER} consent></govtech-stream-card>`);
    expect(card.part('consent') !== null, 'the consent notice').to.equal(true);
    expect(card.$('img, picture, iframe') === null, 'nothing from YouTube, no poster').to.equal(true);
  });

  it('a refusal shows the notice even without `consent`, so nothing loads from YouTube', async () => {
    consent({ youtube: false });
    const card = await StreamCardHarness.render(html`<govtech-stream-card video-id=${VIDEO} title=${TITLE} poster=${POSTER}></govtech-stream-card>`);
    expect(card.part('consent') !== null, 'the consent notice').to.equal(true);
    expect(card.$('img, picture, iframe') === null, 'nothing from YouTube, no poster').to.equal(true);
    await expect(card.el).to.be.accessible();
  });

  it('an acceptance through the page API shows the poster and plays on the first press, with `consent`', async () => {
    const card = await StreamCardHarness.render(
      html`<govtech-stream-card video-id=${VIDEO} title=${TITLE} poster=${POSTER} consent></govtech-stream-card>`,
    );
    expect(card.part('consent') !== null, 'the consent notice').to.equal(true);
    consent({ youtube: true });
    await card.updated();
    expect(card.part('consent') === null, 'the notice went as the site accepted').to.equal(true);
    expect(card.part('play') !== null, 'the play button').to.equal(true);
    await expect(card.el).to.be.accessible();
    card.part('play')!.click();
    await card.updated();
    expect(card.$('iframe')?.getAttribute('src')).to.contain(`youtube-nocookie.com/embed/${VIDEO}`);
  });

  it('revoking puts a playing card back to the consent notice, and the player is gone', async () => {
    const card = await StreamCardHarness.render(html`<govtech-stream-card video-id=${VIDEO} title=${TITLE} poster=${POSTER}></govtech-stream-card>`);
    card.part('play')!.click();
    await card.updated();
    expect(card.$('iframe') !== null, 'the player').to.equal(true);
    consent({ youtube: false });
    await card.updated();
    expect(card.$('iframe') === null, 'the player is gone').to.equal(true);
    expect(card.part('consent') !== null, 'the consent notice').to.equal(true);
    await expect(card.el).to.be.accessible();
    // Accepted again: the poster and its play button, not the player back without a press.
    consent({ youtube: true });
    await card.updated();
    expect(card.$('iframe') === null && card.part('play') !== null, 'the facade, not the player').to.equal(true);
  });
});
