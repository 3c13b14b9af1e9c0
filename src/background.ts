import { hasPastTense, sideNamedBy, SPEECH_VERBS } from './actors.ts';
import { wordStarts } from './word-start.ts';

/**
 * The outlet's background narration: history, the war so far, what both sides do to each
 * other, and what an institution or a place is. The site folds it; and a sentence of this kind
 * that follows someone's statement in a bullet is the outlet explaining, not the speaker
 * continuing ("Armenia stated X. The Minsk Group is the main mediator…").
 */

/**
 * What follows a "since" that counts within the day, not over the war: "since the truce took
 * effect at noon", "since 08:00", "since it took effect". A regular expression's source, for a lookahead.
 */
const WITHIN_THE_DAY = String.raw`\s+it\s+(?:took|came|entered|began)\b|(?:\s+\S+){0,6}?\s+(?:noon|midnight|dawn|this morning|today|tonight|\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\b\.?)(?!\w)`;

/**
 * A comparison with the past just before a "since", in the same clause: "the heaviest fighting in
 * the region since the 1990s", "the worst since 1994", "for the first time since", "not seen
 * since". It measures the day's events against the past, and so is not the war's history
 * ("second-largest" is a rank, not this). A regular expression's source, for a lookbehind that
 * ends at the "since".
 */
const COMPARED_SINCE = String.raw`(?<!-)\b(?:heaviest|worst|fiercest|deadliest|bloodiest|largest|biggest|greatest|highest|the\s+most\s+\p{L}+|the\s+first|(?:un)?seen|never|any time)\b[^,;:.!?]{0,60}since`;

/** The war so far: "since September 27", "since the beginning of the war", "since the 1990s"; not a comparison ("the worst since 1994"). */
const SINCE_WAR = wordStarts(new RegExp(
  String.raw`\bsince\b(?<!${COMPARED_SINCE}) (?:(?:(?:late|early|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept?\.)|the (?:war|conflict|fighting|start|beginning|outbreak|collapse)|the (?:ceasefire|truce)(?!${WITHIN_THE_DAY})|a war|(?:19|20)\d\d|the (?:early |late )?(?:19|20)\d0s)`,
  'iu',
));
/**
 * A count of people ("more than 6,000 servicemen", "21 civilians", "1 200 people"), not a day
 * of the month ("since September 27 troops have …"): a figure
 * "since the beginning of the war" is a side's or the outlet's news, not the war's history.
 */
const PEOPLE_COUNT = /(?<!\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s)\b\d[\d,.\u00A0\u202F ]{0,12}\s(?:[\p{L}-]+\s){0,2}?(?:servicemen|soldiers|troops|civilians|people|persons|dead|fighters|mercenaries|militants|casualties|wounded|killed)\b/iu;
/** History: "in the early 1990s", "the 1994 war" (not "the worst since the 1994 war"), "ended in 1994", "broke away"; and the war so far ("since September 27") unless counted. */
const HISTORY = wordStarts(new RegExp(
  String.raw`\b(?:in the (?:early |late )?(?:19|20)\d0s|(?<!${COMPARED_SINCE}\s+(?:the\s+)?)(?:19|20)\d\d war|(?:ended|signed|agreed) in (?:19|20)\d\d|broke away|Soviet (?:era|times|Union)|(?:began|erupted|broke out|started|flared up|resumed) (?:on |in )?(?:(?:late|early|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.))`,
  'iu',
));
/**
 * The sides acting on each other, or blaming each other: only the outlet can say it
 * ("The parties accuse each other …", "there was mutual shelling"). "Mutual" of an agreement
 * or a basis ("observe the truce on a mutual basis") is one side's word, not this.
 */
const EACH_OTHER =
  /\b(?:each other|one another|the (?:warring )?(?:parties|sides) (?:have )?(?:accuse|blame)|mutual(?:ly)? (?:accus|blam|recrimin|shell|attack|strike|fire|bombard|loss|claim)\w*|trading (?:accusations|blame|fire))/iu;
