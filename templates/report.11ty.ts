import { countLabel } from '../src/site/count-label.ts';
import { html, SafeHtml } from '../src/site/html.ts';
import { page, pageContext, type EleventyThis } from '../src/site/layout.ts';
import { onePagePer } from '../src/site/paginate.ts';
import type { ReportPageText, SiteData } from '../src/site/site-model.ts';

interface Data {
  site: SiteData;
  report: ReportPageText;
}

export const data = onePagePer('reports', 'report');

export function render(this: EleventyThis, { site, report }: Data): string {
  const ctx = pageContext(this, site);
  const { href } = ctx;
  const body = html`<p class="breadcrumb"><a href="${href('/')}">Timeline</a> › <a href="${href(report.day.url)}">${report.day.label}</a></p>
<article class="report">
<h1>${report.title}</h1>
<dl class="report-meta">
<dt>Date</dt><dd><a href="${href(report.day.url)}">${report.day.label}</a> <span class="basis">(${report.dateBasis})</span></dd>
${
  report.claimDays.length > 0
    ? html`<dt>Claims by day</dt><dd>${report.claimDays.map((d, i) => html`${i > 0 ? ' · ' : ''}<a href="${href(d.day.url)}">${d.day.label}</a> (${d.count})`)} <span class="basis">(the days its date headings or stamps name)</span></dd>
`
    : ''
}<dt>Outlet</dt><dd>${report.publisher ?? 'Not recorded'}</dd>
<dt>Original</dt><dd>${report.originalUrl ? html`<a href="${report.originalUrl}" rel="external nofollow noopener">${report.originalUrl}</a>` : 'Address not recorded'}</dd>
<dt>Claims</dt><dd>${report.sides.map((s, i) => html`${i > 0 ? ' · ' : ''}<a href="${href(s.info.url)}">${s.info.label}</a> ${s.count}`)} <span class="basis">(${countLabel(report.setAsideCount, 'piece', 'pieces')} set aside)</span></dd>
<dt>Seed file</dt><dd><code>${report.file}</code></dd>
</dl>
${
  report.warnings.length > 0
    ? html`<section class="warnings" aria-labelledby="warnings-heading">
<h2 id="warnings-heading">Notes from the build</h2>
<ul>${report.warnings.map((w) => html`<li>${w}</li>`)}</ul>
</section>`
    : ''
}
<section aria-labelledby="text-heading">
<h2 id="text-heading">Report text</h2>
<p class="key">Each paragraph that holds a claim starts with the side it speaks for. What is not a claim (the site’s chrome, teasers, captions) is folded, with the reason.</p>
<div class="report-text">
${new SafeHtml(report.html)}
</div>
</section>
</article>`;
  return page({ title: report.shortTitle, description: `${report.day.label}: ${report.title} — the report’s text with ${countLabel(report.claimCount, 'claim')} marked by side.`, path: report.url, section: 'reports', body }, ctx);
}
