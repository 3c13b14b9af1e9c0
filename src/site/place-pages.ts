import type { Day } from '../model.ts';
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
  return placeNames(days)
    .sort(compareCodePoints)
    .map((name) => {
      const slug = ctx.placeSlugs.get(name);
      if (slug === undefined) throw new Error(`Place "${name}" has no page address.`);
      const known = PLACES.find((p) => p.name === name);
      const byDay = days
        .map((d) => {
          const claims = SIDES.flatMap((s) => d.claims[s]).filter((c) => c.places.includes(name)).map((c) => claimView(c, ctx));
          return { day: dayLink(d.date), sides: sideClaims(claims), count: claims.length };
        })
        .filter((d) => d.count > 0);
      return {
        slug,
        url: placeUrl(slug),
        name,
        aliases: known ? [...new Set(known.aliases)].filter((a) => a !== name) : [],
        region: known && known.region !== 'Other' ? known.region : null,
        count: byDay.reduce((n, d) => n + d.count, 0),
        days: byDay.map(({ day, sides }) => ({ day, sides })),
      };
    });
}
