import { sideNamedBy } from './actors.ts';

/**
 * The outlet's background narration: history, the war so far, what both sides do to each
 * other, and what an institution or a place is. The site folds it; and a sentence of this kind
 * that follows someone's statement in a bullet is the outlet explaining, not the speaker
 * continuing ("Armenia stated X. The Minsk Group is the main mediator…").
 */

/** History and the war so far: "since September 27", "in the early 1990s", "ended in 1994". */
const HISTORY =
  /\b(?:since (?:(?:late|early|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept?\.)|since (?:the (?:war|conflict|fighting|start|beginning|outbreak|collapse|ceasefire|truce)|a war|(?:19|20)\d\d|the (?:early |late )?(?:19|20)\d0s)|in the (?:early |late )?(?:19|20)\d0s|(?:19|20)\d\d war|(?:ended|signed|agreed) in (?:19|20)\d\d|broke away|Soviet (?:era|times|Union)|(?:began|erupted|broke out|started|flared up|resumed) (?:on |in )?(?:(?:late|early|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.))/iu;
/** Both sides at once: only the outlet can say it. */
const MUTUAL = /\b(?:both sides|both countries|each other|one another|the (?:warring )?(?:parties|sides) (?:have )?(?:accuse|blame)|mutual(?:ly)?)\b/iu;
/**
 * What something is: "The Minsk Group is the main mediator", "The ombudsman is the region's
 * rights official", "Terter lies 20 km from the front", "Also in the group are …".
 * A bare name only with a verb of place ("Armenia is an aggressor" is a statement, not a
 * definition); and never a subject naming a conflict side ("The Azerbaijani army is the
 * strongest …" is that side's claim).
 */
const DEFINITION =
  /^(?<subject>The\s+[^,;:“”"«»]{1,50}?|\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2})\s+(?<verb>is|are|lies|lie|sits|is located|is situated)\s+(?:the|a|an|one of|also|located|situated|part of|home to|about|some|within|in the)\b/u;
const ALSO_IN = /^Also (?:in|among|part of) [^“”"«»]+\b(?:are|is)\b/u;
const GEOGRAPHY_VERB = /^(?:lies|lie|sits|is located|is situated)$/u;

function isDefinition(sentence: string): boolean {
  if (ALSO_IN.test(sentence)) return true;
  const m = DEFINITION.exec(sentence);
  if (!m) return false;
  const subject = m.groups!.subject!;
  if (sideNamedBy(subject) !== null) return false;
  return subject.startsWith('The ') || GEOGRAPHY_VERB.test(m.groups!.verb!);
}
/** Ceasefires and totals over the war, which the outlet states as the frame of the day's news. */
const FRAME = /\b(?:ceasefires?|cease-fires?|armistice|truce|in the quarter-century|hostilities have raged)\b/iu;

/** What kind of background a sentence is: the war's history, both sides at once, or what something is. */
export type BackgroundKind = 'history' | 'mutual' | 'definition';

/**
 * Whether an unsourced sentence is clearly the outlet's background, and so never takes the
 * side of a speaker next to it; null when it is not.
 *
 * @example
 *   backgroundKind('The Minsk Group is the main mediator of the talks.') // 'definition'
 *   backgroundKind('Two houses were destroyed.') // null
 */
export function backgroundKind(sentence: string): BackgroundKind | null {
  const t = sentence.trim();
  if (/^[“"«]/u.test(t) || /\b(?:I|[Ww]e|[Oo]ur|us)\b/u.test(t)) return null;
  if (MUTUAL.test(t)) return 'mutual';
  if (isDefinition(t)) return 'definition';
  if (HISTORY.test(t)) return 'history';
  return null;
}

/**
 * Whether the outlet's own narration is background (to be folded on the site).
 *
 * @example
 *   isBackgroundNarration('Since September 27, the armies have been fighting.') // true
 */
export function isBackgroundNarration(text: string): boolean {
  return HISTORY.test(text) || MUTUAL.test(text) || isDefinition(text.trim()) || FRAME.test(text);
}
