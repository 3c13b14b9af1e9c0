import type { Claim, Day } from '../model.ts';
import { SIDES } from '../model.ts';
import { PLACES } from '../places.ts';
import { compareCodePoints } from '../read-seeds.ts';
import { claimView, dayLink, placeUrl, type ClaimContext } from './claim-view.ts';
import { sideClaims } from './side-claims.ts';
import type { PlacePage } from './site-model.ts';

/** Every place name mentioned by a claim, in the order days and claims come. */
export function placeNames(days: readonly Day[]): string[] {
  return [...new Set(days.flatMap((d) => SIDES.flatMap((s) => d.claims[s].flatMap((c) => c.places))))];
}

/**
 * One page per place a claim mentions: its claims by day (in timeline order), and within a
 * day in the three side columns, so that what Baku said about Shusha sits next to what
 * Yerevan said about Shushi, and a side's silence shows.
 * Pages are ordered by name.
 */
export function buildPlacePages(days: readonly Day[], ctx: ClaimContext): PlacePage[] {
  // One pass over the claims: place → day index → claims, so the work grows with the claims, not places × claims.
  const byPlace = new Map<string, Map<number, Claim[]>>();
  days.forEach((d, i) => {
    for (const c of SIDES.flatMap((s) => d.claims[s])) {
      for (const name of new Set(c.places)) {
        const perDay = byPlace.get(name) ?? byPlace.set(name, new Map()).get(name)!;
        (perDay.get(i) ?? perDay.set(i, []).get(i)!).push(c);
      }
    }
  });
  return [...byPlace.keys()].sort(compareCodePoints).map((name) => {
    const slug = ctx.placeSlugs.get(name);
    if (slug === undefined) throw new Error(`Place "${name}" has no page address.`);
    const known = PLACES.find((p) => p.name === name);
    const perDay = [...byPlace.get(name)!].sort(([a], [b]) => a - b);
    return {
      slug,
      url: placeUrl(slug),
      name,
      aliases: known ? [...new Set(known.aliases)].filter((a) => a !== name) : [],
      region: known && known.region !== 'Other' ? known.region : null,
      count: perDay.reduce((n, [, claims]) => n + claims.length, 0),
      days: perDay.map(([i, claims]) => ({ day: dayLink(days[i]!.date), sides: sideClaims(claims.map((c) => claimView(c, ctx))) })),
    };
  });
}
