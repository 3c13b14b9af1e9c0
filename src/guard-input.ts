import type { Diagnostic, SourceFile } from './model.ts';
import { cutAtSentences } from './cut-at-sentences.ts';
import { BULLET_CHARS as LAYOUT_BULLET_CHARS, htmlBlockEnds, type LayoutLine } from './normalize-layout.ts';

/**
 * How much input one report may bring, so that every build ends in bounded time and memory
 * whatever is dropped into `seeds/`. README "Trust" gives the measurements behind each number
 * (`npm run bench:trust` prints them again).
 */
export const LIMITS = {
  /** Largest seed file, in bytes (and in characters once decoded). 20 MB reports build in 25–40 s and 1.8–2.0 GB. */
  maxFileBytes: 24 * 1024 * 1024,
  /** Most paragraphs and bullets in one report: 50,000 bullets build in ~14 s and ~0.9 GB, 200,000 need ~2.8 GB. */
  maxBlocks: 150_000,
  /** Most sentences in one report (each may become a claim of ~500 bytes in records.json): 290,000 short ones need ~1.9 GB. */
  maxSentences: 300_000,
  /** Longest paragraph kept in one piece; a longer one is cut at sentence ends (no text is dropped). */
  maxBlockChars: 10_000,
  /** Deepest nesting of lists and quotes at the start of a line; remark-parse overflows its stack near 1,000. */
  maxNesting: 16,
  /** Most emphasis, link and HTML marker characters (`* _ [ ] < \``) one paragraph may hold and still be read as Markdown. */
  maxInlineMarkers: 500,
  /** Inline parsing budget of a report, Σ markers × paragraph length: remark's inline parser is quadratic in the worst case. */
  maxInlineWork: 200_000_000,
} as const;

/** Bullet characters the layout stage splits lines at (each may open a block). */
const BULLET_CHARS = new Set([...LAYOUT_BULLET_CHARS].map((c) => c.charCodeAt(0)));
const SENTENCE_END_CHARS = new Set([...'.!?…'].map((c) => c.charCodeAt(0)));
/** A list or quote marker opening a line: the containers remark nests recursively. */
const CONTAINER = /^[ \t]{0,3}(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))/u;
const ITEM_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]+/u;
/** Constructs that would hide text (a fence's info string, a link definition) or swallow the blocks after them (raw HTML blocks). */
const HIDING_START = /^(?:`{3,}|~{3,}|<(?![A-Za-z][A-Za-z0-9+.-]{1,31}:)[A-Za-z!?/]|\[(?:\\.|[^\\\]])*\]:)/u;
const MARKERS = /[*_[\]<`]/g;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/**
 * File-level limits, checked before anything is parsed: a report too large for this machine
 * is refused with an error naming the limit, rather than exhausting memory.
 *
 * @example
 *   guardSource({ file: 'a.txt', text: 'Hello' }) // []
 */
export function guardSource(source: SourceFile): Diagnostic[] {
  const { file, text } = source;
  if (text.length > LIMITS.maxFileBytes) return [fileTooLarge(file, 'characters')];
  const { blocks, sentences } = estimateSize(text);
  if (blocks > LIMITS.maxBlocks) {
    return [refusal(file, 'input-too-many-blocks', `The report has about ${blocks.toLocaleString('en-US')} paragraphs and bullets, more than the ${LIMITS.maxBlocks.toLocaleString('en-US')} one report may have.`)];
  }
  if (sentences > LIMITS.maxSentences) {
    return [refusal(file, 'input-too-many-sentences', `The report has about ${sentences.toLocaleString('en-US')} sentences, more than the ${LIMITS.maxSentences.toLocaleString('en-US')} one report may have.`)];
  }
  return [];
}

export interface GuardedLayout {
  lines: LayoutLine[];
  diagnostics: Diagnostic[];
}

/**
 * Block-level guard between the layout stage and remark: every block comes out as Markdown
 * that remark parses in bounded time and stack depth, and that shows all of its text.
 *
 * - A line of page code (`LayoutLine.pageCode`) passes as it is: remark never reads it.
 * - A fence, a raw-HTML block opener or a link definition starts as literal text (remark would
 *   drop a fence's info string and a definition, and let an HTML block swallow what follows).
 * - A line nesting lists or quotes deeper than `maxNesting` keeps its first marker; the rest
 *   is plain text.
 * - A paragraph longer than `maxBlockChars` is cut at sentence ends into several.
 * - A paragraph with more than `maxInlineMarkers` markers, and the costliest paragraphs of a
 *   report over the `maxInlineWork` budget, are shown as plain text (every punctuation mark
 *   escaped), so their characters appear exactly as written.
 *
 * `bodyLine` is the file line the layout's line 1 stands on, for the diagnostics.
 */
