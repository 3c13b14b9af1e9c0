import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SetAside } from '../src/model.ts';
import { reportText } from '../src/site/report-text.ts';

// Report HTML as the pipeline renders it: ids on every block, sides on claim blocks.
const piece = (anchor: string, reason: SetAside['reason'], explanation: string): SetAside => ({ anchor, text: '', reason, explanation, line: 1 });

describe('report text on the report page', () => {
  it('starts each claim paragraph with the names of its sides and keeps its id', () => {
    const out = reportText('<p id="p2" class="claim side-baku side-yerevan" data-sides="baku yerevan">Both capitals spoke about the dam.</p>', []);
    assert.match(out, /<p id="p2" class="claim side-baku side-yerevan"[^>]*><span class="side-tag side-tag-baku">Baku<span class="visually-hidden">:<\/span><\/span> <span class="side-tag side-tag-yerevan">Yerevan/);
    assert.match(out, /<\/span> Both capitals spoke about the dam\.<\/p>/);
  });

  it('marks claim list items from data-sides even when their class was stripped, labelling the paragraph inside', () => {
    const out = reportText('<ul>\n<li id="p3" class="" data-sides="international">\n<p>Aid lorries crossed at dawn.</p>\n</li>\n</ul>', []);
    assert.match(out, /<li id="p3" class="claim side-international"[^>]*>\s*<p><span class="side-tag side-tag-international">International/);
  });

  it('folds a run of set-aside blocks into one details element giving each reason, ids intact', () => {
    const out = reportText('<p id="p1" class="set-aside set-aside-chrome">Sign in to comment</p>\n<p id="p2" class="set-aside set-aside-caption">A photo of the harbour</p>\n<p id="p3" class="claim side-baku" data-sides="baku">The harbour reopened.</p>', [
      piece('p1', 'chrome', 'Words of the news site to its reader.'),
      piece('p2', 'caption', 'An image caption.'),
    ]);
    const folds = out.match(/<details/g) ?? [];
    assert.equal(folds.length, 1);
    assert.match(out, /<summary>Set aside \(2 pieces\): site chrome, caption<span class="set-aside-preview"> — Sign in to comment<\/span><\/summary>/);
    assert.match(out, /Words of the news site to its reader\.<\/p><p id="p1"/);
    assert.match(out, /An image caption\.<\/p><p id="p2"/);
    assert.ok(out.indexOf('</details>') < out.indexOf('id="p3"'), 'the claim after the run stays unfolded');
  });

  it('folds a set-aside list item inside the item, so the list stays valid', () => {
    const out = reportText('<ul>\n<li id="p5" class="">\n<p>Follow us on the radio</p>\n</li>\n</ul>', [piece('p5', 'teaser', 'A teaser.')]);
    assert.match(out, /<li id="p5"[^>]*><details class="set-aside-fold">/);
  });

  it('labels a claim row in its first cell and leaves set-aside rows and cells in the table, so the table stays valid', () => {
    const html = '<table><thead><tr id="p1"><th>Side</th><th>Killed</th></tr></thead><tbody><tr id="p2" data-sides="baku"><td>Baku</td><td>4</td></tr><tr id="p3"><td>Share this</td><td></td></tr></tbody></table>';
    const out = reportText(html, [piece('p1', 'heading', 'Column names.'), piece('p3', 'chrome', 'Site chrome.')]);
    assert.match(out, /<tr id="p2" data-sides="baku" class="claim side-baku"><td><span class="side-tag side-tag-baku">Baku<span class="visually-hidden">:<\/span><\/span> Baku<\/td>/);
    assert.match(out, /<tr id="p3" title="Set aside: site chrome. Site chrome.">/);
    assert.match(out, /<tr id="p1"><th>Side<\/th>/);
    assert.doesNotMatch(out, /<details/);
  });

  it('keeps headings in place as headings, below the page’s own h1 and h2', () => {
    const out = reportText('<p id="p1" class="set-aside set-aside-heading">News from the valley</p>\n<h1 id="p2">Morning</h1>', [piece('p1', 'heading', 'A heading.')]);
    assert.match(out, /<h3 id="p1"[^>]*>News from the valley<\/h3>/);
    assert.match(out, /<h3 id="p2">Morning<\/h3>/);
    assert.doesNotMatch(out, /<details/);
  });

  it('keeps escaped text escaped', () => {
    const out = reportText('<p id="p1" class="claim side-baku" data-sides="baku">Type &lt;script&gt; to see nothing happen.</p>', []);
    assert.match(out, /&#x3C;script>|&lt;script&gt;/);
    assert.doesNotMatch(out, /<script/);
  });
});
