import type { Corpus } from '../pipeline.ts';
import type { Day, Report } from '../model.ts';

/** Everything the templates display, computed here so templates only loop and branch. */
export interface SiteData {
  days: Day[];
  reports: Report[];
  reportsById: Record<string, Report>;
}

export function siteData(corpus: Corpus): SiteData {
  return {
    days: corpus.records.days,
    reports: corpus.reports,
    reportsById: Object.fromEntries(corpus.reports.map((r) => [r.id, r])),
  };
}
