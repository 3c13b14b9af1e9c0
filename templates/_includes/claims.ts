import { countLabel } from '../../src/site/count-label.ts';
import { html, type SafeHtml } from '../../src/site/html.ts';
import type { PageContext } from '../../src/site/layout.ts';
import type { ClaimView, SideClaims, SideInfo } from '../../src/site/site-model.ts';

/** Markup shared by the day, side and place pages: claim lists, side headings, folds. */

export function claimList(claims: readonly ClaimView[], { href }: PageContext): SafeHtml {
  return html`<ol class="claims">
${claims.map(
  (c) => html`<li class="claim-item side-${c.side}" id="${c.elementId}">
${c.headline ? html`<p class="claim-headline">${c.headline}</p>` : ''}
<p class="claim-text">${c.text}</p>
<p class="claim-meta"><span class="claim-attribution">${c.attribution}</span>
<a class="claim-source" href="${href(c.sourceUrl)}">Source: ${c.sourceLabel}</a>${
    c.places.length > 0
      ? html`
<span class="claim-places">Places: ${c.places.map((p, i) => html`${i > 0 ? ', ' : ''}<a href="${href(p.url)}">${p.label}</a>`)}</span>`
      : ''
  }</p>
</li>
`,
)}</ol>`;
}

/** The outlet's background narration, folded so that the day's news comes first. */
export function backgroundFold(claims: readonly ClaimView[], ctx: PageContext): SafeHtml | '' {
  if (claims.length === 0) return '';
  return html`<details class="background">
<summary>Background narration (${countLabel(claims.length, 'claim')})</summary>
${claimList(claims, ctx)}
</details>`;
}

/** A side's name as a heading: its label in words, whom it stands for, and a count. */
export function sideHeading(info: SideInfo, count: number, level: 'h2' | 'h3', id: string): SafeHtml {
  const inner = html`<span class="side-name">${info.label}</span> <span class="side-who">${info.who}</span> <span class="side-count">${countLabel(count, 'claim')}</span>`;
  return level === 'h2' ? html`<h2 id="${id}" class="side-heading">${inner}</h2>` : html`<h3 id="${id}" class="side-heading">${inner}</h3>`;
}

/**
 * One side's claims under its heading; an empty side says so rather than vanishing.
 * `groupHeadingId` names the heading of the group (a day on a place page), so that each
 * section's accessible name is unique on the page.
 */
export function sideSection(s: SideClaims, level: 'h2' | 'h3', idPrefix: string, ctx: PageContext, groupHeadingId?: string, emptyText = `No claims from ${s.info.label} in these reports.`): SafeHtml {
  const id = `${idPrefix}${s.info.side}`;
  return html`<section class="side-column side-${s.info.side}" aria-labelledby="${groupHeadingId ? `${groupHeadingId} ${id}` : id}">
${sideHeading(s.info, s.count, level, id)}
${s.claims.length > 0 ? claimList(s.claims, ctx) : html`<p class="empty">${s.count > 0 ? 'Only background narration.' : emptyText}</p>`}
${backgroundFold(s.background, ctx)}
</section>`;
}