/**
 * Both sides at once ("civilians on both sides"), the outlet's summary of the two; not "both
 * sides of the front", "of the line of contact", "of the border", which says where.
 */
const BOTH_SIDES = wordStarts(/\bboth (?:sides|countries)\b(?!\s+of\s+the\s+(?:line|front|frontline|front line|border)\b)/iu);
/**
 * People of both sides ("The foreign ministers of both countries arrived in Moscow", "both sides'
 * delegations met"): what they do is the day's diplomacy, not the outlet's summary of the two.
 */
const ENVOYS_OF_BOTH = /\b(?:ministers?|leaders?|presidents?|premiers?|delegations?|delegates|representatives|envoys?|negotiators|diplomats|heads|commanders|generals)\s+(?:of|from)\s+both\s+(?:sides|countries|parties)\b|\bboth\s+(?:sides|countries|parties)['’]\s+(?:\p{L}+\s+)?(?:ministers?|leaders|presidents|delegations|representatives|envoys|negotiators|diplomats|commanders)\b/iu;
/** Both sides as the source of a report: "both sides reported heavy fighting", "with both sides reporting …", "…, both sides said", "according to both sides". */
const BOTH_REPORT = /\bboth (?:sides|parties|countries)\s+(?:have\s+|had\s+)?(?:reported|reporting|reports?|said|says?|claimed|claiming|claims?|announced|confirmed)\b|\baccording to both (?:sides|parties)\b/iu;
/** Each blaming the other: "both sides said the other had fired first", "each said the other broke it". */
const THE_OTHER = /\b(?:the other|each)\b/iu;

/**
 * Both sides at once: only the outlet can say it. A report both sides give of the day ("Both
 * sides reported civilian deaths on Monday") is news, unless each blames the other, and so is what
 * their envoys do ("The foreign ministers of both countries arrived in Moscow").
 */
function isMutual(sentence: string): boolean {
  if (EACH_OTHER.test(sentence)) return true;
  return BOTH_SIDES.test(sentence) && !reportedByBothSides(sentence) && !ENVOYS_OF_BOTH.test(sentence);
}

/**
 * Whether the outlet tells what both sides report ("Both sides reported civilian deaths on
 * Monday", "…, according to both sides"), each not blaming the other: the day's news, which
 * takes neither side from the speakers around it.
 *
 * @example
 *   reportedByBothSides('Both sides reported heavy fighting on Monday.') // true
 *   reportedByBothSides('Both sides said the other fired first.') // false: mutual blame, background
 */
export function reportedByBothSides(sentence: string): boolean {
  return BOTH_REPORT.test(sentence) && !THE_OTHER.test(sentence) && !EACH_OTHER.test(sentence);
}

/** History, or the war so far, unless it counts people ("has lost 6,000 servicemen since the beginning of the war"). */
function isHistory(sentence: string): boolean {
  return HISTORY.test(sentence) || (SINCE_WAR.test(sentence) && !PEOPLE_COUNT.test(sentence));
}

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
/**
 * Where a thing is ("… is in the north", "… is about 20 km from …"): said of a place it is
 * geography, said of an event ("The heaviest fighting is in the direction of Hadrut") it is news.
 */
const LOCATIVE = /\s(?:is|are)\s+(?:about|within|in the)\s*$/u;
/** Events of the war: a sentence about one of them ("The fighting is the worst since …") is news or history, never what something is. */
const EVENT_NOUN =
  /\b(?:fighting|fights?|battles?|clash(?:es)?|shelling|bombing|bombardment|attacks?|strikes?|offensive|counter-?offensive|hostilities|situation|escalation|violence|combat|firing|fire|losses|casualties|advance|retreat)\b/iu;
/** A subject that names a place: a name ("The Lachin corridor", "Terter") or a place's common noun ("The village"). */
const PLACE_SUBJECT =
  /^(?:The\s+(?:\S+\s+)*?(?:\p{Lu}[\p{L}-]+|village|town|city|capital|region|district|province|corridor|road|highway|river|border|airport|bridge|pass|valley|mountains?|dam|reservoir|enclave|exclave|territory)|\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2})$/u;

