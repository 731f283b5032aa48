import { describe, expect, it } from 'vitest';
import { YOUTUBE_ID_PATTERN as fromRoot } from './index.js';
import { YOUTUBE_ID_PATTERN, youTubeWatchUrl } from './youtube.js';

describe('youtube', () => {
  it('builds the watch URL of a video id', () => {
    expect(youTubeWatchUrl('dQw4w9WgXcQ')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  });

  it('encodes what is not an id rather than letting it into the query', () => {
    expect(youTubeWatchUrl('a&b=c#d')).toBe('https://www.youtube.com/watch?v=a%26b%3Dc%23d');
  });

  it('is the same id pattern the schema and the package root export', () => {
    expect(fromRoot).toBe(YOUTUBE_ID_PATTERN);
  });
});
