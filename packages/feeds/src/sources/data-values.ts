/**
 * What a data file holds as a CMS writes it, made into the feed's shape before the SDK's schema checks it:
 *
 * - Empty optional values. Decap writes a cleared or untouched optional field as `''` (a number widget
 *   too) or `null`, and an optional object whose fields are all empty as `{ lat: '', lng: '' }`. An empty
 *   optional value means "not given"; a required one stays, so the schema still says it is missing.
 * - Wall times. Decap stores what the editor picked (`2022-02-23T17:00`, see init/decap.ts) and a
 *   stream has no zone of its own, so a stream item may say `timeZone` (else the source's `timeZone`
 *   applies) and its date-times without offset are read there: 17:00 Santiago is written
 *   `2022-02-23T17:00:00-03:00`. A value with `Z` or an offset is an instant and is kept as written.
 */
import { isTimeZone } from '@govtech-network/sdk';
import type { ZodMiniType } from 'zod/v4/mini';
import type { DataItems } from '../config.js';
import { toFeedDate } from '../dates.js';
import type { ProblemCode } from '../problems.js';

/** The bit of a zod schema this module reads: whether it may be left out, and what it wraps or holds. */
interface SchemaShape {
  readonly _zod: {
    /** Set when the input may leave the value out ("optional", or "defaulted" when a default fills it). */
    readonly optin?: string;
    readonly def: { readonly type: string; readonly innerType?: SchemaShape; readonly shape?: Record<string, SchemaShape>; readonly element?: SchemaShape };
  };
}

/** Keys an item may have that are not feed fields: read here and left out of the item. */
export const INPUT_ONLY_KEYS: Readonly<Partial<Record<DataItems, readonly string[]>>> = { streams: ['timeZone'] };

/** Date-time fields a wall time (no offset) is accepted in, by kind of item. */
const WALL_TIME_FIELDS: Readonly<Partial<Record<DataItems, readonly string[]>>> = {
  streams: ['scheduledStart', 'scheduledEnd', 'actualStart', 'actualEnd'],
};
const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The schema under optional and default wrappers. */
function unwrapped(schema: SchemaShape): SchemaShape {
  let inner = schema;
  while (inner._zod.def.innerType && (inner._zod.def.type === 'optional' || inner._zod.def.type === 'default')) inner = inner._zod.def.innerType;
  return inner;
}

function isEmpty(value: unknown): boolean {
  if (value === '' || value === null || value === undefined) return true;
  return isPlainObject(value) && Object.values(value).every(isEmpty);
}

/** Fields of `shape` that hold an object: their own empty optional values are left out too. */
function pruneObject(value: Record<string, unknown>, shape: Record<string, SchemaShape>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, fieldValue] of Object.entries(value)) {
    const schema = shape[key];
    if (!schema) {
      result[key] = fieldValue; // not a field: the caller reports it
      continue;
    }
    if (schema._zod.optin !== undefined && isEmpty(fieldValue)) continue;
    result[key] = prune(fieldValue, unwrapped(schema));
  }
  return result;
}

function prune(value: unknown, schema: SchemaShape): unknown {
  const { def } = schema._zod;
  if (isPlainObject(value) && def.type === 'object' && def.shape) return pruneObject(value, def.shape);
  if (Array.isArray(value) && def.type === 'array' && def.element) {
    const element = unwrapped(def.element);
    return value.map((item) => prune(item, element));
  }
  return value;
}

/** `item` without its empty optional values (at any depth), by the fields of `schema` (an object schema). */
export function withoutEmptyOptionals(item: Record<string, unknown>, schema: ZodMiniType): Record<string, unknown> {
  return pruneObject(item, unwrapped(schema as unknown as SchemaShape)._zod.def.shape ?? {});
}

/** Why a date-time field could not be given an offset. */
export interface WallTimeProblem {
  readonly code: Extract<ProblemCode, 'bad-date' | 'bad-time-zone' | 'wall-time-without-zone'>;
  readonly field: string;
  readonly params: Record<string, string>;
}

/**
 * The item with its wall times written with their zone's offset, and without its input-only keys; the
 * problems say which field could not be converted (the item is then dropped: its time would be wrong).
 */
export function withZonedWallTimes(
  item: Record<string, unknown>,
  items: DataItems,
  sourceZone: string | undefined,
): { readonly item: Record<string, unknown>; readonly problems: WallTimeProblem[] } {
  const result = { ...item };
  for (const key of INPUT_ONLY_KEYS[items] ?? []) delete result[key];
  const fields = (WALL_TIME_FIELDS[items] ?? []).filter((field) => typeof item[field] === 'string' && !HAS_OFFSET.test((item[field] as string).trim()));
  if (!fields.length) return { item: result, problems: [] };

  const own = item.timeZone === '' || item.timeZone === null ? undefined : item.timeZone;
  if (own !== undefined && (typeof own !== 'string' || !isTimeZone(own))) {
    return { item: result, problems: [{ code: 'bad-time-zone', field: 'timeZone', params: { value: String(own) } }] };
  }
  const zone = (own as string | undefined) ?? sourceZone;
  const problems: WallTimeProblem[] = [];
  for (const field of fields) {
    const value = item[field] as string;
    const date = toFeedDate(value, 'datetime', zone ?? 'UTC');
    if (!date || date.allDay) problems.push({ code: 'bad-date', field, params: { key: field, value } });
    else if (!zone) problems.push({ code: 'wall-time-without-zone', field, params: { key: field, value } });
    else result[field] = date.value;
  }
  return { item: result, problems };
}
