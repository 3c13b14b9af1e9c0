import { findActors, officialSideOf, parliamentOf, sideNamedBy, SPEECH_VERB } from './actors.ts';
import { backgroundKind, isBackgroundNarration, isNewsOfTheDay, reportedByBothSides, type BackgroundKind } from './background.ts';
import { isItem, nextKept, type Role } from './classify-blocks.ts';
import { wireDateline } from './find-report-date.ts';
import { askerLabel, findSpeaker, isMemberOfParliament, maskQuotations, personLabel, titleCase, unknownSpeaker, type PersonLabel } from './find-speaker.ts';
import type { Block, Claim, SectionDay, SetAside, Side } from './model.ts';
import { liveItems } from './live-items.ts';
import { findPlaces } from './places.ts';
import { isAccountHeader } from './side-headers.ts';
import { splitClauses } from './split-clauses.ts';
import { splitSentences } from './split-sentences.ts';

/**
 * A claim before the corpus gives it an id and a day: `reportId` and `id` are filled in by
 * `assign-ids`, `date` from `sectionDay` once the report's own date has a year (`claim-days`).
 */
export interface DraftClaim extends Omit<Claim, 'id' | 'reportId' | 'date'> {
  /** The day of the date heading or stamp it stands under (`section-days`); null: the report's day. */
  sectionDay: SectionDay | null;
}

/** A claim as the extractor finds it, before the report's sections give it its day. */
export type FoundClaim = Omit<DraftClaim, 'sectionDay'>;

export interface ClaimsResult {
  claims: FoundClaim[];
  setAside: SetAside[];
}

/** Who speaks: a side and the words that name the speaker. */
export interface Voice {
  side: Side;
  attribution: string;
}

/** A sentence, or the part of one that a second speaker starts. */
interface Piece {
  text: string;
  block: Block;
  /** Index of its sentence in the report: parts of one sentence are rejoined when their sides agree. */
  sentence: number;
  voice: Voice | null;
  /** How the voice was found: named in the piece, or taken from the words around it. */
  basis: 'speaker' | 'context' | null;
  /** The voice is an official acting in this sentence, not speaking: it is not lent to the sentences around. */
  acting: boolean;
  /** The outlet's own remark ("Yerevan has not commented", "We could not verify it"): it takes no speaker's side from the pieces around. */
  outlet: boolean;
  /** The outlet's background, which keeps no speaker's side (null: not background). */
  background: BackgroundKind | null;
  /** Whether it opens its block. */
  opensBlock: boolean;
  /** Its speaker is named before a colon opening the sentence ("Baku: …") or after a dash closing it ("… — Baku"). */
  label: boolean;
  /** Its sentence speaks in the first person ("We are ready …", "… informed us"), outside quotations. */
  firstPerson: boolean;
  /** Part of a journalist's turn ("Q: …", "Moderator: …"): what nobody in it is said to say is the journalist's, never a page's narrator's. */
  asked: boolean;
  /** A question of a journalist's turn, which is never the outlet's background ("Does Moscow see violations by both sides?"). */
  question: boolean;
}

/** Where a unit stands: the section header over it, and the live-page headline it belongs to. */
interface Place {
  sectionSide: Side | null;
  headline: string | null;
  headlineVoice: Voice | null;
  /**
   * The heading names the source of what follows rather than news of it ("Statement of the Ministry of
   * Foreign Affairs of the Republic of Armenia", "Forwarded from Ministry of Defense of Azerbaijan"): its
   * voice is the section's narrator, as a release's title makes its body the report's.
   */
  sourceLine: boolean;
}

