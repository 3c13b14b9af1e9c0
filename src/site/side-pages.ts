import type { Day } from '../model.ts';
import { claimView, dayLink, type ClaimContext } from './claim-view.ts';
import { SIDE_INFO } from './side-info.ts';
import type { SidePage } from './site-model.ts';

/** One page per side: everything it claimed, day by day (days without its claims are left out). */
export function buildSidePages(days: readonly Day[], ctx: ClaimContext): SidePage[] {
  return SIDE_INFO.map((info) => {
    const byDay = days
      .filter((d) => d.claims[info.side].length > 0)
      .map((d) => {
        const claims = d.claims[info.side].map((c) => claimView(c, ctx));
        return { day: dayLink(d.date), claims: claims.filter((c) => !c.background), background: claims.filter((c) => c.background) };
      });
    return { info, count: byDay.reduce((n, d) => n + d.claims.length + d.background.length, 0), days: byDay };
  });
}
