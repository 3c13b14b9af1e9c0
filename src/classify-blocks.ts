import type { Block, SetAsideReason, Side } from './model.ts';
import { findActors, SPEECH_VERB_PATTERN } from './actors.ts';
import { maskQuotations } from './find-speaker.ts';
import { HEADER_SYMBOLS, sideOfHeader } from './side-headers.ts';
import { dateLineKind, TIME_SUFFIX } from './find-report-date.ts';
import { ENDS_SENTENCE } from './split-sentences.ts';
import { isPageFurniture, URL_ONLY } from './normalize-layout.ts';

/** What a block is to the extractor. */
export type Role =
  | { role: 'content' }
  | { role: 'side-header'; side: Side }
  /** A neutral heading: a section ("Statements and visits") or a live-page headline. */
  | { role: 'heading' }
  /** Separates live-page items: a `-` line, or a time (and date) standing alone. */
  | { role: 'item-break'; reason: SetAsideReason }
  | { role: 'set-aside'; reason: SetAsideReason; explanation: string };

/**
 * Site chrome: a news site talking to its reader, never news. Three strengths of evidence:
 * phrases no news sentence uses; a one-word label alone on a line; and words that are chrome
 * only when the paragraph addresses the reader ("you", an imperative) or speaks as the outlet
 * ("we", "our") — "Armenia's membership of the CSTO" is news, "Become a member" is not.
 */
