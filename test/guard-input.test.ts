import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cutAtSentences } from '../src/cut-at-sentences.ts';
import { guardLayout, LIMITS } from '../src/guard-input.ts';
import { processFile, type ProcessedFile } from '../src/pipeline.ts';
import { finishesWithin } from './helpers.ts';

// remark-parse overflows its stack on lists nested ~1,000 deep and is quadratic on some inline
// runs (STACK.md, issue 4). These reports must come back quickly, with their text and a warning.
// The timeout only stops a hang; speed is measured by `npm run bench:trust`.
const HANG = { timeout: 60_000 };

function run(text: string): ProcessedFile {
  const result = processFile({ file: 'hostile.txt', text });
  assert.deepEqual(result.extracted.diagnostics.filter((d) => d.severity === 'error'), [], 'no error, no internal failure');
  return result;
}

/** Every text the report keeps (claims, set-aside pieces, title), in one line: a phrase may be split between two claims. */
const kept = (p: ProcessedFile) => [...p.extracted.claims.map((c) => c.text), ...p.extracted.setAside.map((s) => s.text), p.extracted.title].join(' ').replace(/\s+/gu, ' ');
const rules = (p: ProcessedFile) => p.extracted.diagnostics.map((d) => `${d.line} ${d.ruleId}`);

