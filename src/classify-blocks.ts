import type { Block, SetAsideReason, Side } from './model.ts';
import { maskQuotations } from './find-speaker.ts';
import { sideOfHeader } from './side-headers.ts';
import { isDateLine } from './find-report-date.ts';

/** What a block is to the extractor. */
export type Role =
  | { role: 'content' }
  | { role: 'side-header'; side: Side }
  /** A neutral heading: a section ("Statements and visits") or a live-page headline. */
  | { role: 'heading' }
  /** Separates live-page items: a `-` line or a time standing alone. */
  | { role: 'item-break'; reason: SetAsideReason }
  | { role: 'set-aside'; reason: SetAsideReason; explanation: string };

/**
 * Site chrome: words a news site says to its reader, never news. Each pattern is general
 * vocabulary of web pages (notifications, accounts, donations, cookies, sharing).
 */
const CHROME = [
  /\bnotifications?\b.*\b(browser|enable|manage|allow|turn on|stay up to date)\b|\bstay up to date with\b/iu,
  /\b(subscribe|subscription|newsletter|sign up|sign in|log ?in|logged in|register(?:ing|ed)?|create an account|already have an account|your account|password)\b/iu,
  /\b(donat(?:e|ion|ions)|your support|support (?:us|our)|make a contribution|contribute now|become a (?:member|supporter|subscriber)|membership|paywalls?)\b/iu,
  /\b(cookies?|privacy policy|terms of (?:use|service)|advertisement|sponsored content|ad ?blocker)\b/iu,
  /\b(refresh (?:the|your) (?:page|browser)|share (?:this|on)|follow us|download (?:our|the) app|click here|comments? (?:are|below)|leave a comment|print this)\b/iu,
];
/** Words a site uses about its own journalism; chrome only in the outlet's "we" voice. */
const SELF_PROMOTION = /\b(journalism|journalists|reporters|reporting|story|stories|documentary|readers?|independent|trusted|quality|on the ground|facts)\b/iu;
const OUTLET_VOICE = /\b(we|our|us)\b/iu;
const SECOND_PERSON = /\b(you|your)\b/iu;

const CREDIT = /\b(contributed to this report|contributed reporting|additional reporting|reporting by|editing by|writing by|compiled by|all rights reserved)\b|\(copyright\b|©/iu;
const BYLINE = /^(?:via|by|from|source:)\s+\p{Lu}[^.!?]{0,60}$/iu;
const CAPTION = /^(?:map|photo|image|picture|illustration|infographic|graphic|screenshot|footage|caption|pictured|file photo)\b|\b(?:getty images|ap photo|reuters\/|afp via|photo:|photo by|image:|credit:)\b/iu;
const TEASER_PREFIX = /^(?:op-ed|opinion|analysis|interview|read (?:also|more)|see also|related|also read|watch|listen|editorial|column|explainer|podcast|special report|more on this|recommended)\s*[:|–—-]/iu;
const TEASER_MEDIA = /\b(?:photos?\s*\/\s*videos?|photo\s*\/\s*video|photo report|photo gallery|video report|live updates?|live blog)\b|\b(?:photos?|videos?)\.?$/iu;
const QUOTE_HEADLINE = /^[“"«][^”"»]+[”"»]\s*[–—-]\s*[^.!?]+$/u;
const URL_ONLY = /^(?:<)?https?:\/\/\S+(?:>)?$/iu;
/** A time standing alone on a line, as live blogs stamp their items: `14:05`, `October 3, 14:05 GMT`. */
const TIMESTAMP = /^(?:[\p{L}]+,?\s+)?(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2})?,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|GMT|UTC|MSK|AZT|AMT|local time|\([^)]*\)))?$/iu;

