import { describe, expect, it } from 'vitest';
import { InFlight } from './in-flight.js';

/** A request that resolves when told, recording the signal it was started with. */
function deferred() {
  let resolve!: (value: string) => void;
  const started: AbortSignal[] = [];
  const start = (signal: AbortSignal) => {
    started.push(signal);
    return new Promise<string>((done, fail) => {
      resolve = done;
      signal.addEventListener('abort', () => fail(signal.reason), { once: true });
    });
  };
  return { start, started, resolve: (value: string) => resolve(value) };
}

describe('InFlight: one shared request per URL', () => {
  it('shares one request between concurrent callers of a URL', async () => {
    const store = new InFlight<string>();
    const request = deferred();
    const first = store.join('a', request.start);
    const second = store.join('a', request.start);
    request.resolve('body');
    expect(await Promise.all([first, second])).toEqual(['body', 'body']);
    expect(request.started).toHaveLength(1);
  });

  it('keeps URLs apart and forgets a request once it settled', async () => {
    const store = new InFlight<string>();
    const request = deferred();
    const a = store.join('a', request.start);
    request.resolve('a1');
    await a;
    const other = deferred();
    void store.join('b', other.start);
    const again = store.join('a', request.start);
    request.resolve('a2');
    expect(await again).toBe('a2');
    expect(request.started).toHaveLength(2);
    expect(other.started).toHaveLength(1);
  });

  it("goes on for the others when one caller aborts", async () => {
    const store = new InFlight<string>();
    const request = deferred();
    const leaving = new AbortController();
    const left = store.join('a', request.start, leaving.signal);
    const staying = store.join('a', request.start);
    leaving.abort(new Error('left'));
    await expect(left).rejects.toThrow('left');
    expect(request.started[0]!.aborted).toBe(false);
    request.resolve('body');
    expect(await staying).toBe('body');
  });

  it("cancels the request when the last caller aborts, and forgets it at once", async () => {
    const store = new InFlight<string>();
    const request = deferred();
    const one = new AbortController();
    const two = new AbortController();
    const first = store.join('a', request.start, one.signal);
    const second = store.join('a', request.start, two.signal);
    one.abort(new Error('one'));
    two.abort(new Error('two'));
    await expect(first).rejects.toThrow('one');
    await expect(second).rejects.toThrow('two');
    expect(request.started[0]!.aborted).toBe(true);
    expect(request.started[0]!.reason).toEqual(new Error('two'));
    // A new caller starts afresh instead of joining the cancelled request.
    const fresh = deferred();
    const third = store.join('a', fresh.start);
    fresh.resolve('new');
    expect(await third).toBe('new');
  });
});
