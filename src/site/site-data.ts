import { BODIES, NATIONALITY, PEOPLE } from '../actors.ts';
import type { Corpus } from '../assemble-corpus.ts';
import { planDayPages, reportLink } from './day-pages.ts';
import { planPlacePages, placeHomes } from './place-pages.ts';
import { planReportPages, withTexts } from './report-pages.ts';
import { SIDE_INFO } from './side-info.ts';
import { planSidePages } from './side-pages.ts';
import type { ClaimContext } from './claim-view.ts';
import type { MethodFacts, PagesSelected, SiteData, SiteModel } from './site-model.ts';
import { buildTimeline } from './timeline.ts';
import { compareCodePoints } from '../read-seeds.ts';

export interface SiteOptions {
  /** Origin the site is published at, e.g. `https://example.org`; null when unknown. */
  origin: string | null;
  /** Most claims a place page shows before it is split by month (tests lower it); `PLACE_PAGE_MAX_CLAIMS` by default. */
  placeMaxClaims?: number;
  /** Most claims a side's month page shows before it lists its days instead (tests lower it); `SIDE_MONTH_MAX_CLAIMS` by default. */
  sideMonthMaxClaims?: number;
}

/**
 * Everything the templates display, computed from the corpus so that templates only loop
 * and branch; the pages of paginated templates as plans, whose models are built only when
 * they are rendered. Pure: the same corpus gives the same data.
 */
export function siteData(corpus: Corpus, options: SiteOptions = { origin: null }): SiteModel {
  const days = corpus.records.days;
  const ctx: ClaimContext = {
    reportsById: new Map(corpus.reports.map((r) => [r.id, r])),
    reportDigests: new Map(corpus.reports.map((r, i) => [r.id, corpus.reportDigests[i]!])),
    places: placeHomes(days, options.placeMaxClaims),
  };
  const reportIndex = [...corpus.reports]
    .sort((a, b) => (a.date === b.date ? compareCodePoints(a.id, b.id) : a.date === null ? 1 : b.date === null ? -1 : compareCodePoints(a.date, b.date)))
    .map(reportLink);
  const sides = planSidePages(days, ctx, options.sideMonthMaxClaims);
  const places = planPlacePages(days, ctx);
  return {
    origin: options.origin,
    sides: [...SIDE_INFO],
    timeline: buildTimeline(days),
    reportIndex,
    placeIndex: places.index,
    method: methodFacts(corpus),
    pages: {
      reports: planReportPages(corpus.reports, corpus.texts.digests, corpus.reportDigests),
      days: planDayPages(days, ctx),
      places: places.pages,
      sides: sides.pages,
      sideMonths: sides.months,
      placeMonths: places.months,
    },
  };
}

/**
 * The `site` global of an Eleventy run that renders the pages `render` names (`buildAll` of
 * a pass's plans: their models built now): the report pages get their text.
 */
export async function withPages(site: SiteModel, corpus: Corpus, render: PagesSelected): Promise<SiteData> {
  const { pages: _plans, ...globals } = site;
  return { ...globals, render: { ...render, reports: await withTexts(render.reports, corpus.reports, corpus.texts) } };
}

const ACTORS = [...PEOPLE, ...BODIES, ...NATIONALITY];

function methodFacts(corpus: Corpus): MethodFacts {
  const { reports, records } = corpus;
  return {
    reportCount: reports.length,
    dayCount: records.days.filter((d) => d.date !== null).length,
    claimCount: reports.reduce((n, r) => n + r.claims.length, 0),
    undatedReportCount: reports.filter((r) => r.date === null).length,
    inferredYearCount: corpus.diagnostics.filter((d) => d.ruleId === 'date-year-inferred').length,
    actors: SIDE_INFO.map((info) => ({ info, labels: [...new Set(ACTORS.filter((a) => a.side === info.side).map((a) => a.label))] })),
  };
}
