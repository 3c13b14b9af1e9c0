import { createHash } from 'node:crypto';
import type { Claim, Report, Side } from '../src/model.ts';
import { groupByDay } from '../src/group-by-day.ts';
import type { Corpus } from '../src/assemble-corpus.ts';
import { memoryTexts } from '../src/page-texts.ts';
import { buildAll } from '../src/site/page-plan.ts';
import { siteData, type SiteOptions } from '../src/site/site-data.ts';
import type { PagePlan } from '../src/site/site-model.ts';

/**
 * Small hand-made corpora for the site's unit tests, in our own words (no seed text): a report
 * is a title, a day and a few claims, each written to pin one behaviour.
 */

let counter = 0;

/** Claims made without a day of their own (`extra.date`): `report` puts them on its day. */
const onReportDay = new WeakSet<Claim>();

export function claim(reportId: string, side: Side, text: string, extra: Partial<Claim> = {}): Claim {
  counter++;
  const anchor = extra.anchor ?? `p${counter}`;
  const made: Claim = {
    id: `${reportId}-${anchor}-1`,
    reportId,
    anchor,
    spans: [anchor],
    side,
    text,
    attribution: null,
    places: [],
    background: false,
    sideBasis: 'speaker',
    headline: null,
    line: counter,
    date: null,
    ...extra,
  };
  if (extra.date === undefined) onReportDay.add(made);
  return made;
}

export function report(id: string, date: string | null, claims: (reportId: string) => Claim[], extra: Partial<Report> = {}): Report {
  return {
    id,
    file: `${id}.txt`,
    title: `Bulletin ${id}`,
    date,
    dateSource: date === null ? 'none' : 'front-matter',
    url: null,
    publisher: null,
    warnings: [],
    claims: claims(id).map((c) => (onReportDay.has(c) ? { ...c, date } : c)),
    setAside: [],
    ...extra,
  };
}

/** A corpus as the pipeline would hand it to the site. */
export function corpus(reports: Report[]): Corpus {
  return {
    reports,
    records: { schemaVersion: 1, reports, days: groupByDay(reports) },
    diagnostics: [],
    texts: memoryTexts(reports.map((r) => `<p>${r.title}</p>`)),
    // A hand-made report is digested whole, which stands for it as `assembleCorpus`'s digest does.
    reportDigests: reports.map((r) => createHash('sha256').update(JSON.stringify(r)).digest('hex')),
  };
}

/** Three dated days and one undated report, with places named by both sides. */
export function smallWar(): Corpus {
  return corpus([
    report('alpha', '2021-03-30', (id) => [
      claim(id, 'baku', 'The eastern ferry was stopped at the river crossing near Riverton.', { places: ['Riverton'], attribution: 'the port authority' }),
      claim(id, 'yerevan', 'Crews repaired the power line to Hilltown overnight.', { places: ['Hilltown'] }),
    ]),
    report('bravo', '2021-04-02', (id) => [
      claim(id, 'international', 'For months the two camps have traded blame over the dam.', { background: true, sideBasis: 'narration' }),
      claim(id, 'international', 'Observers counted eleven lorries at the northern checkpoint.', { sideBasis: 'narration' }),
      claim(id, 'yerevan', 'The school in Riverton reopened for the spring term.', { places: ['Riverton'], sideBasis: 'header' }),
    ]),
    report('charlie', '2021-04-02', (id) => [claim(id, 'baku', 'A convoy of grain trucks reached Hilltown before noon.', { places: ['Hilltown'] })]),
    report('delta', '2021-04-10', (id) => [claim(id, 'baku', 'The mountain road was cleared of snow.')]),
    report('echo', null, (id) => [claim(id, 'international', 'Relief agencies asked for more blankets.')]),
  ]);
}

/** Days on both sides of a month and a year boundary, listed out of order, and an undated report. */
export function acrossMonths(): Corpus {
  return corpus([
    report('feb-first', '2021-02-01', (id) => [claim(id, 'baku', 'The frontier post at Millbrook changed hands at dawn.', { places: ['Millbrook'] })]),
    report('new-year', '2021-01-01', (id) => [
      claim(id, 'baku', 'Sirens sounded twice over Millbrook after midnight.', { places: ['Millbrook'] }),
      claim(id, 'yerevan', 'A field hospital near Millbrook took in nine wounded.', { places: ['Millbrook'] }),
    ]),
    report('old-year', '2020-12-31', (id) => [
      claim(id, 'baku', 'Snow closed the pass above Millbrook.', { places: ['Millbrook'] }),
      claim(id, 'baku', 'Both camps have held these ridges since the autumn.', { background: true, sideBasis: 'narration' }),
    ]),
    report('jan-last', '2021-01-31', (id) => [claim(id, 'international', 'Monitors crossed into Millbrook with a convoy of medicine.', { places: ['Millbrook', 'Stonebridge'] })]),
    report('no-date', null, (id) => [claim(id, 'baku', 'A warehouse in Millbrook burned down.', { places: ['Millbrook'] })]),
  ]);
}

/** The site with every page's model built, each kind under its own name (`sidePages` the sides' overviews). */
export function siteModels(c: Corpus, options?: SiteOptions) {
  const { pages, ...globals } = siteData(c, options);
  const built = buildAll(pages);
  return { ...globals, reports: built.reports, days: built.days, places: built.places, sidePages: built.sides, sideMonths: built.sideMonths, placeMonths: built.placeMonths };
}

/** Every page of the site as a plan announces it and as it is built. */
export function plannedPages(c: Corpus, options?: SiteOptions): { kind: string; url: string; key: string; weight: number; json: string }[] {
  return Object.entries(siteData(c, options).pages).flatMap(([kind, plans]) =>
    (plans as readonly PagePlan<unknown>[]).map((p) => ({ kind, url: p.url, key: p.key, weight: p.weight, json: JSON.stringify(p.build()) })),
  );
}
