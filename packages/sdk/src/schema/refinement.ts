/** Object-level and cross-field checks of the feed schemas. Not re-exported: no part of the public API. */
import type * as z from 'zod/v4/mini';

/**
 * A check that `test` holds for the value, else a custom issue with `message` (at `path` within the value):
 * what z.refine makes, as a plain check function, so a bundle leaves out the schema type z.refine builds.
 */
export function refinement<T>(test: (value: T) => boolean, message: string, path: PropertyKey[] = []): z.core.CheckFn<T> {
  return (context) => {
    if (!test(context.value)) {
      // A fresh path each time (parents prefix it in place); `continue`: later checks still run, as after z.refine.
      context.issues.push({ code: 'custom', input: context.value, path: [...path], continue: true, message });
    }
  };
}
