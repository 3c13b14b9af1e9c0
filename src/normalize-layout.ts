import { findActors, officialSideOf, SPEECH_VERB } from './actors.ts';
import { SOURCE_NOTE } from './find-speaker.ts';
import { ISO_DATE_STAMP, TIME_SUFFIX } from './find-report-date.ts';
import { PLACES } from './places.ts';
import { gluedHeaderStart, inlineHeaderEnd } from './side-headers.ts';
import { ENDS_SENTENCE } from './split-sentences.ts';

/** A web address alone: with its scheme, or without one ("www.…", "pic.twitter.com/…", "t.me/…": a domain and a path). */
export const URL_ONLY = /^<?(?:https?:\/\/\S+|www\.[^\s.]+\.\S+|(?:[\p{L}\d-]+\.)+\p{L}{2,}\/\S*)>?$/iu;

/** One line of the normalised body and the line of the seed it came from. */
export interface LayoutLine {
  /** Markdown for one block. */
  markdown: string;
  /** 1-based line in the body of the seed (before front matter offset). */
  line: number;
  /** The body line of each line of `markdown`, when they do not follow on from `line` (a table cut in parts repeats its header). */
  lines?: number[];
  /**
   * A line of a `<script>` or `<style>` element or of an HTML comment a saved page left in the
   * text: page code, never a claim. `markdown` is then the line as written, not Markdown: parse-report puts it in the
   * tree as text, so that the report page shows it as it is, and makes no block of it.
   */
  pageCode?: true;
}

/** Bullet characters that Markdown does not read as list markers and that are nothing else: round, square and triangular, filled and hollow (a sub-item's "○", "◦", "▫"). */
const STRONG_BULLET_CHARS = '•●○▪▫■□◦‣⁃';
/** Bullet characters that also separate a line's short fields ("Share: Twitter · Facebook"). */
const DOT_BULLET_CHARS = '∙·';
/** Every bullet sign the layout stage reads (the input guard counts the blocks they may open). */
export const BULLET_CHARS = STRONG_BULLET_CHARS + DOT_BULLET_CHARS;
/** A bullet sign, with the variation selector that asks for it in colour ("▪️" is "▪" and U+FE0F): the selector goes with the sign. */
const BULLET_SPLIT = new RegExp(`(?:^|\\s)[${BULLET_CHARS}]\\uFE0F?\\s+`, 'u');
const STRONG_BULLET_SPLIT = new RegExp(`(?:^|\\s)[${STRONG_BULLET_CHARS}]\\uFE0F?\\s+`, 'u');
const LEADING_BULLET = new RegExp(`^\\s*[${BULLET_CHARS}]\\uFE0F?\\s*`, 'u');
/** An emoji opening a line before its text ("🔹 Ganja: …", "▶️ …", "✅ …"), the emoji in group 1. */
const LEADING_EMOJI = /^\s*(\p{Extended_Pictographic}\uFE0F?)\s+(?=\S)/u;
/** A dash opening a line as a bullet ("— Shelling went on"); inside a line a dash is punctuation. */
const DASH_BULLET = /^\s*[—–]\s+(?=\S)/u;
/**
 * A line of only dashes, underscores, asterisks or `=` (a lone `-` included), of em or en
 * dashes ("———", spaced or not), or of box-drawing rules ("────", "═══"): an item separator.
 */
const SEPARATOR = /^\s*(?:-+|_{3,}|\*{3,}|={3,}|[—–―](?:\s?[—–―])*|[─━═]{3,}|(?:[-*_]\s){2,}[-*_])\s*$/u;
/** A list marker Markdown already knows. */
const MARKDOWN_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+\S/u;
/** A line that opens a block of its own and never continues the line before. */
const OPENS_BLOCK = new RegExp(`^\\s*(?:#{1,6}\\s|={2,6}\\s|>|\`\`\`|~~~|[${BULLET_CHARS}]|[—–]\\s|(?:[-*+]|\\d{1,9}[.)])\\s+\\S)`, 'u');
/** A line of a Markdown quotation, and its text. */
const QUOTE_LINE = /^\s{0,3}>\s?(.*)$/u;
/**
 * A wiki's section heading, `== 20 October ==`: a Markdown heading of the same level. Tried
 * only on lines of a heading's length (`WIKI_HEADING_CHARS`): the lazy text between two runs
 * of spaces makes it quadratic in a line's spaces (4.5 s for a line of 40,000 characters).
 */
const WIKI_HEADING = /^(={2,6})\s*([^=].*?)\s*\1$/u;
const WIKI_HEADING_CHARS = 300;
/** An HTML line break a scraped page left at the end of a line (after `trimEnd`): the line ends there anyway. */
const TRAILING_BREAK = /<br\s*\/?>$/iu;
/** A dash and a source alone on a line, closing the paragraph above it ("— Azerbaijani Defense Ministry"). */
const SOURCE_LINE = /^\s*[—–-]\s*([^.!?;:]{2,60}?)[.]?\s*$/u;
/** What follows a stamp that opens a line: a full sentence (see `LEADING_TIME`). */
const BEFORE_SENTENCE = String.raw`(?=\S.*${ENDS_SENTENCE.source})`;
/** A zone, if any, belongs to the time: "12:15 GMT" alone on a line is not a time and a sentence. */
const TIME_END = String.raw`(?:\s*${TIME_SUFFIX})?[\])]?(?!\s*${TIME_SUFFIX}(?!\p{L}))`;
/**
 * A time opening a live-page item on the item's own line ("11:05 Iran said …", "[14.20] —
 * Baku said …"): a block of its own, as a time alone on a line is, so that it stamps the item
 * instead of opening its first sentence. Only before a full sentence: a line of key events
 * ("14.05 BST Baku says a drone was downed") links to items and stays whole. A time with a
 * full stop only before a capital or a quotation mark: "2.45 million …" goes on as a sentence.
 */
const LEADING_TIME = new RegExp(
  String.raw`^([[(]?(?:[01]?\d|2[0-3])(?::[0-5]\d${TIME_END}|\.[0-5]\d${TIME_END}(?=\s+(?:[—–-]\s+)?[\p{Lu}“"«])))\s+(?:[—–-]\s+)?${BEFORE_SENTENCE}`,
  'u',
);
/**
 * A time in bold or italics opening an item's line ("**19:40** Armenia's …", "_09:05_ Good
 * morning."): the emphasis marks it as the item's stamp, whatever follows it, a headline or a
 * lead-in included. A time with a full stop, as in `LEADING_TIME`, only before a capital or a
 * quotation mark ("**2.45** million …" is a figure).
 */
const EMPHASISED_TIME = new RegExp(
  String.raw`^((\*\*|__|[*_])[[(]?(?:[01]?\d|2[0-3])(?::[0-5]\d${TIME_END}\2|\.[0-5]\d${TIME_END}\2(?=\s+(?:[—–-]\s+)?[\p{Lu}“"«])))\s+(?:[—–-]\s+)?(?=\S)`,
  'u',
);
/**
 * An offset into a recording opening a line of a broadcast's transcript, in brackets: hours,
 * minutes and seconds ("[00:02:01] HOST: …", "(0:14:33)"), which no time of day is written as.
 */
const OFFSET_HMS = /^[[(]\d{1,2}:[0-5]\d:[0-5]\d[\])](?=\s|$)/u;
/** Minutes and seconds in brackets ("[02:01]"), or hours, minutes and seconds: offsets in a report whose stamps count from zero (`recordingOffsets`). */
const OFFSET_ANY = /^[[(](?:\d{1,2}:[0-5]\d:[0-5]\d|\d{1,3}:[0-5]\d)[\])](?=\s|$)/u;
/** Minutes and seconds in brackets opening a line, the minutes in group 1. */
const OFFSET_MS = /^\s*[[(](\d{1,3}):[0-5]\d[\])]\s/u;
/** A speaker's label after an offset: "WHITCOMBE:", "DANIEL WHITCOMBE (host):", "**Anchor:**". */
const LABEL_AFTER_OFFSET = /^\s*(?:\*\*|__)?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*\([^()]{1,60}\))?(?:\*\*|__)?\s*:(?:\*\*|__)?\s/u;

