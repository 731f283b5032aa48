/**
 * The shards of the events feed: their ranges (empty, unsorted, overlapping), and every occurrence of
 * every event against them, expanded with the SDK's expandEvent as the client does: an occurrence no
 * shard holds is never shown for its date; an event in a shard it does not occur in is dead weight.
 */
import { expandEvent, RecurrenceError, type GovEvent } from '@govtech-network/sdk';
import { feedEvents, type FeedRead, type ShardRead } from './feed-read.js';
import type { Findings } from './findings.js';

const ALL_TIME = { from: -8.64e15, to: 8.64e15 };

export function checkShards(read: FeedRead, findings: Findings, nameOf: (url: string) => string): void {
  const { shards } = read;
  checkRanges(shards, findings, nameOf);
  const { events } = feedEvents(read);
  const usable = shards
    .filter((shard) => shard.from < shard.to)
    .map((shard) => ({ ...shard, ids: shard.items && new Set(shard.items.map((item) => item.id)) }));
  // Recurring series are checked over the span the shards cover; a single event wherever it falls.
  const span = { from: Math.min(...usable.map((s) => s.from)), to: Math.max(...usable.map((s) => s.to)) };
  for (const { event, url } of events.values()) {
    if (!ruleExpands(event, findings, nameOf(url))) continue;
    if (usable.length) checkOccurrences(event, url, usable, span, findings, nameOf);
  }
  // A shard's event that events.json lacks: widgets reading the whole file miss it.
  const all = read.all;
  if (all?.items) {
    const inAll = new Set(all.items.map((event) => event.id));
    for (const shard of shards) {
      for (const event of shard.items ?? []) {
        if (!inAll.has(event.id)) findings.add('check-event-not-in-all', { file: nameOf(shard.url), params: { id: event.id, all: nameOf(all.url) } });
      }
    }
  }
}

function checkRanges(shards: readonly ShardRead[], findings: Findings, nameOf: (url: string) => string): void {
  for (const shard of shards) {
    if (!(shard.from < shard.to)) findings.add('check-shard-empty-range', { file: nameOf(shard.url), params: { from: shard.fromText, to: shard.toText } });
  }
  const unsorted = shards.find((shard, index) => index > 0 && shard.from < shards[index - 1]!.from);
  if (unsorted) findings.add('check-shards-unsorted', { file: 'index.json', params: { shard: nameOf(unsorted.url) } });
  const sorted = shards.filter((shard) => shard.from < shard.to).sort((a, b) => a.from - b.from);
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    if (b.from < a.to) findings.add('check-shards-overlap', { file: 'index.json', params: { a: nameOf(a.url), b: nameOf(b.url) } });
  }
}

/** A rule the SDK cannot expand is an error (widgets show no occurrence of it); false then. */
function ruleExpands(event: GovEvent, findings: Findings, file: string): boolean {
  try {
    expandEvent(event, { from: 0, to: 1 });
    return true;
  } catch (error) {
    if (!(error instanceof RecurrenceError)) throw error;
    findings.add('check-bad-rule', { file, field: 'recurrence.rule', params: { id: event.id, reason: error.message } });
    return false;
  }
}

/** A shard with a non-empty range, and the ids it lists (undefined when it could not be read). */
type UsableShard = ShardRead & { readonly ids: ReadonlySet<string> | undefined };

function checkOccurrences(
  event: GovEvent,
  url: string,
  usable: readonly UsableShard[],
  span: { from: number; to: number },
  findings: Findings,
  nameOf: (url: string) => string,
): void {
  const { occurrences } = expandEvent(event, event.recurrence ? span : ALL_TIME);
  // Each shard's occurrences of the event, by start, with the client's own overlap rule (expandEvent over
  // the shard's range); worked out only for the shards an occurrence comes near, as a feed has thousands of events.
  const starts = new Map<UsableShard, Set<number>>();
  const startsIn = (shard: UsableShard) => {
    let set = starts.get(shard);
    if (!set) starts.set(shard, (set = new Set(expandEvent(event, shard).occurrences.map((o) => o.start))));
    return set;
  };
  // A shard that could not be read is already an error; give it the benefit of the doubt here.
  const holds = (shard: UsableShard) => shard.ids === undefined || shard.ids.has(event.id);

  const outside: number[] = [];
  const missingFrom = new Set<UsableShard>();
  for (const occurrence of occurrences) {
    // The numbers rule out the shards far away; expandEvent has the last word on the others.
    const covering = usable.filter((shard) => occurrence.start < shard.to && occurrence.end >= shard.from && startsIn(shard).has(occurrence.start));
    if (!covering.some(holds)) outside.push(occurrence.start);
    else for (const shard of covering) if (!holds(shard)) missingFrom.add(shard);
  }
  if (outside.length) {
    findings.add('check-occurrence-outside', {
      file: nameOf(url),
      params: { id: event.id, count: outside.length, first: new Date(outside[0]!).toISOString().replace('.000Z', 'Z') },
    });
  }
  for (const shard of missingFrom) findings.add('check-occurrence-missing-shard', { file: nameOf(url), params: { id: event.id, shard: nameOf(shard.url) } });
  for (const shard of usable) {
    if (shard.ids?.has(event.id) && startsIn(shard).size === 0) {
      findings.add('check-event-not-occurring', { file: nameOf(shard.url), params: { id: event.id, from: shard.fromText, to: shard.toText } });
    }
  }
}
