import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root } from 'mdast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import type { Claim, SetAside } from './model.ts';

/**
 * remark-html's default sanitiser (no script, no event handlers, no javascript: links), with
 * two changes: ids keep their names, because every id on the page is ours (a report's raw HTML
 * was turned into literal text in parsing), and our side marks survive.
 */
const SCHEMA: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'dataSides'],
    // The default schema limits `li` classes to `task-list-item`, which would strip the side marks of bullets.
    li: ['className'],
  },
};

/**
 * The report's text as a sanitised hast tree: every block keeps its id, claims are marked with
 * their sides (`class="claim side-baku"`, `data-sides`), set-aside blocks with their reason.
 * The same steps as remark-html 16 with our schema (mdast → hast, sanitise, and a final
 * newline, here as a text node), so `toHtml` of the tree gives remark-html's bytes; the page
 * text is made from the tree without serialising it. A fresh tree: callers may change it.
 * The mdast tree is never changed.
 */
export function renderReportTree(tree: Root, claims: readonly Pick<Claim, 'spans' | 'side'>[], setAside: readonly Pick<SetAside, 'anchor' | 'reason'>[]): HastRoot {
  const sides = new Map<string, Set<string>>();
  for (const c of claims) for (const id of c.spans) (sides.get(id) ?? sides.set(id, new Set()).get(id)!).add(c.side);
  const reasons = new Map(setAside.map((s) => [s.anchor, s.reason]));
  const unsafe = toHast(tree);
  // Tables stand only at the top of the tree (the layout stage makes them blocks of their own): most reports have none to walk for.
  if (tree.children.some((node) => node.type === 'table')) tableCells(unsafe);
  // Marked before sanitising, as remark-html did with them as `hProperties`: the schema decides which marks survive.
  markBlocks(unsafe, (id) => {
    const s = sides.get(id);
    const reason = reasons.get(id);
    const classes: string[] = [];
    if (s) classes.push('claim', ...[...s].sort().map((x) => `side-${x}`));
    if (reason && !s) classes.push('set-aside', `set-aside-${reason}`);
    return { ...(classes.length > 0 ? { className: classes } : {}), ...(s ? { dataSides: [...s].sort().join(' ') } : {}) };
  });
  const hast = sanitize(unsafe, SCHEMA) as HastRoot;
  // remark-html ends a non-empty document with a newline. Only the last node that serialises
  // to something decides, so only it is serialised (0.2 ms a report for the whole text).
  for (let i = hast.children.length - 1; i >= 0; i--) {
    const last = toHtml({ type: 'root', children: [hast.children[i]!] });
    if (last === '') continue;
    if (!/[\r\n]$/u.test(last)) hast.children.push({ type: 'text', value: '\n' });
    break;
  }
  return hast;
}

/** The report's text as HTML: `renderReportTree`, serialised. */
export function renderReportHtml(tree: Root, claims: readonly Pick<Claim, 'spans' | 'side'>[], setAside: readonly Pick<SetAside, 'anchor' | 'reason'>[]): string {
  return toHtml(renderReportTree(tree, claims, setAside));
}

/**
 * A table's cells as valid HTML: a column's alignment as a class (`align-right`), since HTML
 * has dropped the `align` attribute mdast-util-to-hast writes, and header cells marked as
 * heading their column, for screen readers.
 */
function tableCells(node: HastRoot | HastContent): void {
  if (node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th')) {
    const { align } = node.properties;
    if (typeof align === 'string') node.properties.className = [`align-${align}`];
    delete node.properties.align;
    if (node.tagName === 'th') node.properties.scope = 'col';
  }
  if ('children' in node) for (const child of node.children) tableCells(child);
}

/** Every element carrying a block id gets the properties `marks` gives for it, replacing those of the same name. */
function markBlocks(node: HastRoot | HastContent, marks: (id: string) => Element['properties']): void {
  if (node.type === 'element' && typeof node.properties.id === 'string') Object.assign(node.properties, marks(node.properties.id));
  if ('children' in node) for (const child of node.children) markBlocks(child, marks);
}
