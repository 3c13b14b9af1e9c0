import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyBlocks } from '../src/classify-blocks.ts';
import { liveItems } from '../src/live-items.ts';
import { parseReport } from '../src/parse-report.ts';

/** The first words of the paragraphs `liveItems` puts in live-page items. */
function items(text: string): string[] {
  const { blocks } = parseReport({ file: 'page.md', text });
  const found = liveItems(blocks, classifyBlocks(blocks, null));
  return [...found].map((i) => blocks[i]!.text.split(' ').slice(0, 2).join(' '));
}

describe('liveItems', () => {
  it('reads a page of short news headlines, each over a paragraph or two, as live items', () => {
    const page = '# Talks in Geneva: live\n\n### Baku says two drones were downed near Terter\n\nThe ministry gave no details.\n\n### Yerevan says its envoy has left for Geneva\n\nThe envoy will meet the mediators.\n\nA second meeting may follow.\n';
    assert.deepEqual(items(page), ['The ministry', 'The envoy', 'A second']);
  });

  it('takes a story’s dateline with its author, set as a heading, for no headline', () => {
    const page = '# The truce broke within hours\n\n5 November 2020, 18:20 | Maria Example\n\nThe ceasefire agreed on Wednesday did not hold a day.\n\n### Reactions in the region\n\nThe Iranian Foreign Ministry urged restraint.\n';
    assert.deepEqual(items(page), []);
  });

  it('reads a crosshead over paragraphs of different speakers as a section, each paragraph on its own, not as one item', () => {
    const page = '# Ceasefire talks: live\n\n### Baku says Terter was shelled overnight\n\nThe ministry gave no figure.\n\n### Reactions from abroad\n\nThe Iranian Foreign Ministry said it was ready to host talks.\n\nThe French president said the fighting must stop.\n\n### Yerevan says its envoy has left for Geneva\n\nThe envoy will meet the mediators.\n';
    assert.deepEqual(items(page), ['The ministry', 'The envoy']);
  });
});
