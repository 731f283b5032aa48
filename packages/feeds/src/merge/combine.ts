/**
 * Puts the feeds' items together by id, in the inputs' order. The same item twice is kept once, silently;
 * the same id with different content is a conflict, reported with both inputs and settled the same way
 * every time: for events, the later `updatedAt` when both have one; otherwise the first input. A lab's
 * `networks` are the union of every input's, whichever lab won.
 */
import { isDeepStrictEqual } from 'node:util';
import type { GovEvent, GovLab, GovNetwork, GovStream } from '@govtech-network/sdk';
import { problem, type Lang, type Problem } from '../problems.js';
import type { InputItems } from './read-input.js';

type Kind = 'networks' | 'events' | 'labs' | 'streams';

interface Held<T> {
  item: T;
  input: string;
}

/** How one kind of item merges (networks and streams: the defaults, same or first). */
interface Policy<T> {
  /** The part compared; default the whole item. */
  readonly compared?: (item: T) => object;
  /** True when the later input's item wins, false when the held one does, undefined when nothing says (the first wins). */
  readonly later?: (held: T, incoming: T) => boolean | undefined;
  /** The kept item, given the winner and the other (default the winner). */
  readonly combine?: (winner: T, other: T) => T;
}

const instant = (value: string | undefined) => (value === undefined ? undefined : Date.parse(value));

const EVENTS: Policy<GovEvent> = {
  // Only comparable when both say when they changed: true, false, or undefined (the first input wins).
  later: (held, incoming) => {
    const [a, b] = [instant(held.updatedAt), instant(incoming.updatedAt)];
    return a === undefined || b === undefined || a === b ? undefined : b > a;
  },
};

const LABS: Policy<GovLab> = {
  compared: ({ networks: _unioned, ...rest }) => rest,
  combine: (winner, other) => {
    const networks = [...new Set([...(winner.networks ?? []), ...(other.networks ?? [])])];
    return networks.length ? { ...winner, networks } : winner;
  },
};

/** Top-level fields whose values differ, sorted (key order is the feed's, not the item's), for the conflict message. */
function differingFields(a: object, b: object): string[] {
  const [left, right] = [a as Record<string, unknown>, b as Record<string, unknown>];
  return [...new Set([...Object.keys(left), ...Object.keys(right)])].filter((key) => !isDeepStrictEqual(left[key], right[key])).sort();
}

type Lists<T> = readonly { input: string; items: readonly T[] }[];

function mergeById<T extends { id: string }>(kind: Kind, policy: Policy<T>, lists: Lists<T>, lang: Lang, problems: Problem[]): T[] {
  const compared = policy.compared ?? ((item: T) => item);
  const byId = new Map<string, Held<T>>();
  for (const { input, items } of lists) {
    for (const item of items) {
      const held = byId.get(item.id);
      if (!held) {
        byId.set(item.id, { item, input });
        continue;
      }
      const fields = differingFields(compared(held.item), compared(item));
      const later = fields.length ? policy.later?.(held.item, item) : undefined;
      const [winner, other] = later ? [item, held.item] : [held.item, item];
      if (fields.length) {
        problems.push(
          problem('merge-conflict', lang, {
            file: input,
            field: 'id',
            params: { kind, id: item.id, first: held.input, second: input, winner: later ? input : held.input, fields: fields.join(', '), rule: later === undefined ? 'order' : 'updatedAt' },
          }),
        );
      }
      byId.set(item.id, { item: policy.combine ? policy.combine(winner, other) : winner, input: later ? input : held.input });
    }
  }
  return [...byId.values()].map((held) => held.item);
}

export interface Combined {
  readonly networks: GovNetwork[];
  readonly events: GovEvent[];
  /** Undefined when no input has a labs feed. */
  readonly labs?: GovLab[];
  readonly streams?: GovStream[];
  readonly problems: Problem[];
}

/** The inputs' items merged by id; `inputs` in the hub's order. */
export function combineInputs(inputs: readonly InputItems[], lang: Lang): Combined {
  const problems: Problem[] = [];
  const of = <T>(pick: (read: InputItems) => readonly T[] | undefined): Lists<T> =>
    inputs.flatMap((read) => {
      const items = pick(read);
      return items ? [{ input: read.input, items }] : [];
    });
  const labs = of((read) => read.labs);
  const streams = of((read) => read.streams);
  return {
    networks: mergeById<GovNetwork>('networks', {}, of((read) => read.networks), lang, problems),
    events: mergeById('events', EVENTS, of((read) => read.events), lang, problems),
    ...(labs.length ? { labs: mergeById('labs', LABS, labs, lang, problems) } : {}),
    ...(streams.length ? { streams: mergeById<GovStream>('streams', {}, streams, lang, problems) } : {}),
    problems,
  };
}
