import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { computeAccessibleDescription } from 'dom-accessibility-api';
import { YOUTUBE_ID_PATTERN } from '@govtech-network/sdk';
import { ManualClock } from '@govtech-network/sdk/testing';
import type { GovtechErrorEvent } from '../base/govtech-element.js';
import '../stream-card.js';
import type { StreamPlayEvent } from '../events/stream-play.js';
import type { GovtechStreamCard } from './stream-card.js';
import { StreamCardHarness } from '../../test/harness/stream-card.js';
import { VIDEO_ID } from './youtube.js';

// The machine running these tests may have no internet: most cards use a local poster, and the one
// test of YouTube's own thumbnail checks its URLs rather than waiting for the image.
//
// Order matters in this file: warming connections and accepting consent are once per page (module
// state of the card), so every "before the visitor interacts" test runs before the first hover, focus
// or acceptance.

const POSTER = '/packages/widgets/test/fixtures/poster.svg';
const SAMPLE = '/examples/feeds/v1/';
const VIDEO = 'dQw4w9WgXcQ';
const TITLE = 'Ecosistema GovTech en la Región';

/** Clocks: the sample feed's "now", and a moment the Madrid example panel is on air. */
const NOW = Date.parse('2026-11-21T12:00:00Z');
const clock = () => NOW;
const duringMadridPanel = () => Date.parse('2026-12-10T15:30:00Z');

/** Hosts of YouTube's player, thumbnails, and what the player loads. */
const YOUTUBE = /^https?:\/\/([^/]*\.)?(youtube\.com|youtube-nocookie\.com|ytimg\.com|google\.com|googlevideo\.com|ggpht\.com|doubleclick\.net)(:|\/|$)/;

/** Every resource the page requests from now on (PerformanceObserver sees them even with a full buffer). */
function watchRequests(): { urls: () => string[]; stop: () => void } {
  const urls: string[] = [];
  const since = performance.now();
  // Only requests made from now: an earlier test's poster can finish failing (no network here) meanwhile.
  const made = (entries: PerformanceEntryList) => entries.filter((entry) => entry.startTime >= since).map((entry) => entry.name);
  const observer = new PerformanceObserver((list) => urls.push(...made(list.getEntries())));
  observer.observe({ type: 'resource' });
  return {
    urls: () => [
      ...new Set([
        ...urls,
        ...made(observer.takeRecords()),
        ...made(performance.getEntriesByType('resource')),
      ]),
    ],
    stop: () => observer.disconnect(),
  };
}

/** Elements added to document.head (a preconnect would be one). */
function watchHead(): { added: () => Element[]; stop: () => void } {
  const added: Element[] = [];
  const observer = new MutationObserver((records) =>
    records.forEach((record) => record.addedNodes.forEach((node) => node instanceof Element && added.push(node))),
  );
  observer.observe(document.head, { childList: true, subtree: true });
  return { added: () => [...added, ...observer.takeRecords().flatMap((r) => [...r.addedNodes].filter((n) => n instanceof Element))], stop: () => observer.disconnect() };
}

/** Every URL-valued attribute in a tree: src, srcset, href. */
const urlsIn = (root: ParentNode) =>
  [...root.querySelectorAll('[src], [srcset], [href]')].flatMap((el) =>
    ['src', 'srcset', 'href'].map((name) => el.getAttribute(name)).filter((value): value is string => value !== null),
  );

let freshFeeds = 0;
/** The sample feed under a URL no other test used (its own client and cache). */
const freshSample = () => `/__test__/feeds/card${++freshFeeds}-${Math.random().toString(36).slice(2)}/`;

