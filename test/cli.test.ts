import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it, mock } from 'node:test';
import { describeError, printDiagnostics, WARNINGS_PER_RULE } from '../scripts/cli.ts';
import type { SourceFile } from '../src/model.ts';
import { processFile } from '../src/pipeline.ts';
import { runBuild, runScript, tempDir, type CliResult } from './helpers.ts';
import { readRecords } from './records-file.ts';
import { writeTree } from './trust-support.ts';

describe('internal failures', () => {
  it('come back from processFile as an error naming the file, with the stack kept aside', () => {
    const broken = {
      file: 'trips-a-bug.txt',
      get text(): string {
        throw new TypeError('a stage tripped');
      },
    } as SourceFile;
    const { extracted, html } = processFile(broken);
    assert.equal(html, '');
    assert.deepEqual(extracted.diagnostics.map((d) => `${d.file} ${d.severity} ${d.ruleId}`), ['trips-a-bug.txt error internal-error']);
    assert.match(extracted.diagnostics[0]!.message, /a stage tripped/u);
    assert.match(extracted.diagnostics[0]!.stack ?? '', /TypeError: a stage tripped\n\s+at /u);
  });

  it('are printed without their stack, unless --debug is given', () => {
    const { extracted } = processFile({ file: 'x.txt', get text(): string { throw new Error('boom'); } } as SourceFile);
    const printed = (debug: boolean) => {
      const error = mock.method(console, 'error', () => undefined);
      try {
        printDiagnostics(extracted.diagnostics, 'seeds', { command: 'npm run build', allWarnings: false, debug, recordsFile: null });
        return error.mock.calls.map((c) => String(c.arguments[0])).join('\n');
      } finally {
        mock.restoreAll();
      }
    };
    assert.match(printed(false), /^seeds\/x\.txt: error: The report could not be processed \(boom\)\. \[internal-error\]/u);
    assert.doesNotMatch(printed(false), /\n\s+at /u);
    assert.match(printed(true), /\n\s+at /u);
  });

  it('are described with the messages of their causes', () => {
    const outer = Object.assign(new Error('Having trouble writing'), { originalError: new Error('the disk is full', { cause: new Error('ENOSPC') }) });
    assert.equal(describeError(outer), 'Having trouble writing: the disk is full: ENOSPC');
  });
});

describe('warnings of one rule beyond the limit', () => {
  // Three more undated notes than the limit: each gets one date-missing warning and nothing else.
  const notes = WARNINGS_PER_RULE + 3;
  let dir: string;
  let cut: CliResult;
  let all: CliResult;
  const printed = (r: CliResult) => r.stderr.split('\n').filter((l) => / warning: .*\[date-missing\]$/u.test(l)).length;

  before(async () => {
    dir = await tempDir('warnings-cut-');
    const files: Record<string, string> = {};
    for (let i = 1; i <= notes; i++) files[`note-${String(i).padStart(2, '0')}.txt`] = `Harbour note ${i}\n\nThe harbour master kept berth ${i} closed until the wind dropped.\n`;
    await writeTree(join(dir, 'seeds'), files);
    [cut, all] = await Promise.all([
      runBuild(['--seeds', join(dir, 'seeds'), '--out', join(dir, 'site'), '--no-cache']),
      runBuild(['--seeds', join(dir, 'seeds'), '--out', join(dir, 'site-all'), '--no-cache', '--all-warnings']),
    ]);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('are cut by default to the first ones, with one line saying how many more and where to find them', async () => {
    assert.equal(cut.code, 0, cut.stderr);
    assert.equal(printed(cut), WARNINGS_PER_RULE);
    assert.match(cut.stderr, /note-01\.txt: warning: /u, 'the first in sorted order are the ones printed');
    assert.doesNotMatch(cut.stderr, new RegExp(`note-${notes}\\.txt`, 'u'));
    const records = join(dir, 'site', 'data', 'records.json');
    assert.ok(cut.stderr.includes(`… and 3 more date-missing warning(s) (npm run build -- --all-warnings prints every one; each report's warnings are in ${records})`), cut.stderr);
    assert.match(cut.stdout, new RegExp(`, ${notes} warning\\(s\\)\\.`, 'u'), 'the closing line counts every warning');
    assert.equal((await readRecords(records)).reports.filter((r) => r.warnings.length === 1).length, notes, 'every warning is kept in the records');
  });

  it('are all printed with --all-warnings, with no cut line', () => {
    assert.equal(all.code, 0, all.stderr);
    assert.equal(printed(all), notes);
    assert.doesNotMatch(all.stderr, /more date-missing/u);
    assert.match(all.stdout, new RegExp(`, ${notes} warning\\(s\\)\\.`, 'u'));
  });

  it('are cut the same way by npm run check, which names its own command', async () => {
    const check = await runScript('check', ['--seeds', join(dir, 'seeds')]);
    assert.equal(check.code, 0, check.stderr);
    assert.equal(printed(check), WARNINGS_PER_RULE);
    assert.match(check.stderr, /… and 3 more date-missing warning\(s\) \(npm run check -- --all-warnings prints every one\)$/mu);
  });
});
