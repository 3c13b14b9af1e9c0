import { isItem, nextKept, type Role } from './classify-blocks.ts';
import { findSpeaker } from './find-speaker.ts';
import type { Block } from './model.ts';

/** A live-page item longer than this is a section of prose under a crosshead, read sentence by sentence. */
const MAX_ITEM_PARAGRAPHS = 5;

/**
 * Indexes of the paragraphs that belong to live-page items. A page is live when it has two or
 * more time stamps or separators, or two or more headlines with only a few paragraphs under
 * each — news headlines ("Baku says it downed three drones"), or any under a title that says
 * "live" — holding at least half the paragraphs under headings; short crossheads of a feature
 * story ("The front"), or a few short sections before long ones, head prose, read sentence by
 * sentence. An item is the run of paragraphs after a headline, stamp or separator, up to the next.
 */
export function liveItems(blocks: readonly Block[], roles: readonly Role[]): Set<number> {
  const runs: { start: number; paragraphs: number[]; hasBullets: boolean; opener: Role['role'] | null }[] = [];
  let current: (typeof runs)[number] = { start: 0, paragraphs: [], hasBullets: false, opener: null };
  roles.forEach((r, i) => {
    if (r.role === 'heading' || r.role === 'item-break' || r.role === 'side-header') {
      runs.push(current);
      current = { start: i, paragraphs: [], hasBullets: false, opener: r.role };
    } else if (r.role === 'content') {
      if (isItem(blocks[i]!)) current.hasBullets = true;
      else current.paragraphs.push(i);
    }
  });
  runs.push(current);
  const isLiveItem = (run: (typeof runs)[number]) => (run.opener === 'heading' || run.opener === 'item-break') && !run.hasBullets && run.paragraphs.length > 0 && run.paragraphs.length <= MAX_ITEM_PARAGRAPHS;
  // A crosshead, no news headline ("Reactions"), over paragraphs of different speakers heads a section of the page, not an item.
  const isSection = (run: (typeof runs)[number]) => run.opener === 'heading' && !isNewsHeadline(blocks[run.start]!.text) && severalVoices(blocks, run.paragraphs);
  const breaks = roles.filter((r, i) => r.role === 'item-break' && stampsSomething(roles, i)).length;
  const headed = runs.filter((run) => run.opener === 'heading' && isLiveItem(run));
  const liveTitle = roles.some((r, i) => r.role === 'set-aside' && r.reason === 'title' && LIVE_TITLE.test(blocks[i]!.text));
  const newsy = headed.filter((run) => isNewsHeadline(blocks[run.start]!.text)).length;
  // A live page is made of its items: a story whose prose stands mostly under long crossheads is a story.
  const inItems = headed.reduce((n, run) => n + run.paragraphs.length, 0);
  const underHeadings = runs.reduce((n, run) => n + (run.opener === 'heading' ? run.paragraphs.length : 0), 0);
  const live = breaks >= 2 || (headed.length >= 2 && inItems * 2 >= underHeadings && (liveTitle || newsy * 2 >= headed.length));
  return live ? new Set(runs.filter((run) => isLiveItem(run) && !isSection(run)).flatMap((run) => run.paragraphs)) : new Set();
}

/** A title that announces a live page. */
const LIVE_TITLE = /\blive\b/iu;

/**
 * A headline that reports news — five words or more, a verb of speech, or a source after a dash — not a two-word crosshead,
 * nor a story's dateline with its author taken for a heading ("11 October 2020, 19:40 | Svitlana Kovalchuk"): a year and a
 * clock time, which no headline gives together.
 */
function isNewsHeadline(text: string): boolean {
  if (YEAR.test(text) && CLOCK.test(text)) return false;
  return text.split(/\s+/).length >= 5 || /\s[–—-]\s/u.test(text) || findSpeaker(text) !== null;
}
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/u;
const CLOCK = /(?<!\d)\d{1,2}:\d{2}(?!\d)/u;

/** Where a paragraph's first sentence ends: a full stop, a question or exclamation mark before the next sentence's capital or quotation. */
const FIRST_SENTENCE_END = /[.!?]["”’)]*\s+(?=[\p{Lu}"“«])/u;

/**
 * Whether two or more of the paragraphs under a crosshead name different speakers in their first
 * sentences ("### Reactions", then Ukraine's foreign ministry, Lavrov, Georgia's foreign ministry):
 * a section of several voices, each paragraph read on its own, not one live item. (Under a news
 * headline, "X called Y", the item is one story, whoever speaks in it.)
 */
function severalVoices(blocks: readonly Block[], paragraphs: readonly number[]): boolean {
  if (paragraphs.length < 2) return false;
  const voices = new Set<string>();
  for (const i of paragraphs) {
    const text = blocks[i]!.text;
    const end = text.search(FIRST_SENTENCE_END);
    const speaker = findSpeaker(end < 0 ? text : text.slice(0, end + 1));
    if (speaker?.kind === 'named') voices.add(speaker.attribution.toLowerCase());
    if (voices.size >= 2) return true;
  }
  return false;
}

/**
 * Whether the break at `i` has something under it before the next break: a run of dates with
 * nothing between them (a table of contents, an index of days) stamps no items.
 */
function stampsSomething(roles: readonly Role[], i: number): boolean {
  const j = nextKept(roles, i);
  return j >= 0 && roles[j]!.role !== 'item-break';
}
