import type { Side } from '../model.ts';
import { SIDE_INFO } from './side-info.ts';
import type { ClaimView, SideClaims, SideInfo } from './site-model.ts';

/**
 * Claims sorted into the three sides, in display order, each side's background narration
 * apart so that pages can fold it. Every side is present, even with no claims, so that a
 * reader sees "nothing from Baku" rather than a missing column. A side's own pages pass only
 * that side in `sides`.
 */
export function sideClaims(claims: readonly ClaimView[], sides: readonly SideInfo[] = SIDE_INFO): SideClaims[] {
  return sides.map((info) => {
    const own = claims.filter((c) => c.side === info.side);
    return { info, claims: own.filter((c) => !c.background), background: own.filter((c) => c.background), count: own.length };
  });
}

/** Claim count per side. */
export function countBySide(claims: readonly { side: Side }[]): Record<Side, number> {
  const counts: Record<Side, number> = { baku: 0, yerevan: 0, international: 0 };
  for (const c of claims) counts[c.side]++;
  return counts;
}
