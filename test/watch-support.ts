import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT } from './helpers.ts';

/** A command that goes on running (`npm run build -- --watch`, `npm run serve`), as a user starts it. */
export interface Running {
  /** Everything it printed so far, stdout and stderr as they came. */
  output(): string;
  /** Waits until it has printed `count` lines matching `pattern` (60 s at most), counting from `output()`'s offset `since`. */
  printed(pattern: RegExp, count?: number, since?: number): Promise<void>;
  /** Its exit code, once it exits. */
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
}

/** Starts `npm run <script> -- …args` (through scripts/run.mjs, as package.json does). */
export function start(script: string, args: readonly string[]): Running {
  let output = '';
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'run.mjs'), script, ...args], { cwd: ROOT });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return {
    output: () => output,
    async printed(pattern, count = 1, since = 0) {
      const end = Date.now() + 60_000;
      while ((output.slice(since).match(new RegExp(pattern.source, 'gmu')) ?? []).length < count) {
        if (Date.now() > end) assert.fail(`timed out waiting for ${count} × ${pattern}; output:\n${output}`);
        await sleep(50);
      }
    },
    exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
    kill: (signal) => void child.kill(signal),
  };
}