const CHROME_PHRASE =
  /\b(?:browser (?:preferences|settings)|(?:enable|allow|turn on|manage|push) notifications|notifications (?:can|are|will)|subscribe (?:now|today|here|to (?:our|the|this) (?:newsletter|channel|podcast|site))|newsletters?|log ?in\b|logged in|sign in|create (?:an|your|a free) account|already (?:a subscriber|a member|have an account|registered)|thank you for (?:registering|subscribing|signing up|reading)|cookies?|privacy (?:policy|notice|settings)|terms of (?:use|service)|terms and conditions(?! of)|ad ?-?blocker|share (?:this|on) (?:article|story|page|post|facebook|twitter|whatsapp|telegram)|follow us|download (?:our|the) app|click here|continue reading|your donation|make a donation|donate now|become a (?:member|supporter|subscriber|patron)|support (?:independent journalism|our journalism|our work)|sponsored content|paywalls?|(?:refresh|reload) (?:the|this|your) (?:page|browser)|(?:finish|complete) (?:signing|logging) (?:in|up)|comments? (?:are closed|below)|leave a comment|report (?:an error|a typo)|trust principles|our standards|(?:this|the) (?:article|story|page) (?:was|has been|is) (?:last )?(?:updated|edited|modified|originally published|amended|corrected)|an earlier version of this (?:article|story|report|digest|post|piece|page|summary)|please (?:turn on|enable) javascript|(?:this|the) (?:article|story|page|report|news) is (?:also )?available in|read (?:this|the) (?:article|story|report) in|like us on|(?:our|join our|follow our) (?:telegram|facebook|whatsapp|youtube|instagram|viber|tiktok) (?:channel|page|group|account)|got a (?:news )?tip|send us (?:a tip|your (?:news|tips|photos|videos))|listen to this (?:article|story|report)|show key events only|readers['’] comments|join (?:the |our )?(?:[\p{L}-]+ )?conversations?|welcome to (?:our|this|the) (?:[\p{L}-]+ ){0,3}(?:coverage|live blog|live page|live updates)|follow (?:our|the) live (?:coverage|blog|updates|page)|all times are (?:local|given in|in)\b|all times in (?:gmt|utc|bst|cet|msk|local)\b|please consider (?:subscribing|donating|supporting|a (?:subscription|donation|contribution))|(?:is|are) (?:supported|funded) by (?:our )?readers|jump to (?:navigation|search|main content|content)|this (?:article|page) is part of (?:a|the) series)\b/iu;
/** A bar of sharing buttons: "Facebook Twitter Email". */
const SHARE_BAR = /^(?:(?:share|facebook|twitter|x|whatsapp|telegram|email|e-mail|linkedin|reddit|vk|messenger|pinterest|print|copy link|save)\W*\s*){2,8}$/iu;
const CHROME_LABEL =
  /^(?:advertisement|advert|ad|sponsored|share|share this|tweet|print|email|comments?|subscribe|donate|sign up|log ?in|register|menu|search|close|skip to (?:main )?content|back to top|loading|top stories|most read|trending|latest news|listen to this article|min read|\d+ min(?:ute)?s? read|print (?:version|this page|page|article)|back to (?:list|the list|news|all news|articles)|pinned (?:message|post)|facebook|twitter|linkedin|whatsapp|telegram|instagram|youtube|reddit|vk|\d[\d\s.,]*[KkMm]? (?:subscribers|followers|members|views))\W*$/iu;
/** A page's contact details and its labels: "Tel.: …", "E-mail: …", "Tags: …", "Categories: …". */
const CONTACT_OR_TAGS = /^(?:tel|telephone|phone|fax|mob|mobile|e-?mail|contacts?|tags?|categories|category|keywords)\.?\s*:/iu;
/** "Follow Trend on Telegram for the latest news": a call to follow the outlet, whatever its name. */
const FOLLOW_OUTLET = /^(?:follow|join|subscribe to|read|watch|listen to)\s[^.!?]{0,60}\bon (?:telegram|twitter|facebook|instagram|youtube|whatsapp|vk|tiktok|viber)\b(?:\s+(?:for|to)\s[^,.!?]{0,60})?[.!]?$/iu;
/**
 * A channel's footer under each post, its views and the time it was posted ("👁 12.3K edited 07:42"):
 * it ends a post, as a live page's time stamp opens one.
 */
const POST_FOOTER = /^(?:👁️?\s*\d[\d.,]*\s*[KkMm]?|\d[\d.,]*\s*[KkMm]?\s+views)(?:\s+edited)?(?:\s+\d{1,2}:\d{2})?$/u;
/** Words that are chrome in a paragraph addressed to the reader ("you", an imperative). */
const CHROME_WORD =
  /\b(?:notifications?|alerts?|subscri(?:be|ber|bers|ption|ptions)|members?hip|members?|register(?:ing|ed)?|donat(?:e|ion|ions)|support|share|comments?|app|account|password|premium|free trial|journalism|sign up|newsletter|updates|readers?)\b/iu;
const IMPERATIVE_START = /^(?:sign up|subscribe|register|log ?in|sign in|join|donate|support|follow|share|download|get|install|enable|allow|turn on|click|tap|watch|listen|don['’]t miss|try|become|help us|stay)\b/iu;
/**
 * Words about the outlet's own product, chrome in its "we" voice. Kept narrow: an official's
 * release says "we support an independent investigation", and an outlet's news "the governor
 * told our reporters": both stay news.
 */
const SELF_PROMOTION = /\b(?:journalism|documentary|readers?|subscri(?:be|bers?|ptions?)|donations?|paywalls?|newsletters?|membership)\b/iu;
/**
 * A plea for the reader's money, chrome in the outlet's voice about its own work ("A small
 * monthly gift keeps our reporters in the field"): the ask and the work must both be there,
 * since "our correspondent" alone opens news and an aid convoy can be a gift; what things
 * cost is news ("rebuilding the bridge is expensive, the governor told our reporters").
 */
const PLEA_ASK = /\b(?:(?:small|monthly|one-off|one-time|regular|annual|yearly|any) (?:gifts?|contributions?|donations?|payments?)|(?:who|if you) can afford)\b/iu;
const OUTLET_WORK = /\b(?:journalism|journalists|reporters|reporting|correspondents?|coverage|newsroom)\b/iu;
/** The outlet speaking of itself; "us" in lower case only, since "US" is the country. */
const OUTLET_VOICE = /\b(?:[Ww]e|[Oo]ur|us)\b/u;
const SECOND_PERSON = /\b(you|your)\b/iu;

const CREDIT = /\b(contributed to this report|contributed reporting|additional reporting|reporting by|editing by|edited by|writing by|compiled by|all rights reserved|used with (?:the )?permission)\b|^copyright\b|\(copyright\b|\(c\)\s*\d{4}|©/iu;
/** A wire service's note on what this version of the story changed: "(Adds Armenian denial in paragraph 4)". */
const WIRE_NOTE = /^\((?:adds|updates|recasts|changes|corrects|fixes|rewrites|refiles|removes|clarifies|inserts)\b[^()]*\)$/iu;
/** "Jane Doe is a correspondent for …": the author's biography under the story. */
const AUTHOR_BIO = /^(?:\p{Lu}[\p{L}'’.-]+\s){1,3}(?:is|was) (?:a|an|the) (?:[\p{L}-]+ ){0,5}(?:journalist|correspondent|reporter|writer|editor|columnist|photographer|photojournalist|producer|contributor|freelancer|author)\b|^about the author\b/iu;
/** "By Maria Keller", "Source: Armenpress", "By the Caucasus Desk, Example Institute", "Reporting from Tbilisi and Moscow". */
const BYLINE = /^(?:via|by(?:\s+the)?|from|source:|reporting from)\s+\p{Lu}[^.!?]{0,90}$/iu;
/** Bylines that name a desk and its institution, or the places reported from, run longer; "From Hadrut to Shusha: …" is a headline. */
const LONG_BYLINE = /^(?:by the|reporting from)\s/iu;
/**
 * A publisher's note on the text itself, not news: a disclaimer ("Not an official record",
 * "Views expressed are those of the authors", "… does not verify the claims of the parties"),
 * what the outlet is ("… is an independent, non-partisan research organisation"), or what the
 * text is based on.
 */
const PUBLISHER_NOTE =
  /\b(?:not an official record|for information media|views expressed (?:here |in (?:this|the) [\p{L}]+ )?are (?:those of )?(?:the |its )?authors?|(?:views|opinions|content)\b[^.!?]{0,60}\b(?:do|does) not (?:necessarily )?(?:reflect|represent)\b|(?:do|does) not (?:independently )?verify the (?:claims|statements|reports) of (?:the |either |both )?(?:parties|sides?)|is an independent,? non-partisan|(?:this|the) (?:review|digest|summary|update|bulletin|newsletter|overview) is based on open sources)\b/iu;
/**
 * A release's reference number or document code, in its letterhead: "Ref. No. 01/18-2217-20",
 * "Press release No. 071/20", "No. 77/20", the UN's "SG/SM/20287". Never a heading.
 */
const REFERENCE_NUMBER =
  /^(?:(?:ref(?:erence)?|doc(?:ument)?|file|outgoing|incoming|press release|news release|release|statement|information|bulletin|letter)\.?\s*)?(?:no|nr|№|#)\.?\s*\d[\p{L}\d/.-]*$/iu;
/** A document symbol in capitals with a number in it: "SG/SM/20287", "S/2020/1234". */
const DOCUMENT_SYMBOL = /^(?=[^\d]*\d)\p{Lu}{1,6}(?:\/[\p{Lu}\d.]{1,12}){1,5}$/u;
/** A note in a list of sources, as a wiki marks it wherever it stands: "12. ^ …", "^ …". */
const REFERENCE_NOTE = /^(?:\d{1,4}\.\s*)?[\^↑]/u;
/** A numbered note ("[1] …"): a source only in a list of them, since a digest numbers its items so too. */
const NUMBERED_NOTE = /^\[\d{1,4}\]\s/u;
/** What a cited source has and a claim rarely does: a web address, a year, a quoted title. */
const SOURCE_SHAPE = /https?:\/\/|\bwww\.|\b(?:19|20)\d\d\b|["“][^"”]{3,}["”]/u;
/** A heading over a list of sources: every line under it is a reference, not a claim. */
const REFERENCES_HEAD = /^(?:references|footnotes|bibliography|sources|citations|works cited|notes and references|external links)\s*:?$/iu;
/** A page's note of its last edit with only a time: "Last updated: 11:52pm", "Updated at 16:21 BST". */
const UPDATED_STAMP = new RegExp(String.raw`^(?:last\s+)?(?:updated|edited|modified|published|posted)(?:\s+(?:at|on))?\s*:?\s*\d{1,2}[:.]\d{2}\s*(?:${TIME_SUFFIX})?$`, 'iu');
/** "Retrieved from "https://…"": the address a wiki page was copied from. */
const RETRIEVED_FROM = /^retrieved from\s+["“]?https?:\/\/\S+$/iu;
/**
 * Captions and photo credits: "Map of …", "Photo: Reuters", "(AP Photo/…)", "[Name/AFP]",
 * AP's "FILE - In this photo …", BBC's "Image caption, …".
 */
const CAPTION =
  /^(?:map|photo|image|picture|illustration|infographic|screenshot|caption|pictured|file photo|media caption|image caption|image source|FILE\s*[-–—]|in this (?:undated |handout |file )?(?:photo|image|picture|video grab|frame grab|photograph))\b|\b(?:getty images|ap photo|afp photo|photo credit|photo courtesy)\b|\b(?:photo|image|credit|picture|photograph)\s*(?::|by\s)|\/\s*(?:AFP|Reuters|AP|Getty Images|EPA|TASS|Sputnik|Anadolu)\b|[([][^()[\]]{0,80}\b(?:AP|AFP|Reuters|EPA|Getty Images|TASS|Sputnik|Anadolu(?: Agency)?|Photolure|PAN Photo)(?: Photo)?[^()[\]]{0,40}[)\]]\s*$/iu;
/** Prefixes of links to other coverage; they stay teasers wherever they stand. */
const TEASER_PREFIX =
  /^(?:op-ed|opinion|analysis|interview|read (?:also|more)|see also|related(?: (?:article|story|stories|coverage|news))?|also read|also on|watch|listen|editorial|column|explainer|podcast|special report|more on (?:this|the)(?: story| topic)?|recommended|video|photos?|gallery|live(?: updates?| blog)?|factbox|in pictures|longread)\s*(?:[:|–—]|\s-\s)/iu;
/** Weaker signs of a teaser; a paragraph with them that heads text of its own is a live-page headline instead. */
const TEASER_MEDIA = /\b(?:photos?\s*\/\s*videos?|photo\s*\/\s*video|photo report|photo gallery|video report|live updates?|live blog)\b|[.!?]\s+(?:photos?|videos?)\.?$/iu;
const QUOTE_HEADLINE = /^[“"«][^”"»]+[”"»]\s*[–—-]\s*[^.!?]+$/u;
/** A quoted statement and its source after a dash: whole sentences, though the line ends on a name. */
const QUOTED_STATEMENT = /^[“"«][^”"»]*[.!?…][”"»]\s*[–—-]\s*[^.!?“"«]+$/u;
/** Sentences and their source after them: "… burned down. — Karabakh emergency service", "… Source: Armenpress". */
const SOURCED_STATEMENT = /[.!?…]["”’»)]*\s+(?:[—–-]|sources?\s*[:—–-])\s*[^.!?]{2,80}$/iu;
/** A line that opens a block of links to other coverage; the headline-like lines after it are its links. */
const RELATED_LABEL =
  /^(?:related|related (?:articles?|stories|coverage|news|content|reading|topics)|read (?:also|more|next)|see also|more on (?:this|the) (?:story|topic)|more (?:stories|news|coverage)|recommended|you (?:may|might) also like|most (?:read|popular|viewed)|popular|latest|latest news|top stories|editor['’]s picks?|what to read next|key events|read more(?: (?:on|about) [\p{L} ]{1,40})?|other (?:news|stories|articles|materials)|related (?:documents|links|materials|publications|pages)|topics|more (?:in|from) (?:this section|[\p{L}]+))\s*:?$/iu;
/** A time standing alone on a line, as live blogs stamp their items: `14:05`, `October 3, 14:05 GMT`, `[2:05 pm]`. */
const TIMESTAMP = new RegExp(
  String.raw`^[[(]?(?:[\p{L}]+,?\s+)?(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2})?,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:${TIME_SUFFIX}|local time|\([^)]*\)))*[\])]?$`,
  'iu',
);

/** A verb of speech anywhere in a text (the shared pattern is global, so it is copied without `g`). */
const SPEECH_VERB = new RegExp(SPEECH_VERB_PATTERN.source, 'u');
const WORDS = (s: string) => s.split(/\s+/).filter(Boolean).length;
const setAside = (reason: SetAsideReason, explanation: string): Role => ({ role: 'set-aside', reason, explanation });
const TEASER = setAside('teaser', 'A teaser for other coverage on the news site.');
const LONE_HEADLINE = setAside('teaser', 'A headline with no text under it: a link to other coverage or a leftover caption.');

/**
 * Decide the role of every block: content, a header, a break between live items, or
 * something set aside (title, chrome, teaser, caption, credit, link…) with the reason.
 *
 * @example
 *   classifyBlocks(blocks, null).map((r) => r.role)
 */
export function classifyBlocks(blocks: readonly Block[], frontMatterTitle: string | null): Role[] {
  const roles: Role[] = blocks.map((b) => classifyOne(b));
  markTitle(blocks, roles, frontMatterTitle);
  markHeadings(blocks, roles);
  markNameHeaders(blocks, roles);
  markRelatedLinks(blocks, roles);
  markReferences(blocks, roles);
  markSignatures(blocks, roles);
  markHeadlineList(roles);
  // A dated line after the report has begun stamps a live-blog item, or heads a section when it is a heading; the first one is the dateline.
  const firstContent = roles.findIndex((r) => r.role === 'content');
  roles.forEach((r, i) => {
    if (firstContent >= 0 && i > firstContent && r.role === 'set-aside' && r.reason === 'dateline') roles[i] = blocks[i]!.kind === 'heading' ? { role: 'heading' } : { role: 'item-break', reason: 'dateline' };
  });
  // Image alt text repeats the start of the caption or credit line that follows it.
  for (let i = 0; i + 1 < blocks.length; i++) {
    const next = roles[i + 1]!;
    if (roles[i]!.role !== 'set-aside' && next.role === 'set-aside' && (next.reason === 'caption' || next.reason === 'credit')) {
      const t = blocks[i]!.text;
      if (t.length > 0 && blocks[i + 1]!.text.startsWith(t) && !ENDS_SENTENCE.test(t)) roles[i] = setAside('caption', 'Image text repeated by the caption that follows it.');
    }
  }
  return roles;
}

/**
 * Bullets and table rows are items: each is one unit of claims, never a heading or part of a
 * live-page item, and a list or table of them makes the report structured.
 */
export function isItem(block: Block): boolean {
  return block.kind === 'bullet' || block.kind === 'table-row';
}

function classifyOne(block: Block): Role {
  const text = block.text;
  if (block.kind === 'separator') return { role: 'item-break', reason: 'separator' };
  // Set aside as a heading is, but it heads no claims: each row carries its columns' names.
  if (block.kind === 'table-head' && text !== '') return setAside('heading', 'The header row of a table: the names of its columns, given with each row below.');
  if (text === '') return setAside('separator', 'An empty block.');
  // A name alone, even as a Markdown heading ("## Azerbaijan"), is decided by what it stands over (`markNameHeaders`).
  const side = sideOfHeader(text);
  if (side) return { role: 'side-header', side };
  if (URL_ONLY.test(text) || RETRIEVED_FROM.test(text)) return setAside('link', 'A bare web address, not a statement.');
  if (isPageFurniture(text)) return setAside('chrome', 'A page’s running header or footer, in text taken from a PDF.');
  if (REFERENCE_NUMBER.test(text) || DOCUMENT_SYMBOL.test(text)) return setAside('credit', 'A reference number or document code of the release.');
  if (REFERENCES_HEAD.test(text)) return setAside('heading', 'The heading of the list of sources the text cites.');
  // "[2] Example Agency, 4 May 2021." is a source wherever it stands; "[1] The ministry said …" is a digest's numbered item.
  if (REFERENCE_NOTE.test(text) || (NUMBERED_NOTE.test(text) && SOURCE_SHAPE.test(text) && !SPEECH_VERB.test(text))) return setAside('credit', 'A note in the list of sources the text cites.');
  if (POST_FOOTER.test(text)) return { role: 'item-break', reason: 'separator' };
  if (isChrome(text)) return setAside('chrome', 'Site chrome: the news site talking to its reader (notifications, accounts, donations, sharing).');
  if (CREDIT.test(text) && WORDS(text) <= 40) return setAside('credit', 'A credit or copyright line.');
  if (WIRE_NOTE.test(text)) return setAside('credit', 'A wire service’s note on what this version of the story changed.');
  if (PUBLISHER_NOTE.test(text) && WORDS(text) <= 40) return setAside('credit', 'A publisher’s note on the text (a disclaimer, what the publisher is, what the text is based on), not news.');
  if (UPDATED_STAMP.test(text)) return setAside('dateline', 'When the page was last updated.');
  if (AUTHOR_BIO.test(text) && WORDS(text) <= 60) return setAside('byline', 'The author’s biography.');
  if (TIMESTAMP.test(text)) return { role: 'item-break', reason: 'dateline' };
  const dateLine = dateLineKind(text);
  if (dateLine === 'full' || (dateLine === null && datedFields(text))) return setAside('dateline', 'The dateline: when the report was published.');
  // A date as a section heading ("## 5 October", a wiki's "=== 5 October ===") heads prose, as any heading does; on a plain line it stamps a live item.
  if (dateLine === 'bare') return block.kind === 'heading' ? { role: 'heading' } : { role: 'item-break', reason: 'dateline' };
  if (BYLINE.test(text) && WORDS(text) <= (LONG_BYLINE.test(text) ? 12 : 8)) return setAside('byline', 'A byline: who wrote or distributed the report.');
  const unfinished = !endsStatement(text);
  if ((unfinished || WORDS(text) <= 25) && CAPTION.test(text)) return setAside('caption', 'An image or map caption.');
  if (TEASER_PREFIX.test(text) || RELATED_LABEL.test(text) || (unfinished && (QUOTE_HEADLINE.test(text) || TEASER_MEDIA.test(text)))) return TEASER;
  return { role: 'content' };
}

/** Short fields a middle dot separates on one line ("Newsroom · October 14", "Published 14 October 2020 · 6 min read"). */
const FIELD_SEPARATOR = /\s[·∙]\s/u;

/** Whether a line is short fields, one of them a date: a publication line, which the layout stage keeps whole. */
function datedFields(text: string): boolean {
  if (!FIELD_SEPARATOR.test(text) || WORDS(text) > 12) return false;
  return text.split(FIELD_SEPARATOR).some((field) => dateLineKind(field.replace(/^[*_]+|[*_]+$/gu, '')) !== null);
}

/**
 * Whether a paragraph is the site talking to its reader rather than news.
 *
 * @example
 *   isChrome('Subscribe to our newsletter for the latest news.') // true
 *   isChrome('Armenia’s membership of the CSTO was discussed, the ministry said.') // false
 */
export function isChrome(text: string): boolean {
  const own = maskQuotations(text).trim();
  if (WORDS(text) > 80) return false;
  if (CHROME_PHRASE.test(own) || CHROME_LABEL.test(own) || SHARE_BAR.test(own) || CONTACT_OR_TAGS.test(own) || FOLLOW_OUTLET.test(own)) return true;
  if (CHROME_WORD.test(own) && (SECOND_PERSON.test(own) || IMPERATIVE_START.test(own))) return true;
  return OUTLET_VOICE.test(own) && (SELF_PROMOTION.test(own) || (PLEA_ASK.test(own) && OUTLET_WORK.test(own)));
}

/** Whether a text ends as a sentence does, or is sentences with their source after them ("“…calm.” — Baku", "… Source: Armenpress"). */
function endsStatement(text: string): boolean {
  return ENDS_SENTENCE.test(text) || QUOTED_STATEMENT.test(text) || SOURCED_STATEMENT.test(text);
}

/** A line opening with a capital, a digit or a quotation mark, after any flags and symbols ("🌍 REACTIONS"). */
const SYMBOLS_THEN_CAPITAL = new RegExp(String.raw`^[${HEADER_SYMBOLS}\s]*[\p{Lu}\d“"«]`, 'u');

/** A short line that does not end like a sentence: a heading, a headline or a title. */
function looksLikeHeading(text: string): boolean {
  return WORDS(text) <= 16 && !endsStatement(text) && SYMBOLS_THEN_CAPITAL.test(text) && !/[,;]$/.test(text);
}

/** A "Related" line, and the headline-like lines right after it: links to other coverage. */
function markRelatedLinks(blocks: readonly Block[], roles: Role[]): void {
  for (let i = 0; i < blocks.length; i++) {
    if (!RELATED_LABEL.test(blocks[i]!.text)) continue;
    for (let j = i + 1; j < blocks.length; j++) {
      const r = roles[j]!;
      // Chrome between the label and its links ("Key events", "Show key events only", the links) does not end them.
      if (r.role === 'set-aside' && r.reason === 'chrome') continue;
      if ((r.role !== 'content' && r.role !== 'heading') || ENDS_SENTENCE.test(blocks[j]!.text) || WORDS(blocks[j]!.text) > 20) break;
      roles[j] = TEASER;
    }
  }
}

/**
 * The lines under a "References" or "Sources" heading are the sources the text cites, up to the
 * next heading of the document's own: none is a claim, whatever its shape.
 */
function markReferences(blocks: readonly Block[], roles: Role[]): void {
  for (let i = 0; i < blocks.length; i++) {
    // "Notes" over "[1] …" heads the sources too: it heads no claims.
    const r = roles[i]!;
    const heads = r.role === 'heading' || r === LONE_HEADLINE;
    const notes = heads && i + 1 < blocks.length && isNote(blocks[i + 1]!.text);
    if (notes) roles[i] = setAside('heading', 'The heading of the list of sources the text cites.');
    if (!notes && !REFERENCES_HEAD.test(blocks[i]!.text)) continue;
    let j = i + 1;
    // The list ends at a heading of the document's own, or at the first line with no source's shape (the text going on).
    for (; j < blocks.length && blocks[j]!.kind !== 'heading' && roles[j]!.role !== 'side-header' && (isNote(blocks[j]!.text) || SOURCE_SHAPE.test(blocks[j]!.text)); j++) {
      const under = roles[j]!;
      // A source's date alone ("Example Wire, 3 May 2021") reads as a dateline; here it is a reference too.
      const open = under.role === 'content' || under.role === 'heading' || ((under.role === 'set-aside' || under.role === 'item-break') && (under.reason === 'teaser' || under.reason === 'dateline'));
      if (open) roles[j] = setAside('credit', 'A note in the list of sources the text cites.');
    }
    // The list ends where the next one would begin: each block is looked at once.
    i = j - 1;
  }
}

function isNote(text: string): boolean {
  return REFERENCE_NOTE.test(text) || NUMBERED_NOTE.test(text);
}

/** "Stéphane Dujarric, Spokesman for the Secretary-General": a name in capitals (case matters, so no `i`)… */
const SIGNED_NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s){1,3}\p{Lu}[\p{L}'’-]+,\s/u;
/** …and the post it signs with, without a sentence. */
const SIGNED_POST =
  /^[^,]*,\s+(?:the\s+)?(?:[\p{L}-]+\s){0,2}(?:spokes(?:man|woman|person)|press secretary|head|director|chief|minister|ambassador|representative|secretary|adviser|advisor|assistant|envoy|commissioner|ombudsman|chairman|chairwoman|chair|president)\b[^.!?:]{0,80}$/iu;
const isSignature = (text: string) => SIGNED_NAME.test(text) && SIGNED_POST.test(text);
/** Words of a name: capitals, and the small words a name of a body has ("of the", "and", "for", "Press service of …"). */
const NAME_WORDS = /^(?:\p{Lu}[\p{L}'’.-]*|of|the|and|for|on|in|de|du|des|service|office|department)(?:\s(?:\p{Lu}[\p{L}'’.-]*|of|the|and|for|on|in|de|du|des|service|office|department)){1,15}$/u;
/** A body that publishes statements: a ministry, its press service, a headquarters, the UN. */
const BODY_WORD = /\b(?:ministry|ministries|department|office|press service|service|headquarters|secretariat|embassy|mission|committee|council|agency|administration|government|presidency|united nations)\b/iu;
/** A person's name alone, perhaps with where they report from: "Nadia Kerrow", "Andrew Meade in Yerevan". */
const PERSON_LINE = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}(?:\s(?:in|from)\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)?$/u;

/** A body's name alone on a line, with no verb: a letterhead or the signature under a release. */
export function isBodyName(text: string): boolean {
  return NAME_WORDS.test(text) && BODY_WORD.test(text) && !SPEECH_VERB.test(text);
}

/**
 * Who signs: after the last paragraph, a name and post ("…, Spokesman for the Secretary-General")
 * or a body's name ("Press service of the Ministry of Defense") are the release's signature; and a
 * person's name ending a live item, before its sharing buttons or again elsewhere on the page
 * ("Nadia Kerrow", "Andrew Meade in Yerevan"), is the item's author. Neither is a claim.
 */
function markSignatures(blocks: readonly Block[], roles: Role[]): void {
  const signs = blocks.map((b) => isSignature(b.text) || isBodyName(b.text));
  let lastContent = -1;
  roles.forEach((r, i) => {
    if (r.role === 'content' && !signs[i]) lastContent = i;
  });
  const seen = new Map<string, number>();
  for (const b of blocks) seen.set(b.text, (seen.get(b.text) ?? 0) + 1);
  roles.forEach((r, i) => {
    const text = blocks[i]!.text;
    const open = r.role === 'content' || r.role === 'heading' || (r.role === 'set-aside' && r.reason === 'teaser');
    if (!open || isItem(blocks[i]!)) return;
    if (i > lastContent && lastContent >= 0 && signs[i]) {
      roles[i] = setAside('byline', 'The signature under the text: who issued it.');
      return;
    }
    if ((r.role === 'set-aside' && r !== LONE_HEADLINE) || !PERSON_LINE.test(text) || i === 0 || roles[i - 1]!.role !== 'content') return;
    const next = roles[i + 1];
    const beforeChrome = next?.role === 'set-aside' && next.reason === 'chrome';
    // A name again elsewhere ends an item only where no text follows it, and names no actor: "Nikol Pashinyan" heading his statements is a headline.
    const again = (seen.get(text) ?? 0) > 1 && (next === undefined || next.role === 'item-break' || next.role === 'set-aside') && findActors(text).length === 0;
    if (beforeChrome || again) roles[i] = setAside('byline', 'The author of the live item above.');
  });
}

/**
 * A short line without a full stop heads what follows it: a section heading or a live-page
 * headline. With nothing under it before the next time stamp or separator it is a one-line
 * item (a claim); with nothing under it at all, a link to other coverage left at the end.
 * A paragraph that only looked like a teaser ("… Photo/video") but has text of its own under
 * it is a headline.
 */
function markHeadings(blocks: readonly Block[], roles: Role[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const r = roles[i]!;
    const block = blocks[i]!;
    if (isItem(block)) {
      // "1. Situation at the front" over paragraphs is a numbered section heading, not a claim.
      const next = nextKept(roles, i);
      const leadIn = /:$/u.test(block.text) || SPEECH_VERB.test(block.text);
      if (block.kind === 'bullet' && r.role === 'content' && !leadIn && looksLikeHeading(block.text) && WORDS(block.text) <= 8 && next >= 0 && roles[next]!.role === 'content' && !isItem(blocks[next]!)) roles[i] = { role: 'heading' };
      continue;
    }
    const weakTeaser = r.role === 'set-aside' && r.reason === 'teaser' && !TEASER_PREFIX.test(block.text) && !RELATED_LABEL.test(block.text);
    if (!(r.role === 'content' && looksLikeHeading(block.text)) && !weakTeaser) continue;
    const next = nextKept(roles, i);
    const after = next < 0 ? null : roles[next]!;
    if (weakTeaser) {
      if (after?.role === 'content' && !isItem(blocks[next]!)) roles[i] = { role: 'heading' };
    } else if (after === null) {
      roles[i] = LONE_HEADLINE;
    } else if (after.role !== 'item-break') {
      roles[i] = { role: 'heading' };
    }
  }
}

/**
 * A side's name alone on a line or as a Markdown heading ("AZERBAIJAN", "## Armenia") over
 * bullets or a table heads that side's section, as "Azerbaijan:" does; over prose it stays a
 * heading, since a name over paragraphs is as often what they are about, and their speakers
 * decide ("## Azerbaijan" over "The Armenian ministry denied it" is no claim of Baku's).
 */
function markNameHeaders(blocks: readonly Block[], roles: Role[]): void {
  roles.forEach((r, i) => {
    if (r.role !== 'heading') return;
    const next = nextKept(roles, i);
    if (next < 0 || !isItem(blocks[next]!)) return;
    const side = sideOfHeader(blocks[i]!.text, true);
    if (side) roles[i] = { role: 'side-header', side };
  });
}

/**
 * A report that is only headlines ("Azerbaijan says three villages taken - Trend", one a line,
 * as news digests list them) has nothing under any of them: each is a one-line item, not a
 * heading over the next. Links to other coverage ("Read more: …") stay teasers.
 */
function markHeadlineList(roles: Role[]): void {
  if (roles.some((r) => r.role === 'content')) return;
  roles.forEach((r, i) => {
    if (r.role === 'heading' || r === LONE_HEADLINE) roles[i] = { role: 'content' };
  });
}

/** The next block that is not set aside, or -1. */
export function nextKept(roles: readonly Role[], from: number): number {
  for (let j = from + 1; j < roles.length; j++) if (roles[j]!.role !== 'set-aside') return j;
  return -1;
}

/** A title that only says what kind of document it is, or opens by saying so: "PRESS RELEASE", "Information bulletin of …". */
const DOCUMENT_TYPE = /^(?:official |joint )?(?:press release|news release|press statement|statement|communiqu[eé]|announcement|information(?: bulletin)?|bulletin|briefing|press briefing|declaration|report)\b/iu;
/** Site navigation: "Home » Media center » Press releases", "Home / Press service". */
const CRUMB_SEPARATOR = /\s[/»›>|]\s/u;
/** A kicker over a headline, not a headline: "LIVE UPDATES", "Breaking news", "Developing story". */
const KICKER = /^(?:live|live updates?|live blog|live coverage|breaking|breaking news|developing|developing story|just in|latest|update|exclusive)\W*$/iu;

/**
 * What a site puts above a title: a breadcrumb, a section label or a kicker (a line of one
 * word), a body's name on its letterhead, or a section and brand ("PRESS REVIEW | Caucasus
 * Watch"). `strong` when it cannot be a title itself, so the title may come after a dateline.
 */
function mastheadKind(text: string): 'strong' | 'weak' | null {
  const crumbs = text.split(CRUMB_SEPARATOR);
  if (crumbs.length >= 2 && crumbs.every((c) => WORDS(c) <= 4) && (crumbs.length >= 3 || /^(?:home|main)$/iu.test(crumbs[0]!.trim()))) return 'strong';
  if (KICKER.test(text) || isBodyName(text)) return 'strong';
  if (crumbs.length === 2 && /\|/u.test(text) && crumbs.every((c) => WORDS(c) <= 4)) return 'strong';
  // One word only: a title can be two ("Karabakh update").
  if (WORDS(text) <= 1 && !DOCUMENT_TYPE.test(text) && !ENDS_SENTENCE.test(text)) return 'weak';
  return null;
}

/** A line that can be a title: a heading's shape, or a long document title opening with the document's type. */
function titleLike(text: string): boolean {
  return looksLikeHeading(text) || (DOCUMENT_TYPE.test(text) && WORDS(text) <= 40 && !ENDS_SENTENCE.test(text));
}

/**
 * The title among the first lines: past the masthead lines above it, when a title-like line
 * follows them before the text begins (a paragraph, a time stamp, a side header). A dateline
 * ends the search unless a line passed could never be a title (a breadcrumb, a body's name).
 * The masthead lines passed are set aside. Returns the title's index, or `first`.
 */
function pastMasthead(blocks: readonly Block[], roles: Role[], first: number): number {
  // The first line may have been taken for a teaser ("LIVE UPDATES").
  const firstKind = mastheadKind(blocks[first]!.text);
  if (firstKind === null) return first;
  let strong = firstKind === 'strong';
  const passed = [first];
  for (let k = first + 1; k < blocks.length; k++) {
    const r = roles[k]!;
    const text = blocks[k]!.text;
    if (r.role === 'set-aside' && r.reason === 'dateline' && strong) continue;
    if (r.role === 'set-aside' && r.reason !== 'dateline') continue;
    if ((r.role !== 'content' && r.role !== 'heading') || isItem(blocks[k]!)) return first;
    const kind = mastheadKind(text);
    if (kind === null) {
      if (!titleLike(text)) return first;
      for (const m of passed) roles[m] = isBodyName(blocks[m]!.text) ? setAside('heading', 'The letterhead: the name of the body that publishes the page.') : setAside('chrome', 'Site navigation above the title: a breadcrumb, a section label or a kicker.');
      return k;
    }
    strong ||= kind === 'strong';
    passed.push(k);
  }
  return first;
}

/**
 * A section label between the title and the dateline ("Politics", "News"): the site's
 * navigation, not a heading over the text.
 */
function markSectionLabel(blocks: readonly Block[], roles: Role[], title: number): void {
  const isDateline = (r: Role | undefined) => r !== undefined && (r.role === 'set-aside' || r.role === 'item-break') && r.reason === 'dateline';
  let k = title + 1;
  while (k < blocks.length && roles[k]!.role === 'set-aside' && !isDateline(roles[k])) k++;
  if (k < blocks.length && roles[k]!.role === 'content' && !isItem(blocks[k]!) && mastheadKind(blocks[k]!.text) === 'weak' && isDateline(roles[k + 1])) {
    roles[k] = setAside('chrome', 'A section label of the site between the title and the dateline.');
  }
}

/**
 * The title is the first block that is not chrome or a byline: the front matter's title if it
 * repeats it, else a heading-like first line or a first paragraph that a heading follows. Lines
 * the site puts above the title (a breadcrumb, a kicker, a letterhead) do not take its place.
 */
function markTitle(blocks: readonly Block[], roles: Role[], frontMatterTitle: string | null): void {
  // The first line is the title even when it reads like a teaser ("Live updates, photos, videos").
  let first = roles.findIndex((r) => r.role === 'content' || (r.role === 'set-aside' && r.reason === 'teaser'));
  if (first < 0) return;
  if (frontMatterTitle === null) first = pastMasthead(blocks, roles, first);
  const text = blocks[first]!.text;
  const fmRepeated = frontMatterTitle !== null && text.replace(/\W+/g, ' ').trim().toLowerCase() === frontMatterTitle.replace(/\W+/g, ' ').trim().toLowerCase();
  const earlier = roles.slice(0, first).filter((r) => r.role === 'side-header' || r.role === 'heading' || r.role === 'item-break').length;
  if (earlier > 0 && !fmRepeated) return;
  if (frontMatterTitle !== null && !fmRepeated) return;
  if (isItem(blocks[first]!)) return;
  const isTitle = fmRepeated || looksLikeHeading(text) || WORDS(text) <= 40 || /^\s*date\s/iu.test(text);
  if (!isTitle) return;
  roles[first] = setAside('title', 'The report’s title.');
  markSectionLabel(blocks, roles, first);
}
