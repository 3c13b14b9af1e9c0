import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
  return runScript('scripts/build.ts', args, env);
}

export async function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, script), ...args], {
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

export async function tempDir(prefix = 'timeline-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}
