import type { List, ListItem, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Block, BlockKind, Diagnostic, FrontMatter, Side, SourceFile } from './model.ts';
import { guardLayout } from './guard-input.ts';
import { codeRanges, HTML_BLOCK_ELEMENTS, HTML_TAG_WRITTEN, isChat, MARKUP_DATE, normalizeLayout, OPENS_CODE_ELEMENT, recordingOffsets, unclosedComment, chatMessage, type LayoutLine } from './normalize-layout.ts';
import { parseBlocks } from './parse-blocks.ts';
import { parseFrontMatter } from './parse-front-matter.ts';
import { tableUnits } from './table-units.ts';

/** A report split into front matter and blocks, with the remark tree the report page is rendered from. */
export interface ParsedSource {
  file: string;
  frontMatter: FrontMatter;
  blocks: Block[];
  /** The mdast tree; every block's node carries `data.hProperties.id` (page code and paragraphs of tags alone are nodes of no block). JSON-serialisable. */
  tree: Root;
  diagnostics: Diagnostic[];
}

/**
 * Parse a decoded seed: front matter, layout normalisation, remark, one `Block` per
 * paragraph, bullet, heading or separator, each with an element id and its seed line. A
 * block's text is read without HTML tags (`withoutMarkup`); the page shows them as text.
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
  // A line of page code is not Markdown: a placeholder paragraph stands for it, and gets its text as written (below).
  const tree = parseBlocks(layout.map((l) => (l.pageCode ? CODE_PLACEHOLDER : l.markdown)));
  const pageCode = pageCodeLines(layout);
  literalHtml(tree);
  const markdown = layout.map((l) => (l.pageCode ? '' : l.markdown));
  const offsets = recordingOffsets(markdown);
  const chat = isChat(markdown);
  const blocks: Block[] = [];
  const add = (node: Nodes, kind: BlockKind, written: string, side: Side | null = null) => {
    const read = withoutOffset(withoutMarkup(written).replace(/\s+/g, ' ').trim(), kind, offsets);
    // A chat's message is read without its stamp and sender (the page shows them); a chat's own notice keeps them, for the classifier.
    const message = chat && (kind === 'paragraph' || kind === 'bullet') ? chatMessage(read) : { text: read };
    const text = message.text;
    // A paragraph of HTML tags alone ("</div>", "<link rel=…>") is shown, and is no block: there is nothing in it to read,
    // unless it gives the page's publication date (a `<meta>` element): then it is a block as written, for the classifier.
    if (text === '' && (kind === 'paragraph' || kind === 'heading') && /\S/u.test(written)) {
      if (kind === 'paragraph' && /^\s*<meta(?=[\s/>])/iu.test(written) && MARKUP_DATE.test(written)) return addBlock(node, kind, written.replace(/\s+/g, ' ').trim());
      return null;
    }
    const block = addBlock(node, kind, text, side);
    if (message.sentAt !== undefined) block.sentAt = message.sentAt;
    return block;
  };
  const addBlock = (node: Nodes, kind: BlockKind, text: string, side: Side | null = null) => {
    const id = `p${blocks.length + 1}`;
    node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
    const block: Block = { id, kind, text, line: seedLineOf(node.position?.start.line ?? 1) };
    if (side !== null) block.side = side;
    blocks.push(block);
    return block;
  };
  const visit = (node: RootContent) => {
    switch (node.type) {
      case 'list':
        visitList(node);
        return;
      case 'heading': {
        const block = add(node, 'heading', toString(node));
        if (block !== null) block.depth = node.depth;
        return;
      }
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
        for (const unit of units) {
          const block = add(unit.node, 'table-row', unit.text, unit.side);
          if (block !== null && unit.day !== null) block.day = unit.day;
        }
        return;
      }
      default: {
        const code = node.type === 'paragraph' && node.position ? pageCode.get(node.position.start.line) : undefined;
        if (code !== undefined && node.type === 'paragraph') {
          node.children = [{ type: 'text', value: code.text, position: node.position }];
          // The element's first line stands for it among the blocks, with the whole element as its text, never
          // stripped: the classifier sets it aside (markup, or structured data giving the page's date), so the
          // report says why it is not read.
          if (code.element !== null) addBlock(node, 'paragraph', cappedElement(code.element));
          return;
        }
        const block = add(node, 'paragraph', toString(node));
        if (block !== null && node.type === 'blockquote') block.quoted = true;
      }
    }
  };
  const visitList = (list: List) => {
    for (const item of list.children) visitItem(item, list.ordered === true);
  };
  const visitItem = (item: ListItem, numbered: boolean) => {
    const own = item.children.filter((c) => c.type !== 'list');
    const block = add(item, 'bullet', own.map((c) => toString(c)).join(' '));
    if (block !== null && numbered) block.numbered = true;
    for (const c of item.children) if (c.type === 'list') visitList(c);
  };
  for (const node of tree.children) visit(node);
  return { file: source.file, frontMatter: fm.frontMatter, blocks, tree, diagnostics: [...fm.diagnostics, ...guarded.diagnostics, ...commentDiagnostics(source.file, fm.body, fm.bodyLine)] };
}

/**
 * A warning for an HTML comment that opens (`<!--`) and is never closed: the layout stage sets
 * the rest of its line aside as page code and reads the lines after it as text, since a comment
 * swallowing the rest of the report would hide it; the warning names the line.
 */