/**
 * The pattern of a recording's offsets opening a line of this report ("[00:02:01]", "[02:01]"):
 * they count from the recording's start, not the clock, so they are no live page's stamps and
 * date nothing. Hours, minutes and seconds in brackets always are; minutes and seconds only
 * when the report's first such stamp is "[00:…]" (or "[0:…]") and a speaker's label follows it
 * ("[00:04] HOST: …"), as a transcript's first turn; a live page's "[16:10] — …" is a time of day.
 * Parse-report reads a block's text without the offset it opens with; the page shows it.
 */
export function recordingOffsets(lines: readonly string[]): RegExp {
  for (const line of lines) {
    const m = OFFSET_MS.exec(line);
    if (m === null) continue;
    return Number(m[1]) === 0 && LABEL_AFTER_OFFSET.test(line.slice(m[0].length - 1)) ? OFFSET_ANY : OFFSET_HMS;
  }
  return OFFSET_HMS;
}

/**
 * A chat export's stamp opening a message's line: WhatsApp's "[10/5/20, 09:02] " (iOS, seconds
 * and AM/PM maybe) or "10/5/20, 09:02 - " (Android: a comma, then a hyphen-minus, as the app writes
 * them; a news feed's "05.10.2020 14:05 – …" is no chat); a mark of direction may precede it. A run
 * of such lines is a chat (`isChat`).
 */
const CHAT_STAMP = /^[\u200E\u200F]?(?:\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\.?)?\]|\d{1,2}[./]\d{1,2}[./]\d{2,4},\s\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\.?)?\s-)\s+/u;
/** The sender after a chat's stamp, up to the colon that ends the name ("Maksim (RIA): ", "+994 50 412 37 17: "). */
const CHAT_SENDER = /^[\u200E\u200F]?[^:\s][^:\n]{0,59}?:\s+/u;
/** A chat app's own notice in a sender's message: what was forwarded, left out of the export or deleted, not what anyone said. */
const CHAT_SENDER_NOTICE = /^[\u200E\u200F]?(?:Forwarded(?: many times)?|<(?:Media|image|video|audio|sticker|GIF|document) omitted>|(?:image|video|audio|sticker|GIF|document) omitted|<attached: [^<>]{1,200}>|This message was deleted|You deleted this message|Missed (?:voice|video) call|null)\.?$/iu;
/** A chat app's own notice with no sender: encryption, members added or gone, the group's name or icon changed. */
const CHAT_NOTICE = /^[\u200E\u200F]?(?:Messages (?:and calls )?(?:are end-to-end encrypted|to this (?:group|chat) are now secured)\b.{0,300}|[^:\n]{1,80}? (?:added|removed) [^:\n]{1,200}|[^:\n]{1,80}? (?:left|joined using this group's invite link|was added)|[^:\n]{1,80}? created (?:the )?group\b.{0,200}|[^:\n]{1,80}? changed (?:the subject|this group's (?:icon|settings)|the group description|their phone number)\b.{0,300}|You (?:were added|joined)\b.{0,100}|Missed (?:voice|video) call)$/u;
/** How many stamped lines make a chat: fewer may be a live page's lines that open with a date. */
const CHAT_MIN_LINES = 3;

/** Whether a report's lines are a chat's export: `CHAT_MIN_LINES` lines or more open with a chat's stamp (or are items that do, as this stage writes a chat's messages). */
export function isChat(lines: readonly string[]): boolean {
  let count = 0;
  for (const line of lines) if (CHAT_STAMP.test(line.startsWith('- ') ? line.slice(2) : line) && ++count >= CHAT_MIN_LINES) return true;
  return false;
}

/**
 * A chat message's text without its stamp and its sender, who only passes the text on
 * ("[10/5/20, 09:02] Maksim (RIA): Kremlin: Putin spoke …" reads "Kremlin: Putin spoke …");
 * a line with no stamp, or a chat's own notice (`isChatNotice`), as it is.
 */
export function withoutChatStamp(text: string): string {
  return chatMessage(text).text;
}

/**
 * A chat message read: its text (as `withoutChatStamp` gives it) and, when the stamp was taken
 * out, when it was sent ("10/5/20, 09:02"): the stamp still dates the report, and is kept for that.
 */
export function chatMessage(text: string): { text: string; sentAt?: string } {
  const stamp = CHAT_STAMP.exec(text);
  if (stamp === null) return { text };
  const rest = text.slice(stamp[0].length);
  const sender = CHAT_SENDER.exec(rest);
  if (sender === null || namesOfficial(sender[0])) return { text };
  const message = rest.slice(sender[0].length).trim();
  if (message === '' || CHAT_SENDER_NOTICE.test(message)) return { text };
  return { text: message, sentAt: stamp[0].replace(/^[\u200E\u200F]?\[?|\]?\s*[-–]?\s*$/gu, '') };
}

/**
 * Whether a chat's "sender" names an official or a body of a side, or a known person ("Armenian MoD
 * spokesperson Shushan Stepanyan: …", "Hikmet Hajiyev: …"): a source quoted, not a member of the chat
 * passing the text on, so the label stays for the speaker's reading.
 */
function namesOfficial(sender: string): boolean {
  return officialSideOf(sender) !== null || findActors(sender).some((a) => a.kind === 'person');
}

/**
 * Whether a line is a chat app's own notice under its stamp: "[10/5/20, 08:15] Tural M.:
 * <Media omitted>", "… Anna K: Forwarded", "… Messages and calls are end-to-end encrypted. …",
 * "… Tural M. added Maksim". The stamp must be there: no sentence of a story is read so.
 */
export function isChatNotice(text: string): boolean {
  const stamp = CHAT_STAMP.exec(text);
  if (stamp === null) return false;
  const rest = text.slice(stamp[0].length).trim();
  const sender = CHAT_SENDER.exec(rest);
  if (sender !== null && CHAT_SENDER_NOTICE.test(rest.slice(sender[0].length).trim())) return true;
  return sender === null && CHAT_NOTICE.test(rest);
}

/** A date stamp a scraped page left before its lead sentence ("date 2020-11-04 The Armenian side …"): a block of its own too. */
const LEADING_ISO_DATE = new RegExp(String.raw`^(${ISO_DATE_STAMP})\s+${BEFORE_SENTENCE}`, 'iu');
/**
 * A news feed's numeric date and time before a dash opening an item ("05.10.2020 14:05 – Armenian MoD: …"):
 * a stamp of its own, as a time alone is (`LEADING_TIME`). A four-digit year and no comma: a chat's
 * "10/5/20, 09:02 - " is `CHAT_STAMP`'s.
 */