export function guardLayout(file: string, layout: readonly LayoutLine[], bodyLine: number): GuardedLayout {
  const found = { nesting: [] as number[], long: [] as number[], table: [] as number[], markup: [] as number[] };
  const lines: LayoutLine[] = [];
  for (const entry of layout) {
    if (entry.pageCode) {
      // Never given to remark (parse-report puts it in the tree as text), and never read for claims.
      lines.push({ markdown: entry.markdown, line: entry.line, pageCode: true });
      continue;
    }
    let markdown = literalStart(entry.markdown);
    if (nestingDepth(markdown) > LIMITS.maxNesting) {
      found.nesting.push(entry.line);
      markdown = plainText(markdown);
    }
    if (markdown.length <= LIMITS.maxBlockChars) {
      lines.push({ markdown, line: entry.line });
      continue;
    }
    if (isTable(markdown)) {
      found.table.push(entry.line);
      lines.push(...cutTable(markdown, entry.line, LIMITS.maxBlockChars));
      continue;
    }
    found.long.push(entry.line);
    cutAtSentences(markdown, LIMITS.maxBlockChars).forEach((piece, i) => lines.push({ markdown: i === 0 ? piece : literalStart(escapeOpening(piece)), line: entry.line }));
  }
  const work = lines.map((l) => {
    if (l.pageCode) return 0;
    const markers = l.markdown.match(MARKERS)?.length ?? 0;
    if (markers > LIMITS.maxInlineMarkers) {
      found.markup.push(l.line);
      l.markdown = plainText(l.markdown);
      return 0;
    }
    return markers * l.markdown.length;
  });
  let total = work.reduce((a, b) => a + b, 0);
  if (total > LIMITS.maxInlineWork) {
    const costliest = work.map((w, i) => ({ w, i })).sort((a, b) => b.w - a.w || a.i - b.i);
    for (const { w, i } of costliest) {
      if (total <= LIMITS.maxInlineWork) break;
      found.markup.push(lines[i]!.line);
      lines[i]!.markdown = plainText(lines[i]!.markdown);
      total -= w;
    }
  }
  const diagnostics: Diagnostic[] = [];
  const warn = (ruleId: string, at: number[], message: (n: number) => string, hint: string) => {
    if (at.length === 0) return;
    const first = Math.min(...at) + bodyLine - 1;
    diagnostics.push({ file, line: first, column: null, ruleId, severity: 'warning', message: message(new Set(at).size), hint });
  };
  warn('input-deep-nesting', found.nesting, (n) => `${n} line(s) nest lists or quotes more than ${LIMITS.maxNesting} levels deep; past the first level they are shown as plain text.`, 'Flatten the list: one bullet per line is enough.');
  warn('input-long-paragraph', found.long, (n) => `${n} paragraph(s) are longer than ${LIMITS.maxBlockChars.toLocaleString('en-US')} characters; each was cut at sentence ends into several paragraphs.`, 'Check that the report has its line breaks; a whole report on one line reads as one paragraph.');
  warn('input-long-table', found.table, (n) => `${n} table(s) are longer than ${LIMITS.maxBlockChars.toLocaleString('en-US')} characters; each was cut between rows into several tables, each under the header row again.`, 'Nothing to do unless the table should be split differently: every row is kept.');
  warn('input-pathological-markup', found.markup, (n) => `${n} paragraph(s) hold more emphasis, link or HTML markers than can be parsed safely; they are shown as plain text, every character as written.`, 'If this formatting matters, remove the runs of * _ [ ] < ` characters.');
  return { lines, diagnostics };
}

/**
 * Upper bounds of the blocks the layout stage will make (non-blank lines, plus bullet
 * characters after the start of a line, plus the end tags of HTML blocks, each of which may
 * end a block within a line) and of the sentences (`.` `!` `?` `…` before a space, plus lines
 * that end without one).
 */
