import { findSpeaker, LINKING_WORDS, maskQuotations } from './find-speaker.ts';
import { allMatches } from './all-matches.ts';

const LINKING = String.raw`${LINKING_WORDS}\b`;
/**
 * Where a second speaker's clause can start: after a semicolon, or after a comma before a
 * word that links two statements ("…, while Baku said …", "…, a claim Armenian officials
 * rejected", "…, which Yerevan denied"), or after a spaced dash before the linking words ("… – a claim Baku rejected").
 */
const BOUNDARY = new RegExp(String.raw`;\s+|,\s+(?=(?:while|whereas|but|and|which)\b|${LINKING})|\s[–—]\s+(?=${LINKING})|(?<=\S)\s+(?=(?:while|whereas)\s)`, 'gu');

/** How far before a cut the first speaker is looked for: speakers stand near their clause, and a bound keeps long text linear. */
const LEFT_WINDOW = 400;

/**
 * Cut a sentence where a second speaker starts, so that "The ministry reported downing two
 * jets, a claim Armenian officials rejected" gives two pieces, one per speaker. A cut is made
 * only when both the words before it and the words after it name who speaks, or when the words
 * after it are the outlet's remark on a named speaker ("…, but Yerevan has not confirmed it");
 * pieces joined give back the sentence. Quotations are never cut.
 *
 * @example
 *   splitClauses('Baku said it took the hill, while Yerevan said the attack failed.')
 *   // ['Baku said it took the hill, ', 'while Yerevan said the attack failed.']
 */
export function splitClauses(sentence: string): string[] {
  const masked = maskQuotations(sentence);
  const cuts = allMatches(masked, BOUNDARY).map((m) => m.index + m[0].length);
  const pieces: string[] = [];
  let start = 0;
  cuts.forEach((cut, i) => {
    const left = sentence.slice(start, cut);
    // The second speaker is named in its own clause: up to the next cut, so a long run of clauses stays linear.
    const right = sentence.slice(cut, cuts[i + 1] ?? sentence.length);
    const after = findSpeaker(right);
    if (after?.kind !== 'named' && after?.kind !== 'outlet') return;
    const before = findSpeaker(left.slice(-LEFT_WINDOW));
    // "…, but Yerevan has not confirmed it" is the outlet's remark on a named speaker's claim.
    if (before === null || (after.kind === 'outlet' && before.kind !== 'named') || (before.kind === 'named' && after.kind === 'named' && before.side === after.side)) return;
    pieces.push(left);
    start = cut;
  });
  pieces.push(sentence.slice(start));
  return pieces;
}
