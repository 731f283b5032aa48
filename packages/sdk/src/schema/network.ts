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
  /**
   * This network's events alone as iCalendar (relative to the manifest, or absolute), so a calendar
   * narrowed to one network can offer "subscribe to this network"; the publisher toolkit writes it.
   */
  ics: z.optional(z.string().check(z.minLength(1))),
  exampleData: z.optional(z.boolean()),
});

export type GovNetwork = z.infer<typeof Network>;
