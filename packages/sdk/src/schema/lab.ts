/** The Lab object of the feed contract: its own module so pages without a lab directory don't load it. */
import * as z from 'zod/v4/mini';
import { CountryCode, HttpUrl, Id, Image, LongText, Text, collectionFile } from './common.js';

export const LabSector = z.enum(['academia', 'private', 'public', 'civil-society']);

export const Lab = z.object({
  id: Id,
  name: Text,
  sector: LabSector,
  description: z.optional(LongText),
  website: z.optional(HttpUrl),
  email: z.optional(z.string().check(z.regex(/^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/, 'must be an e-mail address'))),
  city: z.optional(Text),
  region: z.optional(Text),
  country: CountryCode,
  coordinates: z.optional(
    z.object({
      lat: z.number().check(z.gte(-90), z.lte(90)),
      lng: z.number().check(z.gte(-180), z.lte(180)),
    }),
  ),
  focusAreas: z.optional(z.array(Text)),
  /** Ids of the networks the lab belongs to. */
  networks: z.optional(z.array(Id)),
  founded: z.optional(z.int().check(z.gte(1800), z.lte(2100))),
  logo: z.optional(Image),
  exampleData: z.optional(z.boolean()),
});

export const LabsFile = collectionFile('labs', Lab);

export type GovLab = z.infer<typeof Lab>;
export type LabSectorName = z.infer<typeof LabSector>;
