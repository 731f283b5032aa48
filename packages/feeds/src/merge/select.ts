/**
 * What a hub takes from one feed: every item with its network made explicit (an event or lab without
 * one, in a feed of exactly one network, belongs to that network), narrowed to the networks the config
 * names. Networks lose `ics`: it is relative to their own feed, and the hub writes its own calendars.
 */
import type { GovEvent, GovLab, GovNetwork, GovStream } from '@govtech-network/sdk';
import { problem, type Lang, type Problem } from '../problems.js';
import type { InputItems } from './read-input.js';

export function selectItems(read: InputItems, only: readonly string[] | undefined, lang: Lang): { items: InputItems; problems: Problem[] } {
  const problems: Problem[] = [];
  const known = read.networks.map((network) => network.id);
  for (const id of only ?? []) {
    if (!known.includes(id)) {
      problems.push(problem('network-not-in-input', lang, { file: read.input, field: 'networks', params: { network: id, input: read.input, known: known.join(', ') || '—' } }));
    }
  }
  const taken = (network: string | undefined) => only === undefined || (network !== undefined && only.includes(network));
  const sole = known.length === 1 ? known[0] : undefined;

  const events = read.events.map((event): GovEvent => (event.network === undefined && sole !== undefined ? { ...event, network: sole } : event));
  if (only === undefined && known.length > 1) {
    for (const event of events.filter((e) => e.network === undefined)) {
      problems.push(problem('event-without-network', lang, { file: read.input, field: 'network', params: { id: event.id, input: read.input } }));
    }
  }
  const networkOfEvent = new Map(events.map((event) => [event.id, event.network]));

  const labs = read.labs?.flatMap((lab): GovLab[] => {
    const own = lab.networks ?? (sole !== undefined ? [sole] : []);
    const kept = only === undefined ? own : own.filter((id) => only.includes(id));
    if (only !== undefined && !kept.length) return [];
    return [kept.length ? { ...lab, networks: kept } : lab];
  });
  // A stream names no network: it has its event's, else the feed's only one.
  const streams = read.streams?.filter((stream: GovStream) => taken((stream.eventId !== undefined ? networkOfEvent.get(stream.eventId) : undefined) ?? sole));

  const items: InputItems = {
    input: read.input,
    networks: read.networks.filter((network) => taken(network.id)).map(withoutIcs),
    events: events.filter((event) => taken(event.network)),
    ...(labs ? { labs } : {}),
    ...(streams ? { streams } : {}),
  };
  return { items, problems };
}

function withoutIcs({ ics: _relativeToItsFeed, ...network }: GovNetwork): GovNetwork {
  return network;
}
