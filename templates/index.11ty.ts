import { html, SafeHtml } from '../src/site/html.ts';
import { page } from '../src/site/layout.ts';
import type { SiteData } from '../src/site/site-data.ts';

interface Data {
  site: SiteData;
}

export const data = { permalink: '/index.html' };

export function render(this: { url: (p: string) => string }, { site }: Data): string {
  const href = (p: string) => this.url(p);
  const body = html`<h1>Karabakh timeline</h1>
<ol class="days">
${site.days.map(
  (d) => html`<li><h2>${d.date ?? 'Undated'}</h2>
<ul>${d.reports.map((id) => html`<li><a href="${href(`/reports/${id}/`)}">${site.reportsById[id]?.title ?? id}</a></li>`)}</ul>
<p>Baku: ${d.claims.baku.length} · Yerevan: ${d.claims.yerevan.length} · International: ${d.claims.international.length}</p></li>`,
)}
</ol>`;
  return page({ title: 'Karabakh timeline', description: 'What each side said, day by day.', url: '/', body, href });
}

export { SafeHtml };
