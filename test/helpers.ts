import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

export const ROOT = resolve(import.meta.dirname, '..');
export const SEEDS = join(ROOT, 'seeds');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the build CLI as a user would (`npm run build -- …`), without npm's own output. */
export async function runBuild(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return runScript('build', args, env);
}

/** The command line of `npm run <name> -- …args` without npm: scripts/<name>.ts through scripts/run.mjs, as package.json runs it. */
export function scriptCommand(name: string, args: readonly string[]): [string, string[]] {
  return [process.execPath, [join(ROOT, 'scripts', 'run.mjs'), name, ...args]];
}

/** Run `npm run <name> -- …` (`scriptCommand`), without npm's own output. */
export async function runScript(name: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(...scriptCommand(name, args), {
      cwd: ROOT,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** Folders made by `tempDir` in this test file's process. */
const made: string[] = [];

/**
 * A new folder under the system's temporary folder, removed when the test file's process
 * exits (each test file runs in a process of its own): a run of `npm test` used to leave
 * ~60 MB behind in /tmp.
 */
export async function tempDir(prefix = 'timeline-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  if (made.length === 0) process.on('exit', () => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
  made.push(dir);
  return dir;
}

/** Resolves once `check` holds, polling; fails after `ms`, saying what it waited for (`what`, made then). */
export async function until(check: () => boolean, what: string | (() => string), ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) assert.fail(`timed out waiting until ${typeof what === 'string' ? what : what()}`);
    await sleep(20);
  }
}

/** The two sites (`snapshot`s of them) hold the same files, byte for byte. */
export function assertSameSite(actual: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort());
  for (const [path, bytes] of expected) assert.ok(actual.get(path)!.equals(bytes), `${path} is byte-identical`);
}

/**
 * Whether `code` (an ES module's body, run by Node with tsx in the project folder) finishes within
 * `ms`: the bound of a hang test. A synchronous test's own timeout cannot give it, because
 * node:test reports such a test only once it returns, however late (a test that took 56 s
 * passed under a 20 s timeout).
 */
export function finishesWithin(code: string, ms: number): boolean {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, timeout: ms, encoding: 'utf8' });
  if (run.signal !== null) return false;
  if (run.status !== 0) throw new Error(`the code failed: ${run.stderr}`);
  return true;
}
