// Its own module so widgets that only need to check a zone name (every widget's base) load nothing else.
const knownZones = new Map<string, boolean>();
/** True for a time zone the runtime's Intl knows (cached: constructing a formatter is not free). */
export function isTimeZone(value: string): boolean {
  let known = knownZones.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      known = value.includes('/') || value === 'UTC';
    } catch {
      known = false;
    }
    knownZones.set(value, known);
  }
  return known;
}
