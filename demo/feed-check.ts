// The demo's check of its feed for whoever maintains the site: the items the SDK dropped, and the files it
// could not read. It reads through the page's shared client (`clientFor`, the one the widgets use), so a
// file the widgets already read is neither downloaded nor validated again, and it asks for events as
// stored (`events.all()`: every shard, rules checked by the schema) instead of expanding years of them.
import type { FeedResult, FeedWarning, GovtechClient } from '@govtech-network/sdk';

export const describeWarning = (warning: FeedWarning) =>
  `Feed «${warning.feed}», elemento ${warning.index ?? '–'}${warning.id ? ` (${warning.id})` : ''}, campo «${warning.path}»: ${warning.message}`;

/** A new task, so each query's work is a task of its own and the page answers input between them. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads each feed file once, one query per task, and hands `report` a line per dropped item or unreadable
 * feed. Resolves with the number of warnings.
 */
export async function checkFeeds(client: GovtechClient, report: (text: string) => void): Promise<number> {
  const queries: (() => Promise<FeedResult<unknown>>)[] = [
    () => client.networks.list(),
    () => client.events.all(),
    () => client.labs.list(),
    () => client.streams.list(),
  ];
  let count = 0;
  for (const query of queries) {
    await nextTask();
    try {
      const { warnings } = await query();
      count += warnings.length;
      for (const warning of warnings) report(describeWarning(warning));
    } catch (error) {
      report(`No se pudo leer el feed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return count;
}
