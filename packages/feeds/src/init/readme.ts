/** LEEME.md of a starter project: for the person who edits the agenda, in Spanish. */
export function starterReadme(configName: string): string {
  return `# Agenda GovTech: contenido y feed

Esta carpeta tiene la agenda de la red como archivos Markdown y la configuración con la que
\`govtech-feeds\` los convierte en un feed GovTech v1: los archivos que leen los widgets
(calendario, cuenta regresiva, directorio de laboratorios, transmisiones) y los calendarios \`.ics\`.

| Archivo o carpeta | Qué es |
|---|---|
| \`${configName}\` | La configuración: redes, fuentes del contenido y carpeta de salida. |
| \`contenido/eventos/\` | Eventos con hora (paneles, talleres, webinars): un archivo \`.md\` por evento. |
| \`contenido/reuniones/\` | Reuniones de las que solo se publica el día. |
| \`admin/\` | El editor web (Decap CMS) que escribe esos archivos. |
| \`feed/\` | El feed que se publica; lo escribe \`govtech-feeds build\` (no se edita a mano). |

## Ver el resultado mientras se edita

\`\`\`sh
npx govtech-feeds dev
\`\`\`

Abra la dirección que aparece (http://127.0.0.1:8787/): muestra los cuatro widgets con el feed y se
recarga sola cada vez que guarda un archivo. Si un archivo tiene un error, la página lo dice (archivo,
línea y cómo arreglarlo) y sigue mostrando el último feed correcto.

## Editar un evento

Con el editor web: abra \`/admin/\` en el sitio publicado o, en su computador, ejecute
\`npx decap-server\` en la raíz del repositorio y abra http://127.0.0.1:8787/admin/ mientras corre
\`govtech-feeds dev\`.

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

## Publicar

\`\`\`sh
npx govtech-feeds build
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
