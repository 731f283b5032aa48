/**
 * The messages between an embed page (in the iframe) and `govtech-embed.js` (the resizer, on the host
 * page), and their shape checks. Both sides check who sent a message (the resizer: the iframe's window
 * and the origin of its `src`; the embed page: its parent window) before its shape.
 */
import { consentServices, type SiteConsentUpdate } from '../internal/site-consent.js';

/** Embed page → host: the height its content needs, in CSS pixels. */
export interface HeightMessage {
  readonly type: 'govtech-embed:height';
  readonly height: number;
}

/** Host → embed page: "a resizer sizes you" (so the page shows no scrollbar of its own), with the site's consent answers. */
export interface HostMessage {
  readonly type: 'govtech-embed:host';
  readonly consent: SiteConsentUpdate;
}

/** Taller than any widget's content: a larger height is not ours (or is a mistake) and is ignored. */
export const MAX_HEIGHT = 50_000;

const isRecord = (data: unknown): data is Record<string, unknown> => typeof data === 'object' && data !== null && !Array.isArray(data);

export function isHeightMessage(data: unknown): data is HeightMessage {
  return (
    isRecord(data) &&
    Object.keys(data).length === 2 &&
    data.type === 'govtech-embed:height' &&
    typeof data.height === 'number' &&
    Number.isFinite(data.height) &&
    data.height >= 0 &&
    data.height <= MAX_HEIGHT
  );
}

export function isHostMessage(data: unknown): data is HostMessage {
  return (
    isRecord(data) &&
    Object.keys(data).length === 2 &&
    data.type === 'govtech-embed:host' &&
    isRecord(data.consent) &&
    Object.entries(data.consent).every(([service, value]) => (consentServices as readonly string[]).includes(service) && typeof value === 'boolean')
  );
}
