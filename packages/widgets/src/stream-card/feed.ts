/**
 * The feed path of the stream card (`src` + `stream-id`), loaded with `import()` on first use: it pulls
 * in the SDK (ky, zod), which a card given only a `video-id` never downloads.
 */
export { FeedController } from '../base/feed-controller.js';
export { nextStreamStatusChange, streamStatus, systemClock } from '@govtech-network/sdk';
export { tickerFor } from '../internal/ticker.js';