describe('input guard', () => {
  it('reads a list nested 1,000 deep on one line as a bullet of plain text, with a warning', HANG, () => {
    const p = run(`Nesting test\n${'- '.repeat(1000)}deepest words here`);
    assert.ok(rules(p).includes('2 input-deep-nesting'));
    assert.match(kept(p), /deepest words here/);
  });

  it('reads lists indented 1,000 levels and quotes nested 3,000 deep without overflowing', HANG, () => {
    const indented = run(`Indented\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}`);
    assert.match(kept(indented), /level 999\b/);
    const quotes = run(`Quotes\n${'> '.repeat(3000)}quoted at the bottom`);
    assert.ok(rules(quotes).some((r) => r.endsWith('input-deep-nesting')));
    assert.match(kept(quotes), /quoted at the bottom/);
    const ordered = run(`Ordered\n${'1. '.repeat(1000)}numbered bottom`);
    assert.match(kept(ordered), /numbered bottom/);
  });

  it('shows 80 KB of repeated *_ as the characters written, with a warning', HANG, () => {
    const p = run(`Marker storm\n${'*_'.repeat(40_000)}`);
    assert.ok(rules(p).includes('2 input-pathological-markup'));
    assert.ok(p.html.includes('*_'.repeat(200)), 'the markers are on the page as text');
  });

  it('shows repeated <![CDATA[ and unclosed comment openers as literal text, with a warning', HANG, () => {
    const cdata = run(`Declarations\n${'a <![CDATA['.repeat(10_000)}`);
    assert.ok(rules(cdata).some((r) => r.endsWith('input-pathological-markup')));
    assert.ok(cdata.html.includes('a &#x3C;![CDATA[a &#x3C;![CDATA['), 'escaped, not parsed as HTML');
    const comments = run(`Comments\n${'b <!--'.repeat(20_000)}`);
    assert.ok(comments.html.includes('b &#x3C;!--b &#x3C;!--'));
  });

  it('reads a line with a million spaces in it in linear time, a <br> ending it or a wiki heading’s marks opening it', HANG, () => {
    // Both patterns were quadratic in a run of spaces: minutes for these lines.
    const spaces = ' '.repeat(1_000_000);
    const broken = run(`Spaces\nbefore${spaces}after <br>\nnext line`);
    assert.match(kept(broken), /\bbefore\b.*\bafter\b|\bafter\b.*\bbefore\b/u);
    assert.doesNotMatch(kept(broken), /<br>/);
    const wiki = run(`Wiki\n== before${spaces}after\n`);
    assert.match(kept(wiki), /\bbefore\b.*\bafter\b|\bafter\b.*\bbefore\b/u);
    // HANG cannot fail a synchronous test that ends late; a child process with a time limit can.
    const both = "import { processFile } from './src/pipeline.ts'; const s = ' '.repeat(1_000_000); processFile({ file: 'a.txt', text: `Spaces\\nbefore${s}after <br>\\nnext line` }); processFile({ file: 'b.txt', text: `Wiki\\n== before${s}after\\n` });";
    assert.ok(finishesWithin(both, 30_000), 'both lines are read within 30 s');
  });

  it('keeps deeply nested emphasis and images from overflowing the stack', HANG, () => {
    const emphasis = run(`Emphasis\n${'*'.repeat(3000)}core${'*'.repeat(3000)}`);
    assert.match(kept(emphasis), /core/);
    const images = run(`Images\n${'!['.repeat(3000)}core${'](u)'.repeat(3000)}`);
    assert.match(kept(images), /core/);
  });

  it('cuts a paragraph longer than the limit at sentence ends, keeping every sentence, with a warning', HANG, () => {
    const sentences = Array.from({ length: 400 }, (_, i) => `Sentence number s${i} tells of one more event in the long account.`);
    const p = run(`Long report\n${sentences.join(' ')}`);
    assert.ok(rules(p).includes('2 input-long-paragraph'));
    const text = kept(p);
    for (let i = 0; i < 400; i++) assert.match(text, new RegExp(`\\bs${i}\\b`));
  });

  it('cuts a table longer than the limit between rows into tables under the header row again, every row kept on its own line', HANG, () => {
    const rows = Array.from({ length: 300 }, (_, i) => `| r${i} | Shelling was reported in village number ${i} of the district overnight. |`);
    const layout = [{ markdown: ['| Source | Statement |', '|---|---|', ...rows].join('\n'), line: 3 }];
    const { lines, diagnostics } = guardLayout('long.md', layout, 1);
    assert.ok(lines.length > 1 && lines.every((l) => l.markdown.length <= LIMITS.maxBlockChars));
    for (const part of lines) assert.deepEqual(part.markdown.split('\n').slice(0, 2), ['| Source | Statement |', '|---|---|']);
    const kept = lines.flatMap((l) => l.markdown.split('\n').slice(2));
    assert.deepEqual(kept, rows);
    assert.deepEqual(lines.flatMap((l) => l.lines!.slice(2)), rows.map((_, i) => 5 + i), 'each row keeps its seed line');
    assert.deepEqual(diagnostics.map((d) => `${d.line} ${d.ruleId}`), ['3 input-long-table']);
    const p = run(`Long table\n\n${layout[0]!.markdown}`);
    assert.equal(p.extracted.claims.length, 300);
    assert.deepEqual(p.extracted.claims.map((c) => c.line), rows.map((_, i) => 5 + i));
  });

  it('cuts a table row longer than the limit at sentence ends into paragraphs, the other rows staying a table', HANG, () => {
    const long = `| r1 | ${Array.from({ length: 400 }, (_, i) => `Sentence s${i} of a very long cell.`).join(' ')} |`;
    const layout = [{ markdown: ['| Source | Statement |', '|---|---|', '| r0 | A short row. |', long, '| r2 | Another short row. |'].join('\n'), line: 1 }];
    const { lines } = guardLayout('row.md', layout, 1);
    assert.ok(lines.every((l) => l.markdown.length <= LIMITS.maxBlockChars));
    assert.deepEqual(lines.filter((l) => l.markdown.includes('\n')).map((l) => l.markdown.split('\n').slice(2)), [['| r0 | A short row. |'], ['| r2 | Another short row. |']]);
    assert.ok(lines.filter((l) => !l.markdown.includes('\n')).every((l) => l.line === 4));
    const p = run(`Long row\n\n${layout[0]!.markdown}`);
    const text = kept(p);
    for (let i = 0; i < 400; i++) assert.match(text, new RegExp(`\\bs${i}\\b`));
  });

  it('shows fences, link definitions and raw HTML blocks as literal text, each line its own block', () => {
    const p = run('Literal markup\n```js fence words\nAfter the fence.\n[label]: https://example.org "definition words"\n<div>\nInside the div.\n<!-- comment words\nAfter the comment.');
    const text = kept(p);
    for (const words of ['fence words', 'After the fence.', 'definition words', 'Inside the div.', 'comment words', 'After the comment.']) assert.ok(text.includes(words), words);
    assert.ok(p.extracted.claims.some((c) => c.text === 'After the comment.'), 'an HTML comment does not swallow the lines after it');
  });

  it('refuses a report over the character limit or the block limit before parsing it', () => {
    const big = processFile({ file: 'big.txt', text: 'a'.repeat(LIMITS.maxFileBytes + 1) });
    assert.deepEqual(big.extracted.diagnostics.map((d) => `${d.severity} ${d.ruleId}`), ['error input-too-large']);
    const many = processFile({ file: 'many.txt', text: 'Line.\n'.repeat(LIMITS.maxBlocks + 1) });
    assert.deepEqual(many.extracted.diagnostics.map((d) => `${d.severity} ${d.ruleId}`), ['error input-too-many-blocks']);
    assert.equal(many.extracted.claims.length, 0);
  });

  it('counts the end tags of HTML blocks in the block limit, since each may end a block within a line', () => {
    const onOneLine = processFile({ file: 'tags.txt', text: `Title\n${'<p>Calm.</p>'.repeat(LIMITS.maxBlocks + 1)}` });
    assert.deepEqual(onOneLine.extracted.diagnostics.map((d) => `${d.severity} ${d.ruleId}`), ['error input-too-many-blocks']);
  });

  it('reports a YAML front matter nested 10,000 deep as a YAML error', () => {
    const p = processFile({ file: 'deep.md', text: `---\ntitle: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\nBody.` });
    assert.deepEqual(p.extracted.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line} ${d.ruleId}`), ['2 front-matter-yaml']);
  });

  it('gives guard warnings in file lines, after the front matter', () => {
    const { diagnostics } = guardLayout('f.md', [{ markdown: '- '.repeat(40) + 'x', line: 3 }], 5);
    assert.deepEqual(diagnostics.map((d) => `${d.line} ${d.ruleId}`), ['7 input-deep-nesting']);
  });
});

describe('cutting long text', () => {
  it('makes pieces no longer than the limit that give the text back, never splitting a character or an escape', () => {
    const texts = ['One. Two three. Four five six. '.repeat(50), 'x'.repeat(95), '😀'.repeat(60), '\\*'.repeat(70), 'word '.repeat(40)];
    for (const text of texts) {
      const pieces = cutAtSentences(text, 25);
      assert.ok(pieces.every((p) => p.length <= 25 && p.length > 0), JSON.stringify(pieces.slice(0, 3)));
      assert.equal(pieces.join('').replace(/\s+/g, ''), text.replace(/\s+/g, ''));
      assert.ok(pieces.every((p) => !/[\uD800-\uDBFF]$/u.test(p) && (p.length - p.replace(/\\+$/u, '').length) % 2 === 0));
    }
    assert.deepEqual(cutAtSentences('Short one. Another short one.', 20), ['Short one.', 'Another short one.']);
  });
});
