import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * The notice a widget shows in place of third-party content (map tiles) until the visitor accepts: what
 * the third party receives, its privacy policy when we know it, and the accept button — the stream
 * card's YouTube notice made a piece (its markup and look). The stream card still writes its own inline:
 * calling this costs it 13 to 88 bytes gzip, over its size budget (a ratchet); it should move here when
 * it has the room.
 */
export interface ConsentNotice {
  readonly text: string;
  /** The third party's privacy policy, when known. */
  readonly privacy?: { readonly href: string; readonly label: string } | undefined;
  readonly accept: string;
  readonly onAccept: () => void;
  /** `aria-describedby` of the accept button (what it plays or shows). */
  readonly describedBy?: string | undefined;
}

export function consentNotice(notice: ConsentNotice): TemplateResult {
  return html`<p>${notice.text}</p>
    ${notice.privacy ? html`<a href=${notice.privacy.href}>${notice.privacy.label}</a>` : nothing}
    <button class="button primary" type="button" aria-describedby=${notice.describedBy ?? nothing} @click=${notice.onAccept}>${notice.accept}</button>`;
}

export const consentNoticeStyles = css`
  .consent {
    display: grid;
    gap: 0.5em;
    justify-items: center;
    padding: var(--_space);
    text-align: center;
    font-size: 0.875em;
  }
  .consent p {
    margin: 0;
  }
`;
