/**
 * YouTube ids and links, zod-free (subpath `@govtech-network/sdk/youtube`): code that only checks an id
 * or links a video loads this and not the feed schemas.
 */

/** YouTube video ids are exactly 11 characters of the URL-safe base64 alphabet. */
export const YOUTUBE_ID_PATTERN = /^[A-Za-z0-9_-]{11}$/;

/** `value` when it is a YouTube video id (exactly 11 of `[A-Za-z0-9_-]`), for ids read from attributes. */
export function youTubeId(value: unknown): string | undefined {
  return typeof value === 'string' && YOUTUBE_ID_PATTERN.test(value) ? value : undefined;
}

/** The page where a video is watched: the one place a watch URL is built. */
export function youTubeWatchUrl(videoId: string): string {
  return `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}`;
}
