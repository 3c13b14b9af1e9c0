import type { DateSource, PageTexts, Report } from '../model.ts';
import { compareCodePoints } from '../read-seeds.ts';
import { sha256 } from '../sha256.ts';
import { dayLink, shortTitle } from './claim-view.ts';
import { countBySide } from './side-claims.ts';
import { SIDE_INFO } from './side-info.ts';
import type { PagePlan, ReportPage, ReportPageText } from './site-model.ts';

/** How the report's date was found, in the reader's words (the about page explains the order). */
const DATE_BASIS: Record<DateSource, string> = {
  'front-matter': 'stated by the editor in the file’s front matter',
  'iso-line': 'from a date line at the top of the text',
  dateline: 'from the report’s dateline',
  phrase: 'from the title or a heading, such as “overview as of …”',
  title: 'from a date in the title',
  mentioned: 'the latest date the text mentions (the least certain way)',
  none: 'no date found in the report',
};

/**
 * One page per report, in corpus order; `textDigests`: each report's `textDigest`, and
 * `reportDigests` what each report is made of (`Corpus.reportDigests`).
 */
export function planReportPages(reports: readonly Report[], textDigests: readonly string[], reportDigests: readonly string[]): PagePlan<ReportPage>[] {
  return reports.map((r, i) => ({
    url: reportUrl(r),
    key: sha256('report', reportDigests[i]!, textDigests[i]!),
    weight: 1 + r.claims.length + r.setAside.length,
    build: () => reportPage(r, textDigests[i]!),
  }));
}

/** The address of a report's page. */
export function reportUrl(r: Report): string {
  return `/reports/${r.id}/`;
}

function reportPage(r: Report, textDigest: string): ReportPage {
  const counts = countBySide(r.claims);
  return {
    id: r.id,
    url: reportUrl(r),
    title: r.title,
    shortTitle: shortTitle(r.title),
    file: r.file,
    day: dayLink(r.date),
    claimDays: daysOfClaims(r),
    dateBasis: DATE_BASIS[r.dateSource],
    publisher: r.publisher,
    // Only web addresses become links (front matter is validated upstream; this keeps the page safe regardless).
    originalUrl: r.url !== null && /^https?:\/\//iu.test(r.url) ? r.url : null,
    sides: SIDE_INFO.map((info) => ({ info, count: counts[info.side] })),
    claimCount: r.claims.length,
    setAsideCount: r.setAside.length,
    warnings: r.warnings,
    textDigest,
  };
}

/** The days a report's claims are on, with their counts, when one is not the report's day (`ReportPage.claimDays`). */
function daysOfClaims(r: Report): ReportPage['claimDays'] {
  if (r.claims.every((c) => c.date === r.date)) return [];
  const counts = new Map<string | null, number>();
  for (const c of r.claims) counts.set(c.date, (counts.get(c.date) ?? 0) + 1);
  // Dates ascending, the undated last, as days are listed everywhere.
  const dates = [...counts.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : compareCodePoints(a, b)));
  return dates.map((date) => ({ day: dayLink(date), count: counts.get(date)! }));
}

/** `pages` with their text, which is read only now: a rebuild renders a few report pages of thousands. */
export async function withTexts(pages: readonly ReportPage[], reports: readonly Report[], texts: PageTexts): Promise<ReportPageText[]> {
  const index = new Map(reports.map((r, i) => [r.id, i]));
  return Promise.all(pages.map(async (p) => ({ ...p, html: await texts.text(index.get(p.id)!) })));
}
