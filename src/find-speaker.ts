import { BACK_REFERENCE, CAPITAL, findActors, hasPastTense, INSTITUTION, NAME_PARTICIPLES, sideNamedBy, SPEECH_PLAIN, SPEECH_VERB, SPEECH_VERB_PATTERN, SPEECH_VERBS } from './actors.ts';
import { wireDateline } from './find-report-date.ts';
import type { Side } from './model.ts';
import { wordStarts } from './word-start.ts';
import { allMatches } from './all-matches.ts';

/** Who a sentence says is speaking. */
export type Speaker =
  /**
   * Named in the sentence: "the Azerbaijani Defense Ministry said". `acting` when the official
   * does something rather than says it ("Pompeo met both ministers"): the voice of that sentence only.
   * `label` when it is named before a colon that opens the sentence ("Baku: …") or after a dash
   * that closes it ("… — Azerbaijani Defense Ministry"): the source of the paragraph it opens or closes.
   */
  | { kind: 'named'; side: Side; attribution: string; acting?: true; label?: true }
  /** Referred back to: "he said", "the ministry added", "officials said". */
  | { kind: 'back-reference'; attribution: string }
  /**
   * The outlet in its own voice, saying that nobody spoke ("Yerevan has not commented", "neither
   * Baku nor Yerevan has confirmed it") or what its newsroom did ("We could not verify the footage"):
   * narration that takes no side from the speakers around it.
   */
  | { kind: 'outlet' };

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;
/** A day or a month opening a sentence, with a comma after it or not: "On Monday", "On October 19", "on 19 October 2020", "In October". */
const DATE_OPENING = String.raw`(?:(?:early|late) )?on (?:\w+day(?: (?:morning|afternoon|evening|night))?|(?:the night of )?(?:${MONTH} \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH})(?: \d{4})?)|in (?:early |late |mid-)?${MONTH}(?: \d{4})?`;
/** Words between a speaker and the verb that do not change who speaks. */
const FILLER = new RegExp(
  String.raw`^(?:and|but|while|whereas|however|meanwhile|in response|in turn|also|has|have|had|then|later|earlier|further|again|once again|repeatedly|previously|already|officially|publicly|subsequently|${DATE_OPENING}|last week|today|yesterday)(?:\s+|$)|` +
    String.raw`\s+(?:also|has|have|had|then|later|earlier|further|again|repeatedly|previously|already|officially|publicly|has also|have also|had also|has repeatedly|once again|strongly|firmly|categorically|sharply|flatly|vehemently|resolutely|reportedly|immediately|formally|explicitly)$`,
  'iu',
);
/**
 * A passive verb of speech opening a sentence or a row's field, the speaker after "by": "Denied by
 * the Armenian Defence Ministry", "Status: Confirmed by reporters on the scene", "In the statement
 * made by the ministry, it was said that …" (a statement named by its author).
 */
const PASSIVE_OPENING =
  /^\s*(?:[^:,;]{1,30}:\s*)?(?:(?:Denied|Confirmed|Rejected|Disputed|Refuted|Reported|Claimed|Stated|Announced)|In (?:the|a|its|his|her|their) (?:\p{Ll}+ )?(?:statement|announcement|communiqu[eé]|message|briefing|release)(?: (?:made|issued|released|published|distributed|posted))?) by\s+([^,.;:]{2,100})/u;
/**
 * An impersonal "It was stated that …" opening a sentence, as translated agency prose goes on
 * with the statement it has named: it refers back. Not "it was said" or "reported", which tell hearsay.
 */
const IMPERSONAL_STATED = /^\s*It\s+was\s+(?:also\s+|further\s+)?(?:stated|noted|added|stressed|emphasi[sz]ed|underlined|pointed\s+out)\s+that\b/u;
/**
 * A witness or a reporter telling what they saw or heard: "Our correspondent in the city heard at
 * least six explosions", "Residents saw two drones". The subject opens the sentence.
 */
const PERCEIVED =
  /^\s*((?:[Oo]ur|[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Ll]ocal)?[^,;:.!?]{0,60}?)\s+(?:heard|saw|watched|witnessed|counted|filmed|photographed|observed|noticed|spotted)\b/u;
/** A subject that ends in a form of "be": the verb after it is a passive ("… say it was filmed"). */
const PASSIVE_END = /\b(?:is|are|was|were|be|been|being)$/iu;
/** Sources named as the publisher of what the sentence reports. */
const PUBLISHED_BY = wordStarts(/\b(?:published|released|distributed|circulated|provided|shared|posted|issued) by\s+([^,.;:]+)/iu);
const ACCORDING_TO = wordStarts(/\b(?:according to|citing|cited by|as reported by|quoting)\s+([^,.;:]+)/iu);
/** A dash source closing a bullet: "… of the Agjabedi region – the Azerbaijani Defense Ministry." */
const DASH_SOURCE = /\s[–—-]\s+([^–—.;:]{2,80}?)\s*\.?$/u;
/** A source in brackets closing a sentence or bullet: "… overnight (Azerbaijani Defense Ministry).", "… [Armenpress]", "(source: …)". */
const BRACKETED_SOURCE = /\s[([](?:source:\s*|via\s+|according to\s+)?([^()[\]]{2,60})[)\]]\s*\.?$/iu;
/** A source named after the text: "… burned down. Source: Artsakh emergency service"; alone, a line naming the source of the paragraph above (normalize-layout). */
export const SOURCE_NOTE = /(?:^|\s)(?:source|sources)\s*[:—–-]\s*([^.;:()]{2,60}?)\s*\.?$/iu;
/** What an embedded post adds after its author's name: the handle, and the date. */
const EMBED_TAIL = /\s*\(@\w+\).*$/u;
/** A channel's line over a post it passes on: "Forwarded from Hikmet Hajiyev", "Reposted from Armenian MoD". */
const FORWARDED = /^\s*(?:forwarded|reposted|retweeted|shared)\s+from\s+([^:\n]{2,60}?)\s*:?\s*$/iu;
/**
 * "Armenian Defense Ministry: …", "Pashinyan: …", "Baku: …", "NIKOL PASHINYAN, PRIME MINISTER OF
 * ARMENIA: …", "SHUSHAN STEPANYAN (recording): …": a paragraph, item, bullet or transcript's turn
 * that names its source before a colon.
 */
