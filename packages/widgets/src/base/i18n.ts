/**
 * Language, Intl locale and time zone of a widget, and the strings every widget shares. Each widget
 * keeps its own messages next to it (e.g. event-calendar/messages.ts), keyed by the same Locale.
 */
// The zod-free subpath: the base must not make every widget (a video-id stream card) evaluate the SDK.
import { isTimeZone, runtimeTimeZone } from '@govtech-network/sdk/time-zone';

export type Locale = 'es' | 'pt' | 'en';
export const DEFAULT_LOCALE: Locale = 'es';

const LOCALES: readonly string[] = ['es', 'pt', 'en'];

/** The supported language a BCP 47 tag names ('pt-BR' → 'pt', 'ES' → 'es'), if any. */
function supportedLocale(tag: string | null | undefined): Locale | undefined {
  const language = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return language && LOCALES.includes(language) ? (language as Locale) : undefined;
}

/** The `lang` attribute nearest to `host` (itself included), looking through shadow roots to their hosts. */
function inheritedLang(host: Element): string | null {
  for (let node: Element | null = host; node; ) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return lang;
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return null;
}

/**
 * The widget's language: its `locale` attribute when supported, else the page's language at the widget
 * (the nearest `lang`), else the visitor's browser languages, else Spanish. A nearest `lang` we do not
 * support (say "fr") says nothing about which of ours the visitor reads, so the browser decides then.
 */
export function resolveLocale(host: Element, attribute?: string | null): Locale {
  return (
    supportedLocale(attribute ?? host.getAttribute('locale')) ??
    supportedLocale(inheritedLang(host)) ??
    navigator.languages.map(supportedLocale).find(Boolean) ??
    DEFAULT_LOCALE
  );
}

/**
 * The tag to format dates and numbers with: the visitor's own variant of the language when the browser
 * has one ('es-CL' formats and starts weeks as Chile does), else the bare language.
 */
export function localeTag(locale: Locale): string {
  return navigator.languages.find((tag) => supportedLocale(tag) === locale) ?? locale;
}

/** The zone times are shown in: a valid IANA `override` (a widget attribute), else the visitor's own. */
export function visitorTimeZone(override?: string | null): string {
  return override && isTimeZone(override) ? override : runtimeTimeZone();
}

export interface BaseMessages {
  loading: string;
  errorTitle: string;
  errorBody: string;
  retry: string;
  /** Shown over data kept from earlier in this visit when refreshing it failed. */
  staleNote: string;
  close: string;
  /** Badge of items the feed marks as invented (`exampleData`). */
  exampleData: string;
}

export const baseMessages: Record<Locale, BaseMessages> = {
  es: {
    loading: 'Cargando…',
    errorTitle: 'No pudimos cargar el contenido',
    errorBody: 'Revisa tu conexión e inténtalo de nuevo en unos minutos.',
    retry: 'Reintentar',
    staleNote: 'Estás viendo la última información guardada; puede no estar actualizada.',
    close: 'Cerrar',
    exampleData: 'Ejemplo',
  },
  pt: {
    loading: 'Carregando…',
    errorTitle: 'Não foi possível carregar o conteúdo',
    errorBody: 'Verifique sua conexão e tente novamente em alguns minutos.',
    retry: 'Tentar novamente',
    staleNote: 'Você está vendo as últimas informações salvas; elas podem estar desatualizadas.',
    close: 'Fechar',
    exampleData: 'Exemplo',
  },
  en: {
    loading: 'Loading…',
    errorTitle: 'We couldn’t load this content',
    errorBody: 'Check your connection and try again in a few minutes.',
    retry: 'Try again',
    staleNote: 'You are seeing the last saved information; it may be out of date.',
    close: 'Close',
    exampleData: 'Example',
  },
};
