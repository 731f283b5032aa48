/** The Network object of the feed contract: who publishes the events, labs and streams. */
import * as z from 'zod/v4/mini';
import { CountryCode, HttpUrl, Id, Image, Text } from './common.js';

export const Network = z.object({
  id: Id,
  name: Text,
  /** Country the network belongs to, when it is national. */
  country: z.optional(CountryCode),
  /** Wider region when it spans countries, e.g. "Iberoamérica". */
  region: z.optional(Text),
  url: z.optional(HttpUrl),
  logo: z.optional(Image),
  exampleData: z.optional(z.boolean()),
});

export type GovNetwork = z.infer<typeof Network>;
