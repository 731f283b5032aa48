/**
 * Problems found while building or checking a feed, reported as { file, line, field, message, hint } in
 * Spanish or English.
 */
export type Lang = 'es' | 'en';
/** A hint is advice only `check` gives (the feed works, it could work better); build reports errors and warnings. */
export type Severity = 'error' | 'warning' | 'hint';

export interface Problem {
  readonly severity: Severity;
  /** Path of the source file, as the config names it (relative to the config's folder). */
  readonly file: string;
  /** 1-based line in that file, when known. */
  readonly line?: number;
  /** The feed field (or front-matter key) concerned. */
  readonly field?: string;
  readonly message: string;
  readonly hint?: string;
}

type Params = Record<string, string | number>;
type Text = (p: Params) => string;
interface Entry {
  readonly severity: Severity;
  readonly es: readonly [Text, Text?];
  readonly en: readonly [Text, Text?];
}

/** What `govtech-feeds check` reports about a published feed (check/); `file` is the feed file concerned. */
const CHECK_MESSAGES = {
  'check-no-target': {
    severity: 'error',
    es: [(p) => `no existe la carpeta ${p.path}`, () => 'Indique la carpeta del feed (la que contiene index.json) o su URL http(s).'],
    en: [(p) => `the folder ${p.path} does not exist`, () => 'Give the feed folder (the one holding index.json) or its http(s) URL.'],
  },
  'check-no-manifest': {
    severity: 'error',
    es: [(p) => `no hay un index.json en esta dirección (HTTP ${p.status})`, () => 'Indique la carpeta del feed (la que contiene index.json) o la URL del propio index.json.'],
    en: [(p) => `there is no index.json at this address (HTTP ${p.status})`, () => 'Give the feed folder (the one holding index.json) or the URL of index.json itself.'],
  },
  'check-unreachable': {
    severity: 'error',
    es: [(p) => `no se pudo descargar: ${p.reason}`, () => 'Compruebe la dirección y que el servidor responde.'],
    en: [(p) => `could not be downloaded: ${p.reason}`, () => 'Check the address and that the server answers.'],
  },
  'check-timeout': {
    severity: 'error',
    es: [(p) => `no respondió en ${p.ms} ms`, () => 'El servidor del feed es lento o no está disponible; pruebe de nuevo o con --timeout.'],
    en: [(p) => `did not answer within ${p.ms} ms`, () => 'The feed host is slow or down; try again, or with --timeout.'],
  },
  'check-not-found': {
    severity: 'error',
    es: [() => 'no existe (404), pero index.json lo enlaza', () => 'Publique el archivo, o vuelva a generar el feed para que index.json liste solo lo que existe (las URL relativas se resuelven desde index.json).'],
    en: [() => 'not found (404), yet index.json links to it', () => 'Publish the file, or rebuild the feed so index.json lists only what exists (relative URLs resolve from index.json).'],
  },
  'check-http-status': {
    severity: 'error',
    es: [(p) => `el servidor respondió HTTP ${p.status}`, () => 'Los widgets no pueden leerlo; revise la configuración del servidor.'],
    en: [(p) => `the server answered HTTP ${p.status}`, () => 'Widgets cannot read it; check the server configuration.'],
  },
  'check-not-json': {
    severity: 'error',
    es: [(p) => `no es JSON (se sirve como ${p.type})`, () => 'El servidor devuelve otra cosa (a menudo una página HTML de error o de acceso): publique el archivo tal cual.'],
    en: [(p) => `is not JSON (served as ${p.type})`, () => 'The server returns something else (often an HTML error or login page): publish the file as it is.'],
  },
  'check-not-a-feed': {
    severity: 'error',
    es: [(p) => `no es un feed GovTech v1: ${p.reason}`, () => 'Vuelva a generarlo con govtech-feeds build; docs/feeds.md describe el formato.'],
    en: [(p) => `is not a GovTech v1 feed: ${p.reason}`, () => 'Rebuild it with govtech-feeds build; docs/feeds.md describes the format.'],
  },
  'check-no-cors': {
    severity: 'error',
    es: [() => 'falta la cabecera Access-Control-Allow-Origin: los widgets en otros sitios no pueden leer este archivo', () => 'Envíe Access-Control-Allow-Origin: * (el _headers que escribe build lo hace en Netlify y Cloudflare Pages).'],
    en: [() => 'the Access-Control-Allow-Origin header is missing: widgets on other sites cannot read this file', () => 'Send Access-Control-Allow-Origin: * (the _headers file build writes does so on Netlify and Cloudflare Pages).'],
  },
  'check-cors-other-origin': {
    severity: 'error',
    es: [(p) => `Access-Control-Allow-Origin es "${p.value}": los widgets en ${p.origin} no pueden leer este archivo`, () => 'Un feed público debe enviar Access-Control-Allow-Origin: *, para que cualquier sitio pueda mostrarlo.'],
    en: [(p) => `Access-Control-Allow-Origin is "${p.value}": widgets on ${p.origin} cannot read this file`, () => 'A public feed should send Access-Control-Allow-Origin: *, so that any site can show it.'],
  },
  'check-etag-hidden': {
    severity: 'hint',
    es: [() => 'la cabecera ETag no se expone a otros sitios', () => 'Añada Access-Control-Expose-Headers: ETag, Last-Modified.'],
    en: [() => 'the ETag header is not exposed to other sites', () => 'Add Access-Control-Expose-Headers: ETag, Last-Modified.'],
  },
  'check-json-type': {
    severity: 'warning',
    es: [(p) => `se sirve como ${p.type}, no como application/json`, () => 'El SDK lo lee igual, pero cachés, proxies y otras herramientas se guían por el tipo: configure application/json para .json.'],
    en: [(p) => `served as ${p.type}, not application/json`, () => 'The SDK reads it anyway, but caches, proxies and other tools go by the type: serve .json as application/json.'],
  },
  'check-ics-type': {
    severity: 'warning',
    es: [(p) => `se sirve como ${p.type}, no como text/calendar`, () => 'Algunas aplicaciones de calendario rechazan la suscripción: configure text/calendar para .ics.'],
    en: [(p) => `served as ${p.type}, not text/calendar`, () => 'Some calendar apps refuse to subscribe: serve .ics as text/calendar.'],
  },
  'check-cached-too-long': {
    severity: 'warning',
    es: [(p) => `se guarda en caché demasiado tiempo (Cache-Control: ${p.value}): los cambios tardarían en verse`, () => 'Use Cache-Control: public, max-age=300, must-revalidate en index.json y en los archivos sin hash en el nombre.'],
    en: [(p) => `cached for too long (Cache-Control: ${p.value}): updates would not show`, () => 'Use Cache-Control: public, max-age=300, must-revalidate for index.json and the files without a hash in their name.'],
  },
  'check-shard-short-cache': {
    severity: 'hint',
    es: [(p) => `el nombre lleva un hash del contenido pero la caché es corta (${p.value})`, () => 'Un archivo con hash nunca cambia: Cache-Control: public, max-age=31536000, immutable ahorra descargas.'],
    en: [(p) => `the name carries a content hash but caching is short (${p.value})`, () => 'A hashed file never changes: Cache-Control: public, max-age=31536000, immutable saves downloads.'],
  },
  'check-no-cache-headers': {
    severity: 'hint',
    es: [() => 'sin cabeceras de caché (Cache-Control, Expires, ETag ni Last-Modified)', () => 'Sin ellas cada visita vuelve a descargar el archivo, o los navegadores lo guardan a su criterio; el _headers de build las fija.'],
    en: [() => 'no caching headers (Cache-Control, Expires, ETag or Last-Modified)', () => 'Without them every visit downloads the file again, or browsers keep it as they see fit; the _headers file from build sets them.'],
  },
  'check-no-headers-file': {
    severity: 'warning',
    es: [() => 'la carpeta no tiene _headers: CORS y caché dependen del servidor donde se publique', () => 'build escribe _headers para Netlify y Cloudflare Pages; en otro servidor configure Access-Control-Allow-Origin: * y Cache-Control, y revíselo con check <URL>.'],
    en: [() => 'the folder has no _headers file: CORS and caching depend on the host it is published on', () => 'build writes _headers for Netlify and Cloudflare Pages; on another host configure Access-Control-Allow-Origin: * and Cache-Control, then run check <URL>.'],
  },
  'check-item-dropped': {
    severity: 'error',
    es: [(p) => `${p.item} descartado por los widgets: ${p.reason}`, () => 'Corrija ese campo en la fuente y vuelva a generar el feed; docs/feeds.md describe cada campo.'],
    en: [(p) => `${p.item} dropped by widgets: ${p.reason}`, () => 'Fix that field in the source and rebuild the feed; docs/feeds.md describes every field.'],
  },
  'check-item-duplicate': {
    severity: 'warning',
    es: [(p) => `${p.item}: id repetido, los widgets muestran solo el primero`, () => 'Dé a cada elemento un id único.'],
    en: [(p) => `${p.item}: repeated id, widgets show only the first`, () => 'Give every item a unique id.'],
  },
  'check-feed-warning': {
    severity: 'warning',
    es: [(p) => `${p.item}: ${p.reason}`, () => 'Así lo informa el SDK que usan los widgets; corrija la fuente y vuelva a generar el feed.'],
    en: [(p) => `${p.item}: ${p.reason}`, () => 'This is what the SDK widgets use reports; fix the source and rebuild the feed.'],
  },
  'check-bad-rule': {
    severity: 'error',
    es: [(p) => `el evento "${p.id}" tiene una regla de repetición que no se puede expandir: ${p.reason}`, () => 'docs/recurrence.md enumera las reglas RRULE admitidas.'],
    en: [(p) => `the event "${p.id}" has a recurrence rule that cannot be expanded: ${p.reason}`, () => 'docs/recurrence.md lists the supported RRULEs.'],
  },
  'check-shard-empty-range': {
    severity: 'error',
    es: [(p) => `el fragmento cubre un rango vacío (from ${p.from} no es anterior a to ${p.to})`, () => 'from debe ser anterior a to; vuelva a generar el feed.'],
    en: [(p) => `the shard covers an empty range (from ${p.from} is not before to ${p.to})`, () => 'from must come before to; rebuild the feed.'],
  },
  'check-shards-unsorted': {
    severity: 'warning',
    es: [(p) => `los fragmentos no están en orden: ${p.shard} empieza antes que el anterior`, () => 'Liste los fragmentos por fecha de inicio; build los escribe así.'],
    en: [(p) => `the shards are not in order: ${p.shard} starts before the one listed before it`, () => 'List the shards by start date; build writes them that way.'],
  },
  'check-shards-overlap': {
    severity: 'warning',
    es: [(p) => `los fragmentos ${p.a} y ${p.b} se solapan`, () => 'Cada instante debe estar en un solo fragmento: [from, to) de uno termina donde empieza el siguiente.'],
    en: [(p) => `the shards ${p.a} and ${p.b} overlap`, () => 'Each instant belongs in one shard: one\'s [from, to) ends where the next begins.'],
  },
  'check-occurrence-outside': {
    severity: 'error',
    es: [(p) => `el evento "${p.id}" ocurre ${p.count} vez/veces fuera de todo fragmento que lo incluya (la primera, ${p.first}): los widgets no lo muestran ese día`, () => 'Vuelva a generar el feed: cada ocurrencia debe estar en un fragmento cuyo [from, to) la contenga.'],
    en: [(p) => `the event "${p.id}" has ${p.count} occurrence(s) in no shard that lists it (the first on ${p.first}): widgets do not show it then`, () => 'Rebuild the feed: every occurrence must be in a shard whose [from, to) holds it.'],
  },
  'check-occurrence-missing-shard': {
    severity: 'warning',
    es: [(p) => `el evento "${p.id}" también ocurre en el rango de ${p.shard}, que no lo incluye`, () => 'Un widget que muestre solo ese rango no lo verá; vuelva a generar el feed.'],
    en: [(p) => `the event "${p.id}" also occurs in the range of ${p.shard}, which does not list it`, () => 'A widget showing only that range will not see it; rebuild the feed.'],
  },
  'check-event-not-occurring': {
    severity: 'warning',
    es: [(p) => `el evento "${p.id}" está en este fragmento pero no ocurre en su rango [${p.from}, ${p.to})`, () => 'Sobra aquí: los clientes lo descargan sin usarlo. Vuelva a generar el feed.'],
    en: [(p) => `the event "${p.id}" is in this shard but does not occur in its range [${p.from}, ${p.to})`, () => 'It does not belong here: clients download it for nothing. Rebuild the feed.'],
  },
  'check-event-not-in-all': {
    severity: 'warning',
    es: [(p) => `el evento "${p.id}" está en este fragmento pero no en ${p.all}`, () => 'Los widgets que leen el archivo completo no lo ven; los fragmentos y el archivo completo deben tener los mismos eventos.'],
    en: [(p) => `the event "${p.id}" is in this shard but not in ${p.all}`, () => 'Widgets that read the whole file do not see it; the shards and the whole file must hold the same events.'],
  },
  'check-ics-invalid': {
    severity: 'error',
    es: [(p) => `un lector iCalendar estándar (ical.js) lo rechaza: ${p.reason}`, () => 'Las aplicaciones de calendario no podrán suscribirse; vuelva a generarlo con govtech-feeds build.'],
    en: [(p) => `a standard iCalendar parser (ical.js) rejects it: ${p.reason}`, () => 'Calendar apps will not be able to subscribe; rebuild it with govtech-feeds build.'],
  },
  'check-ics-no-calendar': {
    severity: 'error',
    es: [() => 'no contiene ningún calendario (BEGIN:VCALENDAR … END:VCALENDAR)', () => 'El servidor devuelve otra cosa, o el archivo está vacío; vuelva a generarlo con govtech-feeds build.'],
    en: [() => 'holds no calendar (BEGIN:VCALENDAR … END:VCALENDAR)', () => 'The server returns something else, or the file is empty; rebuild it with govtech-feeds build.'],
  },
  'check-ics-missing-property': {
    severity: 'error',
    es: [(p) => `al VEVENT n.º ${p.index} (${p.uid}) le falta ${p.property}`, () => 'Cada VEVENT necesita UID y DTSTART; sin ellos las aplicaciones de calendario lo descartan.'],
    en: [(p) => `VEVENT #${p.index} (${p.uid}) has no ${p.property}`, () => 'Every VEVENT needs a UID and a DTSTART; without them calendar apps drop it.'],
  },
  'check-ics-bad-event': {
    severity: 'error',
    es: [(p) => `el VEVENT n.º ${p.index} (${p.uid}) no se puede leer: ${p.reason}`, () => 'Revise sus fechas (DTSTART, DTEND) y su RRULE; vuelva a generarlo con govtech-feeds build.'],
    en: [(p) => `VEVENT #${p.index} (${p.uid}) cannot be read: ${p.reason}`, () => 'Check its dates (DTSTART, DTEND) and its RRULE; rebuild it with govtech-feeds build.'],
  },
  'check-ics-count': {
    severity: 'warning',
    es: [(p) => `tiene ${p.ics} VEVENT y el feed de eventos ${p.events} eventos`, () => 'El calendario y el feed deben generarse juntos; vuelva a ejecutar build y publique todo.'],
    en: [(p) => `has ${p.ics} VEVENTs and the events feed ${p.events} events`, () => 'The calendar and the feed must be built together; run build again and publish everything.'],
  },
  'check-unlisted-file': {
    severity: 'hint',
    es: [() => 'ningún enlace de index.json lleva a este archivo', () => '¿Queda de una generación anterior? Bórrelo, o enlácelo desde index.json si hace falta.'],
    en: [() => 'nothing in index.json links to this file', () => 'Left over from an earlier build? Delete it, or link it from index.json if it is needed.'],
  },
} satisfies Record<`check-${string}`, Entry>;

