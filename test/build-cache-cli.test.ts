import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runBuild, SEEDS, tempDir } from './helpers.ts';

describe('the build command’s cache options', () => {
  it('keeps the cache in the folder given by --cache and reports what it reused', async () => {
    const dir = await tempDir();
    const args = ['--seeds', SEEDS, '--out', join(dir, 'site'), '--cache', join(dir, 'my-cache')];
    const first = await runBuild(args);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Cache: 0 report\(s\) reused, 5 processed/);
    assert.equal((await readdir(join(dir, 'my-cache', 'reports'))).length, 5);
    // --force: the site is up to date, and would not be built again otherwise (below).
    const second = await runBuild([...args, '--force']);
    assert.match(second.stdout, /Cache: 5 report\(s\) reused, 0 processed/);
  });

  it('neither reads nor writes a cache with --no-cache', async () => {
    const dir = await tempDir();
    const result = await runBuild(['--seeds', SEEDS, '--out', join(dir, 'site'), '--no-cache']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Cache off/);
    assert.deepEqual((await readdir(dir)).sort(), ['site']);
  });
});
