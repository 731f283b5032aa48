/**
 * Deterministic synthetic feeds for benchmarks and stress tests.
 *
 * `syntheticEvents(count, seed)` and `syntheticLabs(count, seed)` return whole v1 collection files
 * (`{ schemaVersion: 1, generatedAt, events | labs: [...] }`). Everything comes from a small seeded PRNG
 * (mulberry32) and fixed tables, never from the current time, so the same arguments give byte-identical
 * `JSON.stringify` output. Offsets are computed from the runtime's time zone database, like a real
 * publisher would; a runtime with different tzdata could only differ for dates whose rules changed.
 *
 * Every item is `exampleData: true`: these are invented events and labs, not facts about real networks.
 * `scripts/synthetic-feeds.ts` writes them to `examples/feeds/synthetic/` (git-ignored).
 */
import type { GovEventInput, GovLab } from '../../packages/sdk/src/schema.js';
import { dateOfEpochDay, epochDay, offsetMinutes, zonedToEpoch, type CalendarDay } from '../../packages/sdk/src/time.js';

export const DEFAULT_SEED = 2026;
/** Fixed, so output does not depend on when it was generated. */
export const SYNTHETIC_GENERATED_AT = '2026-01-01T00:00:00Z';

export interface SyntheticEventsFeed {
  schemaVersion: 1;
  generatedAt: string;
  events: GovEventInput[];
}

export interface SyntheticLabsFeed {
  schemaVersion: 1;
  generatedAt: string;
  labs: GovLab[];
}

// ---------------------------------------------------------------------------------------------------------
// PRNG and helpers

