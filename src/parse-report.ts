import type { List, ListItem, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Block, BlockKind, Diagnostic, FrontMatter, Side, SourceFile } from './model.ts';
import { guardLayout } from './guard-input.ts';
import { normalizeLayout, type LayoutLine } from './normalize-layout.ts';
import { parseBlocks } from './parse-blocks.ts';
import { parseFrontMatter } from './parse-front-matter.ts';
import { tableUnits } from './table-units.ts';

/** A report split into front matter and blocks, with the remark tree the report page is rendered from. */
export interface ParsedSource {
  file: string;
  frontMatter: FrontMatter;
  blocks: Block[];
  /** The mdast tree; every block's node carries `data.hProperties.id`. JSON-serialisable. */
  tree: Root;
  diagnostics: Diagnostic[];
}

/**
 * Parse a decoded seed: front matter, layout normalisation, remark, one `Block` per
 * paragraph, bullet, heading or separator, each with an element id and its seed line.
 *
 * @example
 *   parseReport({ file: 'a.txt', text: 'Title\n• One.\n• Two.' }).blocks.map((b) => b.kind)
 *   // ['paragraph', 'bullet', 'bullet']
 */
export function parseReport(source: SourceFile): ParsedSource {
  const fm = parseFrontMatter(source.file, source.text);
  const guarded = guardLayout(source.file, normalizeLayout(fm.body), fm.bodyLine);
  const layout = guarded.lines;
  const seedLineOf = seedLines(layout, fm.bodyLine);
  const tree = parseBlocks(layout.map((l) => l.markdown));
  literalHtml(tree);
  const blocks: Block[] = [];
  const add = (node: Nodes, kind: BlockKind, text: string, side: Side | null = null) => {
    const id = `p${blocks.length + 1}`;
    node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
    const block: Block = { id, kind, text: text.replace(/\s+/g, ' ').trim(), line: seedLineOf(node.position?.start.line ?? 1) };
    if (side !== null) block.side = side;
    blocks.push(block);
  };
  const visit = (node: RootContent) => {
    switch (node.type) {
      case 'list':
        visitList(node);
        return;
      case 'heading':
        add(node, 'heading', toString(node));
        return;
      case 'thematicBreak':
        add(node, 'separator', '');
        return;
      case 'code':
        add(node, 'paragraph', node.value);
        return;
      case 'table': {
        // The page shows a row's cells past the header's too (mdast-util-to-hast renders as many as there are columns).
        const width = Math.max(...node.children.map((row) => row.children.length));
        node.align = Array.from({ length: width }, (_, j) => node.align?.[j] ?? null);
        const { head, headText, units } = tableUnits(node);
        add(head, 'table-head', headText);
        for (const unit of units) add(unit.node, 'table-row', unit.text, unit.side);
        return;
      }
      default:
        add(node, 'paragraph', toString(node));
    }
  };
  const visitList = (list: List) => {
    for (const item of list.children) visitItem(item);
  };
  const visitItem = (item: ListItem) => {
    const own = item.children.filter((c) => c.type !== 'list');
    add(item, 'bullet', own.map((c) => toString(c)).join(' '));
    for (const c of item.children) if (c.type === 'list') visitList(c);
  };
  for (const node of tree.children) visit(node);
  return { file: source.file, frontMatter: fm.frontMatter, blocks, tree, diagnostics: [...fm.diagnostics, ...guarded.diagnostics] };
}

/**
 * The seed line of each line of the Markdown `parseBlocks` reads: the blocks joined by one
 * blank line, so that none is read as the lazy continuation of another. A block's lines are
 * the seed's lines from its first on (a table), unless the layout lists them (a table cut in parts).
 */
function seedLines(layout: readonly LayoutLine[], bodyLine: number): (mdLine: number) => number {
  const lines: number[] = [];
  for (const entry of layout) {
    const count = entry.markdown.split('\n').length;
    for (let k = 0; k < count; k++) lines.push(entry.lines?.[k] ?? entry.line + k);
    lines.push(entry.line);
  }
  return (mdLine) => (lines[mdLine - 1] ?? 1) + bodyLine - 1;
}

/**
 * The sanitiser (remark-html's, which we use directly) drops raw HTML *with the words inside it* (STACK.md). A report's
 * HTML is shown as the literal text it is: safe, and nothing the reader wrote disappears.
 */
function literalHtml(node: Nodes): void {
  if (!('children' in node)) return;
  node.children = node.children.map((child) => (child.type === 'html' ? { type: 'text', value: child.value, position: child.position } : child)) as typeof node.children;
  for (const child of node.children) literalHtml(child as Nodes);
}