/** Every message the builder (and check) can report, [message, hint] per language. */
const MESSAGES = {
  'read-failed': {
    severity: 'error',
    es: [(p) => `no se pudo leer el archivo: ${p.reason}`, () => 'Compruebe que el archivo existe y es legible.'],
    en: [(p) => `cannot read the file: ${p.reason}`, () => 'Check that the file exists and is readable.'],
  },
  'no-front-matter': {
    severity: 'error',
    es: [() => 'el archivo no empieza con un bloque de front matter (---)', () => 'La primera línea debe ser --- y el bloque debe cerrarse con otra línea ---.'],
    en: [() => 'the file does not start with a front-matter block (---)', () => 'The first line must be --- and the block must be closed by another --- line.'],
  },
  'unclosed-front-matter': {
    severity: 'error',
    es: [() => 'el front matter no se cierra', () => 'Añada una línea --- al final del bloque YAML.'],
    en: [() => 'the front matter is not closed', () => 'Add a --- line at the end of the YAML block.'],
  },
  'yaml-error': {
    severity: 'error',
    es: [(p) => `YAML inválido: ${p.reason}`, () => 'Revise la sangría, los dos puntos y las comillas de esa línea.'],
    en: [(p) => `invalid YAML: ${p.reason}`, () => 'Check the indentation, colons and quotes on that line.'],
  },
  'not-a-map': {
    severity: 'error',
    es: [() => 'el front matter no es una lista de campos clave: valor', () => 'Escriba un campo por línea, como title: Mi evento.'],
    en: [() => 'the front matter is not a list of key: value fields', () => 'Write one field per line, such as title: My event.'],
  },
  'missing-field': {
    severity: 'error',
    es: [(p) => `falta el campo obligatorio "${p.key}"`, (p) => `Añada ${p.key}: … al front matter.`],
    en: [(p) => `the required field "${p.key}" is missing`, (p) => `Add ${p.key}: … to the front matter.`],
  },
  'not-text': {
    severity: 'error',
    es: [(p) => `"${p.key}" debe ser texto`, () => 'Escriba el valor como texto, entre comillas si hace falta.'],
    en: [(p) => `"${p.key}" must be text`, () => 'Write the value as text, in quotes if needed.'],
  },
  'bad-date': {
    severity: 'error',
    es: [(p) => `fecha ilegible en "${p.key}": ${p.value}`, () => 'Use AAAA-MM-DD, o AAAA-MM-DDTHH:MM con o sin zona (por ejemplo 2022-02-23T17:00:00-03:00).'],
    en: [(p) => `unreadable date in "${p.key}": ${p.value}`, () => 'Use YYYY-MM-DD, or YYYY-MM-DDTHH:MM with or without an offset (e.g. 2022-02-23T17:00:00-03:00).'],
  },
  'bad-time-zone': {
    severity: 'error',
    es: [(p) => `zona horaria desconocida: ${p.value}`, () => 'Use un nombre IANA como America/Santiago o America/Guatemala.'],
    en: [(p) => `unknown time zone: ${p.value}`, () => 'Use an IANA name such as America/Santiago or America/Guatemala.'],
  },
  'bad-boolean': {
    severity: 'warning',
    es: [(p) => `"${p.key}" debe ser true o false; se usa false`, () => 'Escriba true o false sin comillas.'],
    en: [(p) => `"${p.key}" must be true or false; false is used`, () => 'Write true or false without quotes.'],
  },
  'bad-url': {
    severity: 'warning',
    es: [(p) => `enlace inválido en "${p.key}": ${p.value}; se omite`, () => 'Use una URL http(s) completa, o una ruta que empiece por / junto con siteUrl en la configuración.'],
    en: [(p) => `invalid link in "${p.key}": ${p.value}; left out`, () => 'Use a full http(s) URL, or a path starting with / together with siteUrl in the config.'],
  },
  'bad-id': {
    severity: 'error',
    es: [(p) => `no se puede formar un id a partir de "${p.value}"`, () => 'Renombre el archivo con letras, dígitos y guiones, o dé un campo id.'],
    en: [(p) => `cannot make an id from "${p.value}"`, () => 'Rename the file with letters, digits and dashes, or give an id field.'],
  },
  'duplicate-id': {
    severity: 'error',
    es: [(p) => `id duplicado "${p.id}" (ya usado en ${p.other}); se descarta este`, () => 'Cada evento necesita un id único: renombre uno de los archivos o cambie su campo id.'],
    en: [(p) => `duplicate id "${p.id}" (already used in ${p.other}); this one is dropped`, () => 'Every event needs a unique id: rename one of the files or change its id field.'],
  },
  'unknown-key': {
    severity: 'warning',
    es: [(p) => `campo "${p.key}" sin uso en el mapeo; se ignora`, () => 'Añádalo a "fields" en la configuración, o a "ignore" si no hace falta.'],
    en: [(p) => `field "${p.key}" is not mapped; ignored`, () => 'Add it to "fields" in the config, or to "ignore" if it is not needed.'],
  },
  'invalid-event': {
    severity: 'error',
    es: [(p) => `el evento no cumple el contrato del feed: ${p.reason}`, () => 'Corrija el valor de ese campo; docs/feeds.md describe cada campo.'],
    en: [(p) => `the event does not meet the feed contract: ${p.reason}`, () => 'Fix that field\'s value; docs/feeds.md describes every field.'],
  },
  'no-files': {
    severity: 'warning',
    es: [() => 'la carpeta no tiene archivos .md ni .markdown', () => 'Compruebe la ruta "path" de la fuente en la configuración.'],
    en: [() => 'the folder has no .md or .markdown files', () => 'Check the source\'s "path" in the config.'],
  },
  'bad-config': {
    severity: 'error',
    es: [(p) => `configuración inválida: ${p.reason}`, () => 'Revise feeds.config.json.'],
    en: [(p) => `invalid config: ${p.reason}`, () => 'Check feeds.config.json.'],
  },
  ...CHECK_MESSAGES,
} satisfies Record<string, Entry>;