const LEADING_SOURCE = /^\s*([^:“"«»\n]{2,100}):\s+\S/u;
/** A transcript's time stamp before a turn: "[00:02:01] ", "(12:40) ". */
const TURN_STAMP = /^\s*(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\(\d{1,2}:\d{2}(?::\d{2})?\))\s*/u;
/** A role in brackets after a turn's name: "(recording, voice of interpreter)", "[via video link]". */
const LABEL_ROLE = /\s*(?:\([^()]*\)|\[[^[\]]*\])\s*$/u;
/** The words of a journalist's label, in the case they are written in: "Question", "question", "QUESTION". */
const cased = (words: readonly string[]): string => [...new Set(words.flatMap((w) => [w, w.toLowerCase(), w.toUpperCase()]))].join('|');
/** A role in brackets after a label: "(to Sergey Lavrov)", "(Le Monde)", "[via video link]". */
const LABEL_BRACKET = String.raw`(?:\([^()\n]{0,80}\)|\[[^[\]\n]{0,80}\])`;
/** `ASKER_LABEL`'s labels by their words: a question's, the host's or a reporter's. */
const ASKER_BY_WORD = String.raw`(?:${cased(['Q', 'Question'])})\d*(?:\s*${LABEL_BRACKET})?\s*[:.—–-]\s` +
  String.raw`|(?:${cased(['Moderator', 'Host', 'Presenter', 'Anchor', 'Interviewer', 'Journalist', 'Reporter'])})\d*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*${LABEL_BRACKET}?\s*:\s`;
/**
 * A journalist's turn in a transcript, after its time stamp: a question's label ("Q: …", "Q1: …",
 * "Q. …", "Question (Le Monde): …", "Question (to the minister) — …"), the host's or a reporter's
 * ("Moderator: …", "Host Jane Doe: …", "REPORTER [off camera]: …"), or a name with the host's role
 * in brackets ("JANE DOE (host): …"). The one who asks is no source of what the question says.
 */
const ASKER_LABEL = new RegExp(
  String.raw`^\s*(?:${ASKER_BY_WORD}|[^():\n]{1,60}\((?:${cased(['host', 'moderator', 'presenter', 'anchor', 'interviewer'])})\)\s*:\s)`,
  'u',
);
/**
 * `ASKER_LABEL` without its last form (a name with the host's role in brackets), which cannot match
 * a text without "(": the pattern most sentences are tried with, as that form scans up to 60
 * characters of every sentence for a bracket.
 */
const ASKER_LABEL_BY_WORD = new RegExp(String.raw`^\s*(?:${ASKER_BY_WORD})`, 'u');

/**
 * The length of a journalist's label opening a paragraph, with the time stamp before it
 * ("[00:00:04] JANE DOE (host): ", "Q: "), or -1 when none opens it.
 */
export function askerLabel(text: string): number {
  const stamp = TURN_STAMP.exec(text)?.[0].length ?? 0;
  const rest = text.slice(stamp);
  const label = (rest.includes('(') ? ASKER_LABEL : ASKER_LABEL_BY_WORD).exec(rest);
  return label === null ? -1 : stamp + label[0].length;
}

/**
 * A turn's label that names a person, after its time stamp: a name in capitals ("ELEANOR MARSH:",
 * "MARSH:") or in capitalised words ("Eleanor Marsh:", "Marsh:"), with a role in brackets or after
 * a comma ("JANE DOE (anchor):", "ARMEN EXAMPLE, MAYOR OF GORIS:"). Whether a page's labels are a
 * transcript's turns is for the page to tell (extract-claims); "A. Mammadov, a resident, said: …"
 * names nobody here.
 */
const PERSON_TURN =
  /^(?<name>\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3}|\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,3})(?:\s*\((?<bracket>[^()\n]{1,60})\)|,\s+(?<role>[^:\n]{1,80}?))?\s*:\s+(?=\S)/u;

/** A person's label opening a paragraph: the name, the role given with it, and the label's length with its time stamp. */
export interface PersonLabel {
  name: string;
  role: string | null;
  length: number;
}

/** The person a paragraph's label names ("[00:03:10] AARONS: …", "ELEANOR MARSH: …"), or null; a headline in capitals before a colon is no label. */
export function personLabel(text: string): PersonLabel | null {
  const stamp = TURN_STAMP.exec(text)?.[0].length ?? 0;
  const m = PERSON_TURN.exec(text.slice(stamp));
  if (m === null) return null;
  const name = m.groups!.name!;
  if (!/\p{Ll}/u.test(name) && isCapitalHeadline(name)) return null;
  return { name, role: m.groups!.bracket ?? m.groups!.role ?? null, length: stamp + m[0].length };
}

