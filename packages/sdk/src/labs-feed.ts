/** The labs path of the client, loaded on first use so an events-only page does not download it. */
import { indexLabs } from './labs.js';
import { Lab } from './schema/lab.js';
import { validateCollection } from './validate.js';

export { filterLabs, labFacets } from './labs.js';

export async function parseLabsFile(body: unknown, url: string, maxItems?: number) {
  const { items, warnings } = await validateCollection('labs', Lab, body, url, maxItems);
  return { index: indexLabs(items), warnings };
}