const LEADING_DATE_TIME = new RegExp(String.raw`^(\d{1,2}[./]\d{1,2}[./]\d{4}\s(?:[01]?\d|2[0-3]):[0-5]\d)\s+[—–-]\s+${BEFORE_SENTENCE}`, 'u');
/** How a sentence or a lead-in ends; a line ending so is not cut in the middle of a phrase. */
const ENDS_PHRASE = /[.!?:…”"»]$/u;
/** A line ending in one of these words stops in the middle of a phrase, whatever case the next line starts with. */
const ENDS_MID_PHRASE = /\s(?:of|the|a|an|and|or|but|to|in|on|at|for|with|from|by|near|into|as|that|which|who|whose|its|their|his|her)$/iu;
/** A line ending in a letter or digit and a hyphen stops in the middle of a word or a compound ("Octo-", "Nagorno-"). */
const ENDS_MID_WORD = /[\p{L}\d]-$/u;
/** A pipe table's delimiter row, under its header row: `|---|:--:|`, `--- | ---`. */
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/u;
/**
 * A page's running header or footer in text taken from a PDF: "Page 2 of 3", alone or at either
 * end of a short line ("CAUCASUS MONITOR — Issue 23      Page 2 of 3"). "Page" with its
 * capital: a sentence's "… as reported on page 4" wrapped at the number is no header. Opening a
 * line, the number ends it, or has its "of 3", a run of spaces, a `|` or a dash after it: a
 * sentence wrapped before "Page 12 lists the villages …" goes on. Tried on lines of
 * `PAGE_LINE_CHARS` at most.
 */
const PAGE_FURNITURE = /^\s*(?:Page|PAGE)\s+\d{1,4}(?:\s*(?:of|OF|\/)\s*\d{1,4}\b|\s*$|\s{2,}|\s*[|—–-])|\b(?:Page|PAGE)\s+\d{1,4}(?:\s*(?:of|OF|\/)\s*\d{1,4})?\s*$/u;
const PAGE_LINE_CHARS = 120;
/** A word a line break hyphenated, ending a line ("Octo-"): its letters (bounded: the pattern is unanchored). */
const HYPHENATED_END = /(?<![\p{L}-])(\p{L}{2,40})-$/u;
/**
 * Words that open compounds ("self-proclaimed", "so-called", "anti-aircraft", "two-day",
 * "long-range"): before a hyphen at a line's end, the first half of a compound, not a cut word.
 */
const COMPOUND_FIRST = /^(?:self|so|well|anti|pro|non|ex|co|cross|counter|long|short|half|full|multi|post|pre|semi|high|low|large|small|much|ill|all|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand)$/iu;
/** Names a line break may cut after a capital ("Octo-" / "ber", "Stepa-" / "nakert"): the word is whole again. */
const KNOWN_NAMES = new Set([
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ...PLACES.flatMap((p) => [p.name, ...p.aliases]),
]);
/** A hard-wrapped document's lines are never longer than this. */
const MAX_WRAP_WIDTH = 120;
/**
 * Characters a reader cannot see that sit inside words and names ("Defense\u200b Ministry"):
 * zero-width space, word joiner, a byte-order mark inside the text, soft hyphen; and the
 * zero-width (non-)joiner, unless it follows an emoji, a mark or a letter of a script that
 * joins with it (Arabic, Indic), where it shapes what is shown.
 */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]|(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\p{M}\uFE0F\u0600-\u08FF\u0900-\u0DFF])[\u200C\u200D]/gu;
const ANY_INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/u;
/**
 * A line that opens with a one-word label and a colon, as the fields of a feed export or a
 * mail's headers do ("pubDate: …", "guid: rw-1", "From: …", "dc:creator: …"). Between two
 * such lines it is a field of its own (see `fieldLines`).
 */
const FIELD_LINE = /^\s*\p{L}[\p{L}\d]{0,29}(?:[-_.:][\p{L}\d]{1,30})?:(?:\s|$)/u;
/**
 * HTML elements that make blocks of their own: after one of their end tags a new block
 * begins, and a line opening with one of their start tags opens a block (`htmlPieces`). A
 * table's row is one, its cells are not: a row stays one block.
 */
export const HTML_BLOCK_ELEMENTS = [
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'li', 'main', 'nav', 'noscript', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'tfoot', 'thead', 'title', 'tr', 'ul',
];
const HTML_BLOCK = new Set(HTML_BLOCK_ELEMENTS);
/**
 * An HTML tag as written: its slash and its name. The name ends at a space, a slash or the bracket, so
 * an address in brackets (`<p.hovhannisyan@mil.am>`) is no `<p>` tag. Attributes bounded, so a stray
 * `<` costs little. Parse-report reads a block's text without such tags.
 */
export const HTML_TAG_WRITTEN = /<(\/?)([A-Za-z][A-Za-z0-9]{0,15})(?=[\s/>])[^<>]{0,2000}>/gu;
/** An HTML tag, as written or escaped in a feed's text (`&lt;p&gt;`): its slash and its name. */
const HTML_TAG = new RegExp(String.raw`${HTML_TAG_WRITTEN.source}|&lt;(\/?)([A-Za-z][A-Za-z0-9]{0,15})(?=[\s/]|&gt;)(?:(?!&[gl]t;)[^<>]){0,2000}&gt;`, 'gu');
/** A hint that a body holds HTML tags or comments at all, so most bodies skip the scan. */
const HTML_HINT = /<\/?[A-Za-z]|&lt;\/?[A-Za-z]|<!--/u;
const OPENS_HTML_BLOCK = new RegExp(String.raw`^\s*(?:<|&lt;)(?:${HTML_BLOCK_ELEMENTS.join('|')})(?=[\s/>]|&gt;)`, 'iu');
const CLOSES_HTML_BLOCK = new RegExp(String.raw`(?:<|&lt;)\/(?:${HTML_BLOCK_ELEMENTS.join('|')})\s*(?:>|&gt;)\s*$`, 'iu');
const HTML_BLOCK_END = new RegExp(String.raw`(?:<|&lt;)\/(?:${HTML_BLOCK_ELEMENTS.join('|')})\s*(?:>|&gt;)`, 'giu');
/** The opening of an element whose content is page code: a script or a style sheet. */
const CODE_TAG = String.raw`<(script|style)(?=[\s/>])`;
/** Its whole start tag, or the opening of an HTML comment (`<!--`), which is page code up to its `-->`. */
const CODE_START = new RegExp(String.raw`${CODE_TAG}[^<>]{0,2000}>|<!--`, 'giu');
/** A line of page code that opens its element or a comment: parse-report makes the element's block from it. */
export const OPENS_CODE_ELEMENT = new RegExp(`^(?:${CODE_TAG}|<!--)`, 'iu');
/**
 * Structured data or a meta element giving the page's publication date: `"datePublished":"2020-10-29T14:05…"`,
 * `<meta property="article:published_time" content="2020-10-05T14:05:00Z">`. Page code is kept as a block for it
 * (parse-report), and the classifier sets such a block aside as the page's dateline.
 */
export const MARKUP_DATE = /["'](?:datePublished|article:published_time|pubdate|date)["']\s*(?::|content=)\s*["']\d{4}-\d{2}-\d{2}/iu;

/** A block that the next line may continue, whether it is a list item (which indented lines continue) or a quotation, and its last line. */
interface OpenBlock {
  block: LayoutLine;
  item: boolean;
  quote: boolean;
  lastLine: string;
}

/**
 * Rewrite a report body as Markdown with one block per paragraph or bullet.
 *
 * Scraped reports put one paragraph on each line with no blank line between them, use `•`
 * bullets that remark does not read as lists (STACK.md), and sometimes run a header and all
 * its bullets together on one line. Markdown-authored reports hard-wrap paragraphs and list
 * items over several lines. Each block keeps the seed line it starts on, for messages and
 * anchors. Text is never dropped: every character of the input lands in some block, but for
 * the hyphen of a word a line break cut ("Octo-" / "ber"). A PDF page's running header is a
 * block of its own, and the paragraph it interrupted goes on after it. Each line of a run of
 * fields (a feed's export, a mail's headers) is a block. Characters a reader cannot see inside
 * words (zero-width spaces, word joiners, soft hyphens) are dropped. A block
 * is one line, except a pipe table, whose lines are the seed's lines from its first on.
 *
 * @example
 *   normalizeLayout('Information from Baku • One. • Two.').map((l) => l.markdown)
 *   // ['Information from Baku', '- One.', '- Two.']
 */