/**
 * A subject that points at a thing of the report's own material, not at a kind: "the launcher in
 * the frames", "the vehicle seen in this video", "the missile shown", "the building in the photo".
 * What is said of it ("The launcher in the frames is a 5P85 type") is a finding about the day's
 * evidence, not what something is.
 */
const SITUATIONAL_SUBJECT =
  /\s(?:(?:shown|seen|visible|pictured|filmed|depicted|captured on)\b|(?:in|on|from) (?:the|this|that|these|those) (?:frames?|video|videos|footage|clips?|photos?|photographs?|pictures?|images?|screenshots?|recordings?|stills?|posts?|tweets?)\b|(?:this|that|these|those)\b)/iu;

function isDefinition(sentence: string): boolean {
  if (ALSO_IN.test(sentence)) return true;
  const m = DEFINITION.exec(sentence);
  if (!m) return false;
  const subject = m.groups!.subject!;
  if (sideNamedBy(subject) !== null || EVENT_NOUN.test(subject) || SITUATIONAL_SUBJECT.test(subject)) return false;
  if (LOCATIVE.test(m[0]) && !GEOGRAPHY_VERB.test(m.groups!.verb!) && !PLACE_SUBJECT.test(subject)) return false;
  return subject.startsWith('The ') || GEOGRAPHY_VERB.test(m.groups!.verb!);
}
/** A month's name, as a date span in a sentence writes it. */
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;

/** Ceasefires and truces, which the outlet recalls as the frame of the day's news. */
const TRUCE = /\b(?:ceasefires?|cease-fires?|armistices?|truces?)\b/iu;
/**
 * What makes a truce the war's history rather than the day's news ("The truce that began at 08:00
 * was violated", "no ceasefire violations were recorded" are news): a time span ("since", not
 * "since it took effect" or "since noon", which count within the day; "for three weeks",
 * "during this time"), a count ("declared three times", "two previous cease-fires",
 * "three attempts"), or a span of past days (`pastDays`: "on October 10, 18 and 26", "between October 10 and 26").
 */
const TRUCE_HISTORY = wordStarts(new RegExp(
  [
    String.raw`\bsince\b(?<!${COMPARED_SINCE})(?!${WITHIN_THE_DAY})`,
    String.raw`\bfor (?:(?:the (?:past|last) )?(?:\d+|two|three|four|five|six|several|many|a few) )?(?:days|weeks|months|years|decades)\b`,
    String.raw`\b(?:during|throughout) (?:this|that) (?:time|period)\b`,
    String.raw`\b(?:declared|agreed|announced|signed|brokered|reached|established)\s+(?:\S+\s+)?(?:(?:\d+|two|three|four|five|several|many|multiple|numerous) times|twice)\b`,
    String.raw`\beach time\b`,
    String.raw`\b(?:previous|earlier|past|prior|repeated|successive|failed)\s+(?:\S+\s+)?(?:ceasefires|cease-fires|truces|armistices|attempts)\b`,
    String.raw`\b(?:two|three|four|five|several|multiple|numerous|\d+)\s+(?:\S+\s+)?(?:ceasefires|cease-fires|truces|armistices|attempts)\b`,
    String.raw`\b(?:in|until|before) (?:19|20)\d\d\b|(?<!${COMPARED_SINCE}\s+(?:the\s+)?)\b(?:19|20)\d\d (?:ceasefire|cease-fire|truce|armistice|war)\b`,
  ].join('|'),
  'iu',
));
/**
 * A span or list of days: "October 10, 18 and 26", "between October 10 and 26", "11 and 12 October".
 * Groups: the first day's month and number, the days between, the last day's month and number; or
 * (second shape) the first day's number, the days between, the last day's number and month.
 * The second shape only from the list's first day (not again at each day of it), so that a long list of numbers stays linear.
 */
