/**
 * Runs one child process and measures it: wall seconds (parent clock), CPU seconds
 * (user+sys) and peak RSS. CPU and RSS come from GNU time, which reads them from wait4():
 * they cover the child and every descendant it waited for, and peak RSS is the largest
 * single process in that tree (not a sum). Without /usr/bin/time only wall time is known.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from './baseline-site.ts';

export interface Sample {
  ok: boolean;
  wallS: number;
  /** user + sys of the child tree; null without GNU time. */
  cpuS: number | null;
  /** Peak resident set of the largest process in the tree, MiB; null without GNU time. */
  rssMiB: number | null;
  /** Last lines of stderr/stdout, kept for failures. */
  tail: string;
}

const GNU_TIME = '/usr/bin/time';
/** Characters of a measured command's output kept, for its failure. */
export const TAIL_CHARS = 4000;
/** Longest a measured command (or a watching build's step) may take. */
export const TIMEOUT_MS = 30 * 60_000;

/** True when /usr/bin/time is GNU time with -f/-o (BusyBox and BSD time lack them). */
export function hasGnuTime(): boolean {
  const res = spawnSync(GNU_TIME, ['-f', '%e', '-o', '/dev/null', 'true'], { stdio: 'ignore' });
  return res.status === 0;
}

export async function measure(command: Command, useGnuTime: boolean): Promise<Sample> {
  const scratch = await mkdtemp(join(tmpdir(), 'bench-time-'));
  const timeFile = join(scratch, 'time.txt');
  const [cmd, args] = useGnuTime
    ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', timeFile, command.cmd, ...command.args]]
    : [command.cmd, command.args];
  try {
    const started = performance.now();
    const { code, output } = await run(cmd, args, command);
    const wallS = (performance.now() - started) / 1000;
    let cpuS: number | null = null;
    let rssMiB: number | null = null;
    if (useGnuTime) {
      // GNU time writes "Command exited with non-zero status N" before the format line.
      const last = (await readFile(timeFile, 'utf8')).trim().split('\n').at(-1) ?? '';
      const [, user, sys, maxKiB] = last.split(' ').map(Number);
      if (user !== undefined && sys !== undefined && maxKiB !== undefined && [user, sys, maxKiB].every(Number.isFinite)) {
        cpuS = user + sys;
        rssMiB = maxKiB / 1024;
      }
    }
    return { ok: code === 0, wallS, cpuS, rssMiB, tail: output.slice(-TAIL_CHARS) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function run(cmd: string, args: string[], opts: Command): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: TIMEOUT_MS,
    });
    let output = '';
    // Keep only a bounded tail: a chatty build must not grow the harness's own memory.
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-TAIL_CHARS);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (err) => resolve({ code: null, output: `${output}\n${err.message}` }));
    child.on('close', (code) => resolve({ code, output }));
  });
}
