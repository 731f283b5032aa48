/**
 * Feed ids from iCalendar UIDs. A UID is stable across exports, so the id is too. UIDs are `local@domain`
 * (Google: `1a2b…@google.com`; the SDK's own toICS: `<id>@govtech-network`), and `@` is not allowed in an
 * id: the local part is the id, so an exported feed event comes back with its own id.
 */
import { createHash } from 'node:crypto';

const MAX = 128;
const HASH = 16;

export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, HASH);
}

/** Letters, digits, `.`, `_`, `:` and `-`, starting with a letter or digit; undefined if nothing is left. */
function sanitise(text: string): string | undefined {
  const id = text
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^A-Za-z0-9]+|-+$/g, '');
  return id || undefined;
}

/** `base` cut so that `base` + `suffix` fits an id. */
function withSuffix(base: string, suffix: string): string {
  return `${base.slice(0, MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
}

/** The id of a UID: its local part, sanitised; too long or empty, a cut one with a hash of the whole UID. */
export function idFromUid(uid: string): string {
  const at = uid.lastIndexOf('@');
  const id = sanitise(at > 0 ? uid.slice(0, at) : uid);
  if (id && id.length <= MAX) return id;
  return withSuffix(id ?? 'ics', `-${shortHash(uid)}`);
}

/** Ids of one calendar: a UID always gets the same id, and two UIDs that sanitise alike get different ones. */
export class CalendarIds {
  readonly #byUid = new Map<string, string>();
  readonly #taken = new Set<string>();

  of(uid: string): string {
    let id = this.#byUid.get(uid);
    if (id === undefined) {
      id = idFromUid(uid);
      if (this.#taken.has(id)) id = withSuffix(id, `-${shortHash(uid)}`);
      this.#byUid.set(uid, id);
      this.#taken.add(id);
    }
    return id;
  }

  /** The id of the replacement of one occurrence (RECURRENCE-ID) of the series `uid`. */
  occurrence(uid: string, key: string): string {
    return withSuffix(this.of(uid), `-${key}`);
  }
}