/** mulberry32: 32-bit state, good enough spread for test data, tiny and fast. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return items[items.length - 1]![0];
  }
  /** `count` distinct items, in list order. */
  some<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].sort((a, b) => a - b).map((index) => items[index]!);
  }
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function addDays(date: CalendarDay, days: number): CalendarDay {
  return dateOfEpochDay(epochDay(date.year, date.month, date.day) + days);
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(date: CalendarDay): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

const formatDate = (date: CalendarDay) => `${date.year}-${pad(date.month)}-${pad(date.day)}`;

/**
 * ISO 8601 date-time with the offset that `timeZone` has at that wall-clock time, e.g.
 * `2026-03-05T17:00:00-03:00`. (Wall times in a spring-forward gap are not used by the generator.)
 */
export function zonedDateTime(date: CalendarDay, hour: number, minute: number, timeZone: string): string {
  const offset = offsetMinutes(zonedToEpoch({ ...date, hour, minute }, timeZone), timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${formatDate(date)}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// ---------------------------------------------------------------------------------------------------------
// Tables (places are real cities with approximate coordinates; everything placed in them is invented)

interface City {
  name: string;
  region?: string;
  lat: number;
  lng: number;
}

interface Place {
  timeZone: string;
  country: string;
  /** Relative weight in the generated data. */
  weight: number;
  /** How a city government is called there, for affiliations. */
  cityHall: string;
  cities: City[];
}

const PLACES: readonly Place[] = [
  {
    timeZone: 'America/Santiago',
    country: 'CL',
    weight: 14,
    cityHall: 'Municipalidad de',
    cities: [
      { name: 'Santiago', region: 'Región Metropolitana', lat: -33.4489, lng: -70.6693 },
      { name: 'Valparaíso', region: 'Valparaíso', lat: -33.0472, lng: -71.6127 },
      { name: 'Concepción', region: 'Biobío', lat: -36.827, lng: -73.0503 },
      { name: 'Temuco', region: 'La Araucanía', lat: -38.7359, lng: -72.5904 },
      { name: 'Antofagasta', region: 'Antofagasta', lat: -23.6509, lng: -70.3975 },
    ],
  },
  {
    timeZone: 'America/Bogota',
    country: 'CO',
    weight: 12,
    cityHall: 'Alcaldía de',
    cities: [
      { name: 'Bogotá', region: 'Bogotá D. C.', lat: 4.711, lng: -74.0721 },
      { name: 'Medellín', region: 'Antioquia', lat: 6.2442, lng: -75.5812 },
      { name: 'Bucaramanga', region: 'Santander', lat: 7.1193, lng: -73.1227 },
      { name: 'Cali', region: 'Valle del Cauca', lat: 3.4516, lng: -76.532 },
    ],
  },
  {
    timeZone: 'America/Lima',
    country: 'PE',
    weight: 12,
    cityHall: 'Municipalidad de',
    cities: [
      { name: 'Lima', region: 'Lima', lat: -12.0464, lng: -77.0428 },
      { name: 'Arequipa', region: 'Arequipa', lat: -16.409, lng: -71.5375 },
      { name: 'Cusco', region: 'Cusco', lat: -13.532, lng: -71.9675 },
      { name: 'Trujillo', region: 'La Libertad', lat: -8.1116, lng: -79.0288 },
      { name: 'Cajamarca', region: 'Cajamarca', lat: -7.1638, lng: -78.5003 },
    ],
  },
  {
    timeZone: 'America/Mexico_City',
    country: 'MX',
    weight: 10,
    cityHall: 'Ayuntamiento de',
    cities: [
      { name: 'Ciudad de México', region: 'CDMX', lat: 19.4326, lng: -99.1332 },
      { name: 'Guadalajara', region: 'Jalisco', lat: 20.6597, lng: -103.3496 },
      { name: 'Puebla', region: 'Puebla', lat: 19.0414, lng: -98.2063 },
      { name: 'Querétaro', region: 'Querétaro', lat: 20.5888, lng: -100.3899 },
    ],
  },
  {
    timeZone: 'Europe/Madrid',
    country: 'ES',
    weight: 12,
    cityHall: 'Ayuntamiento de',
    cities: [
      { name: 'Madrid', region: 'Comunidad de Madrid', lat: 40.4168, lng: -3.7038 },
      { name: 'Barcelona', region: 'Cataluña', lat: 41.3874, lng: 2.1686 },
      { name: 'Bilbao', region: 'País Vasco', lat: 43.263, lng: -2.935 },
      { name: 'Sevilla', region: 'Andalucía', lat: 37.3891, lng: -5.9845 },
      { name: 'València', region: 'Comunitat Valenciana', lat: 39.4699, lng: -0.3763 },
      { name: 'A Coruña', region: 'Galicia', lat: 43.3623, lng: -8.4115 },
    ],
  },
  {
    timeZone: 'Atlantic/Canary',
    country: 'ES',
    weight: 2,
    cityHall: 'Ayuntamiento de',
    cities: [
      { name: 'Las Palmas de Gran Canaria', region: 'Canarias', lat: 28.1235, lng: -15.4363 },
      { name: 'Santa Cruz de Tenerife', region: 'Canarias', lat: 28.4636, lng: -16.2518 },
    ],
  },
  {
    timeZone: 'America/Sao_Paulo',
    country: 'BR',
    weight: 9,
    cityHall: 'Prefeitura de',
    cities: [
      { name: 'São Paulo', region: 'São Paulo', lat: -23.5505, lng: -46.6333 },
      { name: 'Rio de Janeiro', region: 'Rio de Janeiro', lat: -22.9068, lng: -43.1729 },
      { name: 'Belo Horizonte', region: 'Minas Gerais', lat: -19.9167, lng: -43.9345 },
      { name: 'Florianópolis', region: 'Santa Catarina', lat: -27.5954, lng: -48.548 },
      { name: 'Brasília', region: 'Distrito Federal', lat: -15.7975, lng: -47.8919 },
    ],
  },
  {
    timeZone: 'America/Argentina/Buenos_Aires',
    country: 'AR',
    weight: 7,
    cityHall: 'Municipalidad de',
    cities: [
      { name: 'Buenos Aires', region: 'CABA', lat: -34.6037, lng: -58.3816 },
      { name: 'Rosario', region: 'Santa Fe', lat: -32.9442, lng: -60.6505 },
      { name: 'La Plata', region: 'Buenos Aires', lat: -34.9205, lng: -57.9536 },
    ],
  },
  {
    timeZone: 'America/Montevideo',
    country: 'UY',
    weight: 4,
    cityHall: 'Intendencia de',
    cities: [{ name: 'Montevideo', region: 'Montevideo', lat: -34.9011, lng: -56.1645 }],
  },
  {
    timeZone: 'America/Guatemala',
    country: 'GT',
    weight: 4,
    cityHall: 'Municipalidad de',
    cities: [
      { name: 'Ciudad de Guatemala', region: 'Guatemala', lat: 14.6349, lng: -90.5069 },
      { name: 'Antigua Guatemala', region: 'Sacatepéquez', lat: 14.5586, lng: -90.7295 },
      { name: 'Quetzaltenango', region: 'Quetzaltenango', lat: 14.8347, lng: -91.518 },
    ],
  },
  {
    timeZone: 'America/Guayaquil',
    country: 'EC',
    weight: 3,
    cityHall: 'Municipio de',
    cities: [
      { name: 'Quito', region: 'Pichincha', lat: -0.1807, lng: -78.4678 },
      { name: 'Guayaquil', region: 'Guayas', lat: -2.171, lng: -79.9224 },
    ],
  },
  {
    timeZone: 'America/Costa_Rica',
    country: 'CR',
    weight: 2,
    cityHall: 'Municipalidad de',
    cities: [{ name: 'San José', region: 'San José', lat: 9.9281, lng: -84.0907 }],
  },
  {
    timeZone: 'America/Panama',
    country: 'PA',
    weight: 2,
    cityHall: 'Alcaldía de',
    cities: [{ name: 'Ciudad de Panamá', region: 'Panamá', lat: 8.9824, lng: -79.5199 }],
  },
  {
    timeZone: 'America/Asuncion',
    country: 'PY',
    weight: 2,
    cityHall: 'Municipalidad de',
    cities: [{ name: 'Asunción', region: 'Asunción', lat: -25.2637, lng: -57.5759 }],
  },
  {
    timeZone: 'America/La_Paz',
    country: 'BO',
    weight: 2,
    cityHall: 'Gobierno Autónomo Municipal de',
    cities: [{ name: 'La Paz', region: 'La Paz', lat: -16.4897, lng: -68.1193 }],
  },
  {
    timeZone: 'America/Santo_Domingo',
    country: 'DO',
    weight: 2,
    cityHall: 'Alcaldía de',
    cities: [{ name: 'Santo Domingo', region: 'Distrito Nacional', lat: 18.4861, lng: -69.9312 }],
  },
  {
    timeZone: 'Europe/Lisbon',
    country: 'PT',
    weight: 3,
    cityHall: 'Câmara Municipal de',
    cities: [
      { name: 'Lisboa', region: 'Lisboa', lat: 38.7223, lng: -9.1393 },
      { name: 'Porto', region: 'Norte', lat: 41.1579, lng: -8.6291 },
    ],
  },
  {
    timeZone: 'America/New_York',
    country: 'US',
    weight: 2,
    cityHall: 'Oficina de',
    cities: [{ name: 'Washington, D. C.', region: 'District of Columbia', lat: 38.9072, lng: -77.0369 }],
  },
];

const WEIGHTED_PLACES = PLACES.map((place) => [place, place.weight] as const);

const TOPICS = [
  'Datos abiertos',
  'Compra pública de innovación',
  'Inteligencia artificial',
  'Internet de las cosas',
  'Ciudades inteligentes',
  'Talento digital',
  'Seguridad digital',
  'Gobierno abierto',
  'Participación ciudadana',
  'Identidad digital',
  'Transformación digital municipal',
  'Interoperabilidad',
  'Innovación abierta',
  'Transición B2G',
  'Servicios públicos digitales',
  'Transparencia y anticorrupción',
] as const;

const FIRST_NAMES = [
  'José', 'María', 'Lucía', 'Sebastián', 'Martín', 'Andrés', 'Ángela', 'Inés', 'Joaquín', 'Begoña',
  'Iñaki', 'João', 'Conceição', 'Raúl', 'Mónica', 'Verónica', 'Óscar', 'Nicolás', 'Matías', 'Sofía',
  'Valentina', 'Tomás', 'Ximena', 'Héctor', 'Catalina', 'Ainhoa', 'Thiago', 'Renée', 'Jesús', 'Lourdes',
] as const;

const SURNAMES = [
  'Pérez', 'Gómez', 'Núñez', 'Muñoz', 'Ibáñez', 'Peña', 'Rodríguez', 'Fernández', 'Álvarez', 'López',
  'Martínez', 'González', 'Castañeda', 'Sánchez', 'Olivares', 'Quispe', 'Mamani', 'Huamán', 'Gonçalves',
  'Araújo', 'Echeverría', 'Larraín', 'Zúñiga', 'Ortúzar', 'Etxeberria', 'Villalobos', 'Córdova', 'Ruiz',
] as const;

const ROLES = ['Panelista', 'Panelista', 'Panelista', 'Moderación', 'Facilitación', 'Presentación'] as const;

const ORGANIZATIONS = [
  'Fundación Datos Abiertos (ejemplo)',
  'Red de Laboratorios de Innovación (ejemplo)',
  'Observatorio de Innovación Municipal (ejemplo)',
  'Cámara GovTech (ejemplo)',
  'Universidad Pública (ejemplo)',
  'Agencia de Gobierno Digital (ejemplo)',
] as const;

const NETWORKS = [
  'red-govtech-iberoamerica',
  'red-labs-peru',
  'verano-datos-abiertos',
  'mesa-innovadores-publicos-gt',
  'lab-innovacion-bucaramanga',
] as const;

const KINDS = [
  ['panel', 25],
  ['webinar', 20],
  ['meeting', 20],
  ['workshop', 15],
  ['conference', 10],
  ['other', 10],
] as const;

const STATUSES = [
  ['scheduled', 91],
  ['cancelled', 4],
  ['postponed', 2],
  ['rescheduled', 3],
] as const;

const ATTENDANCE = [
  ['online', 50],
  ['in-person', 30],
  ['mixed', 20],
] as const;

const VENUES = ['Centro Cultural', 'Biblioteca Municipal', 'Salón de Actos', 'Auditorio Universitario', 'Casa de la Innovación'];
const STREETS = ['Avenida Libertad', 'Calle Mayor', 'Avenida Bolívar', 'Calle San Martín', 'Avenida Independencia', 'Rua das Flores'];

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

// ---------------------------------------------------------------------------------------------------------
// Events

/** The three years around 2026 the synthetic events spread over. */
const FIRST_DAY: CalendarDay = { year: 2025, month: 1, day: 1 };
const DAYS_SPAN = 365 * 3;

function personName(random: Random): string {
  const second = random.chance(0.4) ? ` ${random.pick(SURNAMES)}` : '';
  return `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}${second}`;
}

function eventTitle(random: Random, kind: string, topic: string, city: City, year: number, serial: number): string {
  switch (kind) {
    case 'panel':
      return random.pick([`Panel: ${topic} en ${city.name}`, `Panel regional: ${topic} y gobiernos locales`]);
    case 'webinar':
      return random.pick([`Webinar: ${topic} para municipios`, `Seminario web — ${topic}`]);
    case 'meeting':
      return random.pick([`Reunión de la red: ${topic}`, `Mesa de trabajo sobre ${topic.toLowerCase()} (sesión ${serial})`]);
    case 'workshop':
      return random.pick([`Taller de co-creación: ${topic}`, `Taller práctico — ${topic} en ${city.name}`]);
    case 'conference':
      return random.pick([`Congreso GovTech ${city.name} ${year}`, `Encuentro de laboratorios de innovación de ${city.region ?? city.name}`]);
    default:
      return random.pick([`Hackatón cívica de ${city.name}`, `Jornada de puertas abiertas: ${topic}`]);
  }
}

function eventDescription(random: Random, topic: string, city: City): string | undefined {
  const roll = random.float();
  if (roll < 0.35) return undefined;
  if (roll < 0.7) {
    return `Datos de ejemplo. Encuentro sobre ${topic.toLowerCase()} con equipos municipales, startups y academia de ${city.name}.`;
  }
  // The Markdown subset of docs/feeds.md: paragraphs, **bold**, *italic*, links, "- " lists, line breaks.
  return [
    `**Datos de ejemplo.** Una sesión sobre *${topic.toLowerCase()}* pensada para equipos de gobierno local.`,
    '',
    'Agenda:',
    '',
    '- Bienvenida y presentación',
    `- Experiencias de ${city.name}`,
    '- Preguntas del público',
    '',
    `Más información en [la página del evento](https://example.org/eventos/${encodeURIComponent(topic.toLowerCase().replaceAll(' ', '-'))}).`,
  ].join('\n');
}

function recurrenceFor(random: Random, date: CalendarDay, hour: number, minute: number, timeZone: string) {
  const day = WEEKDAYS[weekday(date)]!;
  const style = random.weighted([
    ['weekly', 3],
    ['biweekly', 2],
    ['monthly', 4],
    ['daily', 1],
  ] as const);
  let rule: string;
  let step = 0; // days to the second occurrence, for an exception
  switch (style) {
    case 'weekly':
      rule = `FREQ=WEEKLY;BYDAY=${day};COUNT=${random.int(4, 12)}`;
      step = 7;
      break;
    case 'biweekly':
      rule = `FREQ=WEEKLY;INTERVAL=2;BYDAY=${day};COUNT=${random.int(3, 10)}`;
      step = 14;
      break;
    case 'daily':
      rule = `FREQ=DAILY;COUNT=${random.int(2, 5)}`;
      step = 1;
      break;
    default: {
      const nth = Math.ceil(date.day / 7);
      const until = addDays(date, random.int(120, 720));
      rule = `FREQ=MONTHLY;BYDAY=${nth >= 5 ? -1 : nth}${day};UNTIL=${until.year}${pad(until.month)}${pad(until.day)}T235959Z`;
    }
  }
  const exceptions = step > 0 && random.chance(0.3) ? [zonedDateTime(addDays(date, step), hour, minute, timeZone)] : undefined;
  return exceptions ? { rule, exceptions } : { rule };
}

/** `count` synthetic events (all `exampleData: true`), the same for the same `seed`. */
export function syntheticEvents(count: number, seed: number = DEFAULT_SEED): SyntheticEventsFeed {
  const random = new Random(seed);
  const events: GovEventInput[] = [];
  for (let index = 0; index < count; index++) {
    const serial = index + 1;
    const id = `syn-ev-${pad(serial, 6)}`;
    const place = random.weighted(WEIGHTED_PLACES);
    const city = random.pick(place.cities);
    const kind = random.weighted(KINDS);
    const topic = random.pick(TOPICS);

    let date = addDays(FIRST_DAY, random.int(0, DAYS_SPAN - 1));
    const dow = weekday(date);
    if ((dow === 0 || dow === 6) && random.chance(0.85)) date = addDays(date, dow === 6 ? 2 : 1);

    const allDay = kind === 'conference' ? random.chance(0.5) : random.chance(0.02);
    // 08:00–19:30: outside every zone's daylight-saving switch hours, so each wall time exists exactly once.
    const hour = random.int(8, 19);
    const minute = random.pick([0, 0, 0, 30, 30, 15]);

    const event: GovEventInput = {
      id,
      title: eventTitle(random, kind, topic, city, date.year, serial),
      start: allDay ? formatDate(date) : zonedDateTime(date, hour, minute, place.timeZone),
      timeZone: place.timeZone,
    };
    const description = eventDescription(random, topic, city);
    if (description) event.description = description;

    if (allDay) {
      event.allDay = true;
      event.end = formatDate(addDays(date, random.int(1, 3)));
    } else if (random.chance(0.9)) {
      const minutes = random.pick([45, 60, 60, 60, 90, 90, 120, 180]);
      const endMinutes = hour * 60 + minute + minutes;
      event.end = zonedDateTime(addDays(date, Math.floor(endMinutes / 1440)), Math.floor(endMinutes / 60) % 24, endMinutes % 60, place.timeZone);
    }

    if (!allDay && random.chance(0.05)) event.recurrence = recurrenceFor(random, date, hour, minute, place.timeZone);

    const status = random.weighted(STATUSES);
    if (status !== 'scheduled') event.status = status;
    if (status === 'rescheduled') {
      const before = addDays(date, -7);
      event.previousStart = allDay ? formatDate(before) : zonedDateTime(before, hour, minute, place.timeZone);
    }
    event.kind = kind;

    const attendance = random.weighted(ATTENDANCE);
    event.attendance = attendance;
    if (attendance !== 'online') {
      event.location = {
        name: `${random.pick(VENUES)} de ${city.name}`,
        address: `${random.pick(STREETS)} ${random.int(1, 2500)}`,
        city: city.name,
        ...(city.region ? { region: city.region } : {}),
        country: place.country,
        lat: Math.round((city.lat + (random.float() - 0.5) * 0.04) * 1e5) / 1e5,
        lng: Math.round((city.lng + (random.float() - 0.5) * 0.04) * 1e5) / 1e5,
      };
    }
    if (attendance !== 'in-person') event.onlineUrl = `https://example.org/en-linea/${id}`;
    if (random.chance(0.3)) event.registrationUrl = `https://example.org/inscripcion/${id}`;

    event.organizers = random
      .some(ORGANIZATIONS, random.int(1, 2))
      .map((name, i) => (i === 0 && random.chance(0.5) ? { name, url: 'https://example.org/' } : { name }));
    const speakerCount = kind === 'panel' ? 3 : random.int(0, 3);
    if (speakerCount > 0) {
      event.speakers = Array.from({ length: speakerCount }, () => {
        const affiliation = random.chance(0.5)
          ? `${place.cityHall} ${city.name}`
          : random.pick([`Universidad de ${city.name}`, `Laboratorio de Innovación Pública de ${city.name}`, 'Startup GovTech (ejemplo)']);
        return { name: personName(random), affiliation, role: random.pick(ROLES) };
      });
    }
    event.topics = [topic, ...random.some(TOPICS, random.int(0, 2)).filter((t) => t !== topic)];
    event.network = random.pick(NETWORKS);
    if (kind === 'meeting' && random.chance(0.2)) {
      event.documents = [{ title: 'Minuta (ejemplo)', url: `https://example.org/documentos/${id}-minuta.pdf`, kind: 'minutes' }];
      if (random.chance(0.5)) event.outcomes = 'Datos de ejemplo: se acordó compartir los resultados con la red.';
    }
    if (random.chance(0.03)) event.highlight = true;
    const updated = addDays({ year: 2025, month: 12, day: 31 }, -random.int(0, 400));
    event.updatedAt = `${formatDate(updated)}T${pad(random.int(0, 23))}:${pad(random.int(0, 59))}:00Z`;
    event.exampleData = true;
    events.push(event);
  }
  return { schemaVersion: 1, generatedAt: SYNTHETIC_GENERATED_AT, events };
}

// ---------------------------------------------------------------------------------------------------------
// Labs

const LAB_SECTORS = [
  ['academia', 45],
  ['private', 25],
  ['public', 20],
  ['civil-society', 10],
] as const;

const LAB_FOCUS = [
  'Inteligencia artificial',
  'Internet de las cosas',
  'Ciudades inteligentes',
  'Talento digital',
  'Seguridad digital',
  'Datos abiertos',
  'Diseño de servicios',
  'Participación ciudadana',
  'Compra pública de innovación',
  'Gobierno abierto',
  'Economía circular',
  'Salud digital',
] as const;

function labName(random: Random, sector: string, city: City, serial: number): string {
  const names: Record<string, string[]> = {
    academia: [`Laboratorio de Innovación Digital — Universidad de ${city.name}`, `Centro de Investigación en Gobierno Digital de ${city.name}`],
    private: [`Hub GovTech ${city.name}`, `Estudio de Diseño Cívico de ${city.name}`],
    public: [`Laboratorio de Innovación Pública de ${city.name}`, `Laboratorio de Gobierno y Transformación Digital de ${city.region ?? city.name}`],
    'civil-society': [`Laboratorio Ciudadano de ${city.name}`, `Colectivo de Datos Abiertos de ${city.name}`],
  };
  return `${random.pick(names[sector] ?? names['public']!)} (ejemplo ${serial})`;
}

/** `count` synthetic labs (all `exampleData: true`), the same for the same `seed`. */
export function syntheticLabs(count: number, seed: number = DEFAULT_SEED): SyntheticLabsFeed {
  // A different stream from the events of the same seed.
  const random = new Random((seed ^ 0x5bd1e995) >>> 0);
  const labs: GovLab[] = [];
  for (let index = 0; index < count; index++) {
    const serial = index + 1;
    const id = `syn-lab-${pad(serial, 5)}`;
    const place = random.weighted(WEIGHTED_PLACES);
    const city = random.pick(place.cities);
    const sector = random.weighted(LAB_SECTORS);
    const lab: GovLab = { id, name: labName(random, sector, city, serial), sector, country: place.country };
    if (random.chance(0.6)) {
      lab.description = `Datos de ejemplo. Laboratorio que trabaja con ${place.cityHall.toLowerCase()} ${city.name} en proyectos de innovación pública.`;
    }
    if (random.chance(0.7)) lab.website = `https://example.org/labs/${id}`;
    if (random.chance(0.5)) lab.email = `contacto.${id}@example.org`;
    lab.city = city.name;
    if (city.region) lab.region = city.region;
    if (random.chance(0.85)) {
      lab.coordinates = {
        lat: Math.round((city.lat + (random.float() - 0.5) * 0.1) * 1e5) / 1e5,
        lng: Math.round((city.lng + (random.float() - 0.5) * 0.1) * 1e5) / 1e5,
      };
    }
    lab.focusAreas = random.some(LAB_FOCUS, random.int(1, 4));
    const networks = random.some(NETWORKS, random.int(0, 2));
    if (networks.length > 0) lab.networks = networks;
    if (random.chance(0.7)) lab.founded = random.int(1995, 2026);
    lab.exampleData = true;
    labs.push(lab);
  }
  return { schemaVersion: 1, generatedAt: SYNTHETIC_GENERATED_AT, labs };
}
