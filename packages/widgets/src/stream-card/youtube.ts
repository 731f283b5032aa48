/**
 * Everything the stream card knows about YouTube's URLs. Watch URLs are the SDK's (youTubeWatchUrl, a
 * stream's `watchUrl`): the card builds only the player's and the poster's. VIDEO_ID repeats the SDK's
 * YOUTUBE_ID_PATTERN (a test keeps them equal) instead of importing it: the SDK's youtube module is also
 * on the card's lazy feed path, so importing it puts it in a chunk of its own that a video-id card
 * downloads as one more request and some 55 B gzip of glue, for one line.
 */

/** A YouTube video id: exactly 11 of `[A-Za-z0-9_-]`. Only such ids ever reach a URL. */
export const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

/** A playlist id (`list=`): 2 to 64 of the same alphabet. */
export const PLAYLIST_ID = /^[A-Za-z0-9_-]{2,64}$/;

/** The privacy-enhanced player: no cookies until the visitor plays. */
export const EMBED_ORIGIN = 'https://www.youtube-nocookie.com';

/** The video's thumbnail: WebP, and JPEG for browsers without it. `id` must match VIDEO_ID. */
export const posterUrls = (id: string) => ({
  webp: `https://i.ytimg.com/vi_webp/${id}/hqdefault.webp`,
  jpg: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`,
});

/** The player URL: plays at once (the visitor just asked to), inline on iPhones. `id` must match VIDEO_ID. */
export function embedUrl(id: string, start: number | undefined, playlist: string | undefined): string {
  let url = `${EMBED_ORIGIN}/embed/${id}?autoplay=1&playsinline=1`;
  if (start && Number.isInteger(start) && start > 0) url += `&start=${start}`;
  if (playlist && PLAYLIST_ID.test(playlist)) url += `&list=${playlist}`;
  return url;
}

/**
 * `value` resolved against `base` (the page) when it is an http(s) URL; anything else (javascript:,
 * data:…) is dropped. Also the embed page's check of the addresses it is given (embed/params.ts).
 */
export function httpUrl(value: string | undefined, base: string = document.baseURI): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

let warmed = false;

/**
 * Opens connections to the player's hosts when the visitor shows interest (hover, focus), so the
 * player starts sooner on click; once per page. The same hosts lite-youtube-embed warms: the player
 * and the google.com host it loads from. The poster's host (i.ytimg.com) is already connected.
 */
export function warmConnections(): void {
  if (warmed) return;
  warmed = true;
  for (const href of [EMBED_ORIGIN, 'https://www.google.com']) {
    const link = document.createElement('link');
    link.rel = 'preconnect';
    link.href = href;
    document.head.append(link);
  }
}
