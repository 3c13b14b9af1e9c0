import { spawn } from 'node:child_process';
import { ROOT, scriptCommand, until } from './helpers.ts';

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

/** Starts `npm run <script> -- …args` (`scriptCommand`). */
export function start(script: string, args: readonly string[]): Running {
  let output = '';
  const child = spawn(...scriptCommand(script, args), { cwd: ROOT });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return {
    output: () => output,
    async printed(pattern, count = 1, since = 0) {
      const lines = new RegExp(pattern.source, 'gmu');
      await until(() => (output.slice(since).match(lines) ?? []).length >= count, () => `${count} × ${pattern} is printed; output:\n${output}`, 60_000);
    },
    exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
    kill: (signal) => void child.kill(signal),
  };
}
