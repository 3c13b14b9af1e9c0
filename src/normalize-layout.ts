import { gluedHeaderStart } from './side-headers.ts';

/** One line of the normalised body and the line of the seed it came from. */
export interface LayoutLine {
  /** Markdown for one block. */
  markdown: string;
  /** 1-based line in the body of the seed (before front matter offset). */
  line: number;
}

/** Bullet characters that Markdown does not read as list markers. */
const BULLET_CHARS = '•●▪◦‣∙·';
const BULLET_SPLIT = new RegExp(`(?:^|\\s)[${BULLET_CHARS}]\\s+`, 'u');
const LEADING_BULLET = new RegExp(`^\\s*[${BULLET_CHARS}]\\s*`, 'u');
/** A line of only dashes, underscores or asterisks (3 of `*`/`_`, or a lone `-`): an item separator. */
const SEPARATOR = /^\s*(?:-{1,}|_{3,}|\*{3,}|—|–|(?:[-*_]\s){2,}[-*_])\s*$/;
/** A list marker Markdown already knows. */
const MARKDOWN_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+\S/;

/**
 * Rewrite a plain-text report body as Markdown with one block per paragraph or bullet.
 *
 * Scraped reports put one paragraph on each line with no blank line between them, use `•`
 * bullets that remark does not read as lists (STACK.md), and sometimes run a header and all
 * its bullets together on one line. Each block keeps the seed line it came from, for messages
 * and anchors. Text is never dropped: every character of the input lands in some block.
 *
 * @example
 *   normalizeLayout('Information from Baku • One. • Two.').map((l) => l.markdown)
 *   // ['Information from Baku', '- One.', '- Two.']
 */
export function normalizeLayout(body: string): LayoutLine[] {
  const out: LayoutLine[] = [];
  const lines = body.split('\n');
  let previous: LayoutLine | null = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    if (raw.trim() === '') {
      previous = null;
      continue;
    }
    if (SEPARATOR.test(raw)) {
      out.push({ markdown: '* * *', line });
      previous = null;
      continue;
    }
    // A hard-wrapped paragraph continues on a line that starts in lower case.
    if (previous && /^\s*\p{Ll}/u.test(raw) && !/[.!?:”"]$/.test(previous.markdown) && !LEADING_BULLET.test(raw)) {
      previous.markdown += ' ' + raw.trim();
      continue;
    }
    const pieces = splitBullets(raw);
    for (const piece of pieces) out.push({ markdown: piece, line });
    previous = pieces.length === 1 && !pieces[0]!.startsWith('- ') && !MARKDOWN_ITEM.test(raw) ? out[out.length - 1]! : null;
  }
  return out;
}

/** Split a line at its `•` bullets; a header glued to the end of a bullet becomes its own block. */
function splitBullets(raw: string): string[] {
  const text = raw.trim();
  const parts = text.split(BULLET_SPLIT);
  const startsWithBullet = LEADING_BULLET.test(text);
  if (parts.length === 1 && !startsWithBullet) return [text];
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
  return out;
}

function asItem(text: string): string {
  return `- ${escapeBlockStart(text)}`;
}

/**
 * Text that would open a different Markdown block (`#`, `>`, `1.`, a fence) when it was
 * meant as a bullet's text stays literal.
 */
function escapeBlockStart(text: string): string {
  return text.replace(/^(#{1,6}\s|>|```|~~~|\d{1,9}[.)]\s|[-*+]\s|=+$)/, '\\$1');
}
