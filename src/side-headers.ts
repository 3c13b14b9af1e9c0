import { findActors, hasPastTense, sideNamedBy, SPEECH_VERB, SPEECH_VERB_PATTERN } from './actors.ts';
import type { Side } from './model.ts';

/**
 * Section headers that say whose information follows. Everything under such a header is
 * that side's claim. Only the shape is written here; the source words (`Baku`, `the Armenian
 * side`, `the Karabakh authorities`) are looked up in the actors table, so a new spelling or
 * institution is added once, there.
 *
 * Shapes, with X the source:
 *   Information | News | Reports | Data | Statements | Updates … from | of | by X;  From X;  According to X
 *   X says | reports | claims | version | account;  What X says
 *   X side | sources | officials | authorities (the Azerbaijani side, Armenian sources report)
 *   Official X (Official Baku)
 *   X: alone on a line (Azerbaijan:, ARMENIA:)
 */
const LEAD = String.raw`(?:information|info|news|reports?|data|statements?|updates?|claims?|versions?|messages?|figures|losses|positions?)`;
/** The last word of a header that gives one side's account: "Yerevan's version", "Baku says", "Armenian sources report". */
const ACCOUNT = String.raw`(?:says?|reports?|claims?|states?|version|account|position)`;
const SHAPES: readonly RegExp[] = [
  new RegExp(String.raw`^(?:${LEAD}\s+)?(?:from|of|by|according to)\s+(?<src>.+)$`, 'iu'),
  new RegExp(String.raw`^(?:what\s+)?(?<src>.+?)\s+${ACCOUNT}$`, 'iu'),
  /^(?:the\s+)?(?<src>.+?\s+(?:side|sources|officials|authorities))(?:\s+(?:says?|reports?|claims?|states?))?$/iu,
  /^[Oo]fficial\s+(?<src>\p{Lu}.+)$/u,
];
/**
 * Words no source phrase holds: a verb of speech or an article before the last noun make a
 * sentence ("Yerevan denied the claim", "Baku rejected this report"), not a header.
 */
const NOT_A_SOURCE = new RegExp(String.raw`${SPEECH_VERB_PATTERN.source}|\b(?:the|a|an|this|that|these|those|its|their|his|her)$`, 'u');
/** The flags and symbols a digest puts before its headers ("🇦🇿 AZERBAIJAN", "🌍 REACTIONS"): characters of a regular expression's class (`u` flag). */
export const HEADER_SYMBOLS = String.raw`\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{200D}`;
/** Emphasis, heading marks, and the symbols before a header. */
const MARKS = new RegExp(String.raw`^[*_#\s${HEADER_SYMBOLS}]+|[*_\s]+$`, 'gu');
/** A header is a short line: more words than this is a sentence that happens to start alike. */
const MAX_WORDS = 8;
const MAX_SOURCE_WORDS = 5;

/**
 * The side a section header announces, or null if `text` is not a side header.
 * International headers ("International reactions") are not side headers: what stands under
 * them is decided sentence by sentence.
 *
 * `isHeading`: the text is a Markdown heading, which needs no colon to be a bare name's header.
 *
 * @example
 *   sideOfHeader('Information from Baku:') // 'baku'
 *   sideOfHeader('Armenian sources report:') // 'yerevan'
 *   sideOfHeader('Statements and official visits') // null
 */
export function sideOfHeader(text: string, isHeading = false): Side | null {
  if (text.length > 120) return null;
  const phrase = headerPhrase(text);
  if (phrase === null) return null;
  const { bare, t } = phrase;
  // "Azerbaijan:", "ARMENIA:" alone on a line, or "## Baku" as a Markdown heading: the name is the header.
  if (bare.endsWith(':') || isHeading) {
    const side = sideOfNames(t);
    if (side) return side;
  }
  for (const src of sourcesOf(t)) {
    const side = sideNamedBy(src);
    if (side) return side;
  }
  return null;
}

/** Names joined by a slash, an ampersand or "and" ("Armenian / Artsakh MoD", "Armenia & Karabakh"). */
const NAME_JOINER = /\s*(?:[/&]|\band\b)\s*/u;

/**
 * The side that one to three capitalised words name, or that names joined as one source all
 * name ("Armenian / Artsakh MoD", as a table's column heads its figures); null when they name
 * none, or two sides ("Baku / Yerevan").
 */
