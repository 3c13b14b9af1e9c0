import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { replaceFile } from '../src/replace-file.mjs';
import { tempDir } from './helpers.ts';

describe('replacing a file', () => {
  it('puts the new bytes under the name and leaves nothing else behind', async () => {
    const dir = await tempDir('replace-');
    const path = join(dir, 'index.json');
    await writeFile(path, '{"old":true}');
    await replaceFile(path, '{"new":true}');
    assert.equal(await readFile(path, 'utf8'), '{"new":true}');
    assert.deepEqual(await readdir(dir), ['index.json']);
  });

  it('removes its temporary file when the rename fails, and says why', async () => {
    const dir = await tempDir('replace-');
    // A folder cannot be replaced by a file.
    await mkdir(join(dir, 'taken'));
    await assert.rejects(replaceFile(join(dir, 'taken'), 'text'), /EISDIR|ENOTEMPTY|EEXIST|EPERM/u);
    assert.deepEqual(await readdir(dir), ['taken']);
  });
});
