import type { Corpus } from '../pipeline.ts';
import type { Day, Report } from '../model.ts';

/** Everything the templates display, computed here so templates only loop and branch. */
export interface SiteData {
  days: Day[];
  reports: Report[];
  reportsById: Record<string, Report>;
  /**
   * The reports whose page this build renders: all of them, except those whose page is
   * reused unchanged from the previous build. A report page shows only its own report, so
   * that whether it changed is known from the report alone.
   */
  reportPages: Report[];
}

export function siteData(corpus: Corpus, reportPages: Report[] = corpus.reports): SiteData {
  return {
    days: corpus.records.days,
    reports: corpus.reports,
    reportsById: Object.fromEntries(corpus.reports.map((r) => [r.id, r])),
    reportPages,
  };
}
