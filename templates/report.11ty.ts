import { html, SafeHtml } from '../src/site/html.ts';
import { page } from '../src/site/layout.ts';
import type { Report } from '../src/model.ts';

interface Data {
  report: Report;
}

export const data = {
  pagination: { data: 'site.reports', size: 1, alias: 'report' },
  permalink: (d: Data) => `/reports/${d.report.id}/index.html`,
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
