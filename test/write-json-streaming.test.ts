import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { writeJsonStreaming } from '../src/write-json-streaming.ts';
import { tempDir } from './helpers.ts';

const cases: Record<string, object> = {
  'nested arrays and objects': { schemaVersion: 1, reports: [{ id: 'a', claims: [{ text: 'Line one\nline two “quoted”', places: [] }], date: null }, { id: 'b', tags: ['x', 'y'] }], days: [] },
  'empty arrays and objects, skipped undefined keys': { list: [], map: {}, gone: undefined, also: 'kept' },
  'arrays holding scalars and undefined': { values: [1, 'two', null, undefined, true, [], [3]] },
  'an empty object': {},
  'a top-level array': [{ a: 1 }, 2],
};

describe('streaming JSON writer', () => {
  for (const [name, value] of Object.entries(cases)) {
    it(`writes the same bytes as JSON.stringify with two-space indent: ${name}`, async () => {
      const path = join(await tempDir('json-'), 'out.json');
      await writeJsonStreaming(path, value);
      assert.equal(await readFile(path, 'utf8'), `${JSON.stringify(value, null, 2)}\n`);
    });
  }

  it('writes arrays larger than one write chunk whole', async () => {
    const value = { items: Array.from({ length: 30_000 }, (_, i) => ({ n: i, text: `item ${i} ${'x'.repeat(40)}` })) };
    const path = join(await tempDir('json-'), 'big.json');
    await writeJsonStreaming(path, value);
    assert.equal(await readFile(path, 'utf8'), `${JSON.stringify(value, null, 2)}\n`);
  });
});