const DAY_SPAN = new RegExp(
  [
    String.raw`\b(${MONTH}) (\d{1,2})((?:,\s*\d{1,2})*),?\s+(?:and|to|through|until)\s+(?:(${MONTH}) )?(\d{1,2})\b`,
    String.raw`(?<!\d,\s*)\b(\d{1,2})((?:,\s*\d{1,2})*),?\s+(?:and|to|through|until)\s+(\d{1,2}) (${MONTH})\b`,
  ].join('|'),
  'iu',
);
/** How many days apart the two ends of a span may be and it still tell the news of those days ("on 11 and 12 October"). */
const NEWS_SPAN_DAYS = 2;
const MONTH_INDEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Whether a sentence recalls a truce's past days: a list of three days or more ("Truces on October
 * 10, 18 and 26 all failed"), or a span of more than a couple of days ("between October 10 and
 * 26"). Two days in a row ("On 11 and 12 October, hours after the ceasefire took effect, …") are
 * the news of those days.
 */
function pastDays(text: string): boolean {
  const m = DAY_SPAN.exec(text);
  if (m === null) return false;
  const between = m[3] ?? m[7]!;
  if (between !== '') return true;
  const month = (name: string | undefined) => (name === undefined ? null : MONTH_INDEX.indexOf(name.slice(0, 3).toLowerCase()));
  const [m1, d1, m2, d2] = m[1] !== undefined ? [month(m[1])!, Number(m[2]), month(m[4]) ?? month(m[1])!, Number(m[5])] : [month(m[9])!, Number(m[6]), month(m[9])!, Number(m[8])];
  // A month is 31 days here: near enough to tell two days in a row from a week.
  const apart = (m2 * 31 + d2 - (m1 * 31 + d1) + (m1 === m2 && d2 < d1 ? 31 : 0) + 12 * 31) % (12 * 31);
  return apart > NEWS_SPAN_DAYS;
}
/** The war's totals, which are frame whatever the sentence says besides. */
const WAR_TOTALS = /\b(?:in the quarter-century|hostilities have raged)\b/iu;

/** A truce recalled as the war's history (a truce in mutual accusations is already `isMutual`'s), or the war's totals. */
function isTruceFrame(text: string): boolean {
  return WAR_TOTALS.test(text) || (TRUCE.test(text) && (TRUCE_HISTORY.test(text) || pastDays(text)));
}

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
  if (isMutual(t)) return 'mutual';
  if (isDefinition(t)) return 'definition';
  if (isHistory(t)) return 'history';
  return null;
}

/**
 * Whether the outlet's own narration is background (to be folded on the site).
 *
 * @example
 *   isBackgroundNarration('Since September 27, the armies have been fighting.') // true
 */
export function isBackgroundNarration(text: string): boolean {
  return isHistory(text) || isMutual(text) || isDefinition(text.trim()) || isTruceFrame(text);
}

