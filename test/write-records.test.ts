import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Records } from '../src/model.ts';
import { runPipeline } from '../src/process-report.ts';
import { writeRecords } from '../src/write-records.ts';
import { tempDir } from './helpers.ts';

describe('writing records.json', () => {
  it('writes exactly what JSON.stringify(records, null, 2) would, report by report', async () => {
    const corpus = runPipeline([
      { file: 'a.txt', text: 'First note, November 3, 2020\nThe ministry said “quoted\nwords” and more.\n• A bullet with \\ backslash and \u2028 separator.' },
      { file: 'b.md', text: '---\ndate: 2020-11-04\n---\nOfficials said nothing.' },
      { file: 'c.txt', text: 'A note without a day' },
    ]);
    const empty: Records = { schemaVersion: 1, reports: [], days: [] };
    for (const records of [corpus.records, empty]) {
      const path = join(await tempDir(), 'records.json');
      await writeRecords(path, records);
      assert.equal(await readFile(path, 'utf8'), JSON.stringify(records, null, 2) + '\n');
    }
  });
});
