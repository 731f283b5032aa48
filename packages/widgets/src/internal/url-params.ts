/**
 * A widget's part of the page URL (`sync-url`): its query parameters carry a prefix of its own (`lab-q`,
 * `cal-month`…), so a widget never reads or overwrites the host page's parameters, nor another widget's.
 * Shared by the directory and the calendar; each says which names it owns and what they mean.
 */

/** A widget's values by unprefixed name: one value, or several that repeat (`lab-city=Lima&lab-city=Cusco`). */
export type ParamValues = Record<string, string | readonly string[] | undefined>;

/** What reads the widget's parameters in `search`: the non-empty values of one (unprefixed name), in order. */
export function readParams(search: string, prefix: string): (name: string) => string[] {
  const params = new URLSearchParams(search);
  return (name) => params.getAll(prefix + name).filter(Boolean);
}

/**
 * `search` with the widget's parameters (every one of `names`) replaced by `values`, the rest kept in
 * place; empty values are left out. '' when no parameter is left.
 */
export function writeParams(search: string, prefix: string, names: readonly string[], values: ParamValues): string {
  const params = new URLSearchParams(search);
  for (const name of names) {
    params.delete(prefix + name);
    for (const one of [values[name] ?? []].flat()) if (one) params.append(prefix + name, one);
  }
  const text = params.toString();
  return text && `?${text}`;
}

/**
 * Puts `search` in the page's URL (path and hash kept): a new history entry (`pushState`, so Back
 * returns to the previous choice) or the current one (`replaceState`, while typing). Nothing when the
 * URL already says so.
 */
export function updateLocation(search: string, entry: 'pushState' | 'replaceState'): void {
  if (search === location.search) return;
  history[entry](history.state, '', `${location.pathname}${search}${location.hash}`);
}