export function normalizeLayout(body: string): LayoutLine[] {
  const out: LayoutLine[] = [];
  const text = ANY_INVISIBLE.test(body) ? body.replace(INVISIBLE, '') : body;
  const words = bodyWords(text);
  const source = readColumns(sourceLines(text), words);
  /** The lines the rules read; a line of page code reads as a blank one to them. */
  const lines = source.map((l) => (l.code ? '' : l.text));
  const fields = fieldLines(lines);
  const wrapWidth = hardWrapWidth(lines, fields);
  const offsets = recordingOffsets(lines);
  const chat = isChat(lines);
  const emojiItems = emojiBullets(lines);
  const offsetLines = recordingStampLines(lines);
  const furniture = pageFurnitureLines(lines);
  const gapFields = letterheadFields(lines);
  /** The block the next line may continue. */
  let open: OpenBlock | null = null;
  /** The block a blank line closed, and the one a page's header or footer interrupted: the next page may go on with it. */
  let closed: OpenBlock | null = null;
  let parked: OpenBlock | null = null;
  /** Whether no blank line stands between the parked block and the page's lines: only then does a full line of a hard-wrapped text go on past them. */
  let parkedTight = false;
  for (let i = 0; i < lines.length; i++) {
    // A line opening with the emoji the line next to it opens with is a list's item, as a "•" line is.
    const raw = emojiItems[i] ? lines[i]!.replace(LEADING_EMOJI, '• ') : lines[i]!;
    const { line, code } = source[i]!;
    if (code) {
      // Shown as written, read as nothing (parse-report); it continues no block and none goes on past it.
      out.push({ markdown: source[i]!.text.trim(), line, pageCode: true });
      open = null;
      closed = null;
      continue;
    }
    if (raw.trim() === '') {
      closed = open ?? closed;
      open = null;
      parkedTight = false;
      continue;
    }
    if (chat && CHAT_STAMP.test(raw)) {
      // A chat's message is an item of its own, whole, as a list's: one unit, never a heading, however it ends. The
      // lines after it may continue it; parse-report reads it without its stamp and sender.
      out.push({ markdown: asItem(raw.trim()), line });
      open = { block: out[out.length - 1]!, item: true, quote: false, lastLine: raw };
      parked = null;
      closed = null;
      continue;
    }
    if (offsetLines[i] || furniture[i]) {
      // A block of its own, kept (a page's header or footer, or a recording's offset between a transcript's lines); the paragraph before it may go on after it.
      out.push({ markdown: escapeBlockStart(raw.trim()), line });
      if (open !== null || closed !== null) parkedTight = open !== null;
      parked = open ?? closed ?? parked;
      open = null;
      closed = null;
      continue;
    }
    // A cast: the checker cannot follow `parked` round the loop (it took it for always null).
    const resumed = parked as OpenBlock | null;
    parked = null;
    closed = null;
    if (resumed !== null && !fields[i] && resumesAfterPageBreak(resumed, raw, parkedTight ? wrapWidth : null)) {
      joinLine(resumed, raw, words);
      open = resumed;
      continue;
    }
    const tableEnd = tableAt(lines, i);
    if (tableEnd > i) {
      // One block, its lines as they are: remark reads it as a table (parse-blocks).
      out.push({ markdown: lines.slice(i, tableEnd).map((l) => l.trim()).join('\n'), line });
      open = null;
      i = tableEnd - 1;
      continue;
    }
    const simple = simpleTableAt(lines, i);
    if (simple !== null) {
      // Written as the pipe table it is, one line for each of the seed's lines: remark reads it as a table (parse-blocks).
      out.push({ markdown: simple.markdown, line });
      open = null;
      i = simple.end - 1;
      continue;
    }
    if (SEPARATOR.test(raw)) {
      out.push({ markdown: '* * *', line });
      open = null;
      continue;
    }
    const quoted = open?.quote ? QUOTE_LINE.exec(raw) : null;
    if (open && quoted) {
      // The lines of one Markdown quotation are one paragraph, its source line ("> — Baku") included; "> " alone ends it.
      const rest = quoted[1]!.trim();
      if (rest === '') open = null;
      else open.block.markdown = joinWrapped(open.block.markdown, rest, words);
      continue;
    }
    const apart = gapFields[i] ?? null;
    if (apart !== null) {
      // A letterhead's fields on one line, far apart ("PRESS RELEASE      Baku, 17 October 2020"): a block each, continuing nothing, continued by nothing.
      for (const field of apart) out.push({ markdown: escapeBlockStart(field), line });
      open = null;
      continue;
    }
    if (open && ((!fields[i] && continues(open.lastLine, raw, open.item, wrapWidth)) || isSourceLine(raw) || isSourceNote(open.block.markdown, raw))) {
      joinLine(open, raw, words);
      continue;
    }
    const pieces = splitLine(raw, offsets);
    for (const piece of pieces) out.push({ markdown: piece, line });
    const last = pieces[pieces.length - 1]!;
    const isItem = MARKDOWN_ITEM.test(last);
    open = /^(?:#{1,6}\s|```|~~~)/u.test(last) ? null : { block: out[out.length - 1]!, item: isItem, quote: last.startsWith('>'), lastLine: raw };
  }
  return out;
}

/**
 * Where the pipe table starting at line `i` ends (exclusive), or -1 when none starts there:
 * a header row, a delimiter row with as many cells, then the rows that hold a pipe. A line
 * without one ends the table even with no blank line before it: scraped pages run the next
 * paragraph on, where GFM would take it for a row of one cell.
 */
function tableAt(lines: readonly string[], i: number): number {
  const head = lines[i]!;
  const delimiter = lines[i + 1];
  if (delimiter === undefined || !head.includes('|') || !delimiter.includes('|') || !TABLE_DELIMITER.test(delimiter)) return -1;
  if (cellCount(head) !== cellCount(delimiter)) return -1;
  let end = i + 2;
  while (end < lines.length && lines[end]!.trim() !== '' && lines[end]!.includes('|')) end++;
  return end;
}

/** The dashed line under a "simple table"'s header (pandoc's): two runs of dashes or more, spaces between them. */
const SIMPLE_TABLE_RULE = /^\s*-{2,}(?: +-{2,})+\s*$/u;

/**
 * The "simple table" (pandoc's) starting at line `i`, as a pipe table's lines, and where it ends
 * (exclusive), or null: a header row, a line of dash runs under its columns, then rows up to a
 * blank line (or a closing dashed line). Each row is cut where the dash runs begin (`cellsAt`);
 * the header and every row must give two cells or more.
 */
function simpleTableAt(lines: readonly string[], i: number): { markdown: string; end: number } | null {
  const rule = lines[i + 1];
  if (rule === undefined || !rule.includes('- ') || !SIMPLE_TABLE_RULE.test(rule) || lines[i]!.trim() === '' || SEPARATOR.test(lines[i]!)) return null;
  const starts = [...rule.matchAll(/-+/gu)].map((m) => m.index);
  const head = cellsAt(lines[i]!, starts);
  if (head.filter((c) => c !== '').length < 2) return null;
  const rows: string[][] = [];
  let end = i + 2;
  while (end < lines.length && lines[end]!.trim() !== '' && !SIMPLE_TABLE_RULE.test(lines[end]!)) {
    const cells = cellsAt(lines[end]!, starts);
    if (cells.filter((c) => c !== '').length < 2) return null;
    rows.push(cells);
    end++;
  }
  if (rows.length === 0) return null;
  const closing = end < lines.length && SIMPLE_TABLE_RULE.test(lines[end]!);
  const row = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/gu, '\\|')).join(' | ')} |`;
  const markdown = [row(head), `|${starts.map(() => ' --- ').join('|')}|`, ...rows.map(row)];
  // A closing dashed line is kept as a row of dashes, so that every seed line has its line in the block.
  if (closing) markdown.push(row(starts.map(() => '—')));
  return { markdown: markdown.join('\n'), end: closing ? end + 1 : end };
}

/** A simple table's row cut into cells where its columns start; a cut that would fall inside a word moves back to the space before it. */
function cellsAt(line: string, starts: readonly number[]): string[] {
  const cuts = starts.map((start, k) => {
    let at = start;
    const floor = k === 0 ? 0 : starts[k - 1]! + 1;
    while (at > floor && line[at - 1] !== undefined && line[at - 1] !== ' ' && line[at] !== undefined && line[at] !== ' ') at--;
    return k === 0 ? 0 : at;
  });
  return cuts.map((from, k) => line.slice(from, cuts[k + 1] ?? line.length).trim());
}

/** Cells of a table row: pipes not escaped, less those that open or close the row. */
function cellCount(row: string): number {
  const pipes = row.trim().replace(/\\./gu, '').replace(/^\|/u, '').replace(/\|$/u, '').split('|');
  return pipes.length;
}

/**
 * Whether `next` continues the paragraph or item whose last line was `previous`:
 * a line that starts in lower case after one that stopped mid-phrase; an indented line under
 * a list item (Markdown's rule); or, in a hard-wrapped document, any line after a full one.
 */
function continues(previous: string, next: string, inItem: boolean, wrapWidth: number | null): boolean {
  if (standsAlone(next) || URL_ONLY.test(previous.trim()) || CLOSES_HTML_BLOCK.test(previous) || BRACKETED_NOTE.test(previous)) return false;
  const prev = previous.trimEnd();
  if (/^\s*\p{Ll}/u.test(next) && !ENDS_PHRASE.test(prev)) return true;
  if (ENDS_MID_PHRASE.test(prev) || ENDS_MID_WORD.test(prev.slice(-2))) return true;
  if (inItem && /^(?: {2,}|\t)\s*\S/u.test(next)) return true;
  if (wrapWidth !== null && prev.length >= wrapWidth * 0.6 && !prev.endsWith(':')) return true;
  return false;
}

/** A line added to the block it continues (see `joinWrapped`). */
function joinLine(open: OpenBlock, raw: string, words: BodyWords): void {
  open.block.markdown = joinWrapped(open.block.markdown, raw.trim(), words);
  open.lastLine = raw;
}

/**
 * A block and the line that continues it, joined by a space; but a word that a line break cut
 * with a hyphen ("Octo-" and "ber …", "artil-" and "lery") is whole again, and a compound cut
 * at its own hyphen keeps it, without the space. The body decides first, where it writes the
 * word elsewhere whole ("previous") or hyphenated ("pre-war"); then the hyphen stays before a
 * capital ("Nagorno-" and "Karabakh"), after a figure ("2,000-" and "strong"), after a word
 * that opens compounds (`COMPOUND_FIRST`: "self-" and "proclaimed"), and after a capitalised
 * word ("Turkey-" and "backed", "Russian-" and "brokered") unless the two halves make a month
 * or a place (`KNOWN_NAMES`: "Octo-" and "ber", "Stepa-" and "nakert") or a known actor's
 * name ("Azer-" and "baijan"). A dash after a space ("shelling -") is punctuation, and a space
 * follows it.
 */
function joinWrapped(text: string, next: string, words: BodyWords): string {
  if (!ENDS_MID_WORD.test(text.slice(-2)) || !/^\p{L}/u.test(next)) return `${text} ${next}`;
  const cut = /^\p{Ll}/u.test(next) ? HYPHENATED_END.exec(text.slice(-42)) : null;
  return cut !== null && isCutWord(cut[1]!, /^\p{L}+/u.exec(next)![0], words) ? text.slice(0, -1) + next : text + next;
}

/** Whether `first` and `rest`, either side of a hyphen a line break left, are the halves of one word rather than of a compound (see `joinWrapped`). */
function isCutWord(first: string, rest: string, words: BodyWords): boolean {
  const whole = words(first + rest);
  if (whole !== words(`${first}-${rest}`)) return whole;
  if (COMPOUND_FIRST.test(first)) return false;
  if (!/^\p{Lu}/u.test(first)) return true;
  return KNOWN_NAMES.has(first + rest) || findActors(first + rest).length > 0;
}

/** Whether a body holds a word (a hyphenated compound is one word), in any case. */
type BodyWords = (word: string) => boolean;

/** A body's `BodyWords`; its words are read at the first question (few bodies hyphenate at a line's end). */
function bodyWords(body: string): BodyWords {
  let words: Set<string> | null = null;
  return (word) => {
    words ??= new Set(body.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []);
    return words.has(word.toLowerCase());
  };
}

/** Whether a line is a page's running header or footer ("Page 2 of 3"), which a PDF's text puts between the lines of a paragraph. */
export function isPageFurniture(line: string): boolean {
  return line.length <= PAGE_LINE_CHARS && PAGE_FURNITURE.test(line);
}

/** How near a page's number (in lines) a line repeated word for word is the page's running header or footer. */
const RUNNING_REACH = 4;

/**
 * Which lines are a PDF page's running header or footer: a page's number (`isPageFurniture`), and
 * a line that the text repeats word for word, once at least within `RUNNING_REACH` lines of a
 * page's number (the report's title over each page, the body's tagline under it). A text
 * without pages' numbers has none.
 */
function pageFurnitureLines(lines: readonly string[]): boolean[] {
  const page = lines.map((l) => isPageFurniture(l));
  if (!page.includes(true)) return page;
  const counts = new Map<string, number>();
  for (const l of lines) {
    const t = l.trim();
    if (t.length <= PAGE_LINE_CHARS && /\p{L}/u.test(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const running = new Set<string>();
  page.forEach((p, i) => {
    if (!p) return;
    for (let k = Math.max(0, i - RUNNING_REACH); k <= Math.min(lines.length - 1, i + RUNNING_REACH); k++) {
      const t = lines[k]!.trim();
      if ((counts.get(t) ?? 0) >= 2 && !SEPARATOR.test(t)) running.add(t);
    }
  });
  return lines.map((l, i) => page[i]! || running.has(l.trim()));
}

/**
 * Whether a line after a page break goes on with the block the break interrupted: as it would
 * go on from that block's last line with no break between them (`continues`), unless that line
 * ended a sentence, where a page may as well end a paragraph. Across a blank line the caller
 * passes no wrap width: a full line before a blank (a masthead over "Page 1 of 2") ends its block.
 */
function resumesAfterPageBreak(resumed: OpenBlock, next: string, wrapWidth: number | null): boolean {
  return !ENDS_SENTENCE.test(resumed.lastLine.trimEnd()) && continues(resumed.lastLine, next, resumed.item, wrapWidth);
}

/** A line of an aggregator's fields opening with its source, "via News.am · 5 hours ago", "by Anna Lee · Oct 5": the "·" marks fields, not a sentence. */
const SOURCE_FIELDS = /^\s*(?:via|by)\s[^·\n]{1,60}?\s[·∙|]\s/iu;

/** Whether a line opens a block of its own: Markdown's (`OPENS_BLOCK`), an HTML block's start tag, a web address alone, which starts in lower case but continues nothing, or a line of a source's fields (`SOURCE_FIELDS`). */
function standsAlone(line: string): boolean {
  return OPENS_BLOCK.test(line) || OPENS_HTML_BLOCK.test(line) || URL_ONLY.test(line.trim()) || SOURCE_FIELDS.test(line);
}

/**
 * Which lines are fields of their own: a label line (`FIELD_LINE`) next to another label
 * line. A feed's export ("title: …", "pubDate: …", "link: …") and a mail's headers ("From:",
 * "Date:", "Subject:") come as runs of such lines, each a field, however the lines before
 * them wrap; a lone "statement: …" in a wrapped paragraph goes on with it.
 */
function fieldLines(lines: readonly string[]): boolean[] {
  const label = lines.map((l) => FIELD_LINE.test(l));
  return label.map((is, i) => is && (label[i - 1] === true || label[i + 1] === true));
}

/**
 * Which lines are a list's items under an emoji bullet: a line that opens with an emoji and a
 * space, next to a line that opens with the same emoji ("🔹 Stepanakert: …" / "🔹 Ganja: …"). A
 * lone "🔴 Breaking" line stays as it is. The first character is looked at only.
 */
function emojiBullets(lines: readonly string[]): boolean[] {
  const lead = lines.map((l) => {
    const c = l.trimStart().codePointAt(0);
    return c !== undefined && c >= 0x2000 ? (LEADING_EMOJI.exec(l)?.[1]?.replace('\uFE0F', '') ?? null) : null;
  });
  return lead.map((e, i) => e !== null && (lead[i - 1] === e || lead[i + 1] === e));
}

/** A note in brackets alone on its line, "[Music]", "(Applause)": it is whole, nothing continues it. */
const BRACKETED_NOTE = /^\s*(?:\[[^[\]]{1,40}\]|\([^()]{1,40}\))\s*$/u;
/** How many lines of two columns of prose side by side make a page laid out in columns (`readColumns`). */
const COLUMN_MIN_LINES = 3;
/** How full of text a column's line is, at the least, against the column's width: a column of prose, not a table's short cells. */
const COLUMN_FILL = 0.6;
/** How far (in characters) the right-hand column's start may move from line to line. */
const COLUMN_DRIFT = 2;

/**
 * Where a line's right-hand column starts, and its left-hand text: the one gap of three spaces or
 * more inside it, or its indent when it has no gap (a line of the right-hand column alone); null otherwise.
 */
function gutterOf(line: string): { at: number; left: string } | null {
  const text = line.trimEnd();
  const indent = text.length - text.trimStart().length;
  const gaps = [...text.slice(indent).matchAll(/ {3,}/gu)];
  if (gaps.length === 0) return indent >= 20 ? { at: indent, left: '' } : null;
  if (gaps.length > 1) return null;
  const gap = gaps[0]!;
  return { at: indent + gap.index + gap[0].length, left: text.slice(0, indent + gap.index).trim() };
}

/**
 * A PDF's two columns of prose side by side, read across as the text has them, read down
 * instead: a run of `COLUMN_MIN_LINES` lines or more whose right-hand column starts at the same
 * place after a gap of three spaces or more, the left-hand text of as many filling most of its
 * column (`COLUMN_FILL`). Each column becomes its paragraphs (a short line ends one), the left's
 * before the right's, a blank line between them, each at the line it starts on. Other lines as they are.
 */
function readColumns(source: SourceLine[], words: BodyWords): SourceLine[] {
  if (!source.some((l) => l.text.includes('   '))) return source;
  const gutters = source.map((l) => (l.code || l.text.length > 2 * MAX_WRAP_WIDTH ? null : gutterOf(l.text)));
  const out: SourceLine[] = [];
  for (let i = 0; i < source.length; ) {
    const at = gutters[i]?.at;
    let end = i;
    // The column's start may move by a character or two from line to line (a PDF's text justified by spaces).
    while (at !== undefined && end < source.length && Math.abs((gutters[end]?.at ?? -99) - at) <= COLUMN_DRIFT) end++;
    const full = at === undefined ? 0 : gutters.slice(i, end).filter((g) => g!.left.length >= COLUMN_FILL * at && g!.left.split(' ').length >= 3).length;
    if (at === undefined || full < COLUMN_MIN_LINES) {
      // The whole run as it is: no line of it is tried again (a long table's rows stay linear).
      out.push(...source.slice(i, Math.max(end, i + 1)));
      i = Math.max(end, i + 1);
      continue;
    }
    const left: SourceLine[] = [];
    const right: SourceLine[] = [];
    for (let k = i; k < end; k++) {
      const g = gutters[k]!;
      if (g.left !== '') left.push({ text: g.left, line: source[k]!.line, code: false });
      right.push({ text: source[k]!.text.slice(g.at).trim(), line: source[k]!.line, code: false });
    }
    out.push(...columnParagraphs(left, words), { text: '', line: source[end - 1]!.line, code: false }, ...columnParagraphs(right, words));
    i = end;
  }
  return out;
}

/** A column's lines joined into its paragraphs: a line shorter than most of the column's ends its paragraph, unless a hyphen cuts its last word. */
function columnParagraphs(lines: readonly SourceLine[], words: BodyWords): SourceLine[] {
  let width = 0;
  for (const l of lines) width = Math.max(width, l.text.length);
  const out: SourceLine[] = [];
  // Each paragraph's lines, joined once at its end: a paragraph of many lines stays linear.
  let parts: string[] = [];
  const close = () => {
    if (parts.length > 0) out[out.length - 1]!.text = parts.join('');
    parts = [];
  };
  let open = false;
  for (const l of lines) {
    if (open && parts.length > 0) {
      // The line before as `joinWrapped` leaves it (its cut word's hyphen dropped, or a space after it), then this one.
      const joined = joinWrapped(parts[parts.length - 1]!, l.text, words);
      parts[parts.length - 1] = joined.slice(0, joined.length - l.text.length);
      parts.push(l.text);
    } else {
      close();
      out.push({ ...l });
      parts = [l.text];
    }
    open = l.text.length >= COLUMN_FILL * width || ENDS_MID_WORD.test(l.text.slice(-2));
  }
  close();
  return out;
}

/** A gap between a line's fields: three spaces or more (or a tab) between two characters. */
const FIELD_GAP = / {3,}|\t+/u;
/** The most characters and words of a field that `fieldsApart` cuts a line into: a letterhead's, not a column's prose. */
const GAP_FIELD_CHARS = 40;
const GAP_FIELD_WORDS = 6;

/**
 * A short line's fields, where wide gaps (`FIELD_GAP`) stand between two or three of them, as in a
 * letterhead or a document's header ("No: 412/20      PRESS RELEASE      Baku, 17 October 2020",
 * "United Nations          A/75/512"), or null: each field short (`GAP_FIELD_CHARS`, `GAP_FIELD_WORDS`)
 * and none a figure alone (a table's row keeps its cells), the line no longer than a page's.
 */
function fieldsApart(line: string): string[] | null {
  if (line.length > MAX_WRAP_WIDTH || line.indexOf('   ', line.search(/\S/u)) < 0 && !line.trim().includes('\t')) return null;
  const parts = line.trim().split(FIELD_GAP);
  if (parts.length < 2 || parts.length > 3) return null;
  const ok = parts.every((p) => p.length <= GAP_FIELD_CHARS && p.split(' ').length <= GAP_FIELD_WORDS && /\p{L}/u.test(p) && !/^[|+]|[|+]$/u.test(p));
  return ok && !oneSentence(parts) ? parts : null;
}

/**
 * Whether fields far apart are one sentence with a wide gap in it ("The ministry said   two civilians
 * were killed."): a field after the first opens in small letters, or the last ends as a sentence does.
 * A letterhead's fields ("No: 412/20", "PRESS RELEASE", "Security Council", "Distr.: General") do neither.
 */
function oneSentence(parts: readonly string[]): boolean {
  return parts.some((p, i) => i > 0 && /^\p{Ll}/u.test(p)) || /[.!?…]["”’»)]*$/u.test(parts[parts.length - 1]!);
}

/**
 * Each line's fields far apart (`fieldsApart`), but for runs of three lines or more with such
 * fields (a table's rows, each kept whole) and for the report's first line, a masthead whose
 * fields make its title together ("CAUCASUS MONITOR        Issue 23").
 */
function letterheadFields(lines: readonly string[]): (string[] | null)[] {
  const first = lines.findIndex((l) => l.trim() !== '');
  const apart = lines.map(fieldsApart);
  return apart.map((f, i) => (f !== null && i !== first && !(apart[i - 1] && (apart[i - 2] || apart[i + 1])) && !(apart[i + 1] && apart[i + 2]) ? f : null));
}

/** A bare offset into a recording alone on its line, "0:04", "10:26", "1:02:11". */
const BARE_OFFSET = /^\s*(?:\d{1,2}:)?\d{1,2}:[0-5]\d\s*$/u;

/**
 * Which lines are a video transcript's offsets: bare offsets alone on their lines (`BARE_OFFSET`)
 * that take turns with lines of text ("0:04" / "this is Stepanakert, …" / "0:09" / "it has been
 * shelled …"), in a report whose first bare offset is "0:…" or "00:…" (a recording counts from zero; a live
 * page's "10:05" is a time of day). Like a page's running header, such a line interrupts the sentence
 * it stands in, which goes on after it.
 */
function recordingStampLines(lines: readonly string[]): boolean[] {
  const bare = lines.map((l) => l.length <= 12 && BARE_OFFSET.test(l));
  const first = bare.indexOf(true);
  if (first < 0 || !/^\s*0{1,2}:/u.test(lines[first]!)) return bare.map(() => false);
  const text = (k: number) => k >= 0 && k < lines.length && !bare[k] && lines[k]!.trim() !== '';
  return bare.map((b, i) => b && ((text(i + 1) && bare[i + 2] === true) || (text(i - 1) && bare[i - 2] === true)));
}

/** One line the layout rules read, the body line it stands on, and whether it is page code (`LayoutLine.pageCode`). */
interface SourceLine {
  text: string;
  line: number;
  code: boolean;
}

/**
 * The body's lines, as the layout rules read them. A line a `<br>` ends is the line without
 * it. HTML a saved page left in the text is cut where its blocks are: after the end tag of a
 * paragraph, an item, a cell or a section (`HTML_BLOCK_ELEMENTS`), written or escaped as a
 * feed escapes it (`&lt;/p&gt;`), so that "…killed.</p> <p>Baku said …" is two lines of the
 * same body line; and before such a start tag that follows text on its line, unless the text
 * is a label ("description: <p>…"). A `<script>` or `<style>` element, from its start tag to
 * its end tag, whatever lines it spans, is lines of page code, and so is a comment (`<!-- … -->`)
 * but one inside a line of text; a start tag that no end tag closes, or a `<!--` that no `-->`
 * closes, is page code to the end of its line. The tags stay in the text: the report page shows them, parse-report reads
 * the text without them.
 */
function sourceLines(body: string): SourceLine[] {
  const raw = body.split('\n');
  if (!HTML_HINT.test(body)) return raw.map((text, i) => ({ text: withoutTrailingBreaks(text), line: i + 1, code: false }));
  const code = codeRanges(body).filter(([from, to]) => !inlineComment(body, from, to));
  const out: SourceLine[] = [];
  let offset = 0;
  let k = 0;
  raw.forEach((whole, i) => {
    const line = i + 1;
    const start = offset;
    const end = start + whole.length;
    offset = end + 1;
    const before = out.length;
    for (let pos = start; pos < end; ) {
      while (k < code.length && code[k]![1] <= pos) k++;
      const range = code[k];
      if (range !== undefined && range[0] <= pos) {
        const stop = Math.min(range[1], end);
        const text = body.slice(pos, stop);
        if (text.trim() !== '') out.push({ text, line, code: true });
        pos = stop;
      } else {
        const stop = range !== undefined ? Math.min(range[0], end) : end;
        for (const text of htmlPieces(withoutTrailingBreaks(body.slice(pos, stop)))) out.push({ text, line, code: false });
        pos = stop;
      }
    }
    // A blank line stays one: it ends the block above it.
    if (out.length === before) out.push({ text: '', line, code: false });
  });
  return out;
}

/** How many end tags of HTML blocks a text holds: each may end a block within a line (`sourceLines`), so the input guard counts them. */
export function htmlBlockEnds(text: string): number {
  if (!text.includes('/')) return 0;
  let count = 0;
  const re = new RegExp(HTML_BLOCK_END.source, 'giu');
  while (re.exec(text) !== null) count++;
  return count;
}

/**
 * Whether the page-code span from `from` to `to` is an HTML comment inside a line of text: text
 * before it on its line, and its `-->` on the same line ("… overnight. <!-- checked --> The
 * ministry …"). The line stays whole, a paragraph is not cut at it; parse-report reads the
 * block's text without it (`withoutMarkup`).
 */
function inlineComment(body: string, from: number, to: number): boolean {
  if (!body.startsWith('<!--', from) || !body.endsWith('-->', to)) return false;
  const lineEnd = body.indexOf('\n', from);
  if (lineEnd >= 0 && lineEnd < to) return false;
  // Back over the spaces before it only, not to the line's start: many comments on one long line stay linear.
  for (let i = from - 1; i >= 0; i--) {
    const c = body.charCodeAt(i);
    if (c === 10) return false;
    if (c !== 32 && c !== 9 && c !== 13) return true;
  }
  return false;
}

/**
 * The spans of the body (start, end) that are `<script>` and `<style>` elements, start and end
 * tags included, and HTML comments (`<!-- … -->`), whatever lines they span; a start tag no end
 * tag closes (a page cut short), or a `<!--` no `-->` closes, is page code to the end of its line
 * (`unclosedComment` finds such a comment, to warn of it). Each start tag's end is looked for
 * once: when there is none, no later element of that name, nor comment, can close either, and the
 * search for it stops. A `<!--` inside a script, or a `<script>` inside a comment, is part of it.
 */
export function codeRanges(body: string): [number, number][] {
  return codeSpans(body).map(([from, to]) => [from, to]);
}

/** Where the first HTML comment of a body that no `-->` closes opens (an offset into the body), or null when there is none. */
export function unclosedComment(body: string): number | null {
  if (!body.includes('<!--')) return null;
  return codeSpans(body).find((span) => span[2])?.[0] ?? null;
}

/** The spans of `codeRanges`, each with whether it is a comment no `-->` closes. */
function codeSpans(body: string): [number, number, boolean][] {
  const ranges: [number, number, boolean][] = [];
  const unclosed = new Set<string>();
  const start = new RegExp(CODE_START.source, 'giu');
  for (let m = start.exec(body); m !== null; m = start.exec(body)) {
    const comment = m[1] === undefined;
    const name = comment ? '!--' : m[1]!.toLowerCase();
    const end = unclosed.has(name) ? null : comment ? /-->/gu : new RegExp(String.raw`</${name}\s*>`, 'giu');
    if (end !== null) end.lastIndex = m.index + m[0].length;
    const closed = end?.exec(body) ?? null;
    if (closed === null) {
      // Unclosed (a page cut short): page code to the end of its line, never text to read claims in.
      unclosed.add(name);
      const lineEnd = body.indexOf('\n', m.index + m[0].length);
      const stop = lineEnd < 0 ? body.length : lineEnd;
      ranges.push([m.index, stop, comment]);
      start.lastIndex = stop;
      continue;
    }
    ranges.push([m.index, closed.index + closed[0].length, false]);
    start.lastIndex = closed.index + closed[0].length;
  }
  return ranges;
}

/**
 * A line cut into the pieces its HTML blocks make (see `sourceLines`): after every end tag of
 * a block element, and before a block element's start tag that follows text which is no
 * label. Pieces of only spaces are dropped. One pass over the line's tags.
 */
function htmlPieces(line: string): string[] {
  if (!line.includes('<') && !line.includes('&lt;')) return [line];
  const pieces: string[] = [];
  let start = 0;
  let textBefore = false;
  let label = false;
  let last = 0;
  const cut = (at: number) => {
    if (at > start && /\S/u.test(line.slice(start, at))) pieces.push(line.slice(start, at));
    start = at;
    textBefore = false;
    label = false;
  };
  const readText = (to: number) => {
    const between = line.slice(last, to);
    if (/\S/u.test(between)) {
      textBefore = true;
      label = /:\s*$/u.test(between);
    }
  };
  for (const m of line.matchAll(HTML_TAG)) {
    readText(m.index);
    last = m.index + m[0].length;
    const name = (m[2] ?? m[4]!).toLowerCase();
    if (!HTML_BLOCK.has(name)) continue;
    if ((m[1] ?? m[3]) === '/') cut(last);
    else if (textBefore && !label) cut(m.index);
  }
  cut(line.length);
  return pieces.length > 0 ? pieces : [line];
}

/** Whether a line is a dash and the name of a source, with no verb: a sentence after a dash is a bullet of its own. */
function isSourceLine(line: string): boolean {
  const m = SOURCE_LINE.exec(line);
  if (m === null) return false;
  const words = m[1]!.split(/\s+/);
  return words.length <= 6 && !SPEECH_VERB.test(m[1]!) && !words.some((w) => /\p{Ll}{2,}ed$/u.test(w)) && findActors(m[1]!).length > 0;
}

/**
 * Whether a line names the source of the paragraph above it (`SOURCE_NOTE`, the speaker
 * rule's pattern): a "Source:" line, naming an actor we know, under a paragraph that ends a
 * sentence. Under a title or at the top of a report the same line is a byline.
 */
function isSourceNote(above: string, line: string): boolean {
  // The line is the note alone, maybe in brackets: "Source: Artsakh emergency service", "(Source: Armenpress)".
  const m = SOURCE_NOTE.exec(line.trim().replace(/^\((.*)\)\.?$/u, '$1'));
  return m !== null && m.index === 0 && ENDS_SENTENCE.test(above.trimEnd()) && findActors(m[1]!).length > 0;
}

/**
 * The width a document is hard-wrapped at, or null when it is not: its longest line is short,
 * and lines that stop mid-phrase before a lower-case line (wraps, not paragraphs) occur at
 * least twice. Scraped reports, one paragraph per line, have long lines and no such breaks.
 */
function hardWrapWidth(lines: readonly string[], fields: readonly boolean[]): number | null {
  let width = 0;
  let wraps = 0;
  // Whether a line is a web address alone, asked once per line (a line is asked as the next line, then as this one).
  const urls: boolean[] = [];
  const isUrl = (k: number) => (urls[k] ??= URL_ONLY.test(lines[k]!.trim()));
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.trimEnd();
    width = Math.max(width, l.length);
    const next = lines[i + 1];
    // Web addresses start in lower case and end without a full stop: lines of their own, not wraps.
    // Nor is a field of a feed's export ("pubDate: …") a wrap.
    if (next !== undefined && l !== '' && !ENDS_PHRASE.test(l) && /^\s*\p{Ll}/u.test(next) && !fields[i + 1] && !isUrl(i) && !isUrl(i + 1)) wraps++;
  }
  return width <= MAX_WRAP_WIDTH && wraps >= 2 ? width : null;
}

/**
 * A line without the `<br>`s that end it, nor the spaces around them; a line ending
 * otherwise as it was. One break at a time from the trimmed end: one pattern for the whole
 * run (`(?:\s*<br>)+\s*$`) was quadratic in a line's spaces (14.5 s for 200,000 of them).
 */
function withoutTrailingBreaks(line: string): string {
  let end = line.trimEnd();
  if (!TRAILING_BREAK.test(end)) return line;
  for (let tag = TRAILING_BREAK.exec(end); tag !== null; tag = TRAILING_BREAK.exec(end)) end = end.slice(0, tag.index).trimEnd();
  return end;
}

/**
 * Split a line at its `•` bullets; a side header glued to the end of a bullet, or opening the
 * line before a colon ("Information from Baku: …"), and a time or a date stamp opening the
 * line become blocks of their own. A wiki's `== heading ==` is a heading. Never no block: a
 * line of bullet signs alone is one empty bullet.
 */
function splitLine(raw: string, offsets: RegExp): string[] {
  const trimmed = raw.trim();
  const wiki = trimmed.length <= WIKI_HEADING_CHARS ? WIKI_HEADING.exec(trimmed) : null;
  if (wiki !== null) return [`${'#'.repeat(wiki[1]!.length)} ${escapeBlockStart(wiki[2]!)}`];
  // A recording's offset is no item's stamp: the line stays whole, and parse-report reads it without the offset.
  const stamp = offsets.test(trimmed) ? null : (LEADING_TIME.exec(trimmed) ?? EMPHASISED_TIME.exec(trimmed) ?? LEADING_ISO_DATE.exec(trimmed) ?? LEADING_DATE_TIME.exec(trimmed));
  if (stamp !== null) return [stamp[1]!, ...splitLine(trimmed.slice(stamp[0].length), offsets)];
  const text = trimmed.replace(DASH_BULLET, '• ');
  const bullets = splitsAtBullets(text);
  const inline = inlineHeaderEnd(text);
  if (inline > 0 && !bullets) return [escapeBlockStart(text.slice(0, inline).trim()), escapeBlockStart(text.slice(inline).trim())];
  if (!bullets) return [text];
  const parts = text.split(BULLET_SPLIT);
  const startsWithBullet = LEADING_BULLET.test(text);
  const out: string[] = [];
  parts.forEach((part, index) => {
    const p = part.replace(LEADING_BULLET, '').trim();
    if (p === '') return;
    const isBullet = index > 0 || startsWithBullet;
    const glued = isBullet ? gluedHeaderStart(p) : -1;
    if (glued > 0) {
      out.push(asItem(p.slice(0, glued).trim()));
      out.push(escapeBlockStart(p.slice(glued).trim()));
    } else {
      out.push(isBullet ? asItem(p) : escapeBlockStart(p));
    }
  });
  // A line of bullet signs alone ("•", "• •") leaves no part: it is one bullet with no text,
  // which the classifier sets aside as an empty block (as text, "•" would be read as a claim).
  return out.length > 0 ? out : ['-'];
}

/**
 * Whether a line is bullets: it starts with one, or a bullet sign stands between its parts.
 * A middle dot between parts is a bullet only when the parts after it are sentences ("Baku: ·
 * Shelling went on. · Two were hurt."); between short fields ("Newsroom · October 14", "Share
 * on Facebook · Copy link") it separates them, and the line stays whole.
 */
function splitsAtBullets(text: string): boolean {
  if (LEADING_BULLET.test(text)) return true;
  if (!BULLET_SPLIT.test(text)) return false;
  if (STRONG_BULLET_SPLIT.test(text)) return true;
  return text
    .split(BULLET_SPLIT)
    .slice(1)
    .every((part) => ENDS_SENTENCE.test(part.trim()));
}

function asItem(text: string): string {
  return `- ${escapeBlockStart(text)}`;
}

/**
 * Text that would open a different Markdown block (`#`, `>`, `1.`, a fence) when it was
 * meant as a bullet's text stays literal.
 */
function escapeBlockStart(text: string): string {
  // Markdown escapes punctuation only: "2\. text", not "\2. text".
  return text.replace(/^(\d{1,9})([.)]\s)/, '$1\\$2').replace(/^(#{1,6}\s|>|```|~~~|[-*+]\s|=+$)/, '\\$1');
}