export type ProblemCode = keyof typeof MESSAGES;

export interface ProblemInput {
  readonly file: string;
  readonly line?: number;
  readonly field?: string;
  readonly params?: Params;
}

/** Makes a problem in `lang` from its code. */
export function problem(code: ProblemCode, lang: Lang, { file, line, field, params = {} }: ProblemInput): Problem {
  const entry: Entry = MESSAGES[code];
  const [message, hint] = entry[lang];
  return {
    severity: entry.severity,
    file,
    ...(line !== undefined ? { line } : {}),
    ...(field !== undefined ? { field } : {}),
    message: message(params),
    ...(hint ? { hint: hint(params) } : {}),
  };
}

const SEVERITY_WORDS = { es: { error: 'error', warning: 'aviso', hint: 'sugerencia' }, en: { error: 'error', warning: 'warning', hint: 'hint' } };

export const severityWord = (severity: Severity, lang: Lang): string => SEVERITY_WORDS[lang][severity];

/** One plain line per problem: `file:line [field] error: message (hint)`. */
export function formatProblem(p: Problem, lang: Lang): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}` : p.file;
  const severity = severityWord(p.severity, lang);
  const field = p.field ? ` [${p.field}]` : '';
  const hint = p.hint ? ` — ${p.hint}` : '';
  return `${where}${field} ${severity}: ${p.message}${hint}`;
}