/** A question that asks for yes or no ("Does Armenia deny this?", "Is Baku ready for talks?"): whom it names is asked, and says nothing. */
const YES_NO_QUESTION = /^\s*(?:Does|Do|Did|Will|Would|Can|Could|Should|Is|Are|Was|Were|Has|Have|Had)\s[^?]*\?[\s”"’»)]*$/u;
/** Two sides named together ("the Azerbaijani and Armenian ministries", "officials in Baku and Stepanakert both"). */
const TOGETHER = /\b(?:and|both|&)\b/iu;
const DETERMINER_BEFORE = wordStarts(/\b(?:the|a|an|its|his|her|their|this|that|these|those|such|our|whose|any|no|new|latest|earlier)\s+$/iu);
/**
 * A verb's object before the word: "called the Su-25 report “a fabrication”", "dismissed the
 * ministry's claims" — a noun, where a subject would open its clause ("the Azerbaijani side claims");
 * not after "and" ("shelled the hills and said": a second verb of the same subject).
 */
const OBJECT_BEFORE =
  /(?:^|\s)(?!(?:that|and|but|while|whereas|as|when|because|since|although|though|if|after|before|meanwhile|then|so|of|in|on|at|by|for|with|from|to|said|says|say)\s)\p{Ll}+ed\s+(?:the|a|an|its|his|her|their|this|that)\s+(?:[^\s,;:]+\s+)?(?!(?:and|but|then|or)\s)[^\s,;:]+\s+$/u;
const MAX_SPEAKER_WORDS = 14;
/**
 * Posts joined into one long title before a name, as official prose strings them ("Assistant of
 * the President of the Republic of Azerbaijan - Head of the Foreign Policy Affairs Department of
 * the Presidential Administration Hikmet Hajiyev"): words in capitals, the small words between
 * them and a dash, up to 30 words; a speaker phrase however long.
 */
const TITLE_CHAIN = /^(?=(?:\S+\s+){0,29}\S+$)(?:(?:\p{Lu}[\p{L}'’.-]*|of|the|for|and|on|in|to|[-–—])\s+)*\p{Lu}[\p{L}'’.-]*$/u;
/** A speaker stands within this many characters of its verb, and a sentence names it within its first verbs: bounds that keep a huge paragraph linear. */
const WINDOW = 300;
const MAX_VERBS = 12;
const INVERSION_VERB = /^(?:said|says|added|adds|wrote|writes|noted|notes|reported|reports|stated|states|explained|stressed|emphasized|emphasised|continued|insisted|declared|announced|replied|warned)$/u;
const PASSIVE_BEFORE = wordStarts(/\b(?:is|are|was|were|be|been|being|get|got)(?:\s+(?:not|also|widely|officially|previously|already|reportedly))*\s+$/iu);
/**
 * A verb of speech negated ("has not commented", "did not immediately confirm", "declined to
 * comment", "has yet to respond"): the sentence says the speaker did not speak.
 */
const NEGATED_BEFORE = wordStarts(/\b(?:not|never|no longer|yet to|declined to|refused to|failed to)\s+(?:(?:yet|so far|\p{Ll}+ly)\s+)*$/iu);
/**
 * A verb of answering negated in its plain form, which the speech verbs leave out for a noun's
 * sake ("did not reply to our letter", "declined to comment", "has not yet reacted", "did not
 * provide details"): once nobody is found speaking, the sentence is the outlet's remark.
 */
const NEGATED_PLAIN =
  /\b(?:not|never|yet to|declined to|refused to|failed to)\s+(?:(?:yet|so far|\p{Ll}+ly)\s+)*(?:comment|reply|answer|react|reacted|respond|state|specify|elaborate|disclose|confirm|deny|address|dispute|(?:provide|give|share)\s+(?:any\s+)?(?:details|figures|information|evidence))\b/u;
/**
 * An aside that names who says what the sentence says: "The Azerbaijani side, as our sources in
 * the Defense Army stress, has lost …", "…, as Baku says.", "As Yerevan says, …". The verb closes the aside.
 */
const AS_ASIDE = new RegExp(
  String.raw`(?:^|[,(]|\s[–—])\s*[Aa]s\s+(?<speaker>[^,;:()–—]{2,80}?)\s+(?:${[...new Set([...SPEECH_VERBS.split('|'), ...SPEECH_PLAIN.split('|')])].sort((a, b) => b.length - a.length).join('|')})(?:\s+(?:too|also|earlier|before|again|repeatedly))?\s*(?=[,)]|\s[–—]\s|[.!?]?\s*$)`,
  'u',
);
/** A verb in a phrase after a closing dash: "— are as implausible as Baku's silence" continues the sentence, it names no source. */
const VERB_IN_PHRASE = new RegExp(String.raw`(?:^|\s)(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|must|should|shall|${SPEECH_VERBS})(?:\s|$)`, 'u');
/** A person named with a title ("MP Tahir Mirkishili", "Dr Helen Aarons"): someone who speaks, whether the actors table knows the name or not. */
const TITLED_PERSON = /^(?:MP|Deputy|Senator|Congressman|Congresswoman|Councillor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Professor|[Ll]awmaker|[Pp]arliamentarian|[Mm]ember of [Pp]arliament)\s+(?:\p{Lu}[\p{L}'’.-]*\s?){1,4}$/u;
/** A subject that is nobody: "neither Baku nor Yerevan has confirmed", "no official commented". */
const NOBODY = wordStarts(/\b(?:neither|nor|nobody|no one|none|no (?:\p{L}+ )?officials?)\b[^,;:]*$/iu);
/**
 * A subject whose own verb is negated, the speech verb after it a noun or a second clause:
 * "Azerbaijani officials have not commented on the hospital report". Not a relative clause
 * ("officials who did not want to be named said").
 */
const NEGATED_SUBJECT = wordStarts(/^(?:(?!\b(?:who|which|that|whom)\b)[^])*?\s(?:(?:has|have|had|did|does|do|is|are|was|were|will|would|could|can)\s+(?:not|never)\b|\p{Ll}+n[’']t\b)/iu);
/** Where the clause before a verb begins. */
const CLAUSE_BREAK = /[,;:(]|\s[–—]\s/u;
/** A verb after "to" or a modal is no statement made ("urged Baku to respond", "Yerevan will comment later"). */
const NOT_MADE_BEFORE = wordStarts(/\b(?:will|would|could|should|can|may|might|must|shall)\s+(?:\p{Ll}+ly\s+)?$/iu);
/** The outlet's newsroom at work: "We could not verify the footage", "We are checking this information", "We have contacted the ministry". */
const NEWSROOM = /\b[Ww]e(?:\s+\p{Ll}+){0,6}?\s+(?:verify|verified|verifying|confirm|confirmed|confirming|check|checked|checking|contact|contacted|contacting|reach|reached|approach|approached|independently)\b/u;
const AUXILIARY = /\s(?:has|have|had|hasn[’']t|haven[’']t|did|didn[’']t|does|doesn[’']t|do|don[’']t|is|are|was|were|will|would|could|can|may|might)\b/iu;

/**
 * The speaker of one sentence, or null when nobody is said to speak (the outlet's narration).
 *
 * Quotations are masked first, so a name inside a quote never becomes its speaker; then the
 * phrase next to the first speech verb is classified with the actors table.
 *
 * @example
 *   findSpeaker('Missiles were used, the Azerbaijani Defense Ministry said.')
 *   // { kind: 'named', side: 'baku', attribution: 'the Azerbaijani Defense Ministry' }
 */
export function findSpeaker(sentence: string): Speaker | null {
  // A wire story's dateline ("BAKU, Oct 30 (Reuters) - ") names the agency, not the speaker.
  const quotesMasked = maskQuotations(sentence);
  const dateline = wireDateline(quotesMasked);
  const masked = dateline === null ? quotesMasked : ' '.repeat(dateline.length) + quotesMasked.slice(dateline.length);
  const forwarded = FORWARDED.exec(masked);
  if (forwarded) return sourceLabel(forwarded[1]!);
  const asker = askerLabel(masked);
  // "Question (to Sergey Lavrov): Baku says …" is Baku's; a question that names no speaker is the outlet's.
  if (asker > 0) return findSpeaker(sentence.slice(asker)) ?? { kind: 'outlet' };
  const stamp = TURN_STAMP.exec(masked)?.[0].length ?? 0;
  if (YES_NO_QUESTION.test(masked)) return null;
  const colon = masked.indexOf(':', stamp);
  const leading = colon > stamp + 1 && colon <= stamp + 102 ? LEADING_SOURCE.exec(masked.slice(stamp)) : null;
  if (leading && /:\s+\S/u.test(sentence.slice(stamp + leading[1]!.length))) {
    const named = turnLabel(leading[1]!);
    if (named) return named;
  }
  const relayed = relayedSpeaker(masked);
  if (relayed) return relayed;
  const published = PUBLISHED_BY.exec(masked);
  if (published) {
    const named = classify(published[1]!);
    if (named) return named;
  }
  const aside = /[Aa]s /u.test(masked) ? AS_ASIDE.exec(masked) : null;
  if (aside) {
    const named = classify(aside.groups!.speaker!);
    if (named) return named;
  }
  let verbs = 0;
  let negated = false;
  /** Where a speaker phrase may begin: after "X said that", the words are X's, and a speaker named in them is not the sentence's. */
  let floor = 0;
  for (const verb of speechVerbs(masked)) {
    // "the report", "its claims": a noun after a determiner, not a verb.
    if (DETERMINER_BEFORE.test(masked.slice(Math.max(0, verb.index - 12), verb.index)) || OBJECT_BEFORE.test(masked.slice(Math.max(0, verb.index - 60), verb.index))) continue;
    const clause = masked.slice(Math.max(0, verb.index - WINDOW), verb.index).split(CLAUSE_BREAK).at(-1)!;
    // "… is not reported", "urged Baku to respond": no statement made, by nobody named.
    if (NOT_MADE_BEFORE.test(clause) || PASSIVE_BEFORE.test(clause)) continue;
    if (NEGATED_BEFORE.test(clause) || NOBODY.test(clause) || NEGATED_SUBJECT.test(clause)) {
      negated = true;
      continue;
    }
    const verbEnd = verb.index + verb[0].length;
    const found = speakerAround(masked, verb.index, verbEnd, floor);
    // "Many in Yerevan view Russia as their only ally": a stance is a side's only when an official or a body of it holds it.
    if (found?.kind === 'named' && STANCE_VERB.test(verb[0]) && !opensWithActor(found.attribution)) continue;
    if (found) return found.kind === 'back-reference' ? (ownerBefore(masked, verb.index, found.attribution) ?? found) : found;
    // "MP Tahir Mirkishili said that Armenia's Prime Minister Nikol Pashinyan claims …": the next speaker phrase starts after "that".
    const that = /^\s+that\s/u.exec(masked.slice(verbEnd, verbEnd + 8));
    const subject = stripFiller(clause);
    // "Deputy Ganira Pashayeva said …": a person the actors table does not know speaks, and whoever her words name does not.
    if (TITLED_PERSON.test(subject)) break;
    if (that && subject !== '' && !RELATIVE.test(subject) && !PARENTHETICAL.test(subject)) floor = verbEnd + that[0].length;
    if (++verbs >= MAX_VERBS) break;
  }
  negated ||= NEGATED_PLAIN.test(masked);
  const passive = PASSIVE_OPENING.exec(masked);
  if (passive) {
    const named = classify(clauseAfter(passive[1]!));
    if (named) return named;
  }
  if (IMPERSONAL_STATED.test(masked)) return { kind: 'back-reference', attribution: masked.trimStart().split(/\s+that\b/u)[0]! };
  // A witness's own sight is the voice of that sentence only: inside an official's turn it stays the official's account.
  const perceived = PERCEIVED.exec(masked);
  const witness = perceived ? stripFiller(perceived[1]!) : '';
  if (perceived && !PASSIVE_END.test(witness) && isWitness(witness)) return { kind: 'named', side: 'international', attribution: witness, acting: true };
  const bracketed = BRACKETED_SOURCE.exec(masked) ?? SOURCE_NOTE.exec(masked);
  if (bracketed) {
    const named = sourceLabel(bracketed[1]!);
    if (named) return named;
  }
  for (const re of [ACCORDING_TO, DASH_SOURCE]) {
    const m = re.exec(masked);
    if (m) {
      // An embedded post's author line gives the handle and the date after the name: "— Jane Doe (@jdoe) October 17, 2020".
      // A source after a dash is a name, not the rest of a sentence an aside between dashes broke ("— … — are as implausible as …").
      if (re === DASH_SOURCE && VERB_IN_PHRASE.test(m[1]!)) continue;
      const named = classify(m[1]!.replace(EMBED_TAIL, ''));
      if (named?.kind === 'named' && re === DASH_SOURCE) return { ...named, label: true };
      if (named) return named;
    }
  }
  // Only once nobody is found speaking: "Baku said X, but Yerevan has not confirmed it" is Baku's.
  if (negated || NEWSROOM.test(masked)) return { kind: 'outlet' };
  return officialSubject(masked);
}

/** A verb of stance: "regards … as", "views … as", "considers that". */
const STANCE_VERB = /^(?:regard|consider|view|deem)(?:s|ed)?$/u;
/** Whether a speaker phrase opens with the actor it names ("The Armenian government", "Yerevan"), not with people of a place ("Many in Yerevan"). */
function opensWithActor(attribution: string): boolean {
  const first = findActors(attribution)[0];
  return first !== undefined && first.index === (/^the\s+/iu.exec(attribution)?.[0].length ?? 0);
}

/**
 * "Azerbaijan has not released its figures; its Prosecutor General's Office says …": "its" is the
 * subject that opens the sentence, when that subject names an actor of one side and ends before
 * the clause. Attribution stays as written.
 */
function ownerBefore(masked: string, verbIndex: number, attribution: string): Speaker | null {
  if (!/^its\s/iu.test(attribution)) return null;
  const intro = INTRO.exec(masked)?.[0].length ?? 0;
  const subject = SUBJECT.exec(masked.slice(intro))?.[0];
  if (subject === undefined || intro + subject.length + attribution.length >= verbIndex) return null;
  const sides = new Set(findActors(subject).map((a) => a.side));
  return sides.size === 1 ? { kind: 'named', side: [...sides][0]!, attribution } : null;
}

/** A person's name, with a title before it ("MP Tahir Mirkishili", "Deputy Aydin Mirzazade", "Dr Helen Aarons"). */
const PERSON_NAME = /^(?:(?:\p{Lu}{2,4}|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Deputy|Senator|Ambassador|General|Colonel|Professor|Prof\.?|[Ll]awmaker|[Pp]arliamentarian|[Mm]ember of [Pp]arliament)\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,3}$/u;

/**
 * The name of a person the actors table does not know who is the subject of the sentence's
 * first speech verb ("Deputy Aydin Mirzazade said …", "MP Tahir Mirkishili said that Pashinyan
 * claims …", "“…,” Mirkishili said"), or null. Such a speaker lends no side, but is whom a
 * later "he said" refers to. A name alone counts only after a quotation or a comma, not as the
 * sentence's first word ("Kommersant writes" names a paper as often as a person).
 */
export function unknownSpeaker(sentence: string): string | null {
  const masked = maskQuotations(sentence);
  for (const verb of speechVerbs(masked)) {
    if (DETERMINER_BEFORE.test(masked.slice(Math.max(0, verb.index - 12), verb.index)) || OBJECT_BEFORE.test(masked.slice(Math.max(0, verb.index - 60), verb.index))) continue;
    const before = masked.slice(Math.max(0, verb.index - WINDOW), verb.index);
    const clause = before.split(CLAUSE_BREAK).at(-1)!;
    let name = stripFiller(clause);
    let start = verb.index - clause.length + clause.search(/\S|$/u);
    if (name === '' && INVERSION_VERB.test(verb[0])) {
      const after = masked.slice(verb.index + verb[0].length, verb.index + verb[0].length + WINDOW);
      name = clauseAfter(after);
      start = -1;
    }
    if (!PERSON_NAME.test(name) || findActors(name).length > 0 || BACK_REFERENCE.test(name) || isWitness(name) || /^The\s/u.test(name)) return null;
    if (!name.includes(' ') && start >= 0 && !/[”"»,]\s*$/u.test(sentence.slice(0, start))) return null;
    return name;
  }
  return null;
}

/** A member of parliament named by title and name ("Deputy Ganira Pashayeva", "MP Tahir Mirkishili"), not an office whose title opens with "Deputy" ("Deputy Foreign Minister …"). */
const MEMBER_OF_PARLIAMENT =
  /^(?:MP|Deputy|[Ll]awmaker|[Pp]arliamentarian|[Mm]ember of [Pp]arliament)\s+(?!(?:Minister|Prime|President|Speaker|Chair(?:man|woman|person)?|Head|Chief|Director|Governor|Mayor|Commander|General|Ambassador|Secretary|Foreign|Defen[cs]e|Interior|Prosecutor|Ombudsman|Spokes(?:man|woman|person))\b)\p{Lu}/u;

/** A government office anywhere in a title. */
const GOVERNMENT_TITLE = /\b(?:Minister|Ministry|Secretary)\b/u;

/** Whether a speaker the actors table does not know (`unknownSpeaker`) is named as a member of parliament. */
export function isMemberOfParliament(name: string): boolean {
  // "Deputy Economy Minister Narek Teryan", "Deputy Assistant Secretary of State …": a government's deputy, not a member.
  return MEMBER_OF_PARLIAMENT.test(name) && !GOVERNMENT_TITLE.test(name);
}

/** "Report.az quoted presidential aide Hikmet Hajiyev as saying", "Daily Sabah quotes Akar as saying": the one quoted speaks. */
const QUOTED_AS = wordStarts(/\b(?:quoted|quotes|quoting|cited|cites|citing)\s+(?<speaker>[^,;:]{2,100}?)\s+as\s+(?:saying|stating|telling|writing|claiming|adding|noting|declaring|announcing|insisting|warning)\b/iu);
/** "The agency quoted President Ilham Aliyev's address to the nation": the one whose words are quoted speaks. */
const QUOTED_WORDS =
  /\b(?:quoted|quotes|cited|cites)\s+(?<speaker>[^,;:]{2,100}?)['’]s?\s+(?:\p{Ll}+\s+)?(?:address|statement|words|remarks|comments|speech|message|post|tweet|interview|letter|appeal|announcement|briefing)\b/u;
/** "AZERTAC carried a statement from the Defense Ministry saying …": the statement's author speaks. */
const CARRIED_FROM =
  wordStarts(/\b(?:carried|carries|published|publishes|ran|runs|released|issued|posted|circulated|distributed)\s+(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:statement|report|communiqu[eé]|message|release|comments?|remarks|video|footage|photos?|post|letter|appeal)\s+(?:from|by)\s+(?<speaker>[^,;:]{2,80}?)\s+(?:saying|that|which|claiming|stating|in which)\b/iu);

/**
 * The speaker an outlet relays ("X quoted Y as saying", "X carried a statement from Y saying"):
 * Y, not X. A body not named more closely ("the Defense Ministry") is of the side whose agency
 * relays it: AZERTAC carries Azerbaijan's ministry.
 */
function relayedSpeaker(masked: string): Speaker | null {
  const m = QUOTED_AS.exec(masked) ?? QUOTED_WORDS.exec(masked) ?? CARRIED_FROM.exec(masked);
  if (!m) return null;
  const speaker = classify(m.groups!.speaker!);
  if (speaker?.kind !== 'back-reference') return speaker;
  // The carrier is what stands before: "Report.az", "The state news agency AZERTAC".
  const side = sideNamedBy(masked.slice(0, m.index));
  return side !== null ? { kind: 'named', side, attribution: speaker.attribution } : speaker;
}

/**
 * A source named as a label, before a colon or in closing brackets: a body or a person of ours
 * ("Armenian Defense Ministry", "Pashinyan", "Armenpress") or a capital alone. A nationality word
 * alone is not ("Armenian forces" is news about them), nor a region or a town.
 */
function sourceLabel(src: string): Speaker | null {
  const named = classify(src);
  const actors = findActors(src);
  return named?.kind === 'named' && (INSTITUTION.test(src) || actors.some((a) => a.kind !== 'nationality') || isBareName(src, actors)) ? { ...named, label: true } : null;
}

/**
 * The source a label before a colon names: as written ("Armenian Defense Ministry", at most six
 * words), or without the role in brackets after it ("Hikmet Hajiyev (recording)"). A label in
 * capitals ("NIKOL PASHINYAN, PRIME MINISTER OF ARMENIA", "AZERBAIJANI MOD") is a transcript's or a
 * wire's turn and may be longer; it is read without regard to case, and keeps its own words as attribution.
 */
function turnLabel(label: string): Speaker | null {
  const bare = label.replace(LABEL_ROLE, '');
  for (const src of bare === label ? [label] : [label, bare]) {
    const capitals = !/\p{Ll}/u.test(src) && /\p{Lu}/u.test(src);
    const words = src.trim().split(/\s+/).length;
    if (words > (capitals ? 12 : 6) || (capitals && isCapitalHeadline(src))) continue;
    const named = sourceLabel(src) ?? (capitals ? sourceLabel(titleCase(src)) : null);
    if (named?.kind === 'named') return { ...named, attribution: capitals ? src.trim() : named.attribution };
  }
  return null;
}


/**
 * A headline in capitals before a colon ("AZERBAIJAN SAYS ARMENIAN FORCES SHELLED GANJA: …"):
 * a verb of speech or a past tense makes it a sentence, not a speaker's name and role.
 */
function isCapitalHeadline(label: string): boolean {
  // A past tense after the label's first word ("FORCES SHELLED GANJA"), not a body's name ("ARMED FORCES", "UNITED NATIONS").
  const second = label.search(/\s/u);
  return SPEECH_VERB.test(label.toLowerCase()) || (second >= 0 && hasPastTense(label, second));
}

/** "NIKOL PASHINYAN, PRIME MINISTER OF ARMENIA" → "Nikol Pashinyan, Prime Minister Of Armenia": names in capitals as the actors table knows them. */
export function titleCase(text: string): string {
  return text.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
}

/**
 * A capital standing alone as a label ("Baku:", "Official Yerevan:"), as digests open each
 * item with the capital it comes from. A country or region ("Karabakh:") is the item's topic,
 * and a place of no government ("Ganja:") is where it happened: neither is a source.
 */
function isBareName(src: string, actors: readonly { text: string }[]): boolean {
  const name = src.trim().replace(/^official\s+/iu, '');
  return actors.length === 1 && name === actors[0]!.text && CAPITAL.test(name);
}

/** An opening phrase of time or circumstance before the subject: "On Monday, ", "During the call, ". */
const INTRO = /^(?:(?:on|in|at|during|after|before|later|earlier|meanwhile|overnight|today|yesterday)\b[^,]{0,60},\s*)/iu;
/** Words a subject is made of: names and titles in capitals, and the small words between them. */
const SUBJECT = /^(?:(?:\p{Lu}[\p{L}'’.-]*|of|the|for|and|de|al|bin|von|van)\s+)*?\p{Lu}[\p{L}'’.-]*(?=\s+(?!(?:of|the|for|and|de|al|bin|von|van)\s)\p{Ll})/u;
/** Armed forces as a subject are what a report is about, not who reports it ("Armenian forces shelled …"). */
const MILITARY = wordStarts(/\b(?:army|armies|forces|troops|units|military|soldiers|servicemen|artillery|air force|navy|battalion|brigade|drones?)\b/iu);
/** A subject followed by a verb of state describes, it does not act: "The Minsk Group is the mediator". */
const STATE_VERB = /^\s+(?:is|are|was|were|remains?|lies|lie|seems?|appears?|became|becomes|has been|have been|had been)\b/u;

/**
 * An official who acts rather than speaks ("US Secretary of State Mike Pompeo met both foreign
 * ministers", "The Azerbaijani Foreign Ministry summoned foreign diplomats"): the subject of the
 * sentence is a named person, or an institution of one side or an international body.
 * Armed forces and bare country names are not: "Armenian forces shelled Terter" is news about
 * them, told by someone else.
 */
function officialSubject(masked: string): Speaker | null {
  const clause = masked.replace(INTRO, '');
  const subject = SUBJECT.exec(clause)?.[0];
  if (subject === undefined || MILITARY.test(subject) || STATE_VERB.test(clause.slice(subject.length))) return null;
  const actors = findActors(subject);
  if (actors.length === 0 || !(actors.some((a) => a.kind !== 'nationality') || INSTITUTION.test(subject))) return null;
  const named = classify(subject.replace(/['’]s$/u, ''));
  return named?.kind === 'named' ? { ...named, acting: true } : named;
}

/**
 * A clause between a speaker and the verb that is not the speaker: "Aliyev, speaking to
 * Turkish television, said"; "the ministry, in a statement on Monday, said"; "the authorities,
 * which Baku does not recognise, said"; "the foreign minister, back from Moscow, said".
 */
const PARENTHETICAL = /^(?:(?:who|which|whose|speaking|citing|quoting|referring|answering|responding|commenting|writing|addressing|asked|according|in|on|at|during|after|before|while|when|as|for|with|from|via|amid|despite|following|among|however|meanwhile|back|fresh|himself|herself|itself|themselves)\b|\p{Ll}+ing\b)/iu;
/** Nouns for an office or a role, as set next to a name ("aide to the president", "the French foreign minister"). */
const ROLE = String.raw`(?:spokes(?:man|woman|person)|officer|aide|advis[eo]r|assistant|head|chief|minister|deputy|ambassador|envoy|representative|secretary|commander|director|leader|member|speaker|ombudsman|governor|mayor|chair(?:man|woman)?|official|researcher|analyst|expert)`;
/**
 * "X, a representative of Y, wrote", "X, spokeswoman for Y, said", "X, presidential aide, said",
 * "X, an Armenian Defence Ministry official, said": a role set after a name, with an article or a
 * noun of office.
 */
const APPOSITIVE = new RegExp(String.raw`^(?:(?:a|an|the)\s+(?:\p{Ll}|(?:[\p{L}'’-]+\s+){1,4}${ROLE}$)|(?:\p{Ll}+\s+){0,2}${ROLE}(?:\s+(?:to|for|of|at|in)\s|$))`, 'u');
/** A role set before a name: "The French foreign minister, Jean-Yves Le Drian, said". */
const ROLE_LAST = new RegExp(String.raw`\s${ROLE}$`, 'iu');
/** "…, which Yerevan denied": a relative clause whose own subject speaks. */
const RELATIVE = /^(?:who|which|whom)(?:\s+(?<subject>.+))?$/iu;
/** A name set after a role: "Karabakh's president, Arayik Harutyunyan, said". */
const NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s?){1,5}$/u;
/** Words that link a second statement to a first ("a claim Armenian officials rejected"): a clause may start with them (split-clauses). */
export const LINKING_WORDS = String.raw`(?:a claim|claims|an allegation|allegations|a charge|an accusation|a statement|a report|reports|something|an assertion|a version)`;
/** The linking words, left out of the attribution. */
const LINKING = new RegExp(String.raw`^${LINKING_WORDS}\s+`, 'iu');

/** The speaker phrase before the verb ("X said"), or after it ("…,” said X; stated by X), not before `floor`. */
function speakerAround(text: string, verbStart: number, verbEnd: number, floor = 0): Speaker | null {
  const before = text.slice(Math.max(0, verbStart - WINDOW, floor), verbStart);
  const after = text.slice(verbEnd, verbEnd + WINDOW);
  if (/^\s+by\s/iu.test(after)) return classify(clauseAfter(after.replace(/^\s+by\s/iu, '')));
  // "The number of soldiers killed is not reported": a passive verb without "by" names no speaker.
  if (PASSIVE_BEFORE.test(before)) return null;
  const raw = before.split(/[,;:(]|\s[–—]\s/u);
  // Filler is stripped from a segment when it is looked at: only the few next to the verb are.
  const stripped: string[] = [];
  const segment = (i: number): string => (stripped[i] ??= stripFiller(raw[i]!));
  /** The nearest segment that is not empty, at `from` or before it. */
  const nearestWords = (from: number): string | undefined => {
    for (let j = from; j >= 0; j--) if (segment(j) !== '') return segment(j);
    return undefined;
  };
  const last = raw.length - 1;
  const relative = RELATIVE.exec(segment(last));
  if (relative) {
    // "…, which Yerevan denied" names its own subject; "…, according to Armenian officials, who said" refers to the phrase before.
    const subject = relative.groups?.subject;
    return subject !== undefined ? classify(subject) : last > 0 ? classify(segment(last - 1).replace(/^according to\s+/iu, '')) : null;
  }
  if (raw[last]!.trim() === '') {
    // "“…,” said X" names its speaker after the verb, when nothing but the name follows it.
    if (INVERSION_VERB.test(text.slice(verbStart, verbEnd))) {
      const clause = clauseAfter(after);
      const age = AGE_AFTER.exec(after);
      // "said Armen Sargsyan, 41, a Karabakh Defence Army officer": the role after the age tells who speaks.
      const inverted = AUXILIARY.test(` ${clause}`) ? null : (classify(clause) ?? roleAfter(clause, age === null ? after : after.slice(age.index + age[0].length - 1)) ?? agedPerson(clause, age?.[1]));
      if (inverted) return inverted;
    }
    // "…, published on May 2" is a participle with no speaker; "X, citing Y, said",
    // "X, a representative of Y, wrote" and "Y's president, X, said" have theirs before the commas.
    const previous = nearestWords(last);
    // "Anahit, 54, said": a name the actors table does not know, with an age.
    const aged = previous !== undefined && AGE.test(previous) && last >= 2 && segment(last - 1) === previous ? agedPerson(segment(last - 2), previous) : null;
    if (aged) return aged;
    if (previous === undefined || !(PARENTHETICAL.test(previous) || APPOSITIVE.test(previous) || NAME.test(previous))) return null;
  }
  let phrase = '';
  for (let i = last, used = 0; i >= 0 && used < 3; i--) {
    const seg = segment(i);
    if (seg === '' || (phrase === '' && PARENTHETICAL.test(seg))) continue;
    used++;
    phrase = phrase === '' ? seg : `${seg}, ${phrase}`;
    const named = classify(phrase);
    if (named) return named.kind === 'named' ? withName(named, i > 0 ? segment(i - 1) : undefined) : named;
    // Only a role set after a name reaches back to it ("Artsrun Hovhannisyan, a representative of the ministry,"),
    // and a name to the role before it ("The French foreign minister, Jean-Yves Le Drian,"):
    // "Residents spent the night in shelters, the mayor's office said" does not make the residents speak.
    const previous = nearestWords(i - 1);
    if (previous === undefined) break;
    const roleAfterName = NAME.test(previous) && (APPOSITIVE.test(seg) || /^\p{Lu}/u.test(seg));
    const nameAfterRole = NAME.test(seg) && ROLE_LAST.test(previous);
    if (!roleAfterName && !nameAfterRole) break;
  }
  return null;
}

/**
 * "…,” said Hanna Lindqvist, arms researcher at Rights Monitor.": a name the actors table does
 * not know, and the role after it that tells who speaks.
 */
function roleAfter(name: string, after: string): Speaker | null {
  if (!NAME.test(name)) return null;
  // "a Karabakh Defence Army officer guarding the road": the role ends where a participle or a relative clause begins.
  const role = /^\s*[^,]*,\s+([^,.;:!?()]{2,80})/u.exec(after)?.[1]?.split(ROLE_END)[0]!.trim();
  if (role === undefined || !APPOSITIVE.test(role)) return null;
  const named = classify(role);
  return named?.kind === 'named' ? { ...named, attribution: `${name}, ${named.attribution}` } : null;
}

/** Where a role after a name ends: "officer | guarding the road", "officer | posted at …", "spokesman | who spoke …". */
const ROLE_END = /\s(?=\p{Ll}+ing\s|\p{Ll}+ed\s(?:at|in|on|near|to|by|with)\s|who\s|which\s|whose\s)/u;

/** An age set after a name: "Anahit, 54", "Ruben Grigoryan, aged 70". */
const AGE = /^(?:aged\s+)?\d{1,3}$/u;
/** The age after an inverted speaker's name: "…,” said Anahit, 54, who shelters …". */
const AGE_AFTER = /^\s*[^,]*,\s+((?:aged\s+)?\d{1,3})\s*(?:[,.;!?)]|$)/u;

/**
 * A name the actors table does not know, given with an age ("Anahit, 54", "said Karen Petrosyan,
 * 67, a retired teacher"): a private person, who speaks for no side (`international`), and whose
 * words take no side from the officials quoted before.
 */
function agedPerson(name: string, age: string | undefined): Speaker | null {
  if (age === undefined || !AGE.test(age.trim()) || !NAME.test(name.trim()) || findActors(name).length > 0) return null;
  return { kind: 'named', side: 'international', attribution: `${name.trim()}, ${age.trim()}` };
}

/** An appositive role gets the name before it: "Name, a representative of X". */
function withName(named: Speaker, previous: string | undefined): Speaker {
  if (named.kind !== 'named' || previous === undefined) return named;
  const name = previous.trim();
  // "In Baku, the Azerbaijani foreign minister said": a place opening the sentence is no name.
  if (APPOSITIVE.test(named.attribution) && /^(?:\p{Lu}[\p{L}'’-]+\s?){1,4}$/u.test(name) && !PARENTHETICAL.test(name)) {
    return { ...named, attribution: `${name}, ${named.attribution}` };
  }
  return named;
}

function clauseAfter(text: string): string {
  return (text.split(/[,.;:!?(]|\s(?:that|in|on|at|during|after|before|when|while|who|which)\s/u)[0] ?? '').trim();
}

/** White space other than a single space: only a phrase with some needs its spaces made single. */
const UNEVEN_SPACE = /\s\s|[^\S ]/u;

function stripFiller(phrase: string): string {
  let s = (UNEVEN_SPACE.test(phrase) ? phrase.replace(/\s+/g, ' ') : phrase).trim();
  for (let previous = ''; previous !== s; ) {
    previous = s;
    s = s.replace(FILLER, '').trim();
  }
  return s;
}

/** Emoji, marks and a stray minute ("❗️🔴 ", "⚡️ ", "20 " of "13:20") before the words that name a speaker. */
const SYMBOLS_BEFORE = /^(?:[^\p{L}\p{N}“"«(]+|\p{N}{1,2}\s+(?=\p{Lu}))+/u;
/** Where a speaker’s head noun ends and what places it begins: "residents | of villages near Hadrut", "our correspondent | in the city". */
const HEAD_END = /\s(?:in|of|from|near|at|across|around|inside|outside|living|who|whom|on|with|she|he|they|we|I|you)\s/u;
/**
 * People who speak for no side: witnesses, residents, medics and reporters, the outlet's own
 * among them. What they say is reported by the outlet (`international`), whatever place or
 * nationality qualifies them ("residents of Stepanakert", "Armenian journalists"). A side's
 * media ("Azerbaijani outlets write …") are not here: in wartime they relay their side's account,
 * and the nationality word gives them that side, as before.
 */
const WITNESS =
  /^(?:residents?|locals|villagers|inhabitants|people|civilians|witness(?:es)?|eyewitness(?:es)?|survivors?|refugees|evacuees|families|relatives|doctors?|nurses?|medics?|paramedics?|surgeons?|volunteers?|teachers?|priests?|farmers?|shopkeepers?|drivers?|students?|man|woman|men|women|mothers?|fathers?|parents?|sons?|daughters?|wife|wives|husbands?|grandmothers?|grandfathers?|children|child|boys?|girls?|neighbou?rs?|pensioners?|patients?|owners?|passers-by|passersby|onlookers?|elders?|users|bloggers?|journalists?|reporters?|correspondents?|photographers?|researchers?)$/iu;

/** A speaker phrase whose head noun is a witness, a resident or a reporter, not an official. */
function isWitness(phrase: string): boolean {
  const head = phrase.split(HEAD_END)[0]!.replace(/[.!?]+$/u, '');
  const noun = head.split(' ').at(-1)!;
  return WITNESS.test(noun);
}

/** A phrase that names an actor: its side is that of the actor nearest the verb. */
function classify(phrase: string): Speaker | null {
  // "Azerbaijani authorities haven’t disclosed …, but say": the speaker ends where its own verb starts.
  const cleaned = stripFiller(phrase.split(AUXILIARY)[0] ?? phrase).replace(LINKING, '').replace(SYMBOLS_BEFORE, '');
  if (cleaned === '' || (cleaned.split(' ').length > MAX_SPEAKER_WORDS && !TITLE_CHAIN.test(cleaned))) return null;
  if (isWitness(cleaned) && !INSTITUTION.test(cleaned)) return { kind: 'named', side: 'international', attribution: cleaned };
  const speaker = subjectOf(cleaned);
  const actors = findActors(speaker);
  if (actors.length === 0) return BACK_REFERENCE.test(cleaned) ? { kind: 'back-reference', attribution: cleaned } : null;
  const sides = new Set(actors.map((a) => a.side));
  // Both conflict sides speaking together is neither side's claim.
  if (sides.has('baku') && sides.has('yerevan') && TOGETHER.test(cleaned)) return { kind: 'named', side: 'international', attribution: cleaned };
  // A named person or body outranks the nationality word that qualifies it; otherwise the last word wins.
  const best = [...actors].reverse().find((a) => a.kind !== 'nationality') ?? actors[actors.length - 1]!;
  return { kind: 'named', side: best.side, attribution: speaker };
}

/**
 * A pronoun closing a speaker phrase: the speaker is the subject it refers to ("… released footage
 * it says shows …"); so is the subject of a first verb when "and" joins the speech verb to it
 * ("Georgia closed its airspace … and offered …").
 */
const PRONOUN_LAST = /\s(?:he|she|it|they|and)$/u;
/**
 * A verb in the past, where the subject's noun phrase ends: "Azerbaijan's defence ministry | released
 * footage it", "Putin | spoke with Pashinyan and" (a few irregular pasts too).
 */
const PAST_VERB = /^(?:\p{Ll}+ed|spoke|met|held|sent|took|made|gave|went|came|flew|led|left|won|sought|brought|began|kept|lost|chose|fought|struck|shot|hit|stood|became|got|saw|heard|met|told|spent)$/u;

/**
 * The words that name the speaker in a phrase ending in a pronoun: the subject before its own
 * verb ("Azerbaijan's defence ministry released footage it" → "Azerbaijan's defence ministry"),
 * when the subject still names an actor; the phrase otherwise.
 */
function subjectOf(phrase: string): string {
  if (!PRONOUN_LAST.test(phrase)) return phrase;
  const words = phrase.split(' ');
  const verb = words.findIndex((w, i) => i > 0 && PAST_VERB.test(w) && !NAME_PARTICIPLES.has(w));
  const subject = words.slice(0, verb).join(' ');
  return verb > 0 && (findActors(subject).length > 0 || isWitness(subject)) ? subject : phrase;
}

/**
 * Replace quoted passages with spaces of the same length, so indexes still line up and
 * words inside a quotation are never read as its speaker.
 */
export function maskQuotations(text: string): string {
  // A clause is masked by splitClauses, findSpeaker and unknownSpeaker in turn: the last answer is kept.
  if (text === lastMasked.text) return lastMasked.masked;
  // Each pass only blanks characters, so a mark absent from the text stays absent: its pass is skipped.
  let masked = text;
  if (masked.includes('“')) masked = masked.replace(/“[^”]*(?:”|$)/gu, (m) => ' '.repeat(m.length));
  if (masked.includes('"')) masked = masked.replace(/"[^"]*(?:"|$)/gu, (m) => ' '.repeat(m.length));
  if (masked.includes('«')) masked = masked.replace(/«[^»]*(?:»|$)/gu, (m) => ' '.repeat(m.length));
  lastMasked = { text, masked };
  return masked;
}

let lastMasked = { text: '', masked: '' };

/** The speech verbs of a masked text, in order; findSpeaker and then unknownSpeaker read the same clause's, so the last answer is kept. */
function speechVerbs(masked: string): readonly RegExpExecArray[] {
  if (masked !== lastVerbs.masked) lastVerbs = { masked, verbs: allMatches(masked, SPEECH_VERB_PATTERN) };
  return lastVerbs.verbs;
}

let lastVerbs: { masked: string; verbs: readonly RegExpExecArray[] } = { masked: '', verbs: [] };