describe('<govtech-stream-card>', () => {
  before(() => performance.setResourceTimingBufferSize(10_000));

  it('checks ids with the same pattern as the SDK (kept local so the card does not load it)', () => {
    expect(VIDEO_ID.source).to.equal(YOUTUBE_ID_PATTERN.source);
    expect(VIDEO_ID.flags).to.equal(YOUTUBE_ID_PATTERN.flags);
  });

  describe('before the visitor interacts', () => {
    it('shows poster, title and play button, reserves 16:9, and requests nothing from YouTube with a custom poster', async () => {
      const requests = watchRequests();
      const head = watchHead();
      const card = await StreamCardHarness.render(
        html`<govtech-stream-card video-id=${VIDEO} title=${TITLE} poster=${POSTER}></govtech-stream-card>`,
      );
      const poster = card.$<HTMLImageElement>('img[part="poster"]')!;
      await waitUntil(() => poster.complete, 'local poster did not load');
      expect(poster.src).to.equal(new URL(POSTER, location.href).href);
      expect(poster.alt).to.equal('');
      expect(poster.loading).to.equal('lazy');
      expect(poster.decoding).to.equal('async');
      expect(card.$('picture, source')).to.equal(null);
      expect(card.text('[part="title"]')).to.equal(TITLE);
      expect(card.playName()).to.equal('Reproducir video');
      expect(card.playDescription()).to.equal(TITLE);
      expect(card.$('button[part="play"]')!.getAttribute('type')).to.equal('button');
      expect(card.$('[part="badge"]'), 'no badge without a status').to.equal(null);
      const media = card.$('[part="media"]')!.getBoundingClientRect();
      expect(media.height).to.be.closeTo((media.width * 9) / 16, 1);
      await expect(card.el).to.be.accessible();

      expect(card.$('iframe')).to.equal(null);
      expect(urlsIn(card.root).some((url) => YOUTUBE.test(new URL(url, location.href).href))).to.equal(false);
      expect(head.added()).to.deep.equal([]);
      expect(document.head.querySelector('link[rel="preconnect"]')).to.equal(null);
      expect(requests.urls().filter((url) => YOUTUBE.test(url))).to.deep.equal([]);
      expect(requests.urls()).to.include(new URL(POSTER, location.href).href);
      requests.stop();
      head.stop();

      // `title` is HTMLElement's own attribute and property; the card reads it as `heading`.
      card.el.title = 'Panel 1';
      await card.updated();
      expect([card.el.heading, card.text('[part="title"]'), card.playDescription()]).to.deep.equal(['Panel 1', 'Panel 1', 'Panel 1']);
    });

    it('uses YouTube’s thumbnail as poster by default (WebP with a JPEG fallback), and nothing else from YouTube', async () => {
      const requests = watchRequests();
      const card = await StreamCardHarness.render(html`<govtech-stream-card video-id=${VIDEO} title=${TITLE}></govtech-stream-card>`);
      expect(card.$('picture > source')!.getAttribute('srcset')).to.equal(`https://i.ytimg.com/vi_webp/${VIDEO}/hqdefault.webp`);
      expect(card.$('picture > source')!.getAttribute('type')).to.equal('image/webp');
      const img = card.$<HTMLImageElement>('picture > img[part="poster"]')!;
      expect(img.getAttribute('src')).to.equal(`https://i.ytimg.com/vi/${VIDEO}/hqdefault.jpg`);
      expect([img.alt, img.loading, img.decoding]).to.deep.equal(['', 'lazy', 'async']);
      await expect(card.el).to.be.accessible();
      // The thumbnail may be requested (and fail offline); the player's hosts must not be.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(requests.urls().filter((url) => YOUTUBE.test(url) && !url.startsWith('https://i.ytimg.com/'))).to.deep.equal([]);
      expect(card.$('iframe')).to.equal(null);
      expect(document.head.querySelector('link[rel="preconnect"]')).to.equal(null);
      requests.stop();
    });

    it('drops a poster URL that is not http(s), showing no image rather than YouTube’s', async () => {
      const card = await StreamCardHarness.render(
        html`<govtech-stream-card video-id=${VIDEO} title=${TITLE} poster="javascript:alert(1)"></govtech-stream-card>`,
      );
      expect(card.$('img, source')).to.equal(null);
      expect(card.$('button[part="play"]')).to.not.equal(null);
      await expect(card.el).to.be.accessible();
    });

    it('with consent, shows a notice and loads nothing from YouTube (not even the poster) until accepted', async () => {
      const requests = watchRequests();
      const head = watchHead();
      const card = await StreamCardHarness.render(html`<govtech-stream-card video-id=${VIDEO} title=${TITLE} consent></govtech-stream-card>`);
      const notice = card.$('[part="consent"]')!;
      expect(card.text(notice.querySelector('p'))).to.equal(
        'Al reproducir este video, YouTube puede usar cookies y recopilar datos sobre tu visita.',
      );
      const privacy = notice.querySelector('a')!;
      expect(card.text(privacy)).to.equal('Política de privacidad de YouTube');
      expect(privacy.getAttribute('href')).to.equal('https://policies.google.com/privacy?hl=es');
      expect(card.accessibleName('[part="consent"] button')).to.equal('Aceptar y reproducir');
      expect(card.$('img, picture, source, iframe, [part="play"]')).to.equal(null);
      expect(card.text('[part="title"]')).to.equal(TITLE);
      await expect(card.el).to.be.accessible();

      // Interest is not consent: hovering or focusing warms no connection.
      card.hover();
      notice.querySelector('button')!.focus();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(head.added()).to.deep.equal([]);
      expect(requests.urls().filter((url) => YOUTUBE.test(url))).to.deep.equal([]);
      // Only the privacy policy link points at Google; nothing the page would load does.
      expect(urlsIn(card.root)).to.deep.equal(['https://policies.google.com/privacy?hl=es']);
      requests.stop();
      head.stop();
    });

    it('shows the light-DOM link and a note for an invalid id, which never reaches a URL', async () => {
      for (const id of ['"><script>alert(1)</script>', 'abc', `${VIDEO}&x=1`, `${VIDEO}/../x`, '', undefined]) {
        const head = watchHead();
        const card = await StreamCardHarness.render(
          html`<govtech-stream-card video-id=${id ?? nothing} title=${TITLE}
            ><a href="https://www.youtube.com/watch?v=${VIDEO}">Panel 1 (YouTube)</a></govtech-stream-card
          >`,
        );
        expect(card.text('[part="note"]'), String(id)).to.equal('Este video no se puede mostrar aquí.');
        const slot = card.$<HTMLSlotElement>('slot')!;
        expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['Panel 1 (YouTube)']);
        expect(card.$('button, img, picture, iframe, script')).to.equal(null);
        expect(urlsIn(card.root)).to.deep.equal([]);
        if (id) expect(urlsIn(document.head).filter((url) => url.includes(id) || url.includes(encodeURIComponent(id)))).to.deep.equal([]);
        expect(head.added()).to.deep.equal([]);
        await expect(card.el).to.be.accessible();
        head.stop();
      }
    });

    it('tells the webmaster about an invalid id with govtech-error', async () => {
      const el = document.createElement('govtech-stream-card');
      el.setAttribute('video-id', 'abc');
      setTimeout(() => document.body.append(el));
      const event = (await oneEvent(el, 'govtech-error')) as GovtechErrorEvent;
      expect(event.detail.code).to.equal('config');
      expect(event.detail.message).to.include('not a YouTube video id');
      el.remove();
    });

    it('shows a status badge without a feed only when the status attribute says so', async () => {
      const card = await StreamCardHarness.render(
        html`<govtech-stream-card video-id=${VIDEO} title=${TITLE} poster=${POSTER} status="live" channel="FLACSO Chile"
          date="2022-02-23T17:00:00-03:00" time-zone="America/Santiago"></govtech-stream-card>`,
      );
      expect(card.text('[part="badge"]')).to.equal('En vivo');
      expect(card.text('[part="channel"]')).to.equal('FLACSO Chile');
      expect(card.text('[part="date"]')).to.match(/^23 de febrero de 2022.* 17:00 GMT-3$/);
      expect(card.$('[part="date"]')!.getAttribute('datetime')).to.equal('2022-02-23T17:00:00-03:00');
      await expect(card.el).to.be.accessible();
      card.el.status = 'nonsense' as never;
      await card.updated();
      expect(card.$('[part="badge"]')).to.equal(null);
    });

    it('says its title once, in a heading, and its badges, channel and date as separate items', async () => {
      const card = await StreamCardHarness.render(
        html`<govtech-stream-card video-id=${VIDEO} title=${TITLE} poster=${POSTER} channel="Canal de ejemplo" status="upcoming" date="2026-12-10T16:00:00+01:00"></govtech-stream-card>`,
      );
      const heading = card.$('[role="heading"]')!;
      expect([heading.getAttribute('aria-level'), card.text(heading)]).to.deep.equal(['2', TITLE]);
      // The play button says what it does; the heading (its description) says what it plays.
      expect(card.playName()).to.equal('Reproducir video');
      expect(card.playName()).to.not.include(TITLE);
      expect(card.playDescription()).to.equal(TITLE);
      // Read as text, the title comes once; each of the line's items stands apart.
      expect(card.root.textContent!.split(TITLE)).to.have.length(2);
      expect(card.$$('.meta > li').map((item) => item.innerText)).to.deep.equal(['Próximamente', 'Canal de ejemplo', card.text('[part="date"]')]);
      expect(card.$('.meta')!.innerText.split('\n').filter(Boolean)).to.have.length(3);
      await expect(card.el).to.be.accessible();
    });

    it('names its consent button without a stray space, in each language', async () => {
      const names = [];
      for (const locale of ['es', 'pt', 'en']) {
        const card = await StreamCardHarness.render(html`<govtech-stream-card locale=${locale} video-id=${VIDEO} title=${TITLE} consent></govtech-stream-card>`);
        const accept = card.$('[part="consent"] button')!;
        names.push(card.accessibleName('[part="consent"] button'));
        expect(computeAccessibleDescription(accept)).to.equal(TITLE);
        await expect(card.el).to.be.accessible();
      }
      expect(names).to.deep.equal(['Aceptar y reproducir', 'Aceitar e reproduzir', 'Accept and play']);
      expect(names.join()).to.not.match(/\s[:,]/);
    });

    it('speaks the visitor’s language', async () => {
      const en = await StreamCardHarness.render(
        html`<govtech-stream-card locale="en" video-id=${VIDEO} title=${TITLE} poster=${POSTER} status="ended"></govtech-stream-card>`,
      );
      expect(en.playName()).to.equal('Play video');
      expect(en.text('[part="badge"]')).to.equal('Replay');
      const pt = await StreamCardHarness.render(
        html`<govtech-stream-card locale="pt" video-id=${VIDEO} poster=${POSTER} status="upcoming"></govtech-stream-card>`,
      );
      expect(pt.playName()).to.equal('Reproduzir vídeo');
      expect(pt.playDescription()).to.equal('');
      expect(pt.text('[part="badge"]')).to.equal('Em breve');
      await expect(pt.el).to.be.accessible();
    });
  });

  describe('from a feed', () => {
    it('shows an upcoming stream: title, channel, start in the visitor’s zone, example badge', async () => {
      const card = await StreamCardHarness.load(
        html`<govtech-stream-card src=${SAMPLE} stream-id="ejemplo-panel-madrid-2026-12" poster=${POSTER} time-zone="America/Santiago" .now=${clock}></govtech-stream-card>`,
      );
      expect(card.text('[part="title"]')).to.equal(
        'Panel de ejemplo: compra pública de innovación GovTech entre España y América Latina',
      );
      expect(card.parts('badge').map((badge) => card.text(badge))).to.deep.equal(['Próximamente', 'Ejemplo']);
      expect(card.text('[part="channel"]')).to.equal('Canal de ejemplo');
      // 16:00 in Madrid (UTC+1) is 12:00 in Santiago (UTC-3 in summer).
      expect(card.text('[part="date"]')).to.match(/^Comienza el 10 de diciembre de 2026.* 12:00 GMT-3$/);
      expect(card.playDescription()).to.match(/^Panel de ejemplo: compra pública/);
      await expect(card.el).to.be.accessible();
    });

    it('shows a live stream, and follows the clock from upcoming to live to replay', async () => {
      const card = await StreamCardHarness.load(
        html`<govtech-stream-card src=${SAMPLE} stream-id="ejemplo-panel-madrid-2026-12" poster=${POSTER} time-zone="Europe/Madrid" .now=${duringMadridPanel}></govtech-stream-card>`,
      );
      expect(card.text('[part="badge"]')).to.equal('En vivo');
      expect(card.text('[part="date"]')).to.match(/^10 de diciembre de 2026.* 16:00 CET$/);
      await expect(card.el).to.be.accessible();
      card.el.now = clock;
      await card.loaded();
      expect(card.text('[part="badge"]')).to.equal('Próximamente');
      card.el.now = () => Date.parse('2026-12-10T17:00:00Z');
      await card.loaded();
      expect(card.text('[part="badge"]')).to.equal('Grabación');
    });

    it('reads its feed again while the stream is upcoming or live, so it goes live and ends without a reload', async () => {
      // A feed the test moves to new versions (scripts/test-feed-routes.mjs): v2 says the Madrid panel
      // started at 14:03Z, an hour early; v3 that it ended at 14:08Z. Its schedule alone says 15:00–16:30Z.
      const feed = `/__test__/versioned/card-${Math.random().toString(36).slice(2)}/`;
      const timers = new ManualClock('2026-12-10T14:00:00Z');
      const card = await StreamCardHarness.load(
        html`<govtech-stream-card src=${feed} stream-id="ejemplo-panel-madrid-2026-12" poster=${POSTER} .clock=${timers}></govtech-stream-card>`,
      );
      expect(card.status()).to.equal('Próximamente');
      await fetch(`${feed}__version/2`);
      // Read again each minute; the client asks the server once its cache (5 minutes) has expired.
      for (let minute = 0; minute < 4; minute++) await card.minutePasses(timers);
      expect(card.status()).to.equal('Próximamente');
      await card.minutePasses(timers);
      expect(card.status()).to.equal('En vivo');
      await expect(card.el).to.be.accessible();
      await fetch(`${feed}__version/3`);
      for (let minute = 0; minute < 5; minute++) await card.minutePasses(timers);
      expect(card.status()).to.equal('Grabación');
      // Ended: no more reading.
      expect(timers.pending('tick')).not.to.include(60_000);
    });

    it('follows its clock from upcoming to live to replay at the scheduled instants', async () => {
      for (const [start, before, after] of [
        ['2026-12-10T14:59:00Z', 'Próximamente', 'En vivo'],
        ['2026-12-10T16:29:00Z', 'En vivo', 'Grabación'],
      ] as const) {
        const timers = new ManualClock(start);
        const card = await StreamCardHarness.load(
          html`<govtech-stream-card src=${freshSample()} stream-id="ejemplo-panel-madrid-2026-12" poster=${POSTER} .clock=${timers}></govtech-stream-card>`,
        );
        expect(card.status()).to.equal(before);
        await timers.advance(60_000);
        await card.updated();
        expect(card.status()).to.equal(after);
      }
    });

    it('shows an ended stream as a replay, with its date in the visitor’s zone', async () => {
      const card = await StreamCardHarness.load(
        html`<govtech-stream-card src=${SAMPLE} stream-id="verano-2022-panel-1" poster=${POSTER} time-zone="America/Santiago" .now=${clock}></govtech-stream-card>`,
      );
      expect(card.text('[part="badge"]')).to.equal('Grabación');
      expect(card.text('[part="channel"]')).to.equal('FLACSO Chile');
      expect(card.text('[part="date"]')).to.match(/^23 de febrero de 2022.* 17:00 GMT-3$/);
      await expect(card.el).to.be.accessible();
    });

    it('lets the title attribute override the stream’s', async () => {
      const card = await StreamCardHarness.load(
        html`<govtech-stream-card src=${SAMPLE} stream-id="verano-2022-panel-1" title="Panel 1" poster=${POSTER} .now=${clock}></govtech-stream-card>`,
      );
      expect(card.text('[part="title"]')).to.equal('Panel 1');
      expect(card.playDescription()).to.equal('Panel 1');
    });

    it('shows a skeleton of the final size while loading', async () => {
      const card = await StreamCardHarness.render(
        html`<govtech-stream-card src="/__test__/hang/" stream-id="verano-2022-panel-1" .now=${clock}></govtech-stream-card>`,
      );
      await waitUntil(() => card.$('[aria-busy="true"]'), 'skeleton expected');
      expect(card.text('[aria-busy="true"] > .visually-hidden')).to.equal('Cargando…');
      const box = card.$('[part="media"]')!.getBoundingClientRect();
      expect(box.height).to.be.closeTo((box.width * 9) / 16, 1);
      await expect(card.el).to.be.accessible();
    });

    it('says so, shows the fallback link and tells the webmaster when the stream is not in the feed', async () => {
      const el = document.createElement('govtech-stream-card');
      const card = new StreamCardHarness(el);
      Object.assign(el, { src: freshSample(), streamId: 'no-such-stream', now: clock });
      el.innerHTML = `<a href="https://www.youtube.com/@flacsochile">FLACSO Chile en YouTube</a>`;
      setTimeout(() => document.body.append(el));
      const event = (await oneEvent(el, 'govtech-error')) as GovtechErrorEvent;
      expect(event.detail.code).to.equal('config');
      expect(event.detail.message).to.include('no-such-stream');
      await card.updated();
      expect(card.text('[part="note"]')).to.equal('No encontramos esta transmisión.');
      expect(card.fallback()).to.have.length(1);
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('shows the error state with Retry, and the fallback link, when the feed cannot be read', async () => {
      const el = document.createElement('govtech-stream-card');
      const card = new StreamCardHarness(el);
      Object.assign(el, { src: '/examples/feeds/missing/', streamId: 'verano-2022-panel-1', now: clock });
      el.innerHTML = `<a href="https://www.youtube.com/watch?v=${VIDEO}">Panel 1 (YouTube)</a>`;
      setTimeout(() => document.body.append(el));
      const event = (await oneEvent(el, 'govtech-error')) as GovtechErrorEvent;
      expect(event.detail.code).to.equal('http');
      await waitUntil(() => card.$('[role="alert"] [part="retry"]'), 'error state expected');
      expect(card.fallback()).to.have.length(1);
      await expect(el).to.be.accessible();
      el.remove();
    });
  });

  describe('when the visitor interacts', () => {
    it('warms the player’s connections on hover or focus, once per page', async () => {
      const card = await StreamCardHarness.render(html`<govtech-stream-card video-id=${VIDEO} title=${TITLE} poster=${POSTER}></govtech-stream-card>`);
      const preconnects = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preconnect"]')].map((link) => link.href);
      expect(preconnects()).to.deep.equal([]);
      card.hover();
      expect(preconnects()).to.deep.equal(['https://www.youtube-nocookie.com/', 'https://www.google.com/']);
      card.$('[part="play"]')!.focus();
      const other = await StreamCardHarness.render(html`<govtech-stream-card video-id=${VIDEO} poster=${POSTER}></govtech-stream-card>`);
      other.$('[part="play"]')!.focus();
      expect(preconnects()).to.have.length(2);
      expect(card.$('iframe')).to.equal(null);
    });

    it('plays on click: a youtube-nocookie iframe created at once, with autoplay, start, playlist, title, referrer policy and permissions, focused', async () => {
      const card = await StreamCardHarness.render(
        html`<govtech-stream-card video-id=${VIDEO} title=${TITLE} poster=${POSTER} start="90" playlist="PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG"></govtech-stream-card>`,
      );
      const played = oneEvent(card.el, 'govtech-stream-play') as Promise<StreamPlayEvent>;
      card.play();
      // Synchronously, still inside the click: a phone keeps the tap's permission to autoplay.
      const iframe = card.$<HTMLIFrameElement>('iframe')!;
      expect(iframe, 'iframe created during the click').to.not.equal(null);
      expect(iframe.getAttribute('src')).to.equal(
        `https://www.youtube-nocookie.com/embed/${VIDEO}?autoplay=1&playsinline=1&start=90&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG`,
      );
      expect(iframe.title).to.equal(TITLE);
      expect(iframe.referrerPolicy).to.equal('strict-origin-when-cross-origin');
      expect(iframe.getAttribute('allow')).to.equal(
        'accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share',
      );
      expect(iframe.allowFullscreen).to.equal(true);
      expect(iframe.getAttribute('part')).to.equal('iframe');
      expect(card.root.activeElement).to.equal(iframe);
      expect(card.$('[part="play"], [part="poster"]'), 'the facade is gone').to.equal(null);
      const event = await played;
      expect(event.detail).to.deep.equal({ videoId: VIDEO, streamId: undefined });
      expect(event.bubbles && event.composed).to.equal(true);
      // axe is not run on the player: it would wait for the cross-origin frame, which cannot load offline.
    });

    it('leaves out a start or playlist that is not valid', async () => {
      const card = await StreamCardHarness.render(
        html`<govtech-stream-card video-id=${VIDEO} poster=${POSTER} start="-5" playlist=${'x&autoplay=0'}></govtech-stream-card>`,
      );
      card.play();
      expect(card.$('iframe')!.getAttribute('src')).to.equal(`https://www.youtube-nocookie.com/embed/${VIDEO}?autoplay=1&playsinline=1`);
      expect(card.$('iframe')!.title).to.equal('Video de YouTube');
    });

    it('plays a feed’s stream, naming the stream in govtech-stream-play', async () => {
      const card = await StreamCardHarness.load(
        html`<govtech-stream-card src=${SAMPLE} stream-id="verano-2022-panel-2" poster=${POSTER} .now=${clock}></govtech-stream-card>`,
      );
      const played = oneEvent(card.el, 'govtech-stream-play') as Promise<StreamPlayEvent>;
      card.play();
      expect((await played).detail).to.deep.equal({ videoId: 'ejVerano222', streamId: 'verano-2022-panel-2' });
      expect(card.$('iframe')!.title).to.equal('Verano de Datos Abiertos — Panel 2: Digitalización municipal y datos abiertos');
    });

    it('with consent: accepting plays this card and shows every other card’s poster', async () => {
      const root = await fixture<HTMLDivElement>(html`<div>
        <govtech-stream-card id="a" video-id=${VIDEO} title=${TITLE} consent></govtech-stream-card>
        <govtech-stream-card id="b" video-id="ejVerano221" consent></govtech-stream-card>
      </div>`);
      const [a, b] = [...root.querySelectorAll<GovtechStreamCard>('govtech-stream-card')].map((el) => new StreamCardHarness(el)) as [StreamCardHarness, StreamCardHarness];
      await Promise.all([a.updated(), b.updated()]); // fixture waits for the wrapper only
      expect(b.$('img, source')).to.equal(null);
      const played = oneEvent(a.el, 'govtech-stream-play') as Promise<StreamPlayEvent>;
      a.$('[part="consent"] button')!.click();
      expect(a.$<HTMLIFrameElement>('iframe')!.getAttribute('src')).to.equal(`https://www.youtube-nocookie.com/embed/${VIDEO}?autoplay=1&playsinline=1`);
      expect(a.root.activeElement).to.equal(a.$('iframe'));
      expect((await played).detail.videoId).to.equal(VIDEO);
      await b.updated();
      expect(b.$('[part="consent"]')).to.equal(null);
      expect(b.$('picture > source')!.getAttribute('srcset')).to.equal('https://i.ytimg.com/vi_webp/ejVerano221/hqdefault.webp');
      // Remembered for cards added later in the page's life.
      const later = await StreamCardHarness.render(html`<govtech-stream-card video-id=${VIDEO} poster=${POSTER} consent></govtech-stream-card>`);
      expect(later.$('[part="consent"]')).to.equal(null);
      expect(later.$('[part="play"]')).to.not.equal(null);
    });
  });
});
