/**
 * A lab's details, disclosed under its name (in the list, and in the map's list by region): its
 * description (the feed's safe Markdown) and the rest of its fields. Loaded on the first opening, so the
 * Markdown renderer is not in the directory's first download.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GovLab } from '@govtech-network/sdk';
import { renderMarkdown } from '../base/markdown.js';
import type { DirectoryMessages } from './messages.js';

export function labDetails(lab: GovLab, networkNames: ReadonlyMap<string, string>, m: DirectoryMessages): TemplateResult {
  const more = lab.description || lab.networks?.length || lab.founded || lab.website || lab.email;
  // The feed's schema lets only http(s) websites and plain addresses through; the checks here keep a
  // link that is not one of those from ever becoming an href.
  const website = lab.website && /^https?:\/\//i.test(lab.website) ? lab.website : undefined;
  const email = lab.email && !/[\s:/?#]/.test(lab.email) ? lab.email : undefined;
  return html`${lab.description ? html`<div class="description">${renderMarkdown(lab.description)}</div>` : nothing}
    ${lab.networks?.length ? html`<p class="meta">${lab.networks.map((id) => networkNames.get(id) ?? id).join(' · ')}</p>` : nothing}
    ${lab.founded ? html`<p class="meta">${m.founded(lab.founded)}</p>` : nothing}
    ${website || email
      ? html`<p class="links">
          ${website ? html`<a href=${website} target="_blank" rel="noopener noreferrer">${m.website}</a>` : nothing}
          ${email ? html`<a href="mailto:${email}">${email}</a>` : nothing}
        </p>`
      : nothing}
    ${more ? nothing : html`<p class="meta">${m.noDetails}</p>`}`;
}