/** The report's own days: "today", "overnight", "on Monday", "this morning". */
const REPORT_DAY = wordStarts(/\b(?:today|yesterday|overnight|tonight|last night|this (?:morning|afternoon|evening)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/iu);
/** Past tenses not in "-ed", of the verbs news of an event is told with. */
const IRREGULAR_PAST = wordStarts(/\b(?:hit|held|fell|met|took|struck|shot|lost|fought|came|went|left|made|told|spoke|sent|brought|fled|flew|ran|saw|gave|found|won|led|broke|drove|wrote|said|began|rose|blew|burnt|sank|stood|withdrew|overran)\b/iu);
/**
 * Someone's words reported: "The Frankfurter Allgemeine argues in an editorial that …", "Regional
 * Wire reported that …", "a paper wrote: “…”". Only a phrase of place or time between the verb and
 * its "that": "publishes maps that the other calls staged" has an object, and "that" is a relative.
 * A quotation opens after the verb ("“Side-stated” says" is a quotation closing on a word in "-stated").
 */
const REPORTED_SPEECH = new RegExp(
  String.raw`\b(?:${SPEECH_VERBS})\s+(?:(?:in|on|at|to|from|during|after)\s+[^.;:!?,“”"«»]{0,40}?\s)?that\s+(?!(?:day|week|month|morning|evening|night|time|year)\b)|(?<!-)\b(?:${SPEECH_VERBS})(?:\s*[:,])?\s+[“"«](?=\S)`,
  // Lower case only, as SPEECH_VERB_PATTERN: "the United States that …" is no speech.
  'u',
);
/**
 * What a report says of itself or to its reader before its first item: "Here's what you need to
 * know", "Good morning", "This page is updated …", "The table below sets out …", "what happened
 * overnight", "1/ A thread on …", "What both sides said about the crossing".
 */
const ABOUT_THE_REPORT = wordStarts(
  /^(?:(?:\d+\/\s*)?(?:a|an|this|our|my)\s+(?:thread|summary|look|overview|round-?up|digest|recap|review)\s+(?:on|of|about|at)\b|here(?:['’]s| is| are)\b|below\b|welcome\b|good (?:morning|afternoon|evening|day)\b|(?:this|our) (?:page|blog|digest|review|summary|update|briefing|report|newsletter|roundup|round-up|live)\b|(?:the )?(?:table|list|timeline|summary|map|figures) below\b|follow\b|read\b|what\b|in (?:this|today['’]s)\b)|\bwhat (?:you need to know|happened|we know)\b/iu,
);

/** What was to happen, not what did: "the truce was supposed to start at noon today". */
const EXPECTED = /\b(?:supposed|expected|scheduled|due|planned) to\b/giu;

/** The war's age, which frames the day's news rather than telling it: "The fighting entered its fifth week on Saturday". */
const WAR_AGE = wordStarts(/\b(?:entered|entering|enters|marked|marks|reached|reaches|began|begins)\s+(?:its|the|a)\s+(?:\p{L}+|\d+(?:st|nd|rd|th)?)\s+(?:day|week|month)\b/iu);

/** A paragraph opened by the label of a summary ("SUMMARY. Azerbaijani forces kept pushing north …", "In brief: …"): the day's news in short. */
const SUMMARY_OPENING = /^(?:summary|in brief|in short|at a glance|key (?:points|developments|takeaways)|main (?:points|developments)|highlights|the latest|bottom line)\s*[.:–—]\s+(?=\S)/iu;

/**
 * Whether the outlet's sentence tells the news of the report's days: an event in the past tense
 * on one of them ("The Co-Chairs held consultations today in Geneva", "Rocket fire hit the city on
 * Monday"), or someone's words ("The Frankfurter Allgemeine argues that …"); not what the report
 * says of itself ("Here's what happened overnight") or the war's age ("The war entered its second
 * month on Tuesday"). What both sides report ("Both sides reported new casualties") is news too,
 * and so is any sentence of a paragraph a summary's label opens ("SUMMARY. …", not the label itself).
 * Such a sentence before a digest's first header or item is news, not the digest's introduction.
 *
 * `paragraph`: the text of the paragraph the sentence is in.
 *
 * @example
 *   isNewsOfTheDay('Shelling hit two villages near Martuni overnight.') // true
 *   isNewsOfTheDay('Here is the situation as of 10:00 today.') // false
 */
export function isNewsOfTheDay(text: string, paragraph = text): boolean {
  const summary = SUMMARY_OPENING.exec(paragraph);
  if (summary && !summary[0].startsWith(text.trim())) return true;
  if (ABOUT_THE_REPORT.test(text.trim()) || WAR_AGE.test(text)) return false;
  if (REPORTED_SPEECH.test(text) || reportedByBothSides(text)) return true;
  return REPORT_DAY.test(text) && (IRREGULAR_PAST.test(text) || hasPastTense(text.replace(EXPECTED, '')));
}
