/**
 * "Compartir" in an event's details (`sync-url`), loaded when a calendar that has it opens an event: the
 * system's share sheet (Web Share API) where the browser has one, else the link copied to the clipboard,
 * and a polite status saying what happened.
 */
import { html, type TemplateResult } from 'lit';
import type { Locale } from '../base/i18n.js';

export const messages: Record<Locale, { share: string; linkCopied: string; shareFailed: string }> = {
  es: { share: 'Compartir', linkCopied: 'Enlace copiado.', shareFailed: 'No pudimos copiar el enlace.' },
  pt: { share: 'Compartilhar', linkCopied: 'Link copiado.', shareFailed: 'Não foi possível copiar o link.' },
  en: { share: 'Share', linkCopied: 'Link copied.', shareFailed: 'We couldn’t copy the link.' },
};

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

export async function shareLink(data: { url: string; title: string }): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (error) {
      // The visitor closed the sheet: nothing to say. Any other refusal: the link is copied instead.
      if ((error as Error | null)?.name === 'AbortError') return 'cancelled';
    }
  }
  try {
    await navigator.clipboard.writeText(data.url);
    return 'copied';
  } catch {
    return 'failed';
  }
}

/** What the status says after `outcome`: nothing when the share sheet itself answered. */
export function statusText(outcome: ShareOutcome, locale: Locale): string {
  const m = messages[locale];
  return outcome === 'copied' ? m.linkCopied : outcome === 'failed' ? m.shareFailed : '';
}

/** The button, and the status (always there, so that a screen reader hears it change). */
export function shareTemplate(status: string, locale: Locale, share: () => void): TemplateResult {
  return html`<div class="actions share">
      <button class="button" type="button" @click=${share}>${messages[locale].share}</button>
    </div>
    <p class="share-status" role="status">${status}</p>`;
}
