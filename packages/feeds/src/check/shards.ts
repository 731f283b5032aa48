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
  for (const { event, url } of events.values()) {
    if (!ruleExpands(event, findings, nameOf(url))) continue;
    if (usable.length) checkOccurrences(event, url, usable, findings, nameOf);
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

function checkOccurrences(event: GovEvent, url: string, usable: readonly UsableShard[], findings: Findings, nameOf: (url: string) => string): void {
  // Recurring series are checked over the span the shards cover; a single event wherever it falls.
  const span = event.recurrence
    ? { from: Math.min(...usable.map((s) => s.from)), to: Math.max(...usable.map((s) => s.to)) }
    : ALL_TIME;
  const { occurrences } = expandEvent(event, span);
  // Each shard's occurrences of the event, by start, with the client's own overlap rule.
  const inShard = usable.map((shard) => new Set(expandEvent(event, shard).occurrences.map((o) => o.start)));
  // A shard that could not be read is already an error; give it the benefit of the doubt here.
  const holds = usable.map((shard) => shard.ids === undefined || shard.ids.has(event.id));

  const outside: number[] = [];
  const missingFrom = new Set<UsableShard>();
  for (const occurrence of occurrences) {
    const covering = usable.flatMap((_, i) => (inShard[i]!.has(occurrence.start) ? [i] : []));
    if (!covering.some((i) => holds[i])) outside.push(occurrence.start);
    else for (const i of covering) if (!holds[i]) missingFrom.add(usable[i]!);
  }
  if (outside.length) {
    findings.add('check-occurrence-outside', {
      file: nameOf(url),
      params: { id: event.id, count: outside.length, first: new Date(outside[0]!).toISOString().replace('.000Z', 'Z') },
    });
  }
  for (const shard of missingFrom) findings.add('check-occurrence-missing-shard', { file: nameOf(url), params: { id: event.id, shard: nameOf(shard.url) } });
  usable.forEach((shard, i) => {
    if (shard.ids?.has(event.id) && inShard[i]!.size === 0) {
      findings.add('check-event-not-occurring', { file: nameOf(shard.url), params: { id: event.id, from: shard.fromText, to: shard.toText } });
    }
  });
}
