/**
 * The feed contract, v1, as zod schemas. `docs/feeds.md` is the same contract in prose; the JSON Schema
 * files in `packages/sdk/json-schema/` are generated from these (`npm run feeds:schema`).
 *
 * zod/mini keeps the validator small (a few KB gzip instead of ~25 KB for classic zod).
 *
 * One module per object: Event, Network and the Manifest here; Lab and Stream too, loaded only by the
 * pages that show them (the client imports them lazily); common.ts holds the building blocks.
 */
export * from './common.js';
export * from './event.js';
export * from './lab.js';
export * from './manifest.js';
export * from './network.js';
export * from './stream.js';
