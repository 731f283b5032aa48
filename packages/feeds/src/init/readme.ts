/** LEEME.md of a starter project: for the person who edits the agenda, in Spanish. */
import type { SourceConfig } from '../config.js';
import { LABS_SOURCE, STREAMS_SOURCE } from './starter-config.js';

/** The source LEEME.md tells a network that keeps its labs in Excel to use instead of the YAML list. */
export const CSV_LABS_SOURCE = { type: 'csv', path: 'datos/laboratorios.csv' } as const satisfies SourceConfig;

/** A lab list as Spanish-locale Excel saves it ("CSV (delimitado por comas)": semicolons), headers in Spanish. */
export const CSV_LABS_EXAMPLE = `Nombre;Sector;Ciudad;Región;País;Áreas;Redes;Sitio web
Laboratorio de Gobierno y Transformación Digital;Sector público;Lima;Lima;Perú;"Inteligencia artificial; Talento digital";red-labs-peru;
Laboratorio de Innovación Pública de Bucaramanga (en diseño);Sector público;Bucaramanga;Santander;Colombia;Innovación pública;;`;

/** A source as one line of the config, in its format: \`{ "type": "csv", … }\` or \`{ type: csv, … }\`. */
const sourceText = (source: SourceConfig, format: 'json' | 'yaml') =>
  `{ ${Object.entries(source)
    .map(([key, value]) => (format === 'json' ? `"${key}": ${JSON.stringify(value)}` : `${key}: ${String(value)}`))
    .join(', ')} }`;

