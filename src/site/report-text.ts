import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import type { SetAside, SetAsideReason } from '../model.ts';
import { SIDES, type Side } from '../model.ts';
import { excerpt } from './excerpt.ts';
import { sideInfo } from './side-info.ts';

/** The reasons as short labels, for the fold's summary line. */
const REASON_LABEL: Record<SetAsideReason, string> = {
  title: 'the title',
  dateline: 'dateline',
  byline: 'byline',
  heading: 'heading',
  chrome: 'site chrome',
  teaser: 'teaser',
  caption: 'caption',
  credit: 'credit line',
  link: 'bare link',
  separator: 'separator',
};

/** Short label of a set-aside reason. */
export function reasonLabel(reason: SetAsideReason): string {
  return REASON_LABEL[reason];
}

/** Characters of a folded piece shown in its summary line, so a reader knows what is inside. */
const PREVIEW_CHARS = 60;

/**
 * The report's text for its page, from the HTML the pipeline rendered (every block has its id,
 * claim blocks carry `data-sides`, set-aside blocks their reason). See `reportTextOfTree`: the
 * build makes the text from the rendered tree itself; this parse of the HTML gives the same
 * text, for HTML at hand without its tree (tests pin the two equal).
 */
export function reportText(reportHtml: string, setAside: readonly SetAside[]): string {
  return reportTextOfTree(fromHtml(reportHtml, { fragment: true }), setAside);
}

/**
 * The report's text for its page, from the tree of its rendered HTML:
 * - each claim block starts with the label of its side(s), because sides are told apart by
 *   words, not colour alone;
 * - each set-aside piece is folded in a `<details>` whose summary gives the reason, except
 *   headings, which stay in place as headings because they are the text's structure;
 * - headings of the report move two levels down, under the page's own `h1` and `h2`.
 * The ids are untouched: claims on other pages link to them. The tree is changed in place.
 */
export function reportTextOfTree(tree: Root, setAside: readonly SetAside[]): string {
  const pieces = new Map(setAside.map((s) => [s.anchor, s]));
  const pieceOf = (node: ElementContent | undefined): SetAside | undefined =>
    node?.type === 'element' && typeof node.properties.id === 'string' ? pieces.get(node.properties.id) : undefined;
  visit(tree, 'element', (node) => {
    if (isFold(node)) return SKIP;
    const level = /^h([1-6])$/u.exec(node.tagName);
    if (level) node.tagName = `h${Math.min(6, Number(level[1]) + 2)}`;
    const sides = claimSides(node);
    if (sides.length > 0) {
      markClaim(node, sides);
      return SKIP;
    }
    const piece = pieceOf(node);
    if (piece?.reason === 'heading') {
      if (node.tagName === 'p') node.tagName = 'h3';
      return SKIP;
    }
    if (piece && node.tagName !== 'li' && IN_PLACE.has(node.tagName)) {
      // A table holds only rows and cells, so a set-aside row or cell stays in place, marked
      // by its class (`set-aside-<reason>`); the reason is its title.
      node.properties.title = `Set aside: ${reasonLabel(piece.reason)}. ${piece.explanation}`;
      return SKIP;
    }
    if (piece && node.tagName === 'li') {
      // A list may only hold items: the fold goes inside the item.
      node.children = [fold([{ piece, content: node.children }])];
      return SKIP;
    }
    node.children = foldRuns(node.children, pieceOf);
    return undefined;
  });
  tree.children = foldRuns(tree.children as ElementContent[], pieceOf) as Root['children'];
  return toHtml(tree);
}

/** Elements whose parent may hold nothing else: a set-aside one is not folded among its siblings. */
const IN_PLACE = new Set(['li', 'tr', 'td', 'th']);

/** Runs of consecutive set-aside blocks (a site's chrome comes in runs) fold into one `<details>`. */
function foldRuns(children: ElementContent[], pieceOf: (node: ElementContent | undefined) => SetAside | undefined): ElementContent[] {
  const out: ElementContent[] = [];
  let run: { piece: SetAside; content: ElementContent[] }[] = [];
  const flush = () => {
    if (run.length > 0) out.push(fold(run), { type: 'text', value: '\n' });
    run = [];
  };
  for (const child of children) {
    const piece = pieceOf(child);
    if (piece && piece.reason !== 'heading' && child.type === 'element' && !IN_PLACE.has(child.tagName)) {
      run.push({ piece, content: [child] });
    } else if (!(run.length > 0 && child.type === 'text' && child.value.trim() === '')) {
      flush();
      out.push(child);
    }
  }
  flush();
  return out;
}

function isFold(node: Element): boolean {
  return Array.isArray(node.properties.className) && node.properties.className.includes('set-aside-fold');
}

function claimSides(node: Element): Side[] {
  const raw = node.properties.dataSides;
  const words = typeof raw === 'string' ? raw.split(/\s+/u) : Array.isArray(raw) ? raw.map(String) : [];
  return SIDES.filter((s) => words.includes(s));
}

function markClaim(node: Element, sides: readonly Side[]): void {
  // The pipeline's class names do not survive on list items (the sanitiser keeps only its own
  // class there), so they are set again from `data-sides`.
  node.properties.className = ['claim', ...sides.map((s) => `side-${s}`)];
  const tags: ElementContent[] = sides.flatMap((s, i): ElementContent[] => [...(i > 0 ? [{ type: 'text' as const, value: ' ' }] : []), {
    type: 'element',
    tagName: 'span',
    properties: { className: ['side-tag', `side-tag-${s}`] },
    children: [{ type: 'text', value: sideInfo(s).label }, hidden(':')],
  }]);
  // A table row's marks go in its first cell: a row holds only cells.
  const host = node.children.find((c): c is Element => c.type === 'element' && (c.tagName === 'p' || (node.tagName === 'tr' && (c.tagName === 'td' || c.tagName === 'th')))) ?? node;
  host.children.unshift(...tags, { type: 'text', value: ' ' });
}

function fold(run: readonly { piece: SetAside; content: ElementContent[] }[]): Element {
  const reasons = [...new Set(run.map((r) => reasonLabel(r.piece.reason)))].join(', ');
  const first = run.map((r) => r.content.map(textOf).join('')).find((t) => t.trim() !== '') ?? '';
  const summary: ElementContent[] = [{ type: 'text', value: `Set aside${run.length > 1 ? ` (${run.length} pieces)` : ''}: ${reasons}` }];
  if (first !== '') summary.push({ type: 'element', tagName: 'span', properties: { className: ['set-aside-preview'] }, children: [{ type: 'text', value: ` — ${excerpt(first, PREVIEW_CHARS)}` }] });
  return {
    type: 'element',
    tagName: 'details',
    properties: { className: ['set-aside-fold'] },
    children: [
      { type: 'element', tagName: 'summary', properties: {}, children: summary },
      ...run.map(({ piece, content }): ElementContent => ({
        type: 'element',
        tagName: 'div',
        properties: { className: ['set-aside-piece'] },
        children: [
          { type: 'element', tagName: 'p', properties: { className: ['set-aside-why'] }, children: [{ type: 'text', value: piece.explanation }] },
          ...content,
        ],
      })),
    ],
  };
}

function hidden(text: string): ElementContent {
  return { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: text }] };
}

function textOf(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((c) => textOf(c as ElementContent)).join('');
  return '';
}
