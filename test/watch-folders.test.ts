import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { watchFolders } from '../scripts/watch-folders.ts';
import { tempDir, until } from './helpers.ts';

describe('watching the seeds folder', () => {
  it('rebuilds once for a burst of changes, with every changed path', async () => {
    const dir = await tempDir('watch-');
    const calls: string[][] = [];
    const watch = watchFolders([dir], async (changed) => void calls.push([...changed]), (error) => assert.fail(String(error)), { quietMs: 500 });
    try {
      await watch.ready;
      for (const name of ['a.md', 'b.md', 'c.txt']) await writeFile(join(dir, name), `Report ${name}\n`);
      await until(() => calls.length > 0, 'a rebuild starts');
      await sleep(700);
      assert.deepEqual(calls, [['a.md', 'b.md', 'c.txt'].map((n) => join(dir, n))]);
    } finally {
      await watch.close();
    }
  });

  it('never runs two rebuilds at once: a change during one makes one more after it', async () => {
    const dir = await tempDir('watch-');
    const calls: string[][] = [];
    let running = 0;
    let overlapped = false;
    let release!: () => void;
    const watch = watchFolders(
      [dir],
      async (changed) => {
        overlapped ||= running > 0;
        running++;
        calls.push([...changed]);
        if (calls.length === 1) await new Promise<void>((resolve) => (release = resolve));
        running--;
      },
      (error) => assert.fail(String(error)),
      { quietMs: 50 },
    );
    try {
      await watch.ready;
      await writeFile(join(dir, 'first.md'), 'One\n');
      await until(() => calls.length === 1, 'the first rebuild starts');
      await writeFile(join(dir, 'second.md'), 'Two\n');
      await writeFile(join(dir, 'third.md'), 'Three\n');
      // Quiet long enough for a rebuild to start, were the first one not still running.
      await sleep(400);
      assert.equal(calls.length, 1);
      release();
      await until(() => calls.length === 2, 'the second rebuild starts');
      await sleep(300);
      assert.equal(calls.length, 2);
      assert.deepEqual(calls[0], [join(dir, 'first.md')]);
      // first.md too when the last event of its write came once the first rebuild had started
      // (a busy machine): it may have changed after that rebuild read it, so it is built again.
      assert.deepEqual(
        calls[1]!.filter((p) => !p.endsWith('first.md')),
        [join(dir, 'second.md'), join(dir, 'third.md')],
      );
      assert.equal(overlapped, false);
    } finally {
      await watch.close();
    }
  });

  it('does not see changes in the folders it is told to ignore, and goes on after a failed rebuild', async () => {
    const dir = await tempDir('watch-');
    const out = join(dir, 'out');
    await mkdir(out);
    const calls: string[][] = [];
    const errors: unknown[] = [];
    const watch = watchFolders(
      [dir],
      async (changed) => {
        calls.push([...changed]);
        if (calls.length === 1) throw new Error('the seeds hold an error');
      },
      (error) => errors.push(error),
      { ignore: [out], quietMs: 50 },
    );
    try {
      await watch.ready;
      await writeFile(join(out, 'index.html'), '<p>built</p>\n');
      await writeFile(join(dir, 'bad.md'), 'A report\n');
      await until(() => errors.length === 1, 'the failed rebuild is reported');
      await sleep(200);
      const before = calls.length;
      await writeFile(join(dir, 'bad.md'), 'A report, mended\n');
      await until(() => calls.length > before, 'a rebuild follows the next change');
      // Never the ignored folder's file; bad.md in every rebuild (twice in a row on a busy machine, see above).
      assert.ok(calls.every((c) => c.length === 1 && c[0] === join(dir, 'bad.md')), JSON.stringify(calls));
      assert.match(String(errors[0]), /the seeds hold an error/u);
    } finally {
      await watch.close();
    }
  });
});
