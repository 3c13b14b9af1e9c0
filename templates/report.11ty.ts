import { html, SafeHtml } from '../src/site/html.ts';
import { page } from '../src/site/layout.ts';
import type { Report } from '../src/model.ts';
import { reportPagePath } from '../src/site/report-page.ts';

interface Data {
  report: Report;
}

export const data = {
  // Only the reports whose page changed since the previous build (all of them in a cold build).
  pagination: { data: 'site.reportPages', size: 1, alias: 'report' },
  permalink: (d: Data) => `/${reportPagePath(d.report.id)}`,
};

export function render(this: { url: (p: string) => string }, { report }: Data): string {
  const href = (p: string) => this.url(p);
  const body = html`<article>
<h1>${report.title}</h1>
<p>${report.date ?? 'Undated'}${report.publisher ? html` · ${report.publisher}` : ''}</p>
<div class="report-text">${new SafeHtml(report.html)}</div>
</article>`;
  return page({ title: report.title, description: `Report of ${report.date ?? 'an unknown day'}: ${report.title}`, url: `/reports/${report.id}/`, body, href });
}
