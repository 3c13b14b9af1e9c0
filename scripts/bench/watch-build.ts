/**
 * Rebuilds of a watching build (`--watch`), timed as an editor meets them: from the moment a
 * change is written to the seeds until the build prints that it is done. Wall time only: the
 * process runs through all the changes, so GNU time could give only the whole process's.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Command } from './baseline-site.ts';
import { type Sample, TAIL_CHARS, TIMEOUT_MS } from './measure.ts';
import type { Undo } from './corpus-edits.ts';

/** The line our build prints once it watches, and again at the end of each rebuild. */
const WATCHING = /^(?:Done in .*\. )?Watching .*$/u;
const FAILED = /^Build failed/u;

/**
 * Starts `command` with `--watch`, waits until it watches, then makes each change in turn and
 * measures the rebuild it causes. Every change is undone at the end, and the process stopped.
 * The peak RSS of the watching process (its first build included) is returned beside the samples.
 */
export async function measureWatchRebuilds(command: Command, changes: readonly (() => Promise<Undo>)[]): Promise<{ samples: Sample[]; peakRssMiB: number | null }> {
  const child = spawn(command.cmd, [...command.args, '--watch'], { cwd: command.cwd, env: command.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  let partial = '';
  let cycles = 0;
  let failures = 0;
  let gone = false;
  const waiters: (() => void)[] = [];
  const wake = (): void => waiters.splice(0).forEach((w) => w());
  const take = (chunk: Buffer): void => {
    const text = chunk.toString('utf8');
    // Kept bounded: a chatty build must not grow the harness's own memory.
    tail = (tail + text).slice(-TAIL_CHARS);
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (WATCHING.test(line)) cycles++;
      if (FAILED.test(line)) failures++;
    }
    wake();
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  void exited.then(() => {
    gone = true;
    wake();
  });
  const waitFor = (done: () => boolean): Promise<boolean> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), TIMEOUT_MS);
      const check = (): void => {
        if (done() || gone) {
          clearTimeout(timer);
          resolve(done());
        } else waiters.push(check);
      };
      check();
    });

  const samples: Sample[] = [];
  const undos: Undo[] = [];
  try {
    if (!(await waitFor(() => cycles >= 1))) return { samples: changes.map(() => failed(tail)), peakRssMiB: null };
    for (const change of changes) {
      const [before, failedBefore] = [cycles, failures];
      const started = performance.now();
      undos.push(await change());
      const ok = await waitFor(() => cycles > before);
      const wallS = (performance.now() - started) / 1000;
      samples.push({ ok: ok && failures === failedBefore, wallS, cpuS: null, rssMiB: null, tail });
    }
    const peakRssMiB = await peakRss(child.pid);
    for (const undo of undos.reverse()) {
      const before = cycles;
      await undo();
      await waitFor(() => cycles > before);
    }
    return { samples, peakRssMiB };
  } finally {
    child.kill('SIGINT');
    await exited;
  }
}

function failed(tail: string): Sample {
  return { ok: false, wallS: 0, cpuS: null, rssMiB: null, tail };
}

/** The process's peak resident set so far (Linux), MiB. */
async function peakRss(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kib = Number(/^VmHWM:\s+(\d+) kB/mu.exec(status)?.[1]);
  return Number.isFinite(kib) && kib > 0 ? kib / 1024 : null;
}