const WORDS = (s: string) => s.split(/\s+/).filter(Boolean).length;
const ENDS_SENTENCE = /[.!?…]["”’»)]*$/u;

/**
 * Decide the role of every block: content, a header, a break between live items, or
 * something set aside (title, chrome, teaser, caption, credit, link…) with the reason.
 *
 * @example
 *   classifyBlocks(blocks).map((r) => r.role)
 */
export function classifyBlocks(blocks: readonly Block[], frontMatterTitle: string | null): Role[] {
  const roles: Role[] = blocks.map((b) => classifyOne(b));
  markTitle(blocks, roles, frontMatterTitle);
  for (let i = 0; i < blocks.length; i++) {
    const r = roles[i]!;
    if (r.role !== 'content' || blocks[i]!.kind === 'bullet' || !looksLikeHeading(blocks[i]!.text)) continue;
    const next = nextContent(roles, i);
    if (next < 0) {
      // A heading with nothing under it is a link to other coverage or a caption left behind.
      roles[i] = { role: 'set-aside', reason: 'teaser', explanation: 'A headline with no text under it: a link to other coverage or a leftover caption.' };
    } else {
      roles[i] = { role: 'heading' };
    }
  }
  // Image alt text repeats the start of the caption or credit line that follows it.
  for (let i = 0; i + 1 < blocks.length; i++) {
    const next = roles[i + 1]!;
    if (roles[i]!.role !== 'set-aside' && next.role === 'set-aside' && (next.reason === 'caption' || next.reason === 'credit')) {
      const t = blocks[i]!.text;
      if (t.length > 0 && blocks[i + 1]!.text.startsWith(t) && !ENDS_SENTENCE.test(t)) {
        roles[i] = { role: 'set-aside', reason: 'caption', explanation: 'Image text repeated by the caption that follows it.' };
      }
    }
  }
  return roles;
}

function classifyOne(block: Block): Role {
  const text = block.text;
  if (block.kind === 'separator') return { role: 'item-break', reason: 'separator' };
  if (text === '') return { role: 'set-aside', reason: 'separator', explanation: 'An empty block.' };
  const side = sideOfHeader(text);
  if (side && WORDS(text) <= 8) return { role: 'side-header', side };
  if (URL_ONLY.test(text)) return { role: 'set-aside', reason: 'link', explanation: 'A bare web address, not a statement.' };
  if (isChrome(text)) return { role: 'set-aside', reason: 'chrome', explanation: 'Site chrome: the news site talking to its reader (notifications, accounts, donations).' };
  if (CREDIT.test(text) && WORDS(text) <= 40) return { role: 'set-aside', reason: 'credit', explanation: 'A credit or copyright line.' };
  if (TIMESTAMP.test(text)) return { role: 'item-break', reason: 'dateline' };
  if (isDateLine(text)) return { role: 'set-aside', reason: 'dateline', explanation: 'The dateline: when the report was published.' };
  if (BYLINE.test(text) && WORDS(text) <= 8) return { role: 'set-aside', reason: 'byline', explanation: 'A byline: who wrote or distributed the report.' };
  const unfinished = !ENDS_SENTENCE.test(text);
  if (CAPTION.test(text) && (unfinished || WORDS(text) <= 25)) return { role: 'set-aside', reason: 'caption', explanation: 'An image or map caption.' };
  if (TEASER_PREFIX.test(text) || (QUOTE_HEADLINE.test(text) && unfinished) || (TEASER_MEDIA.test(text) && unfinished)) {
    return { role: 'set-aside', reason: 'teaser', explanation: 'A teaser for other coverage on the news site.' };
  }
  return { role: 'content' };
}

/** Whether a paragraph is the site talking to its reader rather than news. */
export function isChrome(text: string): boolean {
  const own = maskQuotations(text);
  if (CHROME.some((re) => re.test(own)) && WORDS(text) <= 80) return true;
  return OUTLET_VOICE.test(own) && (SECOND_PERSON.test(own) || SELF_PROMOTION.test(own));
}

/** A short line that does not end like a sentence: a heading, a headline or a title. */
export function looksLikeHeading(text: string): boolean {
  return WORDS(text) <= 16 && !ENDS_SENTENCE.test(text) && /^[\p{Lu}\d“"«]/u.test(text) && !/[,;]$/.test(text);
}

function nextContent(roles: readonly Role[], from: number): number {
  for (let j = from + 1; j < roles.length; j++) {
    const r = roles[j]!;
    if (r.role === 'content' || r.role === 'side-header') return j;
  }
  return -1;
}

/**
 * The title is the first block that is not chrome or a byline: the front matter's title if it
 * repeats it, else a heading-like first line or a first paragraph that a heading follows.
 */
function markTitle(blocks: readonly Block[], roles: Role[], frontMatterTitle: string | null): void {
  // The first line is the title even when it reads like a teaser ("Live updates, photos, videos").
  const first = roles.findIndex((r) => r.role === 'content' || (r.role === 'set-aside' && r.reason === 'teaser'));
  if (first < 0) return;
  const text = blocks[first]!.text;
  const fmRepeated = frontMatterTitle !== null && text.replace(/\W+/g, ' ').trim().toLowerCase() === frontMatterTitle.replace(/\W+/g, ' ').trim().toLowerCase();
  const earlier = roles.slice(0, first).filter((r) => r.role === 'side-header' || r.role === 'heading').length;
  if (earlier > 0 && !fmRepeated) return;
  if (frontMatterTitle !== null && !fmRepeated) return;
  if (blocks[first]!.kind === 'bullet') return;
  const isTitle = fmRepeated || looksLikeHeading(text) || WORDS(text) <= 40 || /^\s*date\s/iu.test(text);
  if (isTitle) roles[first] = { role: 'set-aside', reason: 'title', explanation: 'The report’s title.' };
}
