/**
 * The calendar's "Suscribirse" menu (`subscribe`), loaded on first use: the feed's published iCalendar
 * file (the manifest's `feeds.ics`, or the network's own `ics` when the calendar is narrowed to one
 * network) for Apple Calendar and Thunderbird (webcal), Google Calendar, Outlook.com and Outlook 365, a
 * "copy the link" with its confirmation, and the .ics download. A WAI-ARIA menu button: the arrow keys move
 * through the items, Escape closes it and gives the focus back to the button, Tab or a click away close it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { subscribeLinks, type SubscribeLinks } from '@govtech-network/sdk/ics';
import { feedClient } from '../base/client-registry.js';
import type { Locale } from '../base/i18n.js';
import { parseList } from '../internal/list-attribute.js';
import type { CalendarTool, CalendarToolFactory, CalendarToolHost } from './tools.js';

interface SubscribeMessages {
  subscribe: string;
  /** Appended, visually hidden, to the button when the calendar is narrowed to one network. */
  toNetwork(name: string): string;
  webcal: string;
  copy: string;
  copied: string;
  copyFailed(link: string): string;
  download: string;
}

const messages: Record<Locale, SubscribeMessages> = {
  es: {
    subscribe: 'Suscribirse',
    toNetwork: (name) => ` a la agenda de ${name}`,
    webcal: 'Apple Calendar, Thunderbird (webcal)',
    copy: 'Copiar el enlace',
    copied: 'Enlace copiado.',
    copyFailed: (link) => `No pudimos copiar el enlace; es este: ${link}`,
    download: 'Descargar el archivo .ics',
  },
  pt: {
    subscribe: 'Assinar',
    toNetwork: (name) => ` a agenda de ${name}`,
    webcal: 'Apple Calendar, Thunderbird (webcal)',
    copy: 'Copiar o link',
    copied: 'Link copiado.',
    copyFailed: (link) => `Não foi possível copiar o link; é este: ${link}`,
    download: 'Baixar o arquivo .ics',
  },
  en: {
    subscribe: 'Subscribe',
    toNetwork: (name) => ` to the calendar of ${name}`,
    webcal: 'Apple Calendar, Thunderbird (webcal)',
    copy: 'Copy the link',
    copied: 'Link copied.',
    copyFailed: (link) => `We couldn’t copy the link; here it is: ${link}`,
    download: 'Download the .ics file',
  },
};

/** Product names, the same in every language. */
const PROVIDERS = [
  ['google', 'Google Calendar'],
  ['outlook', 'Outlook.com'],
  ['office', 'Outlook 365'],
] as const;

export const styles = css`
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    align-items: end;
  }
  .subscribe {
    position: relative;
    margin-inline-start: auto;
    margin-block-end: 0.75em;
  }
  .subscribe [role='menu'] {
    position: absolute;
    inset-inline-end: 0;
    z-index: 2;
    min-width: 16em;
    margin: 0.25em 0 0;
    padding: 0.25em;
    list-style: none;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.2);
  }
  .subscribe [role='menuitem'] {
    display: block;
    width: 100%;
    min-height: 2.75em;
    padding: 0.6em 0.75em;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: var(--_text);
    text-align: start;
    text-decoration: none;
  }
  .subscribe [role='menuitem']:hover,
  .subscribe [role='menuitem']:focus {
    background: var(--_surface);
  }
  .subscribe .note {
    margin: 0.25em 0 0;
    overflow-wrap: anywhere;
  }
`;

/** The calendar's one .ics to subscribe to, with the name calendar apps show, once the manifest is read. */
interface Subscription {
  readonly url: string;
  readonly links: SubscribeLinks;
  /** The network's name when the calendar is narrowed to one. */
  readonly network: string | undefined;
}

class SubscribeMenu implements CalendarTool {
  #open = false;
  #status = '';
  #subscription: Subscription | undefined;
  /** What the subscription was read for (src and network): read again when they change. */
  #readFor: string | undefined;
  readonly #host: CalendarToolHost;

  constructor(host: CalendarToolHost) {
    this.#host = host;
  }

