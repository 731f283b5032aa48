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

const KIND_ES: Record<string, string> = { networks: 'La red', events: 'El evento', labs: 'El laboratorio', streams: 'La transmisión' };
const KIND_EN: Record<string, string> = { networks: 'The network', events: 'The event', labs: 'The lab', streams: 'The stream' };
/** What `invalid-item` names, by the kind of item (`items` of a data source). */
const ITEM_ES: Record<string, string> = { labs: 'el laboratorio', streams: 'la transmisión', networks: 'la red', events: 'el evento' };
const ITEM_EN: Record<string, string> = { labs: 'the lab', streams: 'the stream', networks: 'the network', events: 'the event' };

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
    es: [() => 'el archivo no empieza con un bloque de front matter (--- o +++)', () => 'La primera línea debe ser --- (YAML) o +++ (TOML) y el bloque debe cerrarse con otra línea igual.'],
    en: [() => 'the file does not start with a front-matter block (--- or +++)', () => 'The first line must be --- (YAML) or +++ (TOML) and the block must be closed by the same line.'],
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
  'toml-error': {
    severity: 'error',
    es: [(p) => `TOML inválido: ${p.reason}`, () => 'Revise las comillas, los corchetes y el signo = de esa línea.'],
    en: [(p) => `invalid TOML: ${p.reason}`, () => 'Check the quotes, brackets and the = sign on that line.'],
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
  'not-a-list': {
    severity: 'warning',
    es: [(p) => `"${p.key}" debe ser una lista; se omite`, () => 'Escriba cada elemento en su línea, empezando por "- ".'],
    en: [(p) => `"${p.key}" must be a list; left out`, () => 'Write each item on its own line, starting with "- ".'],
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
    es: [() => 'la carpeta no tiene archivos .md, .mdx ni .markdown', () => 'Compruebe la ruta "path" de la fuente en la configuración.'],
    en: [() => 'the folder has no .md, .mdx or .markdown files', () => 'Check the source\'s "path" in the config.'],
  },
  'ics-source': {
    severity: 'error',
    es: [() => 'la fuente ics necesita "path" (un archivo .ics) o "url", uno de los dos', () => 'Por ejemplo { "type": "ics", "path": "calendario.ics", "timeZone": "America/Santiago" }.'],
    en: [() => 'an ics source needs "path" (an .ics file) or "url", exactly one of them', () => 'For example { "type": "ics", "path": "calendar.ics", "timeZone": "America/Santiago" }.'],
  },
  'ics-bad-from': {
    severity: 'error',
    es: [(p) => `"from" no es una fecha: ${p.value}`, () => 'Use AAAA-MM-DD, o una fecha y hora con zona (2024-01-01T00:00:00-03:00).'],
    en: [(p) => `"from" is not a date: ${p.value}`, () => 'Use YYYY-MM-DD, or a date-time with offset (2024-01-01T00:00:00-03:00).'],
  },
  'ics-fetch-failed': {
    severity: 'error',
    es: [(p) => `no se pudo descargar el calendario: ${p.reason}`, () => 'Compruebe la URL y la conexión; "timeoutSeconds" en la fuente amplía la espera.'],
    en: [(p) => `cannot download the calendar: ${p.reason}`, () => 'Check the URL and the connection; "timeoutSeconds" in the source allows a longer wait.'],
  },
  'ics-http-error': {
    severity: 'error',
    es: [(p) => `el servidor respondió ${p.status} al pedir el calendario`, () => 'Compruebe la URL. En Google Calendar use la "dirección pública en formato iCal" de un calendario público, o la "dirección secreta en formato iCal".'],
    en: [(p) => `the server answered ${p.status} for the calendar`, () => 'Check the URL. In Google Calendar use the "public address in iCal format" of a public calendar, or the "secret address in iCal format".'],
  },
  'ics-not-calendar': {
    severity: 'error',
    es: [(p) => `no es un calendario iCalendar: ${p.type ? `el servidor envió ${p.type}` : 'no tiene BEGIN:VCALENDAR'}`, () => 'Use el archivo .ics exportado del calendario; en Google Calendar: Configuración › Integrar el calendario › dirección en formato iCal (un calendario privado responde con una página de acceso).'],
    en: [(p) => `not an iCalendar calendar: ${p.type ? `the server sent ${p.type}` : 'it has no BEGIN:VCALENDAR'}`, () => 'Use the .ics file exported from the calendar; in Google Calendar: Settings › Integrate calendar › address in iCal format (a private calendar answers with a sign-in page).'],
  },
  'ics-unclosed': {
    severity: 'error',
    es: [(p) => `${p.component} empieza aquí y no se cierra (falta END:${p.component}); se descarta`, () => 'El archivo parece incompleto: expórtelo o descárguelo de nuevo.'],
    en: [(p) => `${p.component} starts here and is never closed (END:${p.component} is missing); dropped`, () => 'The file looks incomplete: export or download it again.'],
  },
  'ics-syntax': {
    severity: 'error',
    es: [(p) => `${p.component} ilegible: ${p.reason}; se descarta`, () => 'Cada línea debe ser NOMBRE:valor (o NOMBRE;PARÁMETRO=x:valor); las que continúan la anterior empiezan con un espacio.'],
    en: [(p) => `unreadable ${p.component}: ${p.reason}; dropped`, () => 'Every line must be NAME:value (or NAME;PARAMETER=x:value); a line continuing the one before starts with a space.'],
  },
  'ics-no-events': {
    severity: 'warning',
    es: [() => 'el calendario no tiene eventos (VEVENT)', () => 'Compruebe que la fuente apunta al calendario correcto.'],
    en: [() => 'the calendar has no events (VEVENT)', () => 'Check that the source points to the right calendar.'],
  },
  'ics-missing': {
    severity: 'error',
    es: [(p) => `el evento no tiene ${p.property}; se descarta`, (p) => (p.property === 'SUMMARY' ? 'Dé un título al evento en el calendario.' : 'Dé una fecha de inicio al evento en el calendario.')],
    en: [(p) => `the event has no ${p.property}; dropped`, (p) => (p.property === 'SUMMARY' ? 'Give the event a title in the calendar.' : 'Give the event a start date in the calendar.')],
  },
  'ics-no-uid': {
    severity: 'warning',
    es: [(p) => `el evento no tiene UID; su id (${p.id}) sale del título y la fecha y cambiará si cambian`, () => 'Exporte el calendario desde su aplicación, que da un UID estable a cada evento.'],
    en: [(p) => `the event has no UID; its id (${p.id}) comes from its title and date and changes when they do`, () => 'Export the calendar from its application, which gives every event a stable UID.'],
  },
  'ics-bad-start': {
    severity: 'error',
    es: [(p) => `DTSTART ilegible: ${p.value}; se descarta el evento`, () => 'Use una fecha (AAAAMMDD) o una fecha y hora (AAAAMMDDTHHMMSS, con Z o TZID).'],
    en: [(p) => `unreadable DTSTART: ${p.value}; the event is dropped`, () => 'Use a date (YYYYMMDD) or a date-time (YYYYMMDDTHHMMSS, with Z or a TZID).'],
  },
  'ics-unknown-tzid': {
    severity: 'error',
    es: [(p) => `zona horaria "${p.tzid}" desconocida y sin VTIMEZONE que la defina; se descarta el evento`, () => 'Use una zona IANA como America/Santiago en el calendario, o exporte el archivo con sus bloques VTIMEZONE.'],
    en: [(p) => `unknown time zone "${p.tzid}" and no VTIMEZONE defines it; the event is dropped`, () => 'Use an IANA zone such as America/Santiago in the calendar, or export the file with its VTIMEZONE blocks.'],
  },
  'ics-zone-assumed': {
    severity: 'warning',
    es: [(p) => `la zona "${p.tzid}" no es un nombre IANA: las horas salen de su VTIMEZONE y los eventos quedan en ${p.zone}`, () => 'Si esa no es la zona de los eventos, use una zona IANA en el calendario o cambie "timeZone" en la fuente; las repeticiones siguen el reloj de esa zona.'],
    en: [(p) => `the zone "${p.tzid}" is not an IANA name: times come from its VTIMEZONE and the events are placed in ${p.zone}`, () => 'If that is not the events\' zone, use an IANA zone in the calendar or change "timeZone" in the source; repetitions follow that zone\'s clock.'],
  },
  'ics-bad-value': {
    severity: 'warning',
    es: [(p) => `valor ilegible o no admitido en ${p.property}: ${p.value}; se omite`, (p) => (p.property === 'URL' ? 'Solo se publican enlaces http(s) completos.' : 'Corrija ese valor en el calendario; el resto del evento se publica.')],
    en: [(p) => `unreadable or unsupported value in ${p.property}: ${p.value}; left out`, (p) => (p.property === 'URL' ? 'Only full http(s) links are published.' : 'Fix that value in the calendar; the rest of the event is published.')],
  },
  'ics-rrule-unsupported': {
    severity: 'warning',
    es: [(p) => `repetición no admitida (${p.reason}); solo se publica la primera fecha`, () => 'docs/recurrence.md lista las reglas admitidas: simplifique la repetición en el calendario o cree eventos separados.'],
    en: [(p) => `unsupported repetition (${p.reason}); only the first date is published`, () => 'docs/recurrence.md lists the supported rules: simplify the repetition in the calendar or make separate events.'],
  },
  'ics-ignored': {
    severity: 'warning',
    es: [(p) => `${p.property} no se admite en el feed; se ignora`, (p) => (p.property === 'RDATE' ? 'Las fechas sueltas de una serie no se publican: use una regla (RRULE) o eventos separados.' : 'El feed no tiene dónde guardar ese dato; el resto del evento se publica.')],
    en: [(p) => `${p.property} is not supported in the feed; ignored`, (p) => (p.property === 'RDATE' ? 'Extra dates of a series are not published: use a rule (RRULE) or separate events.' : 'The feed has nowhere to keep it; the rest of the event is published.')],
  },
  'ics-private': {
    severity: 'warning',
    es: [(p) => `evento marcado CLASS:${p.value}; no se publica`, () => 'Un feed es público: márquelo como público en el calendario si debe publicarse.'],
    en: [(p) => `event marked CLASS:${p.value}; not published`, () => 'A feed is public: mark the event public in the calendar if it should be published.'],
  },
  'ics-clipped': {
    severity: 'warning',
    es: [(p) => `${p.property} tiene más de ${p.max} caracteres; se recorta`, () => 'Acorte el texto en el calendario.'],
    en: [(p) => `${p.property} is longer than ${p.max} characters; cut`, () => 'Shorten the text in the calendar.'],
  },
  'config-invalid': {
    severity: 'error',
    es: [(p) => `configuración inválida en ${p.path}: ${p.reason}`, () => 'Corrija ese campo; un editor con $schema (config.schema.json) lo señala y completa.'],
    en: [(p) => `invalid config at ${p.path}: ${p.reason}`, () => 'Fix that field; an editor given $schema (config.schema.json) flags and completes it.'],
  },
  'config-unknown-key': {
    severity: 'warning',
    es: [(p) => `campo desconocido "${p.key}" en la configuración; se ignora`, () => 'Revise la ortografía: config.schema.json lista los campos válidos.'],
    en: [(p) => `unknown field "${p.key}" in the config; ignored`, () => 'Check the spelling: config.schema.json lists the valid fields.'],
  },
  'missing-column': {
    severity: 'error',
    es: [(p) => `falta la columna obligatoria "${p.column}" (${p.field}); no se lee ninguna fila`, (p) => `Añada la columna, indique su encabezado en "columns" (por ejemplo "columns": { "${p.field}": "…" }) o dé un valor común en "defaults". Encabezados leídos: ${p.headers}.`],
    en: [(p) => `the required column "${p.column}" (${p.field}) is missing; no row is read`, (p) => `Add the column, give its header in "columns" (e.g. "columns": { "${p.field}": "…" }) or a common value in "defaults". Headers read: ${p.headers}.`],
  },
  'unmatched-column': {
    severity: 'warning',
    es: [(p) => `no hay columna "${p.column}" para ${p.field}; el campo queda vacío`, (p) => `Corrija el encabezado en "columns" (se compara sin mayúsculas, tildes ni espacios alrededor). Encabezados leídos: ${p.headers}.`],
    en: [(p) => `there is no column "${p.column}" for ${p.field}; the field stays empty`, (p) => `Fix the header in "columns" (compared ignoring case, accents and surrounding spaces). Headers read: ${p.headers}.`],
  },
  'unknown-column': {
    severity: 'warning',
    es: [(p) => `el encabezado "${p.header}" no corresponde a ningún campo; se ignora la columna`, (p) => `Asígnelo a un campo en "columns" (${p.fields}), o añádalo a "ignore" si no hace falta.`],
    en: [(p) => `the header "${p.header}" maps to no field; the column is ignored`, (p) => `Map it to a field in "columns" (${p.fields}), or add it to "ignore" if it is not needed.`],
  },
  'duplicate-column': {
    severity: 'warning',
    es: [(p) => `la columna "${p.header}" repite el campo ${p.field} (ya leído de "${p.other}"); se ignora`, () => 'Borre una de las dos columnas, o asigne esta a otro campo en "columns".'],
    en: [(p) => `the column "${p.header}" repeats the field ${p.field} (already read from "${p.other}"); ignored`, () => 'Delete one of the two columns, or map this one to another field in "columns".'],
  },
  'missing-cell': {
    severity: 'error',
    es: [(p) => `la fila no tiene "${p.column}"; se descarta`, () => 'Complete la celda, o dé un valor común en "defaults" de la fuente.'],
    en: [(p) => `the row has no "${p.column}"; it is dropped`, () => 'Fill in the cell, or give a common value in the source\'s "defaults".'],
  },
  'unknown-sector': {
    severity: 'error',
    es: [(p) => `sector desconocido "${p.value}"; se descarta la fila`, (p) => `Valores aceptados: ${p.accepted}. Para otro texto, añádalo a "values": { "sector": { "${p.value}": "…" } } en la configuración${p.mapping ? ` (ahora: ${p.mapping})` : ''}.`],
    en: [(p) => `unknown sector "${p.value}"; the row is dropped`, (p) => `Accepted values: ${p.accepted}. For other text, add it to "values": { "sector": { "${p.value}": "…" } } in the config${p.mapping ? ` (now: ${p.mapping})` : ''}.`],
  },
  'unknown-country': {
    severity: 'error',
    es: [(p) => `país desconocido "${p.value}"; se descarta la fila`, (p) => `Use un código ISO de dos letras (PE, CL, CO…) o el nombre del país, o añádalo a "values": { "country": { "${p.value}": "PE" } }.`],
    en: [(p) => `unknown country "${p.value}"; the row is dropped`, (p) => `Use a two-letter ISO code (PE, CL, CO…) or the country's name, or add it to "values": { "country": { "${p.value}": "PE" } }.`],
  },
  'bad-email': {
    severity: 'warning',
    es: [(p) => `correo inválido "${p.value}"; se omite`, () => 'Escriba una sola dirección, como nombre@dominio.org.'],
    en: [(p) => `invalid e-mail "${p.value}"; left out`, () => 'Write a single address, such as name@domain.org.'],
  },
  'bad-coordinates': {
    severity: 'warning',
    es: [(p) => `coordenadas inválidas (latitud ${p.lat}, longitud ${p.lng}); se omiten`, () => 'Dé las dos en grados decimales (-12,0464 o -12.0464): la latitud entre -90 y 90, la longitud entre -180 y 180.'],
    en: [(p) => `invalid coordinates (latitude ${p.lat}, longitude ${p.lng}); left out`, () => 'Give both in decimal degrees (-12.0464 or -12,0464): latitude between -90 and 90, longitude between -180 and 180.'],
  },
  'bad-year': {
    severity: 'warning',
    es: [(p) => `año ilegible "${p.value}"; se omite`, () => 'Escriba el año con cuatro cifras, entre 1800 y 2100.'],
    en: [(p) => `unreadable year "${p.value}"; left out`, () => 'Write the year with four digits, between 1800 and 2100.'],
  },
  'bad-flag': {
    severity: 'warning',
    es: [(p) => `"${p.value}" no es sí ni no; se toma no`, () => 'Escriba sí o no (o true/false, 1/0).'],
    en: [(p) => `"${p.value}" is neither yes nor no; no is used`, () => 'Write yes or no (or true/false, 1/0).'],
  },
  'bad-network-id': {
    severity: 'warning',
    es: [(p) => `"${p.value}" no es un id de red; se omite`, (p) => `Use el id de la red (letras, dígitos y guiones, como red-labs-peru), o tradúzcalo con "values": { "networks": { "${p.value}": "…" } }.`],
    en: [(p) => `"${p.value}" is not a network id; left out`, (p) => `Use the network's id (letters, digits and dashes, such as red-labs-peru), or translate it with "values": { "networks": { "${p.value}": "…" } }.`],
  },
  'duplicate-row': {
    severity: 'error',
    es: [(p) => `id duplicado "${p.id}" (ya usado en la línea ${p.other}); se descarta esta fila`, () => 'Dé a cada fila un valor distinto en la columna Id. Sin ella el id sale del nombre, y de nombre y ciudad cuando dos filas comparten nombre.'],
    en: [(p) => `duplicate id "${p.id}" (already used on line ${p.other}); this row is dropped`, () => 'Give each row its own value in the Id column. Without one the id comes from the name, and from name and city when two rows share a name.'],
  },
  'invalid-item': {
    severity: 'error',
    es: [(p) => `${ITEM_ES[p.items as string] ?? 'el elemento'} no cumple el contrato del feed: ${p.reason}; se descarta`, () => 'Corrija el valor de ese campo; docs/feeds.md describe cada campo.'],
    en: [(p) => `${ITEM_EN[p.items as string] ?? 'the item'} does not meet the feed contract: ${p.reason}; dropped`, () => 'Fix that field\'s value; docs/feeds.md describes every field.'],
  },
  'invalid-field': {
    severity: 'warning',
    es: [(p) => `el valor no cumple el contrato del feed: ${p.reason}; se omite el campo`, () => 'Corrija el valor de esa celda; docs/feeds.md describe cada campo.'],
    en: [(p) => `the value does not meet the feed contract: ${p.reason}; the field is left out`, () => 'Fix that cell\'s value; docs/feeds.md describes every field.'],
  },
  'csv-error': {
    severity: 'error',
    es: [(p) => `CSV ilegible desde aquí: ${p.reason}`, () => 'Revise las comillas: un campo entre comillas se cierra con otra comilla, y una comilla dentro del campo se escribe dos veces ("").'],
    en: [(p) => `unreadable CSV from here on: ${p.reason}`, () => 'Check the quotes: a quoted field ends with another quote, and a quote inside the field is written twice ("").'],
  },
  'no-rows': {
    severity: 'warning',
    es: [() => 'el archivo no tiene filas de datos', () => 'Compruebe "path", y que la primera fila no vacía sea la de encabezados.'],
    en: [() => 'the file has no data rows', () => 'Check "path", and that the first non-empty row is the header row.'],
  },
  'not-a-spreadsheet': {
    severity: 'error',
    es: [(p) => `no es un libro .xlsx legible: ${p.reason}`, () => 'Guárdelo como «Libro de Excel (.xlsx)»; los .xls y .ods no se leen.'],
    en: [(p) => `not a readable .xlsx workbook: ${p.reason}`, () => 'Save it as "Excel Workbook (.xlsx)"; .xls and .ods files are not read.'],
  },
  'missing-sheet': {
    severity: 'error',
    es: [(p) => `el libro no tiene la hoja "${p.sheet}" (hojas: ${p.sheets})`, () => 'Corrija "sheet" en la configuración con uno de esos nombres, o quítelo para leer la primera hoja.'],
    en: [(p) => `the workbook has no sheet "${p.sheet}" (sheets: ${p.sheets})`, () => 'Fix "sheet" in the config with one of those names, or remove it to read the first sheet.'],
  },
  'no-items': {
    severity: 'error',
    es: [(p) => `el archivo no tiene una lista de ${p.items}`, (p) => `Escriba una lista (cada elemento empieza con "- "), o un objeto con la clave ${p.items}: y la lista debajo.`],
    en: [(p) => `the file has no list of ${p.items}`, (p) => `Write a list (each item starts with "- "), or an object with the key ${p.items}: and the list under it.`],
  },
  'item-not-a-map': {
    severity: 'error',
    es: [() => 'el elemento no es un objeto de campos clave: valor; se descarta', () => 'Cada elemento de la lista empieza con "- " seguido de sus campos, como - id: mi-red.'],
    en: [() => 'the item is not an object of key: value fields; dropped', () => 'Each list item starts with "- " followed by its fields, such as - id: my-network.'],
  },
  'unknown-item-key': {
    severity: 'warning',
    es: [(p) => `campo "${p.key}" desconocido; se ignora`, () => 'Compruebe la ortografía, mayúsculas incluidas; docs/feeds.md lista los campos de cada objeto.'],
    en: [(p) => `unknown field "${p.key}"; ignored`, () => 'Check the spelling, capitals included; docs/feeds.md lists the fields of every object.'],
  },
  'wall-time-without-zone': {
    severity: 'error',
    es: [(p) => `la hora de "${p.key}" (${p.value}) no dice en qué zona horaria está; se descarta`, () => 'Añada timeZone: America/Santiago (la zona del evento) al elemento o a la fuente en la configuración, o escriba la hora con su desfase: 2022-02-23T17:00:00-03:00.'],
    en: [(p) => `the time in "${p.key}" (${p.value}) does not say which time zone it is in; dropped`, () => 'Add timeZone: America/Santiago (the event\'s zone) to the item or to the source in the config, or write the time with its offset: 2022-02-23T17:00:00-03:00.'],
  },
  'bad-config': {
    severity: 'error',
    es: [(p) => `configuración inválida: ${p.reason}`, () => 'Revise feeds.config.json.'],
    en: [(p) => `invalid config: ${p.reason}`, () => 'Check feeds.config.json.'],
  },
  // merge: reading published feeds and putting them together. `input` is the feed as the hub names it.
  'input-unreachable': {
    severity: 'error',
    es: [(p) => `no se pudo leer el feed ${p.input}: ${p.reason}`, () => 'Compruebe la dirección (la carpeta que contiene index.json, o el propio index.json) y que el servidor responde; con --keep-going se publica el resto.'],
    en: [(p) => `cannot read the feed ${p.input}: ${p.reason}`, () => 'Check the address (the folder holding index.json, or index.json itself) and that the server answers; with --keep-going the rest is published.'],
  },
  'input-invalid': {
    severity: 'error',
    es: [(p) => `${p.input} no es un feed v1 válido: ${p.reason}`, () => 'Pida a quien lo publica que lo revise con "govtech-feeds check"; docs/feeds.md describe el formato.'],
    en: [(p) => `${p.input} is not a valid v1 feed: ${p.reason}`, () => 'Ask its publisher to run "govtech-feeds check" on it; docs/feeds.md describes the format.'],
  },
  'input-dropped-item': {
    severity: 'warning',
    es: [(p) => `el feed ${p.input} tiene un elemento inválido en "${p.feed}" (${p.item}), que se omite: ${p.reason}`, () => 'El resto del feed se incluye; avise a quien lo publica para que lo corrija.'],
    en: [(p) => `the feed ${p.input} has an invalid item in "${p.feed}" (${p.item}), left out: ${p.reason}`, () => 'The rest of the feed is included; tell its publisher so they fix it.'],
  },
  'merge-conflict': {
    severity: 'warning',
    es: [
      (p) => `${KIND_ES[String(p.kind)] ?? p.kind} "${p.id}" distinto en ${p.first} y en ${p.second} (${p.fields}); se usa el de ${p.winner}${p.rule === 'updatedAt' ? ', con el updatedAt más reciente' : ', el primero en la lista'}`,
      () => 'Un id debe nombrar lo mismo en todos los feeds: pida a una de las redes que lo corrija; si un feed republica los elementos de otra red, tome de él solo sus propias redes con "networks" en la configuración.',
    ],
    en: [
      (p) => `${KIND_EN[String(p.kind)] ?? p.kind} "${p.id}" differs between ${p.first} and ${p.second} (${p.fields}); the one from ${p.winner} is used${p.rule === 'updatedAt' ? ', with the later updatedAt' : ', the first in the list'}`,
      () => 'An id must name the same thing in every feed: ask one of the networks to fix it; if a feed republishes another network\'s items, take only its own networks from it with "networks" in the config.',
    ],
  },
  'network-not-in-input': {
    severity: 'warning',
    es: [(p) => `la red "${p.network}" no está en el feed ${p.input}; no aporta nada`, (p) => `Las redes de ese feed son: ${p.known}. Corrija "networks" en la configuración.`],
    en: [(p) => `the network "${p.network}" is not in the feed ${p.input}; nothing is taken from it`, (p) => `That feed's networks are: ${p.known}. Fix "networks" in the config.`],
  },
  'event-without-network': {
    severity: 'warning',
    es: [(p) => `el evento "${p.id}" del feed ${p.input} no dice de qué red es, y el feed tiene varias`, () => 'El evento se incluye sin red; pida a quien publica el feed que le ponga el campo network.'],
    en: [(p) => `the event "${p.id}" of the feed ${p.input} does not say which network it belongs to, and the feed has several`, () => 'The event is included without a network; ask the feed\'s publisher to give it a network field.'],
  },
  // A feed file against what widgets read (docs/feeds.md, "Limits"): reported by build and check alike.
  'file-too-large': {
    severity: 'error',
    es: [(p) => `es demasiado grande para los widgets: ${p.size}, más que el límite de ${p.limit} por archivo`, () => 'Los widgets mostrarían un error en lugar del contenido. Divida el feed (por ejemplo, un feed por red) o recórtelo; docs/feeds.md, «Limits».'],
    en: [(p) => `is too large for widgets: ${p.size}, over the limit of ${p.limit} per file`, () => 'Widgets would show an error instead of the content. Split the feed (one feed per network, say) or trim it; docs/feeds.md, "Limits".'],
  },
  'file-near-limit': {
    severity: 'warning',
    es: [(p) => `se acerca al límite de los widgets: ${p.size} de ${p.limit} por archivo`, () => 'Por encima del límite los widgets no lo mostrarán: prevea dividir el feed; docs/feeds.md, «Limits».'],
    en: [(p) => `is close to the widgets' limit: ${p.size} of ${p.limit} per file`, () => 'Over the limit widgets will not show it: plan to split the feed; docs/feeds.md, "Limits".'],
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

/** A schema's issues as one reason, e.g. `networks.0.name Too small`, for a bad-config problem. */
export const issuesText = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) =>
  issues.map((issue) => `${issue.path.map(String).join('.')} ${issue.message}`).join('; ');
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
