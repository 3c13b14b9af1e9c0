import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { describeError, printDiagnostics } from '../scripts/cli.ts';
import type { SourceFile } from '../src/model.ts';
import { processFile } from '../src/pipeline.ts';

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
