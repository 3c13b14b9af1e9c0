import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseReport } from '../src/parse-report.ts';
import { toHtml } from 'hast-util-to-html';
import { renderReportHtml, renderReportTree } from '../src/render-report-html.ts';

describe('renderReportHtml', () => {
  const parsed = parseReport({ file: 'note.txt', text: 'A short note\n\n• The ferry ran late, the harbour office said.\n\nA closing paragraph.' });
  const ids = parsed.blocks.map((b) => b.id);

  it('marks a bullet claim with its side, not only paragraphs', () => {
    const out = renderReportHtml(parsed.tree, [{ spans: [ids[1]!], side: 'baku' }], []);
    assert.match(out, new RegExp(`<li id="${ids[1]}" class="claim side-baku" data-sides="baku">`));
  });

  it('marks set-aside blocks with their reason and keeps every id unprefixed', () => {
    const out = renderReportHtml(parsed.tree, [], [{ anchor: ids[0]!, reason: 'title' }]);
    assert.match(out, new RegExp(`<p id="${ids[0]}" class="set-aside set-aside-title">`));
    for (const id of ids) assert.match(out, new RegExp(`id="${id}"`));
    assert.doesNotMatch(out, /user-content-/);
  });

  it('does not change the tree it is given', () => {
    const before = JSON.stringify(parsed.tree);
    renderReportHtml(parsed.tree, [{ spans: [ids[2]!], side: 'yerevan' }], []);
    assert.equal(JSON.stringify(parsed.tree), before);
  });

  it('returns the tree its HTML is made of, final newline included, so the page text needs no second parse', () => {
    const claims = [{ spans: [ids[1]!], side: 'international' as const }];
    const setAside = [{ anchor: ids[0]!, reason: 'title' as const }];
    const hast = renderReportTree(parsed.tree, claims, setAside);
    const html = renderReportHtml(parsed.tree, claims, setAside);
    assert.equal(toHtml(hast), html);
    assert.match(html, /<\/p>\n$/);
  });

  it('renders a pipe table as valid HTML: aligned columns as classes, header cells scoped, every cell of a long row', () => {
    const table = parseReport({ file: 't.md', text: 'Losses\n\n| Side | Killed |\n|:--|--:|\n| Baku | 4 | disputed |' });
    const [head, row] = table.blocks.filter((b) => b.kind !== 'paragraph');
    const html = renderReportHtml(table.tree, [{ spans: [row!.id], side: 'baku' }], [{ anchor: head!.id, reason: 'heading' }]);
    assert.match(html, new RegExp(`<tr id="${head!.id}" class="set-aside set-aside-heading">\n<th class="align-left" scope="col">Side</th>\n<th class="align-right" scope="col">Killed</th>\n<th scope="col"></th>`));
    assert.match(html, new RegExp(`<tr id="${row!.id}" class="claim side-baku" data-sides="baku">\n<td class="align-left">Baku</td>\n<td class="align-right">4</td>\n<td>disputed</td>`));
    assert.doesNotMatch(html, /\salign=/);
  });

  it('keeps the sanitiser: no raw HTML, no javascript: link, no event handler', () => {
    const hostile = parseReport({ file: 'h.md', text: 'A [trap](javascript:void(0)) and <b onclick="x()">bold</b> and ![i](javascript:y)\n\n<script>z()</script>' });
    const html = renderReportHtml(hostile.tree, [], []);
    assert.doesNotMatch(html, /<script|<b[ >]|<[^>]*(?:onclick|javascript:)/u);
    assert.match(html, /<a>trap<\/a>/u);
    assert.match(html, /&#x3C;b onclick="x\(\)">bold/u, 'raw HTML is shown as its text');
  });

  it('renders an empty report as nothing, without a final newline', () => {
    const empty = parseReport({ file: 'e.md', text: '' });
    assert.equal(renderReportHtml(empty.tree, [], []), '');
  });
});