function sideOfNames(t: string): Side | null {
  const names = t.split(NAME_JOINER);
  if (names.some((n) => n.split(/\s+/u).length > 3 || !/^[\p{Lu}][\p{L}'’ -]*$/u.test(n))) return null;
  const sides = new Set(names.map((n) => sideNamedBy(n)));
  const [side] = sides;
  return sides.size === 1 && side !== undefined ? side : null;
}

/**
 * A header's words: `bare`, without its marks (emphasis, `#`, flags); `t`, without its closing
 * colon or dash too, in title case. Null when empty or too long to be a header.
 */
function headerPhrase(text: string): { bare: string; t: string } | null {
  const bare = text.trim().replace(MARKS, '');
  const t = titleCase(bare.replace(/\s*[:.–—-]$/u, '').trim());
  return t === '' || t.split(/\s+/).length > MAX_WORDS ? null : { bare, t };
}

/** The source each header shape names in `t` ("Baku" in "Information from Baku"), when it is one, shape by shape. */
function* sourcesOf(t: string): Generator<string> {
  for (const shape of SHAPES) {
    const src = shape.exec(t)?.groups?.src;
    if (src !== undefined && src.split(/\s+/).length <= MAX_SOURCE_WORDS && !NOT_A_SOURCE.test(src) && !isHeadlineClause(src)) yield src;
  }
}

/** A clock time: a live feed's item headline opens with one ("09:15 Ganja shelled overnight, Baku says"). */
const CLOCK_TIME = /(?<!\d)\d{1,2}[:.]\d{2}(?!\d)/u;

/**
 * Whether a source phrase holds a clause of news before its source: "Ganja shelled overnight, Baku"
 * (of "Ganja shelled overnight, Baku says"), or a clock time. Such a line is a headline naming
 * its source, not a header over that side's section; a list of sources ("Armenian, Karabakh
 * officials") is a source still.
 */
function isHeadlineClause(src: string): boolean {
  if (CLOCK_TIME.test(src)) return true;
  const comma = src.lastIndexOf(',');
  if (comma <= 0) return false;
  const before = src.slice(0, comma).split(',').pop()!.trim();
  // "the Ministry of Defence, Azerbaijan" is a body and its country: only a clause with a verb is news.
  return sideNamedBy(before) === null && (hasPastTense(before) || NEWS_VERB.test(before) || SPEECH_VERB.test(before));
}
/** A verb a headline's clause may have in the present: "Fighting rages near Fuzuli", "Talks resume". */
const NEWS_VERB = /\b(?:is|are|was|were|has|have|had|been|goes|go|continues?|remains?|hits?|falls?|rages?|resumes?|begins?|ends?|grows?|says?|kills?)\b/iu;

/** "INFORMATION FROM BAKU" → "Information From Baku": the actors table spells names in title case. */
function titleCase(text: string): string {
  if (/\p{Ll}/u.test(text)) return text;
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, c: string) => before + c.toUpperCase());
}

/**
 * Where a side header is glued to the end of other text on the same line
 * ("… the road was cut. Information from Baku"): the index it starts at, or -1.
 * Only the words after the last sentence end are tried, so a sentence is never cut inside.
 */
export function gluedHeaderStart(text: string): number {
  const m = /(?<=[.!?…][”"'’)\]]*\s+)[^.!?…]+$/u.exec(text);
  if (!m || sideOfHeader(m[0]) === null) return -1;
  return m.index;
}

/**
 * A side header, or a header of no conflict side, opening a line and followed by a colon and
 * text on the same line ("Information from Baku: Shelling went on …", "International: The UN
 * …"): the index the text starts at, or -1.
 */
export function inlineHeaderEnd(text: string): number {
  const m = /^([^:]{3,60}):\s+(?=\S)/u.exec(text);
  if (!m || (sideOfHeader(m[1]!) === null && !isNeutralHeader(m[1]!))) return -1;
  return m[0].length;
}

const ACCOUNT_WORD = new RegExp(String.raw`\b${ACCOUNT}$`, 'iu');

/**
 * A side header that gives one side's account ("Yerevan's version:", "Baku says:", "Armenian
 * sources report:"), as against one that opens a section ("Information from Baku:", "Official
 * Baku:", "Azerbaijani side:"): opening a paragraph of prose, it labels that paragraph only.
 *
 * @example
 *   isAccountHeader("Yerevan's version:") // true
 *   isAccountHeader('Information from Baku:') // false
 */
export function isAccountHeader(text: string): boolean {
  const t = headerPhrase(text)?.t;
  return t !== undefined && ACCOUNT_WORD.test(t) && sideOfHeader(text) !== null;
}

/** Section names of no side: what stands under them is decided sentence by sentence. */
const NEUTRAL_SECTION = /^(?:international(?:ly)?|international (?:reactions?|response|community|news)|reactions?|world|abroad|elsewhere|diplomacy|third countries)$/iu;

/**
 * A header that names no conflict side ("International", "Reactions", "Russian side",
 * "Information from Moscow"): it ends the side's section before it, as any heading does, so
 * it is cut from the text it opens a line with.
 *
 * @example
 *   isNeutralHeader('International') // true
 *   isNeutralHeader('Information from Baku') // false: a side header
 */
export function isNeutralHeader(text: string): boolean {
  const t = headerPhrase(text)?.t;
  if (t === undefined) return false;
  if (NEUTRAL_SECTION.test(t)) return true;
  // A name alone ("Turkey:", "Moscow:") is left to the text: the topic of its paragraph, or its speaker (find-speaker).
  for (const src of sourcesOf(t)) {
    const actors = findActors(src);
    if (actors.length > 0 && actors.every((a) => a.side === 'international')) return true;
  }
  return false;
}
