import type { List, Nodes, Root, RootContent } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * GFM's pipe tables, and nothing else of GFM: remark-gfm would also read `~one~` as struck
 * out and bare addresses as links, changing the text of reports that never meant them.
 */
function remarkTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const parser = unified().use(remarkParse);
/**
 * Only a table's block is parsed with tables on: the extension tries a table at the start of
 * every line, which made parsing all reports ~8 % slower. The layout stage gives a table, and
 * nothing else, a block of several lines (normalize-layout).
 */
const tableParser = unified().use(remarkParse).use(remarkTables);
const LIST_MARKER = /^\s*(?:([-*+])|\d{1,9}([.)]))/u;
/** A line no block construct starts with: a letter, an opening quote or bracket, or a number that is no list marker. */
const PLAIN_LINE = String.raw`(?:\p{L}|[“"«‘'(]|\d+(?![\d.)]))[^\n\r]*`;
/** A thematic break alone. */
const RULE = /^([-*_])(?: ?\1){2,}$/u;
/** Blocks parsed in runs (see `parseBlocks`): plain lines, the first maybe after a list marker and one space; or a rule. */
const SIMPLE_BLOCK = new RegExp(`^(?:(?:[-*+]|\\d{1,9}[.)]) )?${PLAIN_LINE}(?:\\n${PLAIN_LINE})*$|${RULE.source}`, 'u');
/** Blocks per run: enough to parse a report in a few calls, few enough to keep remark's memory per call small. */
const MAX_RUN = 64;

/**
 * Parse a report's Markdown blocks (the layout stage's output) into one mdast tree: the same
 * tree, positions included, as parsing the blocks joined by blank lines, but a few blocks at a
 * time.
 *
 * Why: remark holds its events for a whole document at once; 50,000 bullets parsed as one
 * document peaked at ~1 GB and 6.6 s here, block by block at ~0.3 GB and 3.7 s. Only lists can
 * span blocks once the input guard has made fences and raw-HTML blocks literal, so
 * consecutive items with the same marker are stitched into one loose list, as CommonMark reads
 * items separated by blank lines.
 *
 * Each call of remark builds its parser anew (0.7 ms of a report's 5 ms went to that alone
 * when every block was one call), so runs of up to `maxRun` simple blocks are parsed as one
 * document: rules, and paragraphs and one-item list entries whose every line starts with a
 * letter, a quote or a number that is no list marker. No construct of such a block reaches past
 * the blank line after it, and none defines a link reference, so the run gives the nodes its
 * blocks give one by one (`maxRun` 1).
 *
 * @example
 *   parseBlocks(['Title', '- one', '- two']).children.map((n) => n.type) // ['paragraph', 'list']
 */
export function parseBlocks(blocks: readonly string[], maxRun = MAX_RUN): Root {
  const root: Root = { type: 'root', children: [] };
  let previousMarker: string | null = null;
  let line = 0;
  let offset = 0;
  for (let start = 0; start < blocks.length; ) {
    let end = start + 1;
    if (SIMPLE_BLOCK.test(blocks[start]!)) while (end < blocks.length && end - start < maxRun && SIMPLE_BLOCK.test(blocks[end]!)) end++;
    const run = blocks.slice(start, end);
    const markdown = run.join('\n\n');
    const tree = (run.length === 1 && markdown.includes('\n') ? tableParser : parser).parse(markdown);
    const marker = listMarker(markdown);
    for (const node of tree.children) {
      shift(node, line, offset);
      const last = root.children[root.children.length - 1];
      if (node.type === 'list' && last?.type === 'list' && marker !== null && marker === previousMarker && node === tree.children[0]) {
        stitch(last, node);
      } else {
        root.children.push(node);
      }
    }
    // Whether the next block may continue a list: a block alone tells by its tree; in a run,
    // the last block is one list exactly when it starts with a marker and is no rule.
    const lastBlock = run[run.length - 1]!;
    previousMarker = run.length > 1 ? (RULE.test(lastBlock) ? null : listMarker(lastBlock)) : tree.children.length === 1 && tree.children[0]!.type === 'list' ? marker : null;
    line += markdown.split('\n').length + 1;
    offset += markdown.length + 2;
    start = end;
  }
  const end = root.children[root.children.length - 1]?.position?.end;
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: end ? { ...end } : { line: 1, column: 1, offset: 0 } };
  return root;
}

function listMarker(markdown: string): string | null {
  const m = LIST_MARKER.exec(markdown);
  return m ? (m[1] ?? `ordered${m[2]}`) : null;
}

/** Items separated by a blank line make a loose list, whatever each item alone would be. */
function stitch(into: List, from: List): void {
  into.children.push(...from.children);
  into.spread = true;
  if (into.position && from.position) into.position.end = from.position.end;
}

function shift(node: Nodes, lines: number, chars: number): void {
  if (node.position) {
    node.position.start = { ...node.position.start, line: node.position.start.line + lines, offset: (node.position.start.offset ?? 0) + chars };
    node.position.end = { ...node.position.end, line: node.position.end.line + lines, offset: (node.position.end.offset ?? 0) + chars };
  }
  if ('children' in node) for (const child of node.children as RootContent[]) shift(child, lines, chars);
}