function commentDiagnostics(file: string, body: string, bodyLine: number): Diagnostic[] {
  const at = unclosedComment(body);
  if (at === null) return [];
  let line = bodyLine;
  for (let i = body.indexOf('\n'); i >= 0 && i < at; i = body.indexOf('\n', i + 1)) line++;
  return [
    {
      file,
      line,
      column: null,
      ruleId: 'html-comment-unclosed',
      severity: 'warning',
      message: 'An HTML comment opens here (`<!--`) and no `-->` closes it: the rest of this line is set aside as page code, and the lines after it are read as report text.',
      hint: 'Close the comment with `-->`, or delete the `<!--`.',
    },
  ];
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
 * A paragraph's or an item's text without the recording's offset it opens with (`recordingOffsets`:
 * "[00:02:01] HOST: …" reads "HOST: …"); an offset alone stays, for the classifier to set aside.
 */
function withoutOffset(text: string, kind: BlockKind, offsets: RegExp): string {
  if ((kind !== 'paragraph' && kind !== 'bullet') || (text.charCodeAt(0) !== 91 && text.charCodeAt(0) !== 40)) return text;
  const m = offsets.exec(text);
  if (m === null) return text;
  const rest = text.slice(m[0].length).trimStart();
  return rest === '' ? text : rest;
}

/** What `parseBlocks` reads for a line of page code: one plain paragraph, in no list. */
const CODE_PLACEHOLDER = 'code';

/** The most of a page-code element's text its block keeps (the page shows it all). */
const CODE_BLOCK_CHARS = 2000;

/**
 * A page-code element's text as its block keeps it: the first `CODE_BLOCK_CHARS` characters and "…", with the
 * publication date it gives (`MARKUP_DATE`) after them when it stands further on; a one-line script of a megabyte
 * is no megabyte set-aside piece.
 */
function cappedElement(element: string): string {
  if (element.length <= CODE_BLOCK_CHARS) return element;
  const kept = `${element.slice(0, CODE_BLOCK_CHARS)} …`;
  if (MARKUP_DATE.test(kept)) return kept;
  const date = MARKUP_DATE.exec(element);
  return date === null ? kept : `${kept} ${date[0]}…`;
}


/**
 * The text of each line of page code (`LayoutLine.pageCode`), by the line of the Markdown `parseBlocks` reads it at (as
 * `seedLines` counts them); on the first line of a run of them that opens an element, the run's lines joined (`element`).
 */
function pageCodeLines(layout: readonly LayoutLine[]): Map<number, { text: string; element: string | null }> {
  const code = new Map<number, { text: string; element: string | null }>();
  let mdLine = 1;
  let run: { text: string; element: string | null } | null = null;
  for (const entry of layout) {
    if (entry.pageCode) {
      const line: { text: string; element: string | null } = { text: entry.markdown, element: run === null && OPENS_CODE_ELEMENT.test(entry.markdown) ? entry.markdown : null };
      if (run === null) run = line;
      else if (run.element !== null) run.element += ` ${entry.markdown}`;
      code.set(mdLine, line);
    } else run = null;
    mdLine += (entry.pageCode ? 1 : entry.markdown.split('\n').length) + 1;
  }
  return code;
}

/** Tags that stand between blocks or words, read as a space: a paragraph's, an item's, a table cell's, a line break's. */
const HTML_BREAKS = new Set([...HTML_BLOCK_ELEMENTS, 'td', 'th', 'br', 'wbr', 'script', 'style']);
/** Tags inside a line (emphasis, links, images, spans, fonts, form fields), read as nothing. */
const HTML_INLINE = new Set(
  'a abbr area audio b base bdi bdo big button canvas cite code data del dfn em embed font i iframe img input ins kbd label link map mark meta nobr object option picture q rp rt ruby s samp select small source span strike strong sub sup svg textarea time tt u var video'.split(' '),
);

/**
 * A block's text as the rules read it: the `<script>` and `<style>` elements in it, and the tags
 * of known HTML elements, out; a block tag or a line break is a space, an inline tag nothing
 * ("<p>By <strong>Mara Lind</strong></p>" reads "By Mara Lind"). Anything else that only looks
 * like a tag ("<Baku>", "a < b") stays. The report page still shows the text as written.
 *
 * @example
 *   withoutMarkup('<p>The <b>army</b> said so.</p>') // ' The army said so. '
 */
export function withoutMarkup(text: string): string {
  if (!text.includes('<')) return text;
  let rest = text;
  const code = codeRanges(text);
  if (code.length > 0) {
    // Each span a space, the text between them kept: one pass, however many spans (a line of many comments).
    const parts: string[] = [];
    let at = 0;
    for (const [start, end] of code) {
      parts.push(text.slice(at, start));
      at = end;
    }
    parts.push(text.slice(at));
    rest = parts.join(' ');
  }
  // Remark has decoded a feed's `&lt;p&gt;` by now: the tags are as written.
  return rest.replace(HTML_TAG_WRITTEN, (tag, _slash: string, name: string) => {
    const lower = name.toLowerCase();
    return HTML_BREAKS.has(lower) ? ' ' : HTML_INLINE.has(lower) ? '' : tag;
  });
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
