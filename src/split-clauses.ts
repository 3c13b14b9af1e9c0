import { findSpeaker, maskQuotations } from './find-speaker.ts';

/**
 * Where a second speaker's clause can start: after a semicolon, or after a comma before a
 * word that links two statements ("…, while Baku said …", "…, a claim Armenian officials
 * rejected", "…, which Yerevan denied").
 */
const BOUNDARY =
  /;\s+|,\s+(?=(?:while|whereas|but|and|a claim|claims|an allegation|allegations|a charge|an accusation|a statement|a report|reports|which|something|an assertion|a version)\b)|\s+(?=(?:while|whereas)\s)/gu;

/**
 * Cut a sentence where a second speaker starts, so that "The ministry reported downing two
 * jets, a claim Armenian officials rejected" gives two pieces, one per speaker. A cut is made
 * only when both the words before it and the words after it name who speaks; pieces joined
 * give back the sentence. Quotations are never cut.
 *
 * @example
 *   splitClauses('Baku said it took the hill, while Yerevan said the attack failed.')
 *   // ['Baku said it took the hill, ', 'while Yerevan said the attack failed.']
 */
export function splitClauses(sentence: string): string[] {
  const masked = maskQuotations(sentence);
  const pieces: string[] = [];
  let start = 0;
  for (const m of masked.matchAll(BOUNDARY)) {
    const cut = m.index + m[0].length;
    const left = sentence.slice(start, cut);
    const right = sentence.slice(cut);
    const after = findSpeaker(right);
    if (after?.kind !== 'named') continue;
    const before = findSpeaker(left);
    if (before === null || (before.kind === 'named' && before.side === after.side)) continue;
    pieces.push(left);
    start = cut;
  }
  pieces.push(sentence.slice(start));
  return pieces;
}
