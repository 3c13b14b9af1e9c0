/** A question or an exclamation closing a quotation: "… 'Will he see again?'" */
const QUOTED_QUESTION_END = /[?!][”"’'»]*\s*$/u;
/**
 * The speaker after a quotation that ends in a question or an exclamation mark: "the nurse said.",
 * "asked Pashinyan.", "one woman told me": a word in lower case, and a verb of speech within a few words.
 */
const SAID_AFTER = /^\p{Ll}[\p{L}'’-]*(?:\s+[\p{L}'’.-]+){0,3}?\s+(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|shouted|cried|recalled|recalls|wondered|continued)\b|^(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|shouted|cried|recalled|recalls|wondered|continued)\s/u;
/** The longest sentence a quoted question's speaker is joined back to. */
const MERGE_MAX = 2000;
/** Abbreviations after which a full stop does not end a sentence. */
export const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|St|Rev|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|vs|etc|approx|i\.e|e\.g|[A-Z])\.\s*$/u;

/** A section's number alone, "4.1. " or "2.3.1.": it opens the sentence after it, and ends none. */
const SECTION_NUMBER = /^\s*\d{1,3}(?:\.\d{1,3}){1,3}\.\s*$/u;
/** The longest text held together inside brackets: past it, a bracket left open (a list's "a)" read the other way) stops holding sentences. */
const BRACKET_MAX = 1000;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/** Intl.Segmenter slows down more than linearly on long strings: it is fed pieces of about this size. */
const CHUNK = 2000;
/** Where the segmenter may end a sentence (Unicode's sentence terminators, ATerm included, and paragraph separators). */
const MAY_END = /[\p{Sentence_Terminal}\r\n\u0085\u2028\u2029]/u;
/** A footnote mark: "[13]", "[a]", "[citation needed]". */
const MARK = String.raw`\[[^[\]\n]{1,40}\]`;
/** How a text that is one sentence may end: terminators, then closing quotes or brackets, then spaces. */
const LAST_END = /^[.!?]+[”"’»)]*[ ]*$/u;
/**
 * The same with footnote marks of letters and digits before the spaces ("… fell.[3]"). Inside a
 * wider mark a space or a terminator may end a sentence for the segmenter ("… fell.[ ]"): such a
 * text is left to it.
 */
const LAST_END_MARKED = /^[.!?]+[”"’»)]*(?:\[[\p{L}\p{N}]{1,40}\])+[ ]*$/u;

/** A text that ends as a sentence does: a full stop, question or exclamation mark or ellipsis, maybe inside closing quotes or brackets, maybe with footnote marks after it ("… held.[13]"). */
export const ENDS_SENTENCE = new RegExp(String.raw`[.!?…]["”’»)]*(?:${MARK})*$`, 'u');
/**
 * The rest of a footnote mark after the segmenter cut at its opening bracket ("… held.[" and
 * "13] Later …", "17][18] Armenian …", "citation needed] …"): it closes the sentence before it,
 * and never opens one.
 */
const MARK_TAIL = new RegExp(String.raw`^[^[\]\n]{1,40}\](?:${MARK})*\s*`, 'u');
/** A sentence's end, its footnote marks, and a new sentence, where the segmenter left them one ("… said.[a] Next …"). */
const END_THEN_MARKS = new RegExp(String.raw`[.!?…]["”’»)]*(?:${MARK})+\s+(?=[\p{Lu}“"«])`, 'gu');

/**
 * Split text into sentences, never inside an open quotation or brackets (up to `BRACKET_MAX`
 * characters), after an abbreviation or a section's number ("4.1. The …"), or between a quoted
 * question and its speaker ("“Why?” he asked.").
 * The pieces, joined, give back the input (trailing spaces stay with their sentence).
 *
 * @example
 *   splitSentences('Aliyev said it. “One. Two,” he added.') // ['Aliyev said it. ', '“One. Two,” he added.']
 */
export function splitSentences(text: string): string[] {
  if (isOneSentence(text)) return [text];
  const out: string[] = [];
  let pending: string[] = [];
  // Quotation marks counted and the last characters kept as segments arrive, so that a long
  // unclosed quotation stays linear.
  let open = 0;
  let straight = 0;
  let brackets = 0;
  let held = 0;
  let tail = '';
  /** Where the segment being read starts in `text`, and where the next closing bracket of each kind is (looked for once per bracket opened, forward only). */
  let at = 0;
  let nextParen = -1;
  let nextSquare = -1;
  for (const segment of withFootnoteMarks(segments(text))) {
    // "“… 'Will he see again?'” the nurse said.": the question mark ends the quotation, not the sentence.
    // Only the last characters of the sentence before are read, and only a short one is taken back,
    // so that a long run of such pieces stays linear.
    const before = out[out.length - 1];
    if (pending.length === 0 && before !== undefined && before.length < MERGE_MAX && QUOTED_QUESTION_END.test(before.slice(-16)) && SAID_AFTER.test(segment)) pending.push(out.pop()!);
    pending.push(segment);
    tail = (tail + segment).slice(-12);
    held += segment.length;
    for (let k = 0; k < segment.length; k++) {
      const ch = segment[k]!;
      if (ch === '“' || ch === '«') open++;
      else if (ch === '”' || ch === '»') open--;
      else if (ch === '"') straight++;
      else if (ch === '(' || ch === '[') {
        // A bracket holds sentences together only when its closing bracket comes within `BRACKET_MAX`: one left
        // open ("three villages (Edilli, Tugh and …", a list's "a)" read the other way) holds nothing.
        const from = at + k;
        // -1: not looked for yet; past the end when there is none. Each search starts past the last one found: linear.
        if (ch === '(') {
          if (nextParen < from) nextParen = closingAfter(text, ')', from);
          if (nextParen - from < BRACKET_MAX) brackets++;
        } else {
          if (nextSquare < from) nextSquare = closingAfter(text, ']', from);
          if (nextSquare - from < BRACKET_MAX) brackets++;
        }
      } else if ((ch === ')' || ch === ']') && brackets > 0) brackets--;
    }
    at += segment.length;
    // "[We are not going anywhere. This is our home.]": a bracket's sentences stay with it, but only so far.
    const inBrackets = brackets > 0 && held < BRACKET_MAX;
    if (open > 0 || straight % 2 === 1 || inBrackets || ABBREVIATION.test(tail) || SECTION_NUMBER.test(segment)) continue;
    out.push(pending.join(''));
    pending = [];
    open = 0;
    straight = 0;
    brackets = 0;
    held = 0;
  }
  if (pending.length > 0) out.push(pending.join(''));
  return out;
}

/** Where the first `close` after `from` stands in `text`, or `Infinity` when none does. */
function closingAfter(text: string, close: string, from: number): number {
  const found = text.indexOf(close, from);
  return found < 0 ? Infinity : found;
}

/** The segmenter's sentences of `text`, read chunk by chunk; chunks end after a full stop and a space where there is one. */
function* segments(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > CHUNK) {
    const window = text.slice(start, start + CHUNK);
    const ends = [...window.matchAll(/[.!?…]["”’»)]*\s+/gu)];
    const last = ends[ends.length - 1];
    let cut = last ? start + last.index + last[0].length : text.indexOf(' ', start + CHUNK) + 1;
    if (cut <= start) cut = text.length;
    for (const { segment } of segmenter.segment(text.slice(start, cut))) yield segment;
    start = cut;
  }
  if (start < text.length) for (const { segment } of segmenter.segment(text.slice(start))) yield segment;
}

/**
 * The segmenter's sentences with footnote marks kept at the end of the sentence they follow:
 * it cuts after the bracket that opens a mark ("… directions.[" and "2] The ministry …"), and
 * not after a mark that starts with a letter ("… said.[a] Next …"). Characters only move
 * between neighbouring pieces, so the pieces still join to the input.
 */
function* withFootnoteMarks(pieces: Iterable<string>): Generator<string> {
  let held = '';
  for (let piece of pieces) {
    if (held.endsWith('[')) {
      const tail = MARK_TAIL.exec(piece);
      if (tail !== null) {
        held += tail[0];
        piece = piece.slice(tail[0].length);
        if (piece === '') continue;
      }
    }
    if (held !== '') yield* cutAfterMarks(held);
    held = piece;
  }
  if (held !== '') yield* cutAfterMarks(held);
}

/** A piece cut after each sentence end that footnote marks follow before a new sentence. */
function* cutAfterMarks(piece: string): Generator<string> {
  if (!piece.includes(']')) {
    yield piece;
    return;
  }
  let start = 0;
  for (const m of piece.matchAll(END_THEN_MARKS)) {
    const end = m.index + m[0].length;
    if (end < piece.length) {
      yield piece.slice(start, end);
      start = end;
    }
  }
  if (start < piece.length) yield piece.slice(start);
}

/**
 * A text the segmenter would give back as one sentence, without asking it (half of all blocks
 * are one sentence, and the segmenter costs more than the rest of this module): nothing where a
 * sentence may end except at its very end, footnote marks after it included ("… fell.[3]").
 */
function isOneSentence(text: string): boolean {
  if (text === '' || text.length > CHUNK) return false;
  const end = text.search(MAY_END);
  if (end < 0 || LAST_END.test(text.slice(end))) return true;
  // A mark before the end may close a sentence the segmenter's "…" left open ("…[2] Shells fell.[3]").
  return LAST_END_MARKED.test(text.slice(end)) && !text.slice(0, end).includes(']');
}
