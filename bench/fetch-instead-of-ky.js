// What the SDK's one ky call would be on plain fetch (packages/sdk/src/http.ts passes retry: 0,
// timeout: false and throwHttpErrors: false: its own loop retries, times out and reads the status).
// Used only by bench/weight.mjs to weigh the open size decision (docs/decisions.md).
export default (url, { fetch = globalThis.fetch, headers, signal, cache }) => fetch(url, { headers, signal, cache });
