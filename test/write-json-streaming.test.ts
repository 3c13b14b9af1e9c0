import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { writeJsonStreaming } from '../src/write-json-streaming.ts';
import { tempDir } from './helpers.ts';

async function written(value: object, onItem?: Parameters<typeof writeJsonStreaming>[2]): Promise<string> {
  const path = join(await tempDir('json-'), 'out.json');
  await writeJsonStreaming(path, value, onItem);
  return readFile(path, 'utf8');
}

describe('streaming JSON writer', () => {
  it('puts each element of a top-level array on a line of its own', async () => {
    const value = { version: 1, reports: [{ id: 'a', text: 'Line one\nline two “quoted”' }, { id: 'b', places: [] }], days: [], gone: undefined };
    assert.equal(await written(value), '{"version":1,"reports":[\n{"id":"a","text":"Line one\\nline two “quoted”"},\n{"id":"b","places":[]}\n],"days":[]}\n');
  });

  it('writes what JSON.parse reads back as the same value, nulls for undefined elements included', async () => {
    const value = { empty: {}, nested: { list: [1, [2]] }, values: [1, 'two', null, undefined, true, [], [3]] };
    assert.deepEqual(JSON.parse(await written(value)), JSON.parse(JSON.stringify(value)));
  });

  it('hands over the JSON of every element it writes, in order', async () => {
    const seen: string[] = [];
    await written({ a: [{ x: 1 }, 2], b: ['c'] }, (key, i, json) => seen.push(`${key}[${i}]=${json}`));
    assert.deepEqual(seen, ['a[0]={"x":1}', 'a[1]=2', 'b[0]="c"']);
  });

  it('writes arrays larger than one write chunk whole', async () => {
    const value = { items: Array.from({ length: 30_000 }, (_, i) => ({ n: i, text: `item ${i} ${'x'.repeat(40)}` })) };
    const text = await written(value);
    assert.deepEqual(JSON.parse(text), value);
    assert.equal(text.split('\n').length, 30_000 + 2 + 1);
  });
});