  control(): TemplateResult | typeof nothing {
    this.#read();
    const sub = this.#subscription;
    if (!sub) return nothing;
    const m = messages[this.#host.language()];
    const item = (href: string, label: string, external = true) =>
      html`<li role="none">
        <a role="menuitem" tabindex="-1" href=${href} target=${external ? '_blank' : nothing} rel=${external ? 'noopener noreferrer' : nothing} @click=${this.#close}>${label}</a>
      </li>`;
    return html`<div class="subscribe" @focusout=${this.#focusOut} @keydown=${this.#keydown}>
      <button
        class="button"
        type="button"
        id="subscribe-button"
        aria-haspopup="menu"
        aria-expanded=${this.#open ? 'true' : 'false'}
        aria-controls="subscribe-menu"
        @click=${() => this.#toggle(!this.#open, 0)}
      >
        ${m.subscribe}${sub.network ? html`<span class="visually-hidden">${m.toNetwork(sub.network)}</span>` : nothing}
        <span aria-hidden="true">▾</span>
      </button>
      <ul role="menu" id="subscribe-menu" aria-labelledby="subscribe-button" ?hidden=${!this.#open}>
        ${item(sub.links.webcal, m.webcal, false)} ${PROVIDERS.map(([provider, name]) => item(sub.links[provider], name))}
        <li role="none"><button role="menuitem" tabindex="-1" type="button" @click=${() => void this.#copy(sub.url)}>${m.copy}</button></li>
        <li role="none"><a role="menuitem" tabindex="-1" href=${sub.url} download @click=${this.#close}>${m.download}</a></li>
      </ul>
      <p class="note" role="status">${this.#status}</p>
    </div>`;
  }

  /** The calendars of the feed, read once per src and network (the manifest is the client's, cached). */
  #read(): void {
    const { src, network, clock, now } = this.#host.element;
    const key = `${src} ${network}`;
    if (!src || key === this.#readFor) return;
    this.#readFor = key;
    void (async () => {
      const client = await feedClient(src, clock, now);
      const [calendars, networks] = await Promise.all([client.networks.calendars(), client.networks.list()]);
      const [one, ...others] = parseList(network);
      const own = one && !others.length ? calendars.networks[one] : undefined;
      const url = own ?? calendars.feed;
      const name = own ? networks.items.find((item) => item.id === one)?.name : undefined;
      if (key !== this.#readFor) return;
      // The name calendar apps show for it: the network's, or the feed's one network's.
      const calendarName = name ?? (networks.items.length === 1 ? networks.items[0]!.name : '');
      this.#subscription = url ? { url, links: subscribeLinks(url, calendarName), network: name } : undefined;
      this.#host.element.requestUpdate();
    })().catch((error: unknown) => this.#host.element.reportError(error, true));
  }

  /** Opens (focusing the item at `index`, from the end when negative) or closes the menu. */
  async #toggle(open: boolean, index = 0): Promise<void> {
    this.#open = open;
    this.#status = '';
    this.#host.element.requestUpdate();
    await this.#host.element.updateComplete;
    if (open) this.#items().at(index)?.focus();
  }

  readonly #close = () => void this.#toggle(false);

  #items(): HTMLElement[] {
    return [...this.#host.element.shadowRoot!.querySelectorAll<HTMLElement>('#subscribe-menu [role="menuitem"]')];
  }

  readonly #keydown = (e: KeyboardEvent) => {
    const button = this.#host.element.shadowRoot!.getElementById('subscribe-button');
    const items = this.#items();
    const at = items.indexOf(e.composedPath()[0] as HTMLElement);
    const move: Record<string, number | undefined> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 };
    if (e.key === 'Escape' && this.#open) {
      e.preventDefault();
      e.stopPropagation();
      void this.#toggle(false).then(() => button?.focus());
    } else if (at === -1 && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      void this.#toggle(true, e.key === 'ArrowUp' ? -1 : 0);
    } else if (at !== -1 && move[e.key] !== undefined) {
      e.preventDefault();
      items.at(move[e.key]! % items.length)?.focus();
    }
  };

  /** The focus left the button and its menu (Tab, a click elsewhere): the menu closes. */
  readonly #focusOut = (e: FocusEvent) => {
    const into = e.relatedTarget as Node | null;
    if (this.#open && !(into && (e.currentTarget as HTMLElement).contains(into))) this.#close();
  };

  async #copy(url: string): Promise<void> {
    const m = messages[this.#host.language()];
    const button = this.#host.element.shadowRoot!.getElementById('subscribe-button');
    let status: string;
    try {
      await navigator.clipboard.writeText(url);
      status = m.copied;
    } catch {
      status = m.copyFailed(url);
    }
    await this.#toggle(false);
    button?.focus();
    this.#status = status;
    this.#host.element.requestUpdate();
  }
}

export const createTool: CalendarToolFactory = (host) => new SubscribeMenu(host);
