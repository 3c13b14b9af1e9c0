import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseReport } from '../src/parse-report.ts';
import { renderReportHtml } from '../src/render-report-html.ts';

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
});
