import type { Side } from '../model.ts';
import { SIDES } from '../model.ts';
import type { SideInfo } from './site-model.ts';

/**
 * How each side is named on the site. The labels are the cities the product is organised
 * around; `who` says whom they stand for, because "Yerevan" also covers the Karabakh
 * authorities and "International" also covers an outlet's own narration.
 */
const INFO: Record<Side, Omit<SideInfo, 'side' | 'url'>> = {
  baku: {
    label: 'Baku',
    who: 'Azerbaijani side',
    description: 'Azerbaijani officials and institutions: the president and his aides, the defence and foreign ministries, the prosecutor’s office.',
  },
  yerevan: {
    label: 'Yerevan',
    who: 'Armenian side',
    description: 'Armenian and Nagorno-Karabakh (Artsakh) officials and institutions: the prime minister, the defence ministries, the Karabakh authorities and ombudsmen.',
  },
  international: {
    label: 'International',
    who: 'third parties',
    description: 'Third countries, international bodies and the press, including the outlets’ own narration when no side is named.',
  },
};

/** The three sides in display order, Baku | Yerevan | International. */
export const SIDE_INFO: readonly SideInfo[] = SIDES.map((side) => ({ side, ...INFO[side], url: `/sides/${side}/` }));

/** How a side is named on the site. */
export function sideInfo(side: Side): SideInfo {
  return SIDE_INFO.find((s) => s.side === side)!;
}
