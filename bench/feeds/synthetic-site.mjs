// The synthetic publisher site the `feeds` group builds: Markdown event files with YAML front matter (as a
// Decap or Hugo site keeps them), a lab list as Spanish-locale Excel saves a CSV (Windows-1252, `;`, CRLF,
// decimal commas, quoted cells with line breaks), and the feeds.config.json naming them. Everything comes
// from a seeded PRNG and fixed tables, never from the clock: the same sizes give the same bytes, so runs compare.
// Run with tsx (it uses the repository's PRNG, examples/synthetic/generate.ts):
//   node --import tsx bench/feeds/synthetic-site.mjs <folder> <events> <labs>
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mulberry32 } from '../../examples/synthetic/generate.ts';

const SEED = 2026;

/** Zones the events happen in; each file names its own (the source's timeZone is only the default). */
const ZONES = ['America/Santiago', 'America/Bogota', 'America/Lima', 'America/Mexico_City', 'Europe/Madrid', 'America/Sao_Paulo', 'America/Argentina/Buenos_Aires', 'America/Guatemala', 'Atlantic/Canary', 'America/New_York'];
const NETWORKS = [
  { id: 'red-govtech-iberoamerica', name: 'Red GovTech Iberoamérica (ejemplo)', country: 'ES' },
  { id: 'red-labs-peru', name: 'Red Nacional de Laboratorios de Innovación Digital (ejemplo)', country: 'PE' },
  { id: 'verano-datos-abiertos', name: 'Verano de Datos Abiertos (ejemplo)', country: 'CL' },
  { id: 'mesa-innovadores-publicos-gt', name: 'Mesa de Innovadores Públicos (ejemplo)', country: 'GT' },
  { id: 'lab-innovacion-bucaramanga', name: 'Laboratorio de Innovación Pública de Bucaramanga (ejemplo)', country: 'CO' },
];
const KINDS = ['panel', 'webinar', 'meeting', 'workshop', 'conference', 'other'];
const TOPICS = ['Datos abiertos', 'Compra pública de innovación', 'Inteligencia artificial', 'Ciudades inteligentes', 'Talento digital', 'Seguridad digital', 'Gobierno abierto', 'Participación ciudadana', 'Identidad digital', 'Interoperabilidad', 'Servicios públicos digitales'];
const CITIES = [
  ['Santiago', 'Región Metropolitana', 'Chile', -33.4489, -70.6693],
  ['Bogotá', 'Bogotá D. C.', 'Colombia', 4.711, -74.0721],
  ['Cusco', 'Cusco', 'Perú', -13.532, -71.9675],
  ['Arequipa', 'Arequipa', 'Perú', -16.409, -71.5375],
  ['Ciudad de México', 'CDMX', 'México', 19.4326, -99.1332],
  ['Sevilla', 'Andalucía', 'España', 37.3891, -5.9845],
  ['A Coruña', 'Galicia', 'España', 43.3623, -8.4115],
  ['São Paulo', 'São Paulo', 'Brasil', -23.5505, -46.6333],
  ['Quetzaltenango', 'Quetzaltenango', 'Guatemala', 14.8347, -91.518],
  ['Montevideo', 'Montevideo', 'Uruguay', -34.9011, -56.1645],
];
const SECTORS = ['Sector público', 'Academia', 'Privado', 'Sociedad civil'];
const SENTENCES = [
  'La sesión reúne a equipos municipales que ya publican **datos abiertos** y a quienes empiezan.',
  'Se revisarán los avances del año y los compromisos de la mesa anterior, con tiempo para preguntas.',
  'Habrá una demostración de la herramienta y un espacio de trabajo en grupos pequeños.',
  'Las personas inscritas recibirán el enlace de conexión y la minuta un día después del encuentro.',
  'Participan representantes de gobiernos locales, academia, empresas GovTech y sociedad civil.',
  'El objetivo es acordar un calendario común y compartir lo aprendido con otras redes de la región.',
  'Consulta la [agenda completa](https://example.org/agenda) y los materiales de sesiones anteriores.',
  'La actividad es gratuita; los cupos presenciales son limitados y se asignan por orden de inscripción.',
];

const pad = (value, width = 2) => String(value).padStart(width, '0');

/** Random helpers over the repository's own seeded PRNG (examples/synthetic). */
function randomOf(seed) {
  const next = mulberry32(seed);
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  return { next, int, pick };
}

