import type { Claim, Day } from '../model.ts';
import { SIDES } from '../model.ts';
import { PLACES } from '../places.ts';
import { compareCodePoints } from '../read-seeds.ts';
import { sha256 } from '../sha256.ts';
import { placeUrl, viewKey, type ClaimContext } from './claim-view.ts';
import { planMonthPages, subjectDay } from './month-pages.ts';
import { SIDE_INFO } from './side-info.ts';
import { placeSlugs } from './place-slugs.ts';
import type { MonthPage, PagePlan, PlaceHome, PlacePage, PlaceSummary } from './site-model.ts';

/**
 * Most claims a place page shows itself; a place with more gets an overview and month pages.
 * Measured on 10,000 generated reports: a claim takes ~600 bytes of a place page, so 150
 * claims make ~100 KB, a tenth of a day page, and already some twenty screens to scroll; the
 * busiest places there had 6,400 claims on one 3.9 MB page, re-rendered whole by any edit.
 */
export const PLACE_PAGE_MAX_CLAIMS = 150;

/**
 * Every place a claim names: its page's address, and whether its claims go on month pages
 * (more than `maxClaims` of them, a claim counted once however often it names the place).
 * Made before any claim view, since a claim links to where it stands on its place's pages.
 */
export function placeHomes(days: readonly Day[], maxClaims = PLACE_PAGE_MAX_CLAIMS): Map<string, PlaceHome> {
  const counts = new Map<string, number>();
  for (const d of days) for (const s of SIDES) for (const c of d.claims[s]) for (const name of distinct(c.places)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const slugs = placeSlugs(counts.keys());
  return new Map([...slugs].map(([name, slug]) => [name, { slug, byMonth: counts.get(name)! > maxClaims }]));
}

/** A claim's places, each once; no set made for the many claims naming one place or none (~217,000 claims at 10,000 generated reports). */
function distinct(places: readonly string[]): readonly string[] {
  return places.length < 2 ? places : [...new Set(places)];
}

/** Place pages, the month pages of the places split by month, and the list of places. */
export interface PlacePages {
  pages: PagePlan<PlacePage>[];
  months: PagePlan<MonthPage>[];
  index: PlaceSummary[];
}

/**
 * One page per place a claim mentions: its claims by day (in timeline order), and within a
 * day in the three side columns, so that what Baku said about Shusha sits next to what
 * Yerevan said about Shushi, and a side's silence shows. A place whose claims go on month
 * pages (`placeHomes`) shows its months instead, each on a page of its own laid out the same way.
 * Pages are ordered by name.
 */
export function planPlacePages(days: readonly Day[], ctx: ClaimContext): PlacePages {
  // One pass over the claims: place → day index → claims, so the work grows with the claims, not places × claims.
  const byPlace = new Map<string, Map<number, Claim[]>>();
  days.forEach((d, i) => {
    for (const c of SIDES.flatMap((s) => d.claims[s])) {
      for (const name of distinct(c.places)) {
        const perDay = byPlace.get(name) ?? byPlace.set(name, new Map()).get(name)!;
        (perDay.get(i) ?? perDay.set(i, []).get(i)!).push(c);
      }
    }
  });
  const pages: PagePlan<PlacePage>[] = [];
  const months: PagePlan<MonthPage>[] = [];
  const index: PlaceSummary[] = [];
  for (const name of [...byPlace.keys()].sort(compareCodePoints)) {
    const home = ctx.places.get(name);
    if (home === undefined) throw new Error(`Place "${name}" has no page address.`);
    const slug = home.slug;
    const known = PLACES.find((p) => p.name === name);
    const perDay = [...byPlace.get(name)!].sort(([a], [b]) => a - b).map(([i, claims]) => ({ date: days[i]!.date, claims }));
    const count = perDay.reduce((n, d) => n + d.claims.length, 0);
    const url = placeUrl(slug);
    const region = known && known.region !== 'Other' ? known.region : null;
    const split = home.byMonth ? planMonthPages({ name, url, side: null }, perDay, SIDE_INFO, ctx) : null;
    const aliases = known ? [...new Set(known.aliases)].filter((a) => a !== name) : [];
    pages.push({
      url,
      // A split place's overview shows its months' counts; the other place pages their claims.
      key: split
        ? sha256('place', JSON.stringify([name, home, aliases, region, count, split.summaries]))
        : sha256('place', JSON.stringify([name, home, aliases, region]), perDay.map((d) => `${d.date} ${viewKey(d.claims, ctx)}`).join('\0')),
      weight: 1 + (split ? 0 : count),
      build: () => ({ slug, url, name, aliases, region, count, days: split ? [] : perDay.map((d) => subjectDay(d, SIDE_INFO, ctx)), months: split ? split.summaries : [] }),
    });
    index.push({ url, name, region, count });
    if (split) months.push(...split.pages);
  }
  return { pages, months, index };
}
