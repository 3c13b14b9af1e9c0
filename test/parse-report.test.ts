import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseReport, withoutMarkup } from '../src/parse-report.ts';
import { processFile } from '../src/pipeline.ts';
import { renderReportHtml } from '../src/render-report-html.ts';

const texts = (text: string, file = 'a.txt') => parseReport({ file, text }).blocks.map((b) => [b.kind, b.text]);

describe('parseReport and HTML left in a report', () => {
  it('reads a block’s text without the tags of known elements: a block tag or a line break is a space, an inline tag nothing', () => {
    assert.equal(withoutMarkup('<p>By <strong>Mara Lind</strong> &amp; <A HREF="x">Ivo</A></p>'), ' By Mara Lind &amp; Ivo ');
    assert.equal(withoutMarkup('One was hurt.<br/>Two fled.</li><li>Three'), 'One was hurt. Two fled.  Three');
    // An HTML comment is page code: out of the text, as a script is.
    assert.equal(withoutMarkup('a <Baku> b < c, <x-unknown> and <!-- a note -->'), 'a <Baku> b < c, <x-unknown> and  ');
    assert.equal(withoutMarkup('Calm. <script type="x">var a = "<p>";</script>Then <style>p{}</style>more.'), 'Calm.  Then  more.');
  });

  it('reads a block’s text without the HTML comments inside its line, and warns of a comment never closed, naming its line', () => {
    const parsed = parseReport({ file: 'c.md', text: '---\ntitle: A\n---\nThe ministry said <!-- check --> two were hurt.\n<!-- sidebar\nThe army said so.' });
    assert.deepEqual(parsed.blocks.map((b) => b.text), ['The ministry said two were hurt.', '<!-- sidebar', 'The army said so.']);
    assert.deepEqual(parsed.diagnostics.map((d) => [d.file, d.line, d.ruleId, d.severity]), [['c.md', 5, 'html-comment-unclosed', 'warning']]);
  });

  it('keeps a <meta> element giving the publication date as a block, so the page is dated by it', () => {
    const page = '<html><head>\n<meta name="viewport" content="width=device-width">\n<meta property="article:published_time" content="2020-10-05T14:05:00Z">\n<title>Shelling near the town | Example News</title>\n</head><body>\n<p>The ministry said the town was shelled overnight.</p>';
    assert.deepEqual(parseReport({ file: 'a.html', text: page }).blocks.map((b) => b.text), [
      '<meta property="article:published_time" content="2020-10-05T14:05:00Z">',
      'Shelling near the town | Example News',
      'The ministry said the town was shelled overnight.',
    ]);
    const { extracted } = processFile({ file: 'a.html', text: page });
    assert.deepEqual([extracted.date?.year, extracted.date?.month, extracted.date?.day], [2020, 10, 5]);
  });

  it('keeps the first 2,000 characters of a long page-code element in its block, and the publication date it gives', () => {
    const script = `<script type="application/ld+json">{"a": "${'x'.repeat(50_000)}", "datePublished": "2020-10-29T14:05:00+04:00"}</script>`;
    const page = `Shelling near the town\n${script}\nThe ministry said the town was shelled overnight.`;
    const blocks = parseReport({ file: 'a.html', text: page }).blocks;
    assert.ok(blocks[1]!.text.length < 2_100, 'the block is short');
    assert.ok(blocks[1]!.text.startsWith('<script type="application/ld+json">{"a": "xxx'));
    const { extracted } = processFile({ file: 'a.html', text: page });
    assert.deepEqual([extracted.date?.year, extracted.date?.month, extracted.date?.day], [2020, 10, 29]);
  });

  it('reads an address in angle brackets as text, not as a tag its first letters name', () => {
    assert.equal(withoutMarkup('sent by <p.roe@example.am> and <a.x@example.org>, she said'), 'sent by <p.roe@example.am> and <a.x@example.org>, she said');
    assert.deepEqual(texts('The ministry, in a note sent by <p.roe@example.am>, said the town was shelled overnight.'), [
      ['paragraph', 'The ministry, in a note sent by p.roe@example.am, said the town was shelled overnight.'],
    ]);
  });

  it('gives blocks their text without tags and with entities decoded, a feed’s escaped tags included', () => {
    assert.deepEqual(texts('<p class="lead">The <b>army</b> said so.</p> <p>Baku&#8217;s view.</p>\ndescription: &lt;p&gt;Shelling went on.&lt;/p&gt;'), [
      ['paragraph', 'The army said so.'],
      ['paragraph', 'Baku’s view.'],
      ['paragraph', 'description: Shelling went on.'],
    ]);
  });

  it('makes no block of a paragraph of tags alone, one block of a run of page code as written, and shows both on the page as text', () => {
    const text = 'Title\n<link rel="canonical" href="https://example.org/a">\n</div>\n<script type="application/ld+json">{"headline": "A *b* [c](d)"}</script>\n<style>\n  .a > b { x: 1 }\n</style>\nThe ministry said so.';
    const parsed = parseReport({ file: 'a.md', text });
    assert.deepEqual(parsed.blocks.map((b) => [b.id, b.text, b.line]), [
      ['p1', 'Title', 1],
      ['p2', '<script type="application/ld+json">{"headline": "A *b* [c](d)"}</script> <style> .a > b { x: 1 } </style>', 4],
      ['p3', 'The ministry said so.', 8],
    ]);
    const html = renderReportHtml(parsed.tree, [], []);
    assert.doesNotMatch(html, /<(?:script|style|link)\b/u);
    assert.ok(html.includes('{"headline": "A *b* [c](d)"}'), 'the code is shown as written, no Markdown read in it');
    assert.ok(html.includes('.a > b { x: 1 }'), 'the style sheet is shown');
    assert.ok(html.includes('&#x3C;link rel="canonical" href="https://example.org/a">'), 'the tag alone is shown as text');
  });
});

describe('parseReport and numbered lists, block quotations', () => {
  it('marks an item of a numbered list as numbered, and no other bullet', () => {
    const blocks = parseReport({ file: 'a.txt', text: '1. One paragraph.\n\n2. Another one.\n\n• A bullet.\n\n- Another bullet.' }).blocks;
    assert.deepEqual(blocks.map((b) => [b.kind, b.numbered ?? false]), [['bullet', true], ['bullet', true], ['bullet', false], ['bullet', false]]);
  });

  it('marks a block quotation as quoted, and no other paragraph', () => {
    const blocks = parseReport({ file: 'a.md', text: 'The minister wrote:\n\n> We will not stop. Our troops hold.\n\nThe town was calm.' }).blocks;
    assert.deepEqual(blocks.map((b) => [b.text, b.quoted ?? false]), [['The minister wrote:', false], ['We will not stop. Our troops hold.', true], ['The town was calm.', false]]);
  });
});