export function starterReadme(configName: string, format: 'json' | 'yaml' = 'json'): string {
  return `# Agenda GovTech: contenido y feed

Esta carpeta tiene la agenda de la red (archivos Markdown), su directorio de laboratorios y sus
transmisiones (listas YAML), y la configuración con la que \`govtech-feeds\` los convierte en un feed
GovTech v1: los archivos que leen los widgets (calendario, cuenta regresiva, directorio de
laboratorios, transmisiones) y los calendarios \`.ics\`.

| Archivo o carpeta | Qué es |
|---|---|
| \`${configName}\` | La configuración: redes, fuentes del contenido y carpeta de salida. |
| \`contenido/eventos/\` | Eventos con hora (paneles, talleres, webinars): un archivo \`.md\` por evento. |
| \`contenido/reuniones/\` | Reuniones de las que solo se publica el día. |
| \`${LABS_SOURCE.path}\` | El directorio de laboratorios: una lista, un laboratorio por elemento. |
| \`${STREAMS_SOURCE.path}\` | Las transmisiones en YouTube de los eventos. |
| \`admin/\` | El editor web (Decap CMS) que escribe esos archivos. |
| \`feed/\` | El feed que se publica; lo escribe \`govtech-feeds build\` (no se edita a mano). |

## Ver el resultado mientras se edita

\`\`\`sh
npx @govtech-network/feeds dev
\`\`\`

Abra la dirección que aparece (http://127.0.0.1:8787/): muestra los cuatro widgets con el feed
(eventos, laboratorios y transmisiones) y se recarga sola cada vez que guarda un archivo. Si un archivo tiene un error, la página lo dice (archivo,
línea y cómo arreglarlo) y sigue mostrando el último feed correcto.

## Editar un evento

Con el editor web: abra \`/admin/\` en el sitio publicado o, en su computador, ejecute
\`npx decap-server\` en la raíz del repositorio y abra http://127.0.0.1:8787/admin/ mientras corre
\`govtech-feeds dev\`. El editor tiene una colección para cada cosa: eventos con hora, reuniones,
laboratorios y transmisiones.

A mano: copie un archivo de \`contenido/eventos/\` y cambie sus campos. Los campos son:

| Campo | Qué poner |
|---|---|
| \`title\` | Título del evento. |
| \`start\` | Inicio: \`2022-02-23T17:00\` (hora del lugar del evento) o solo el día \`2023-10-19\`. |
| \`end\` | Fin, opcional, en la misma forma que \`start\`. |
| \`timeZone\` | Zona horaria del lugar del evento, por ejemplo \`America/Santiago\`. |
| \`network\` | Id de la red (las redes están en \`${configName}\`). |
| \`kind\` | \`meeting\`, \`panel\`, \`workshop\`, \`conference\`, \`webinar\` u \`other\`. |
| \`attendance\` | \`online\`, \`in-person\` o \`mixed\`. |
| \`onlineUrl\`, \`registrationUrl\` | Enlaces a la transmisión y a la inscripción (https://…). |
| \`image\`, \`imageAlt\` | Imagen y su texto alternativo (con rutas como \`/contenido/imagenes/x.png\`, ponga \`siteUrl\` en la configuración). |
| \`topics\` | Lista de temas. |
| \`highlight\` | \`true\` para destacar el evento. |
| \`outcomes\` | Acuerdos de una reunión. |

Debajo del segundo \`---\` va la descripción, en Markdown.

### Fechas y zonas horarias

La hora se escribe como en el lugar del evento y sin zona: \`2022-02-23T17:00\` con
\`timeZone: America/Santiago\` es a las 17:00 en Santiago, y el feed la publica como
\`2022-02-23T17:00:00-03:00\` (o \`-04:00\` en invierno). Cada visitante la ve en su propia hora.
Una reunión sin hora se escribe solo con el día (\`2023-10-19\`) y queda ese día en todas partes.
El editor web guarda las fechas así, aunque quien edita esté en otro país.

## Laboratorios

Con el editor web: la colección «Laboratorios». A mano: en \`${LABS_SOURCE.path}\` cada laboratorio
empieza con \`- id:\` bajo \`labs:\`. Los campos son:

| Campo | Qué poner |
|---|---|
| \`id\` | Identificador corto, sin espacios, que no cambie: \`pe-laboratorio-gore-cajamarca\`. |
| \`name\` | Nombre del laboratorio. |
| \`sector\` | \`academia\`, \`public\` (sector público), \`private\` (sector privado) o \`civil-society\` (sociedad civil). |
| \`description\` | Descripción. |
| \`website\`, \`email\` | Sitio web (https://…) y correo. |
| \`city\`, \`region\` | Ciudad, y región, departamento o provincia. |
| \`country\` | Código del país, dos letras: \`PE\`, \`CO\`, \`CL\`… |
| \`coordinates\` | \`lat\` y \`lng\` en grados decimales (Lima: \`-12.0464\` y \`-77.0428\`). |
| \`focusAreas\` | Lista de áreas de trabajo. |
| \`networks\` | Ids de las redes a las que pertenece (las redes están en \`${configName}\`). |
| \`founded\` | Año de fundación. |
| \`logo\` | \`url\` de la imagen (https://…) y \`alt\`, su texto alternativo. |
| \`exampleData\` | \`true\` en datos inventados; los widgets los señalan. |

Solo \`id\`, \`name\`, \`sector\` y \`country\` son obligatorios. Un campo vacío es un campo que no se da.

### Si la red lleva sus laboratorios en Excel

\`govtech-feeds\` también lee la planilla, pero entonces la planilla es *la* lista: el editor web no
edita planillas, y dos listas de los mismos laboratorios terminan diciendo cosas distintas. Para
pasar a la planilla:

1. Guárdela en \`datos/\` como libro \`.xlsx\`, o como CSV: «CSV UTF-8» o el «CSV (delimitado por
   comas)» de Excel en español, con punto y coma; los dos se leen. La primera fila son los
   encabezados, en español o con los nombres de campo de arriba (mayúsculas y tildes dan igual):

   \`\`\`csv
${CSV_LABS_EXAMPLE.split('\n').map((line) => `   ${line}`).join('\n')}
   \`\`\`

   Encabezados que se reconocen: Id, Nombre, Sector, Descripción, Sitio web, Correo, Ciudad, Región
   (o Departamento, Provincia), País, Latitud, Longitud, Áreas, Redes, Fundación, Logo, Ejemplo. El
   sector y el país se escriben como se dicen («Sector público», «Perú»); las listas (Áreas, Redes)
   se separan con punto y coma o con |. Sin columna Id, el id sale del nombre.
2. En \`${configName}\` cambie la fuente \`${sourceText(LABS_SOURCE, format)}\` por
   \`${sourceText(CSV_LABS_SOURCE, format)}\` (o \`${sourceText({ type: 'xlsx', path: 'datos/laboratorios.xlsx' }, format)}\`).
3. Borre \`${LABS_SOURCE.path}\` y, en \`admin/config.yml\`, la colección \`laboratorios\` (desde
   \`- name: laboratorios\` hasta la colección siguiente).

\`govtech-feeds build\` dice qué fila y qué columna tienen un problema.

## Transmisiones

Con el editor web: la colección «Transmisiones». A mano: en \`${STREAMS_SOURCE.path}\` cada
transmisión empieza con \`- id:\` bajo \`streams:\`. Los campos son:

| Campo | Qué poner |
|---|---|
| \`id\` | Identificador corto, sin espacios, que no cambie. |
| \`title\` | Título. |
| \`videoId\` | El id del video de YouTube: lo que sigue a \`watch?v=\` en su enlace (en \`https://www.youtube.com/watch?v=dQw4w9WgXcQ\` es \`dQw4w9WgXcQ\`, 11 letras, números, \`-\` o \`_\`). |
| \`eventId\` | El evento que se transmite: el nombre de su archivo sin \`.md\`. |
| \`channel\` | \`name\` y \`url\` del canal. |
| \`scheduledStart\`, \`scheduledEnd\` | Inicio y fin programados, en la hora del lugar: \`2022-02-23T17:00\`. |
| \`timeZone\` | La zona de esas horas, como en los eventos: \`America/Santiago\`. |
| \`actualStart\`, \`actualEnd\` | Inicio y fin reales, si no fueron los programados. |
| \`status\` | \`upcoming\`, \`live\` o \`ended\`; vacío, se deduce de las horas. |
| \`exampleData\` | \`true\` en datos inventados (los ids de video de ejemplo son inventados). |

Las horas se escriben como las de los eventos: \`2022-02-23T17:00\` con \`timeZone: America/Santiago\`
se publica \`2022-02-23T17:00:00-03:00\`. Sin \`timeZone\` vale la de la fuente en \`${configName}\`
(\`${STREAMS_SOURCE.timeZone}\`). Una hora que ya trae su desfase (\`-03:00\`) o \`Z\` se publica tal cual.

## Publicar

\`\`\`sh
npx @govtech-network/feeds build
\`\`\`

Escribe la carpeta \`feed/\` completa (o nada, si hay errores: el feed anterior queda intacto).
Súbala a cualquier hosting estático (GitHub Pages, Netlify, Cloudflare Pages); el archivo
\`feed/_headers\` ya trae CORS y caché para Netlify y Cloudflare Pages. Los widgets se apuntan a esa
carpeta: \`<govtech-event-calendar src="https://su-sitio/feed/"></govtech-event-calendar>\`.

## La configuración

\`${configName}\` declara su esquema (\`$schema\`), así que VS Code y otros editores completan y revisan
sus campos (en YAML con la extensión YAML de Red Hat). Para que el esquema se encuentre sin internet,
instale la herramienta en el proyecto: \`npm install --save-dev @govtech-network/feeds\`.
`;
}
