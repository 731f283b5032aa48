/**
 * Language, Intl locale and time zone of a widget, and the strings every widget shares. Each widget
 * keeps its Spanish strings next to it (e.g. event-calendar/messages.ts); Portuguese and English are
 * one module per language (src/locales/), loaded through LocaleStrings below.
 */
// The zod-free subpath: the base must not make every widget (a video-id stream card) evaluate the SDK.
import { isTimeZone, runtimeTimeZone } from '@govtech-network/sdk/time-zone';
import type * as Portuguese from '../locales/pt.js';

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

/** Spanish, the default: in every widget's own download (Portuguese and English: src/locales/). */
export const baseMessages: BaseMessages = {
  loading: 'Cargando…',
  errorTitle: 'No pudimos cargar el contenido',
  errorBody: 'Revisa tu conexión e inténtalo de nuevo en unos minutos.',
  retry: 'Reintentar',
  staleNote: 'Estás viendo la última información guardada; puede no estar actualizada.',
  close: 'Cerrar',
  exampleData: 'Ejemplo',
};

/** Each language but Spanish is one module holding every widget's strings (src/locales/). */
type LanguageModule = typeof Portuguese;
const languageModules: Record<Exclude<Locale, 'es'>, () => Promise<LanguageModule>> = {
  pt: () => import('../locales/pt.js'),
  en: () => import('../locales/en.js'),
};
/** One import per language and page, whichever widgets ask; a failed one (a CDN hiccup) is not retried: browsers keep the failure. */
const languageImports: Partial<Record<Locale, Promise<LanguageModule | undefined>>> = {};

/**
 * One widget's (or the base's) strings in each language. Spanish, the default, comes with the widget's
 * code; Portuguese and English are imported when a widget on the page first speaks them, so a page in
 * Spanish downloads no other language. The base awaits `loaded` before a widget renders in a language
 * (GovtechElement.scheduleUpdate), so `in` has them by then; if the import failed, the widget speaks
 * Spanish and the console says why.
 */
export class LocaleStrings<T> {
  readonly #loaded: Partial<Record<Locale, T>> & { es: T };
  readonly #pick: (module: LanguageModule) => T;

  constructor(spanish: T, pick: (module: LanguageModule) => T) {
    this.#loaded = { es: spanish };
    this.#pick = pick;
  }

  /** The strings in `locale` once loaded, Spanish until then. */
  in(locale: Locale): T {
    return this.#loaded[locale] ?? this.#loaded.es;
  }

  /** Nothing when `locale`'s strings are here; otherwise a promise that settles (never rejects) once they are, or their import failed. */
  loaded(locale: Locale): Promise<unknown> | undefined {
    if (locale === 'es' || this.#loaded[locale]) return undefined;
    languageImports[locale] ??= languageModules[locale]().catch((error: unknown) => {
      console.error(`[govtech-widgets] the ${locale} strings could not be loaded; showing Spanish`, error);
      return undefined;
    });
    return languageImports[locale].then((module) => {
      this.#loaded[locale] = module ? this.#pick(module) : this.#loaded.es;
    });
  }
}

export const baseStrings = new LocaleStrings(baseMessages, (module) => module.base);