/** One event's Markdown file: a plain front-matter mapping (the feed's own field names) and a few paragraphs. */
function eventFile(random, serial) {
  const zone = random.pick(ZONES);
  const day = new Date(Date.UTC(2025, 0, 1) + random.int(0, 3 * 365 - 1) * 86_400_000);
  const date = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
  const kind = random.pick(KINDS);
  const topics = [...new Set([random.pick(TOPICS), random.pick(TOPICS)])];
  const [city] = random.pick(CITIES);
  const lines = ['---', `title: "${kind === 'meeting' ? 'Reunión' : 'Encuentro'} n.º ${serial} — ${topics[0]} en ${city}"`];
  const form = random.next();
  if (form < 0.15) {
    // All-day: a bare date, some running over a few days.
    lines.push(`start: ${date}`);
    if (random.next() < 0.5) {
      const last = new Date(day.getTime() + random.int(1, 3) * 86_400_000);
      lines.push(`end: ${last.toISOString().slice(0, 10)}`);
    }
  } else {
    const hour = random.int(8, 18);
    const minutes = random.pick([0, 0, 30]);
    const length = random.pick([60, 90, 120, 180]);
    const endMinutes = hour * 60 + minutes + length;
    // A wall time in the event's zone, or an instant as Decap saves it (UTC).
    if (form < 0.6) {
      lines.push(`start: ${date}T${pad(hour)}:${pad(minutes)}:00`, `end: ${date}T${pad(Math.floor(endMinutes / 60))}:${pad(endMinutes % 60)}:00`);
    } else {
      const start = day.getTime() + (hour * 60 + minutes) * 60_000;
      lines.push(`start: ${new Date(start).toISOString()}`, `end: ${new Date(start + length * 60_000).toISOString()}`);
    }
  }
  lines.push(`timeZone: ${zone}`, `network: ${random.pick(NETWORKS).id}`, `kind: ${kind}`, 'topics:', ...topics.map((topic) => `  - ${topic}`), '---', '');
  const paragraphs = random.int(2, 4);
  for (let paragraph = 0; paragraph < paragraphs; paragraph++) {
    const sentences = [];
    for (let count = random.int(2, 4); count > 0; count--) sentences.push(random.pick(SENTENCES));
    lines.push(sentences.join(' '), '');
  }
  if (random.next() < 0.3) lines.push('- Bienvenida', '- Presentaciones', '- Preguntas y cierre', '');
  return { year: day.getUTCFullYear(), text: lines.join('\n') };
}

/** Windows-1252's bytes 0x80–0x9F; every other character a CSV here holds is Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function encodeWindows1252(text) {
  const bytes = Buffer.alloc(text.length);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const high = CP1252_HIGH.indexOf(text[index]);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[index] = code;
    else if (high >= 0) bytes[index] = 0x80 + high;
    else throw new Error(`not in Windows-1252: ${text[index]}`);
  }
  return bytes;
}

/** A cell as Excel writes it: quoted when it holds the delimiter, a quote or a line break. */
const cell = (value) => (/[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const decimal = (value) => value.toFixed(4).replace('.', ',');

function labsCsv(random, rows) {
  const header = ['Nombre', 'Sector', 'Ciudad', 'Región', 'País', 'Sitio web', 'Correo', 'Latitud', 'Longitud', 'Áreas', 'Redes', 'Fundación', 'Descripción', 'Ejemplo'];
  const lines = [header.join(';')];
  for (let serial = 1; serial <= rows; serial++) {
    const [city, region, country, lat, lng] = random.pick(CITIES);
    const sector = random.pick(SECTORS);
    const slug = `lab-${pad(serial, 5)}`;
    const description =
      random.next() < 0.3
        ? `“${sector}” – laboratorio inventado n.º ${serial} de ${city}.\r\nDatos de ejemplo; ningún dato es real.`
        : `Datos de ejemplo: laboratorio inventado n.º ${serial} de ${city}.`;
    lines.push(
      [
        `Laboratorio de Innovación n.º ${serial} – ${city}`,
        sector,
        city,
        region,
        country,
        random.next() < 0.5 ? `www.example.org/labs/${slug}` : `https://example.org/labs/${slug}`,
        random.next() < 0.7 ? `${slug}@example.org` : '',
        decimal(lat + random.next() / 10),
        decimal(lng + random.next() / 10),
        [...new Set([random.pick(TOPICS), random.pick(TOPICS), random.pick(TOPICS)])].join('; '),
        random.pick(NETWORKS).id,
        String(random.int(1995, 2025)),
        description,
        'sí',
      ]
        .map(cell)
        .join(';'),
    );
  }
  return encodeWindows1252(lines.join('\r\n') + '\r\n');
}

/**
 * Writes the site into `dir`: eventos/<year>/evento-NNNNN.md, laboratorios.csv, and three configs: the
 * whole site (feeds.config.json) and each part alone (markdown.config.json, csv.config.json), all with the
 * networks the items name.
 */
export function writeSyntheticSite(dir, { events, labs }) {
  const random = randomOf(SEED);
  for (let serial = 1; serial <= events; serial++) {
    const { year, text } = eventFile(random, serial);
    mkdirSync(join(dir, 'eventos', String(year)), { recursive: true });
    writeFileSync(join(dir, 'eventos', String(year), `evento-${pad(serial, 5)}.md`), text);
  }
  writeFileSync(join(dir, 'laboratorios.csv'), labsCsv(randomOf(SEED + 1), labs));
  const markdown = { type: 'markdown', path: 'eventos', timeZone: 'America/Santiago' };
  const csv = { type: 'csv', path: 'laboratorios.csv' };
  const config = (sources) => JSON.stringify({ title: 'Sitio sintético (benchmark)', lang: 'es', networks: NETWORKS, sources }, null, 2);
  writeFileSync(join(dir, 'feeds.config.json'), config([markdown, csv]));
  writeFileSync(join(dir, 'markdown.config.json'), config([markdown]));
  writeFileSync(join(dir, 'csv.config.json'), config([csv]));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir, events, labs] = process.argv.slice(2);
  writeSyntheticSite(dir, { events: Number(events), labs: Number(labs) });
}
