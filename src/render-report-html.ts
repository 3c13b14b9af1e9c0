import type { Nodes, Root } from 'mdast';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import remarkHtml from 'remark-html';
import { unified } from 'unified';
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
const toHtml = unified().use(remarkHtml, { sanitize: SCHEMA });

/**
 * The report's text as HTML: every block keeps its id, claims are marked with their sides
 * (`class="claim side-baku"`, `data-sides`), set-aside blocks with their reason. The tree is
 * cloned, never changed.
 */
export function renderReportHtml(tree: Root, claims: readonly Pick<Claim, 'spans' | 'side'>[], setAside: readonly Pick<SetAside, 'anchor' | 'reason'>[]): string {
  const sides = new Map<string, Set<string>>();
  for (const c of claims) for (const id of c.spans) (sides.get(id) ?? sides.set(id, new Set()).get(id)!).add(c.side);
  const reasons = new Map(setAside.map((s) => [s.anchor, s.reason]));
  const copy = structuredClone(tree);
  const mark = (node: Nodes) => {
    const props = node.data?.hProperties as Record<string, unknown> | undefined;
    const id = typeof props?.id === 'string' ? props.id : null;
    if (id !== null) {
      const s = sides.get(id);
      const reason = reasons.get(id);
      const classes: string[] = [];
      if (s) classes.push('claim', ...[...s].sort().map((x) => `side-${x}`));
      if (reason && !s) classes.push('set-aside', `set-aside-${reason}`);
      node.data = { ...node.data, hProperties: { ...props, ...(classes.length > 0 ? { className: classes } : {}), ...(s ? { dataSides: [...s].sort().join(' ') } : {}) } };
    }
    if ('children' in node) for (const child of node.children) mark(child as Nodes);
  };
  mark(copy);
  return String(toHtml.stringify(toHtml.runSync(copy) as Root));
}