const STARTS_WITH_QUOTE = /^\s*[“"«]/u;
/** A sentence that ends with a closing quotation mark. */
const CLOSES_QUOTE = /[”"»]\s*$/u;

/** Opening brackets less closing ones in a text. */
function bracketBalance(text: string): number {
  let balance = 0;
  for (const c of text) if (c === '[') balance++;
  else if (c === ']') balance--;
  return balance;
}
/** An interview's answer: "A: …", "Answer: …", "A — …". */
const ANSWER = /^\s*(?:A\s*[:—–-]|Answer\s*[:.—–-])\s/u;
/** "A. …": an answer only where journalists' labels ask ("Q. …"); elsewhere an initial ("A. Mammadov, a resident of Tartar, said …"). */
const ANSWER_AFTER_Q = /^\s*A\.\s/u;
/** A question's own words: opening with a verb or a question word ("Do you deny it?", "Mr. Minister, can you …?"). */
const INTERROGATIVE =
  /^(?:[^,?“”"«»]{1,40},\s+)?(?:do|does|did|is|are|was|were|will|would|can|could|should|shall|may|might|has|have|had|how|what|why|who|whom|whose|when|where|which|isn['’]t|aren['’]t|doesn['’]t|don['’]t|didn['’]t|won['’]t|can['’]t)\b/iu;
/** A sentence that asks: it ends with a question mark, before closing quotes or brackets. */
const QUESTION_END = /\?[\s”"’»)\]]*$/u;
/** A speaker speaking of themselves or their own side, outside quotations. */
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Ww]e|us|[Oo]urs?)\b/u;

/**
 * Turn classified blocks into claims and set-aside pieces.
 *
 * Units: a bullet; a live-page item (the paragraphs under a headline or between two time
 * stamps or separators); each sentence of prose. A unit whose sentences have different sides
 * becomes one claim per run of the same side, and a sentence with two speakers ("X reported A,
 * a claim Y rejected") is cut between them.
 *
 * Side: a side header rules what stands under it. Elsewhere the speaker named in a sentence
 * decides; "he said", "the ministry added" refer back to the last speaker; sentences without
 * a speaker take the speaker of their unit (or of the item's headline), unless they are clearly
 * the outlet's background; what nobody is said to say is the outlet's narration (`international`),
 * or, in an official body's own release (`narrator`), that body's.
 */
export function extractClaims(blocks: readonly Block[], roles: readonly Role[], narrator: Voice | null = null, interviewee: Voice | null = null): ClaimsResult {
  const claims: FoundClaim[] = [];
  const setAside: SetAside[] = [];
  const items = liveItems(blocks, roles);
  const labels = paragraphLabels(blocks, roles);
  // The intro of an overview or a live page (before its first header, bullet or stamp) is background,
  // but for the news of the day it tells (isNewsOfTheDay); a news story, even with crossheads or a
  // paragraph opened by "Baku's version:", has no such intro.
  const structured = roles.some((r, i) => (r.role === 'side-header' && !labels.has(i)) || (r.role === 'content' && isItem(blocks[i]!))) || items.size > 0;
  /** The paragraph a side header opening its line rules alone: after it, the speakers decide again. */
  let labelledParagraph = -1;
  let place: Place = { sectionSide: null, headline: null, headlineVoice: null, sourceLine: false };
  /**
   * The last one said to speak, whom "he said", "the ministry added" refer to: null before anyone;
   * a voice of null for a person the actors table does not know ("Deputy Aydin Mirzazade said …"),
   * who lends no side and stops an earlier speaker's from being lent past them.
   */
  let lastSpeaker: { voice: Voice | null } | null = null;
  let seenStructure = false;
  let sentenceCount = 0;
  /** The block before: whether it ends with a colon, its last voice, and whether it is a block quotation read after a lead-in ("X said:"), which the next quoted paragraph continues. */
  let previous: { endsWithColon: boolean; voice: Voice | null; quoting?: boolean } = { endsWithColon: false, voice: null };
  let item: Piece[] = [];
  const answerer = interviewee ?? narrator;
  // A transcript (journalists' or answers' turns in it) rather than a digest whose items open with a name.
  const turns = transcriptTurns(blocks, roles);
  const asks = turns.askers.size > 0;
  const isAnswer = (text: string): boolean => ANSWER.test(text) || (asks && ANSWER_AFTER_Q.test(text));
  const transcript = asks || blocks.some((b, i) => roles[i]!.role === 'content' && !isItem(b) && ANSWER.test(b.text));
  /** The side of the parliament the page is of (its title, masthead or byline, or a session it reports), read once a member of parliament speaks: undefined until then. */
  let parliament: Side | null | undefined;
  /** Whether the sentence just read named a speaker, or a statement, that "It was noted that …" may refer to. */
  let spokeBefore = false;
  /** Whether the page's numbered list is written in the first person ("our monitors", "We will publish"), a document's: undefined until a numbered item is read. */
  let documentList: boolean | undefined;
  /** Members of that parliament who spoke, by surname: "Mirkishili said" after "MP Tahir Mirkishili said". */
  const members = new Map<string, Voice>();
  /**
   * The voice of a speaker the actors table does not know: a member of parliament ("Deputy Ganira
   * Pashayeva said …") speaks for the parliament tied to them ("Milli Majlis deputy X", "X, an MP
   * of the National Assembly,") or else the one the page is of, and is that member again under the
   * surname alone; anyone else, or any member where the page names no parliament, both sides' or
   * a third country's, has no side. A parliament the report mentions as news ("The Armenian
   * parliament extended martial law") is not the member's.
   */
  const memberVoice = (name: string, sentence: string): Voice | null => {
    if (!isMemberOfParliament(name)) return members.get(name) ?? null;
    const side = parliamentOf([memberPhrase(name, sentence)]) ?? (parliament === undefined ? (parliament = pageParliament(blocks, roles)) : parliament);
    if (side === null) return null;
    const voice: Voice = { side, attribution: name };
    members.set(name.split(' ').at(-1)!, voice);
    return voice;
  };
  /** Whether the block before was a list's item: a paragraph after a list under "…:" is no longer the heading's. */
  let listSeen = false;

  const piecesOf = (block: Block, asker: number): Piece[] => {
    const pieces: Piece[] = [];
    const sentences = splitSentences(block.text);
    // An agency's dateline that ends in a full stop ("STEPANAKERT, OCTOBER 8, ARTSAKHPRESS.") opens the sentence after it, as a dash's does.
    if (sentences.length > 1 && wireDateline(sentences[0]!) === sentences[0]!.trim()) sentences.splice(0, 2, `${sentences[0]!.trim()} ${sentences[1]!}`);
    /** How many brackets a translation after a quotation left open ("«…» [We are not going anywhere. This is our home.]"). */
    let translation = 0;
    let before = '';
    for (const sentence of sentences) {
      // A bracketed translation after a quotation, to its closing bracket, is one sentence with it.
      // A bracket opening with a label ("[Editor's note: …]", "[Update: …]") is a note of its own, not a translation.
      const translates = translation > 0 || (pieces.length > 0 && sentence.trimStart().startsWith('[') && CLOSES_QUOTE.test(before) && !BRACKET_LABEL.test(sentence));
      translation = translates ? translation + bracketBalance(sentence) : 0;
      before = sentence;
      const n = translates ? sentenceCount - 1 : sentenceCount++;
      // A journalist's label is no speaker: what the question says is read from its own words.
      const labelled = pieces.length === 0 && asker > 0;
      const own = labelled ? sentence.slice(Math.min(asker, sentence.length)) : sentence;
      const firstPerson = FIRST_PERSON.test(sentence) && FIRST_PERSON.test(maskQuotations(sentence));
      const opening = pieces.length;
      for (const text of splitClauses(sentence)) {
        const spoken = labelled && pieces.length === 0 ? text.slice(Math.min(asker, text.length)) : text;
        const found = findSpeaker(spoken);
        let voice: Voice | null = null;
        let basis: Piece['basis'] = null;
        const referred = lastSpeaker !== null ? lastSpeaker.voice : place.headlineVoice;
        if (found?.kind === 'named') {
          voice = { side: found.side, attribution: found.attribution };
          basis = 'speaker';
          if (!found.acting) lastSpeaker = { voice };
        } else if (found?.kind === 'back-reference' && referred && (spokeBefore || !IMPERSONAL_REFERENCE.test(spoken))) {
          // "It was noted that …" refers to a speaker or a statement the sentence just before named, never to one further back.
          voice = referred;
          basis = 'context';
        } else if (pieces.length === 0 && answerer !== null && isAnswer(text)) {
          // "A: …" in an interview is the interviewee's answer, to its end; on a body's own page, the body's.
          voice = answerer;
          basis = 'context';
        } else if (pieces.length === 0 && previous.voice && ((STARTS_WITH_QUOTE.test(text) && (previous.endsWithColon || !isItem(block))) || (block.quoted === true && (previous.endsWithColon || previous.quoting === true)))) {
          // A quotation opening the block after "… said:", a block quotation ("> …") after "X, on Facebook:",
          // or a paragraph of quotation after an attributed one (as wire stories run a quote on), is the words of that speaker.
          voice = previous.voice;
          basis = 'context';
        }
        // "MP Tahir Mirkishili said that Pashinyan claims …": the MP, of no side we know unless the report names one parliament, is whom "he" refers to next.
        const unknown = found?.kind !== 'back-reference' && found?.kind !== 'outlet' && !(found?.kind === 'named' && found.label === true) ? unknownSpeaker(spoken) : null;
        if (unknown !== null) {
          const member = memberVoice(unknown, spoken);
          lastSpeaker = { voice: member };
          if (member !== null && voice === null) {
            voice = member;
            basis = 'speaker';
          }
        }
        let acting = found?.kind === 'named' && found.acting === true;
        const label = (found?.kind === 'named' && found.label === true) || (voice !== null && voice === answerer && pieces.length === 0);
        const asked = asker > 0;
        if (asked && (acting || INTERROGATIVE.test(own.trimStart()))) {
          // "Mr. Hajiyev will open with a statement", "Does Armenia deny this?": the journalist speaks.
          voice = null;
          basis = null;
          acting = false;
        }
        const question = asked && QUESTION_END.test(own);
        // A block quotation ("> …") is someone's words, never the outlet's background or its news of both sides.
        const background = voice === null && !question && block.quoted !== true ? backgroundKind(text) : null;
        // "Both sides reported heavy fighting": the outlet's news of both, no speaker's to lend or borrow.
        const outlet = found?.kind === 'outlet' || (voice === null && !asked && block.quoted !== true && reportedByBothSides(text));
        pieces.push({ text, block, sentence: n, voice, basis, acting, outlet, background, opensBlock: pieces.length === 0, label, firstPerson, asked, question });
      }
      const voiced = pieces.slice(opening).filter((p) => p.voice !== null);
      spokeBefore = voiced.some((p) => !p.acting) || (voiced.length > 0 && STATEMENT_NAMED.test(sentence));
    }
    return pieces;
  };

  const emit = (pieces: Piece[], wholeUnit: boolean, turn: Voice | null = null, lookAhead = true) => {
    if (pieces.length === 0) return;
    if (turn !== null) inheritWithinTurn(pieces, turn, transcript);
    else if (wholeUnit) inheritWithinUnit(pieces, place.headlineVoice, place.sectionSide, lookAhead);
    else {
      inheritWithinSentence(pieces);
      continueReportedSpeech(pieces);
    }
    // Under a source line ("Statement of the Ministry …"), what nobody is said to say is that source's, as a release's is its body's.
    const narrating = place.sourceLine ? place.headlineVoice : narrator;
    for (const p of pieces) {
      if (p.voice === null && p.background === null && narrating !== null && !p.asked) {
        p.voice = narrating;
        p.basis = 'context';
      }
    }
    const sideOf = (p: Piece): Side => (place.sectionSide !== null && !leavesHeader(p, place.sectionSide) ? place.sectionSide : (p.voice?.side ?? 'international'));
    let run: Piece[] = [];
    const close = () => {
      if (run.length === 0) return;
      const first = run[0]!;
      const side = sideOf(first);
      const underHeader = place.sectionSide !== null && !leavesHeader(first, place.sectionSide);
      const basis: Claim['sideBasis'] = underHeader ? 'header' : first.voice ? (first.basis ?? 'speaker') : 'narration';
      const text = run.map((p, i) => (i > 0 && p.block !== run[i - 1]!.block ? ' ' : '') + p.text).join('').replace(/\s+/g, ' ').trim();
      claims.push({
        anchor: first.block.id,
        spans: [...new Set(run.map((p) => p.block.id))],
        side,
        text,
        attribution: run.find((p) => p.voice)?.voice?.attribution ?? null,
        places: placesOf(text, place.headline),
        background: basis === 'narration' && !first.question && ((structured && !seenStructure && !isNewsOfTheDay(text, first.block.text)) || run.some((p) => p.background !== null) || isBackgroundNarration(text)),
        sideBasis: basis,
        headline: place.headline,
        line: first.block.line,
      });
      run = [];
    };
    for (const p of pieces) {
      const joined = wholeUnit || (run.length > 0 && run[run.length - 1]!.sentence === p.sentence);
      if (run.length > 0 && (!joined || sideOf(run[0]!) !== sideOf(p) || run[0]!.background !== p.background)) close();
      run.push(p);
    }
    close();
  };

  const flushItem = () => {
    emit(item, true);
    item = [];
  };
  const note = (block: Block, reason: SetAside['reason'], explanation: string) => setAside.push({ anchor: block.id, text: block.text, reason, explanation, line: block.line });

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const role = roles[i]!;
    if (role.role !== 'content' && role.role !== 'set-aside') {
      flushItem();
      lastSpeaker = null;
      seenStructure = true;
    }
    switch (role.role) {
      case 'side-header':
        place = { sectionSide: role.side, headline: null, headlineVoice: null, sourceLine: false };
        labelledParagraph = labels.get(i) ?? -1;
        note(block, 'heading', `Section header: what follows is information from the ${role.side === 'baku' ? 'Azerbaijani (Baku)' : 'Armenian (Yerevan)'} side.`);
        break;
      case 'heading': {
        const source = headingSource(block.text);
        // A heading with no speaker right under a source line ("Forwarded from X" then "🔴 Operational information as of 08:00") is still X's.
        const carried = source === null && place.sourceLine && i > 0 && roles[i - 1]!.role === 'heading' && findSpeaker(block.text) === null ? place.headlineVoice : null;
        const leadIn = source === null && carried === null ? leadInSpeaker(block.text, blocks[nextKept(roles, i)]) : null;
        const voice = source ?? carried ?? leadIn ?? headlineSpeaker(block.text);
        place = { sectionSide: null, headline: block.text, headlineVoice: voice, sourceLine: source !== null || carried !== null };
        note(block, 'heading', 'A heading or live-page headline; it is shown with the claims under it.');
        break;
      }
      case 'item-break':
        place = { sectionSide: null, headline: null, headlineVoice: null, sourceLine: false };
        note(block, role.reason, role.reason === 'separator' ? 'A separator between items.' : 'The time stamp of a live-page item.');
        break;
      case 'set-aside':
        note(block, role.reason, role.explanation);
        break;
      case 'content': {
        // A heading that introduces a list ("In the last 24 hours:") heads the list's items only.
        if (place.headline !== null && /:\s*$/u.test(place.headline) && listSeen && !isItem(block)) place = { ...place, headline: null, headlineVoice: null, sourceLine: false };
        listSeen = isItem(block);
        // A message stamped with its time ("[10/5/20, 11:48] Leyla: …") is a chat's next post, not the forwarded statement's text.
        if (place.sourceLine && STAMPED_MESSAGE.test(block.text)) place = { ...place, headlineVoice: null, sourceLine: false };
        // In a chat's export (its stamps kept as `sentAt`), each message is a post of its own: no heading above it heads it.
        if (block.sentAt !== undefined) place = { ...place, headline: null, headlineVoice: null, sourceLine: false };
        const asker = turns.askers.get(i) ?? -1;
        // A block quotation after "X said:" is X's words, every sentence of it.
        const quotedAfterLeadIn = block.quoted === true && (previous.endsWithColon || previous.quoting === true) && previous.voice !== null;
        // A new bullet under a side header is that side's again: "the ministry said" in it is not the other side's speaker of the bullet before.
        if (place.sectionSide !== null && isItem(block) && lastSpeaker?.voice != null && lastSpeaker.voice.side === rivalOf(place.sectionSide)) lastSpeaker = null;
        const pieces = piecesOf(block, asker);
        const turn = asker > 0 ? null : (turnOf(pieces, answerer) ?? turns.voices.get(i) ?? null);
        if (isNumberedProse(block, pieces, narrator !== null || place.sourceLine || (documentList ??= blocks.some((b) => b.numbered === true && FIRST_PERSON_WORD.test(b.text))))) {
          // "7. On 15 October a funeral was shelled. Human Rights Watch confirmed …": a document's numbered paragraph is prose, read sentence by sentence.
          flushItem();
          seenStructure = true;
          emit(pieces, false);
        } else if (isItem(block)) {
          flushItem();
          seenStructure = true;
          // A table's column or source cell gives the row its side, as a section header would;
          // a speaker our rule reads there to the same side ("Azerbaijani MoD: …") stays the claim's basis.
          const around = place;
          const spoken = pieces[0]?.basis === 'speaker' && pieces[0].voice?.side === block.side;
          if (block.side !== undefined && !spoken) place = { ...place, sectionSide: block.side };
          // A news list's numbered item is one unit, but a speaker named after its opening sentence does not reach back to it.
          emit(pieces, true, null, block.numbered !== true);
          place = around;
        } else if (items.has(i)) {
          item.push(...pieces);
        } else if (turn !== null) {
          // "Hikmet Hajiyev: …" in a transcript: the turn is its speaker's, whoever it mentions.
          flushItem();
          emit(pieces, true, turn);
          lastSpeaker = { voice: turn };
        } else if (pieces[0]?.label === true || pieces[pieces.length - 1]?.label === true || quotedAfterLeadIn) {
          // "Baku: …" opening a paragraph or "… — Baku" closing it names the source of the whole paragraph, as of a bullet.
          flushItem();
          emit(pieces, true);
        } else {
          flushItem();
          emit(pieces, false);
        }
        previous = { endsWithColon: /:\s*$/u.test(block.text), voice: [...pieces].reverse().find((p) => p.voice)?.voice ?? null, quoting: quotedAfterLeadIn };
        if (i === labelledParagraph) place = { sectionSide: null, headline: null, headlineVoice: null, sourceLine: false };
        break;
      }
    }
    if (role.role === 'heading' && place.headlineVoice !== null && /:\s*$/u.test(block.text)) {
      // "Armenian MoD spokesman X, on Facebook shortly after:" set aside as a heading still introduces the quotation under it.
      previous = { endsWithColon: true, voice: place.headlineVoice };
    } else if (role.role !== 'content' && role.role !== 'set-aside') {
      previous = { endsWithColon: false, voice: null };
      listSeen = false;
    }
  }
  flushItem();
  return { claims, setAside };
}

/** The turns of a transcript: who asks, and who answers under a short form of their name. */
interface Turns {
  /** Paragraphs opened by a journalist's label ("Q: …", "JANE DOE (host): …", "MARSH: …" for the anchor), with the label's length. */
  askers: Map<number, number>;
  /** Turns of a speaker whose side only a label's role tells ("RAUF TAGHIZADE, SPOKESMAN OF THE AZERBAIJANI FOREIGN MINISTRY: …", then "TAGHIZADE: …"), with that speaker's voice. */
  voices: Map<number, Voice>;
}

/** The roles of one who asks in a transcript: "our anchor Eleanor Marsh", "JANE DOE, HOST:". */
const HOST_ROLE = /\b(?:anchor|host|presenter|moderator|interviewer)\b/iu;
/** A host's role just before a name the text introduces: "our anchor Eleanor …", "the host, …". */
const HOST_BEFORE = /\b(?:anchor|host|presenter|moderator|interviewer)[,:]?\s+(?:\p{L}+\s+)?$/iu;
/** A host's role just after a name: "Eleanor Marsh, our anchor", "Eleanor Marsh (host)". */
const HOST_AFTER = /^(?:,\s+|\s*\()(?:(?:our|the|your|a)\s+)?(?:\p{L}+['’]?s?\s+)?(?:anchor|host|presenter|moderator|interviewer)\b/iu;
/** A paragraph that asks: a question mark closing a sentence. */
const ASKS = /\?[”"’»)\]]*(?:\s|$)/u;
/** The most labelled speakers a page's turns are compared for. */
const MAX_TURN_NAMES = 12;

/**
 * A page's turns, read together. A journalist's label ("Q: …", "Moderator: …", "JANE DOE (host):
 * …") asks wherever it stands. A person's label ("ELEANOR MARSH: …", "MARSH: …") is a turn only
 * on a page where labels of at least two people alternate; a short form ("MARSH") is the person
 * of the one full name on the page that ends with it. A person whose labels name no side asks
 * when a label of theirs gives them the host's role ("JANE DOE, HOST:"), when the page introduces
 * them as host or anchor before they speak ("… spoke to our anchor Eleanor Marsh"), or when at
 * least two of their turns and half of them ask a question, and more of theirs than anyone's.
 * A person the actors table does not know, whose label's role names a side ("RAUF TAGHIZADE,
 * SPOKESMAN OF THE AZERBAIJANI FOREIGN MINISTRY:"), speaks turns of that side, and so does a short form of a
 * speaker whose full label names their side ("TAGHIZADE:"). A digest's items opened
 * by officials' names are not turns of a transcript: the actors table gives them sides, and none asks.
 */
function transcriptTurns(blocks: readonly Block[], roles: readonly Role[]): Turns {
  const askers = new Map<number, number>();
  const voices = new Map<number, Voice>();
  const labelled: { index: number; label: PersonLabel; asker: boolean }[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (roles[i]!.role !== 'content' || isItem(block)) continue;
    const asker = askerLabel(block.text);
    if (asker > 0) askers.set(i, asker);
    const label = personLabel(block.text);
    if (label !== null) labelled.push({ index: i, label, asker: asker > 0 });
  }
  if (labelled.length < 2) return { askers, voices };
  // One key per person: a full name, which a one-word short form joins when exactly one full name ends with it.
  const fullNames = [...new Set(labelled.map((l) => l.label.name.toUpperCase()).filter((n) => n.includes(' ')))];
  const keyOf = (name: string): string | null => {
    const upper = name.toUpperCase();
    if (upper.includes(' ')) return upper;
    const full = fullNames.filter((f) => f.endsWith(` ${upper}`));
    if (full.length === 1) return full[0]!;
    // A short form no full name explains is a name only in capitals ("AARONS:"), not "Update:".
    return full.length === 0 && !/\p{Ll}/u.test(name) ? upper : null;
  };
  const lengths = new Map(labelled.map((l) => [l.index, l.label.length]));
  const people = new Map<string, { turns: number[]; voice: Voice | null; asker: boolean; questions: number; first: number }>();
  /** Turns whose own label names its speaker's side. */
  const named = new Set<number>();
  const order: string[] = [];
  for (const { index, label, asker } of labelled) {
    const key = keyOf(label.name);
    if (key === null) continue;
    let person = people.get(key);
    if (person === undefined) {
      if (people.size >= MAX_TURN_NAMES) continue;
      person = { turns: [], voice: null, asker: false, questions: 0, first: index };
      people.set(key, person);
    }
    person.turns.push(index);
    order.push(key);
    const found = asker ? null : findSpeaker(blocks[index]!.text);
    if (found?.kind === 'named' && found.label === true) {
      named.add(index);
      person.voice ??= { side: found.side, attribution: found.attribution };
    }
    if (asker || (label.role !== null && HOST_ROLE.test(label.role))) person.asker = true;
    if (ASKS.test(blocks[index]!.text)) person.questions++;
  }
  // At least two people, one speaking after the other.
  if (people.size < 2 || !order.some((k, j) => j > 0 && k !== order[j - 1])) return { askers, voices };
  const mostQuestions = Math.max(...[...people.values()].map((p) => p.questions / p.turns.length));
  for (const [key, person] of people) {
    if (person.voice !== null) {
      // A short form, and a name the actors table does not know whose role gives the side ("RAUF TAGHIZADE, SPOKESMAN OF …"), are turns of that person.
      for (const index of person.turns) if (!named.has(index) || findActors(titleCase(key)).length === 0) voices.set(index, person.voice);
      continue;
    }
    const ratio = person.questions / person.turns.length;
    const asks = person.asker || introducedAsHost(blocks, roles, key, person.first) || (person.questions >= 2 && ratio >= 0.5 && ratio === mostQuestions);
    if (!asks) continue;
    for (const index of person.turns) if (!askers.has(index)) askers.set(index, lengths.get(index)!);
  }
  return { askers, voices };
}

/** Whether the page names a person as its host or anchor before their first turn: "… spoke to our anchor Eleanor Marsh", "Eleanor Marsh, the programme's host, …". */
function introducedAsHost(blocks: readonly Block[], roles: readonly Role[], key: string, before: number): boolean {
  const name = key.toLowerCase();
  for (let i = 0; i < before; i++) {
    if (roles[i]!.role !== 'content') continue;
    const lower = blocks[i]!.text.toLowerCase();
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (/\p{L}/u.test(lower[at - 1] ?? '') || /\p{L}/u.test(lower[end] ?? '')) continue;
      if (HOST_BEFORE.test(lower.slice(Math.max(0, at - 40), at)) || HOST_AFTER.test(lower.slice(end, end + 40))) return true;
    }
  }
  return false;
}

/**
 * Side headers that give one side's account ("Yerevan's version: Hadrut was never taken. …",
 * "Baku says: …") opening a paragraph's line (split from their text by the layout stage) and
 * standing over prose: each is the label of that paragraph alone, as "Baku: …" is, not a section
 * over the rest of the article. A section's header ("Information from Baku: The ministry said …",
 * "Official Baku: …") heads its section, as one over a list or alone on its line does: a digest
 * writes its paragraphs under it. It labels its paragraph alone too when the other side's label
 * opens the next paragraph ("Azerbaijani side: … / Yerevan's version: …"): the two answer each other.
 * The map goes from the header's index to its paragraph's.
 */
function paragraphLabels(blocks: readonly Block[], roles: readonly Role[]): Map<number, number> {
  const labels = new Map<number, number>();
  const opensParagraph = (i: number): number => {
    const text = nextKept(roles, i);
    return roles[i]!.role === 'side-header' && text >= 0 && roles[text]!.role === 'content' && blocks[text]!.line === blocks[i]!.line && !isItem(blocks[text]!) ? text : -1;
  };
  roles.forEach((r, i) => {
    if (r.role !== 'side-header') return;
    const text = opensParagraph(i);
    if (text < 0) return;
    const after = nextKept(roles, text);
    if (after >= 0 && isItem(blocks[after]!)) return;
    // "Azerbaijani side: … / Yerevan's version: …": a section's header is a paragraph's label too when the other side's label opens the next paragraph.
    const answered = after >= 0 && opensParagraph(after) >= 0 && (roles[after] as { side: Side }).side !== r.side;
    if (isAccountHeader(blocks[i]!.text) || answered) labels.set(i, text);
  });
  return labels;
}

/** A statement's title: "Statement of the Ministry of Foreign Affairs of the Republic of Armenia", "Statement by the MoD on …". */
const STATEMENT_OF = /^(?:official\s+)?(?:statement|press release|press statement|communiqu[eé]|announcement)\s+(?:of|by|from)\s+(?:the\s+)?(?<body>[^.;:!?]{3,120}?)(?:\s+(?:on|about|regarding|concerning|in connection with)\s[^]*)?[.:]?$/iu;
/** A title ending in its kind: "Armenian MFA statement", "Azerbaijani MoD press release". */
const BODY_STATEMENT = /^(?<body>[^.;:!?]{3,80}?)(?:['’]s)?\s+(?:statement|press release|press statement|communiqu[eé])[.:]?$/iu;
/** Symbols before a heading's words: "🔴 ", "🔁 ", "▪️ ", "— ". */
const LEADING_SYMBOLS = /^[^\p{L}\p{N}"“«]+/u;

/**
 * The source a heading names for what stands under it: the body of a statement's title
 * (an institution of one side), or who a post is forwarded from ("🔁 Forwarded from X");
 * null for a headline, which tells news.
 */
function headingSource(heading: string): Voice | null {
  const text = heading.replace(LEADING_SYMBOLS, '').trim();
  if (text.length > 200) return null;
  const titled = STATEMENT_OF.exec(text)?.groups?.body;
  // "Azerbaijani MFA statement" is a statement's title; "Reaction to Azerbaijani MFA statement", "What we know about the MoD statement" are news of it.
  const body = titled ?? BODY_STATEMENT.exec(text)?.groups?.body;
  const opens = titled !== undefined || (body !== undefined && (findActors(body)[0]?.index ?? -1) === (/^the\s+/iu.exec(body)?.[0].length ?? 0));
  const side = body === undefined || !opens ? null : officialSideOf(body);
  if (body !== undefined && side !== null) return { side, attribution: body.trim() };
  // Only a post's source line gives its speaker's voice: the speaker is looked for in no other heading.
  if (!FORWARDED_LINE.test(text)) return null;
  const found = findSpeaker(text);
  return found?.kind === 'named' && found.label === true ? { side: found.side, attribution: found.attribution } : null;
}
/** A chat's message opening with its time in brackets: "[10/5/20, 11:48] …", "[08:40] …". */
const STAMPED_MESSAGE = /^\s*\[[^\]\n]{0,24}\b\d{1,2}:\d{2}\b[^\]\n]{0,12}\]/u;
/** A post's source line: "Forwarded from …", "Reposted from …". */
const FORWARDED_LINE = /^(?:forwarded|reposted|retweeted|shared)\s+from\s/iu;

/**
 * The speaker of a lead-in heading over a block quotation: "Armenian MoD spokesman Artsrun
 * Hovhannisyan, on Facebook shortly after:", "The Minsk Group co-chairs put out a statement:" —
 * a line ending with a colon that opens with the speaker's name, right above a `> …` block. An
 * addressee ("To the OSCE Minsk Group co-chairs:") does not open the line.
 */
function leadInSpeaker(heading: string, next: Block | undefined): Voice | null {
  if (next?.quoted !== true || !/:\s*$/u.test(heading)) return null;
  const text = heading.replace(LEADING_SYMBOLS, '');
  const found = findSpeaker(text);
  if (found?.kind === 'named') {
    const at = text.toLowerCase().indexOf(found.attribution.toLowerCase());
    return at >= 0 && /^(?:the\s+)?$/iu.test(text.slice(0, at)) ? { side: found.side, attribution: found.attribution } : null;
  }
  // "Presidential aide Hikmet Hajiyev, on Twitter before dawn:": a person or an official body of one side, before the first comma.
  const head = /^[^,:;(]{3,100}/u.exec(text)?.[0].trim() ?? '';
  if (ADDRESSEE.test(head)) return null;
  const actors = findActors(head);
  const sides = new Set(actors.map((a) => a.side));
  if (sides.size !== 1 || !(actors.some((a) => a.kind === 'person') || officialSideOf(head) !== null)) return null;
  return { side: actors[0]!.side, attribution: head };
}
/** A line that addresses someone rather than names a speaker: "To the OSCE Minsk Group co-chairs:". */
const ADDRESSEE = /^(?:to|for|from|on|in|at|about|re|dear|attention)\b/iu;

/** The speaker a headline names, speaking ("Baku says it downed three drones"): an official a headline says acts ("Aliyev visits Ganja", "To the OSCE Minsk Group co-chairs:") speaks for nothing under it. */
function headlineSpeaker(heading: string): Voice | null {
  const found = findSpeaker(heading.replace(LEADING_SYMBOLS, ''));
  return found?.kind === 'named' && found.acting !== true ? { side: found.side, attribution: found.attribution } : null;
}

/**
 * A numbered list's item of several sentences ("6. The Ministry of Defence of Azerbaijan stated
 * … . The facts documented by our Office prove the opposite."): a report's or a letter's
 * numbered paragraph, whose sentences each have their own speaker, not a digest's bullet read
 * as one unit.
 */
function isNumberedProse(block: Block, pieces: readonly Piece[], document: boolean): boolean {
  if (block.numbered !== true || pieces.length < 2 || pieces[pieces.length - 1]!.sentence === pieces[0]!.sentence) return false;
  // A news list's item ("2. The Armenian Defence Ministry said … . Azerbaijan lost three tanks.") stays one unit: a document's
  // paragraph runs to three sentences or more, or stands in a document (under a narrator or a statement's title, or a list written in the first person).
  return document || pieces[pieces.length - 1]!.sentence - pieces[0]!.sentence >= 2;
}
/** The words of an author writing as "we": "our Office", "we recorded", "us". */
const FIRST_PERSON_WORD = /\b(?:[Ww]e|[Oo]ur|us)\b/u;

/**
 * Under a side header everything is that side's, except the outlet's remarks on both sides, on
 * what something is, or of its own ("Both sides reported heavy losses", "We could not verify
 * it"), when they are not the start of a bullet ("• Baku said X. The Minsk Group is the mediator
 * …"), and what a speaker of the other side is said to say ("Yerevan denied firing at the city"
 * under "WHAT BAKU SAYS"): named in the sentence itself, speaking, not acting, not the
 * speaker's own words in the first person nor a quotation of them (findSpeaker reads outside
 * quotations). A casualty count "since September" stays the header's: the side gave it.
 */
function leavesHeader(p: Piece, header: Side): boolean {
  if (p.basis === 'speaker' && p.voice !== null && !p.acting && !p.firstPerson && p.voice.side === rivalOf(header) && !rebutted(p.text, p.voice.attribution, header)) return true;
  return (p.background === 'mutual' || p.background === 'definition' || p.outlet) && (!isItem(p.block) || !p.opensBlock);
}

/**
 * A sentence under a side header that names the other side only to answer it: the rival is a
 * possessive or an adjective before what they said ("Armenian claims of … are groundless", "The
 * Armenian Defence Ministry's reports …"), a later clause has its own speaker of the header's side
 * or an unnamed one (", Hajiyev said", "; the ministry called this a lie"), or "but" answers the
 * rival's clause ("Armenia claimed …, but Azerbaijani forces still control the town").
 */
function rebutted(text: string, attribution: string, header: Side): boolean {
  const at = text.indexOf(attribution);
  if (at < 0) return false;
  const after = text.slice(at + attribution.length);
  if (SPEECH_NOUN_AFTER.test(after) && (/['’]s?$/u.test(attribution) || findActors(attribution).every((a) => a.kind === 'nationality'))) return true;
  if (BUT_CLAUSE.test(after)) return true;
  const rival = rivalOf(header);
  for (const clause of after.split(LATER_CLAUSE).slice(1)) {
    if (!SPEECH_VERB.test(clause)) continue;
    const found = findSpeaker(clause);
    if (found !== null && (found.kind !== 'named' || found.side !== rival)) return true;
  }
  return false;
}
/** What a side is said to have said, as a noun after its name: "claims", "reports", "statement". */
const SPEECH_NOUN_AFTER = /^\s+(?:claims?|statements?|reports?|allegations?|accusations?|assertions?|charges?|denials?|version|words|remarks)\b/u;
/** A clause answering the one before: ", but …", "; but …". */
const BUT_CLAUSE = /^[^.;!?]*?[,;]\s+but\s/u;
/** Where a later clause of a sentence may begin. */
const LATER_CLAUSE = /[,;]\s+|\s[–—]\s/u;

/**
 * The words around a member of parliament's name up to what they say ("Milli Majlis deputy Rauf
 * Mammadli", "MP Gevorg Petrosyan of the National Assembly"): a parliament named there is theirs.
 */
function memberPhrase(name: string, sentence: string): string {
  const at = sentence.indexOf(name);
  if (at < 0) return '';
  const after = sentence.slice(at + name.length, at + name.length + 80);
  const verb = SPEECH_VERB.exec(after);
  return sentence.slice(Math.max(0, at - 60), at + name.length) + after.slice(0, verb?.index ?? after.length);
}

/** A paragraph reporting a parliament's sitting: "The Milli Majlis met in plenary session", "the session was chaired by …". */
const SITTING = /\b(?:session|sitting|plenary|met|convened|hearing)\b/iu;

/**
 * The side of the parliament a page is of: named in its title, masthead or byline, or in a
 * paragraph reporting its sitting; none when the page names a third country's parliament or
 * both sides' anywhere.
 */
function pageParliament(blocks: readonly Block[], roles: readonly Role[]): Side | null {
  const own = parliamentOf(blocks.filter((b, i) => roles[i]!.role !== 'content' || SITTING.test(b.text)).map((b) => b.text));
  return own !== null && parliamentOf(blocks.map((b) => b.text)) === own ? own : null;
}

/** A bracket opening with a label and a colon: "[Editor's note: …]", "[Update: …]". */
const BRACKET_LABEL = /^\s*\[[^\]:.!?]{1,40}:/u;
/** "It was stated that …": a statement whose speaker only the sentence before can name. */
const IMPERSONAL_REFERENCE = /^\s*It\s+was\s/u;
/** A sentence naming a statement: "The ministry issued a statement on …", "in a press release". */
const STATEMENT_NAMED = /\b(?:statement|press release|communiqu[eé]|declaration)\b/iu;

/** The other conflict side: none for `international`. */
function rivalOf(side: Side): Side | null {
  return side === 'baku' ? 'yerevan' : side === 'yerevan' ? 'baku' : null;
}

/**
 * The places a claim mentions; when it names none, those of the headline it stands under. A
 * live-page item often says where in its headline only ("Barda: four killed in shelling") and
 * "the city" in its text: without this, the claim would be missing from the place's page.
 */
function placesOf(text: string, headline: string | null): string[] {
  const named = findPlaces(text);
  return named.length > 0 || headline === null ? named : findPlaces(headline);
}

/**
 * Pieces without a speaker belong to the speaker of their unit: before the first named
 * speaker they take the item's headline source, or else that first speaker ("Missiles were
 * used. …, the ministry said."); after it, the speaker before them. Background and the outlet's
 * own remarks stay the outlet's. Under a side header, a speaker of the other side has the
 * sentence naming them only (`leavesHeader`): they lend their voice to none around it.
 */
function inheritWithinUnit(pieces: Piece[], headlineVoice: Voice | null, header: Side | null, lookAhead = true): void {
  const rival = header === null ? null : rivalOf(header);
  const lends = (p: Piece): boolean => p.voice !== null && !p.acting && p.voice.side !== rival;
  const firstVoiced = lookAhead ? pieces.findIndex((p) => p.voice !== null && !p.acting) : -1;
  let current: Voice | null = headlineVoice ?? (firstVoiced >= 0 && lends(pieces[firstVoiced]!) ? pieces[firstVoiced]!.voice : null);
  for (const p of pieces) {
    if (p.voice) {
      if (!p.acting) current = lends(p) ? p.voice : null;
    } else if (p.outlet) {
      // Once the outlet speaks for itself ("We could not verify the footage."), what follows unvoiced is its own too.
      current = null;
    } else if (current && p.background === null) {
      p.voice = current;
      p.basis = 'context';
    }
  }
}

/**
 * The speaker whose turn a paragraph of a transcript is: a person named as its label
 * ("Hikmet Hajiyev: …", "Lavrov: …"), or the one who answers ("A: …"); null for any other
 * paragraph. A body or a capital as a label ("Azerbaijani MoD: …", "Baku: …") opens a digest's
 * item, whose sentences are read as a bullet's are.
 */
function turnOf(pieces: readonly Piece[], answerer: Voice | null): Voice | null {
  const first = pieces[0];
  if (first?.label !== true || first.voice === null) return null;
  if (answerer !== null && first.voice === answerer) return answerer;
  // A label in capitals ("NIKOL PASHINYAN, PRIME MINISTER OF ARMENIA") names its person as the actors table spells them.
  const label = /\p{Ll}/u.test(first.voice.attribution) ? first.voice.attribution : titleCase(first.voice.attribution);
  return findActors(label).some((a) => a.kind === 'person') ? first.voice : null;
}

/**
 * A transcript's turn is its speaker's: sentences without a speaker of their own, what the
 * speaker says in the first person ("We are ready …", "Our colleagues have informed us …"),
 * and officials the speaker says act take the turn's voice; so does, in a transcript (where
 * journalists ask or someone answers), the other conflict side as the speaker of one side
 * recounts it ("First Armenia denied it fired at all …" in Baku's turn). A digest's item opened
 * by a name ("Pashinyan: … Baku denies this.") may add the other side's answer, which stays
 * theirs. Another speaker the turn cites in the third person keeps their own ("The Armenian
 * Ministry of Defence has already refuted it"), and lends it to no sentence after.
 */
function inheritWithinTurn(pieces: Piece[], turn: Voice, transcript: boolean): void {
  const rival = transcript ? rivalOf(turn.side) : null;
  for (const p of pieces) {
    if (p.voice !== null && p.basis === 'speaker' && !p.acting && !p.firstPerson && p.voice.side !== rival) continue;
    if (p.voice !== null && p.basis === 'context' && !p.firstPerson) continue;
    p.voice = p.opensBlock ? p.voice ?? turn : turn;
    p.basis = p.opensBlock && p.basis === 'speaker' ? 'speaker' : 'context';
    p.acting = false;
    p.outlet = false;
    p.background = null;
  }
}

/** A verb that reports speech in the past, after which indirect speech shifts its tenses back ("said that … had fired"). */
const REPORTED_PAST = /\b(?:said|stated|noted|added|stressed|told|warned|explained|emphasi[sz]ed|insisted|declared|announced|argued|recalled|claimed|asserted|maintained|underlined)\b/u;
/** The tenses indirect speech shifts back to: "would continue", "had been killed", "had not been respected"; not the outlet's hindsight ("would later deny"). */
const BACKSHIFTED = /\b(?:would(?!\s+(?:later|eventually|soon|go on)\b)|had\s+(?:not\s+|never\s+|already\s+|also\s+)?(?:been|\p{Ll}+ed|\p{Ll}+en)\b)/u;
const QUOTATION_MARK = /[“”"«»]/u;
/**
 * The subject of a sentence that goes on with reported speech: the words before its shifted
 * verb, at its start, with no comma ("Ten days earlier, the town had been …" opens with the
 * outlet's time, not the speaker's subject).
 */
const SHIFTED_SUBJECT = /^(?:(?:but|and|however|also)\s+)?(?<subject>[^\s,;:]+(?:\s+[^\s,;:]+){0,3}?)\s+(?:would|had)\b/iu;
/** A subject pointing back to the speaker: "it", "they", "the ministry", "its forces". */
const SPEAKER_SUBJECT = /^(?:it|they|he|she|(?:the|its|his|her|their)\s+(?:\p{Ll}+\s+)?(?:ministry|representative|delegate|delegation|spokes(?:man|woman|person)|officials?|minister|government|country|side|army|forces|troops|units))$/iu;

/**
 * Whether a sentence in a shifted tense has the speaker for its subject: a word pointing back
 * to them ("It had not fired", "The ministry would …"), or the speaker's country ("Azerbaijan
 * would defend …"). "The ceasefire had collapsed", "The city had been struck" are the outlet's.
 */
function speakerIsSubject(text: string, speech: Voice): boolean {
  const subject = SHIFTED_SUBJECT.exec(text.trimStart())?.groups?.subject;
  if (subject === undefined) return false;
  return SPEAKER_SUBJECT.test(subject) || (speech.side !== 'international' && sideNamedBy(subject) === speech.side);
}

/**
 * Reported speech running on, as a meeting's summary writes it: "The representative of
 * Azerbaijan said that … had fired … . Azerbaijan would continue to act …". A sentence of a
 * paragraph without a speaker, the outlet's remark or background, in a tense shifted back
 * ("would", "had been", "had …ed"), whose subject is the speaker or the speaker's country, right after a sentence of indirect speech in the past
 * (a speaker and "said", no quotation), goes on with that speech. After a quotation, or in
 * the plain past ("The meeting began at 3 p.m."), the outlet narrates.
 */
function continueReportedSpeech(pieces: Piece[]): void {
  let speech: Voice | null = null;
  for (let i = 0; i < pieces.length; ) {
    let end = i;
    while (end < pieces.length && pieces[end]!.sentence === pieces[i]!.sentence) end++;
    const sentence = pieces.slice(i, end);
    const text = sentence.map((p) => p.text).join(' ');
    const unvoiced = sentence.every((p) => p.voice === null && p.background === null && !p.outlet && !p.firstPerson && !p.asked);
    if (unvoiced && speech !== null && !QUOTATION_MARK.test(text) && BACKSHIFTED.test(text) && speakerIsSubject(text, speech)) {
      for (const p of sentence) {
        p.voice = speech;
        p.basis = 'context';
      }
    } else {
      const spoken = sentence.filter((p) => p.voice !== null && !p.acting).at(-1)?.voice ?? null;
      speech = spoken !== null && REPORTED_PAST.test(text) && !QUOTATION_MARK.test(text) ? spoken : null;
    }
    i = end;
  }
}

/** The parts of one prose sentence that a second speaker cut: a part without a speaker takes its neighbour's. */
function inheritWithinSentence(pieces: Piece[]): void {
  pieces.forEach((p, i) => {
    if (p.voice || p.background !== null || p.outlet) return;
    const lends = (q: Piece) => q.sentence === p.sentence && q.voice !== null && !q.acting;
    const neighbour = pieces.slice(0, i).reverse().find(lends) ?? pieces.slice(i + 1).find(lends);
    if (neighbour) {
      p.voice = neighbour.voice;
      p.basis = 'context';
    }
  });
}
