import assert from 'node:assert/strict';
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { ROOT, SEEDS, runBuild, tempDir } from './helpers.ts';
import { snapshot, writeTree } from './trust-support.ts';

const REVERSE_LISTING = pathToFileURL(join(ROOT, 'test', 'fixtures', 'trust', 'reverse-listing.ts')).href;

// The five seeds, used whole, plus reports whose dates and names are the usual suspects of
// nondeterminism: a front matter date (a UTC-midnight Date elsewhere), a date without a year,
// names in several scripts, two names that clash.
const EXTRA = {
  'extra/front-matter-date.md': '---\ntitle: Midnight date\ndate: 2020-11-05\n---\nThe ministry said the clock struck twelve.',
  'extra/no-year.txt': 'Overview as of November 6\nOfficials said the bridge stayed closed.',
  'extra/Ночь.txt': 'Night note, November 7, 2020\nThe ministry said the night was long.',
  'extra/日報.md': 'Daily note, November 7, 2020\nObservers said the road was busy.',
  'extra/twin a.txt': 'Twin one, November 8, 2020\nOfficials said one.',
  'extra/twin-a.txt': 'Twin two, November 8, 2020\nOfficials said two.',
};

describe('deterministic output', () => {
  it('writes byte-identical sites whatever the time zone and the order the file system lists files in', async () => {
    const dir = await tempDir('trust-det-');
    const seeds = join(dir, 'seeds');
    await cp(SEEDS, seeds, { recursive: true });
    await writeTree(seeds, EXTRA);
    const runs: { label: string; env: NodeJS.ProcessEnv }[] = [
      { label: 'UTC', env: { TZ: 'UTC' } },
      { label: 'Kiritimati', env: { TZ: 'Pacific/Kiritimati' } },
      { label: 'Los Angeles, reversed listing', env: { TZ: 'America/Los_Angeles', NODE_OPTIONS: `--import tsx --import ${REVERSE_LISTING}` } },
    ];
    const results = await Promise.all(
      runs.map(async ({ label, env }) => {
        const out = join(dir, label.replace(/\W+/gu, '-'));
        const result = await runBuild(['--seeds', seeds, '--out', out], env);
        assert.equal(result.code, 0, `${label}: ${result.stderr}`);
        return { label, files: await snapshot(out), stderr: result.stderr };
      }),
    );
    const [first, ...others] = results;
    const records = JSON.parse(await readFile(join(dir, 'UTC', 'data', 'records.json'), 'utf8')) as { reports: { file: string; date: string | null }[] };
    assert.equal(records.reports.find((r) => r.file === 'extra/front-matter-date.md')?.date, '2020-11-05', 'a front matter date is never shifted by the time zone');
    assert.ok(first!.files.size > 10);
    for (const other of others) {
      assert.deepEqual([...other.files.keys()], [...first!.files.keys()], `${other.label}: same files`);
      for (const [path, bytes] of first!.files) assert.ok(bytes.equals(other.files.get(path)!), `${other.label}: ${path} differs`);
      assert.equal(other.stderr, first!.stderr, `${other.label}: same diagnostics in the same order`);
    }
  });
});