function estimateSize(text: string): { blocks: number; sentences: number } {
  let blocks = 0;
  let sentences = 0;
  let lineHasText = false;
  let lastMark = 10;
  let previous = 10;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    const space = c === 32 || c === 9 || c === 10;
    if (space && SENTENCE_END_CHARS.has(previous)) sentences++;
    if (c === 10) {
      if (lineHasText && !SENTENCE_END_CHARS.has(lastMark)) sentences++;
      lineHasText = false;
    } else if (!space) {
      if (!lineHasText) blocks++;
      else if (BULLET_CHARS.has(c) && (previous === 32 || previous === 9)) blocks++;
      lineHasText = true;
      lastMark = c;
    }
    previous = c;
  }
  return { blocks: blocks + htmlBlockEnds(text), sentences };
}

function nestingDepth(markdown: string): number {
  let depth = 0;
  let rest = markdown;
  for (let m = CONTAINER.exec(rest); m && m[0] !== '' && depth <= LIMITS.maxNesting; m = CONTAINER.exec(rest)) {
    depth++;
    rest = rest.slice(m[0].length);
  }
  return depth;
}

/** Escape the character that would open a text-hiding construct, after the block's own list and quote markers. */
function literalStart(markdown: string): string {
  let prefix = 0;
  for (let m = CONTAINER.exec(markdown); m && m[0] !== '' && prefix < markdown.length; m = CONTAINER.exec(markdown.slice(prefix))) {
    prefix += m[0].length;
    if (prefix > 64) break;
  }
  const rest = markdown.slice(prefix);
  return HIDING_START.test(rest) ? `${markdown.slice(0, prefix)}\\${rest}` : markdown;
}

/** The block's text with every ASCII punctuation mark escaped: remark reads it as plain characters, in linear time. */
function plainText(markdown: string): string {
  const marker = ITEM_MARKER.exec(markdown)?.[0] ?? '';
  return marker + markdown.slice(marker.length).replace(ASCII_PUNCTUATION, '\\$&');
}

/** A block of several lines is a pipe table: the layout stage joins no other lines (normalize-layout). */
function isTable(markdown: string): boolean {
  return markdown.includes('\n');
}

/**
 * A table cut between its rows into tables of at most `max` characters, each under the header
 * and delimiter rows again, so each is still a table and every row keeps its columns' names.
 * A header, or a row, that does not fit under `max` with the header is cut at sentence ends
 * into paragraphs, as a long paragraph is: its words stay, its columns are lost.
 */
function cutTable(markdown: string, line: number, max: number): LayoutLine[] {
  const [head = '', delimiter = '', ...rows] = markdown.split('\n');
  const room = max - head.length - delimiter.length - 2;
  const asParagraphs = (text: string, at: number) => cutAtSentences(text, max).map((piece) => ({ markdown: literalStart(escapeOpening(piece)), line: at }));
  if (room <= 0) return markdown.split('\n').flatMap((text, i) => asParagraphs(text, line + i));
  const out: LayoutLine[] = [];
  let part: string[] = [];
  let partLines: number[] = [];
  let size = 0;
  const flush = () => {
    if (part.length > 0) out.push({ markdown: [head, delimiter, ...part].join('\n'), line: out.length === 0 ? line : partLines[0]!, lines: [line, line + 1, ...partLines] });
    part = [];
    partLines = [];
    size = 0;
  };
  rows.forEach((row, i) => {
    if (row.length + 1 > room) {
      flush();
      out.push(...asParagraphs(row, line + 2 + i));
      return;
    }
    if (size + row.length + 1 > room) flush();
    part.push(row);
    partLines.push(line + 2 + i);
    size += row.length + 1;
  });
  flush();
  return out;
}

/** A piece cut from the middle of a paragraph must not open a heading, quote or list. */
function escapeOpening(piece: string): string {
  if (/^\d{1,9}[.)]/u.test(piece)) return piece.replace(/^(\d{1,9})([.)])/u, '$1\\$2');
  return /^[!-/:-@[-`{-~]/u.test(piece) ? `\\${piece}` : piece;
}

/** The error for a report over `maxFileBytes`, in bytes (before reading) or characters (after decoding). */
export function fileTooLarge(file: string, unit: 'bytes' | 'characters'): Diagnostic {
  return refusal(file, 'input-too-large', `The report is larger than the ${LIMITS.maxFileBytes.toLocaleString('en-US')} ${unit} one report may have; it is not read.`);
}

function refusal(file: string, ruleId: string, message: string): Diagnostic {
  return { file, line: null, column: null, ruleId, severity: 'error', message, hint: 'Split the report into several files (one per day or per part); README "Trust" lists the limits.' };
}
