import { readFileSync } from 'node:fs';
import { mkdir, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { codeVersion } from './code-version.ts';

const ENTRY = join(import.meta.dirname, 'process-worker.ts');
/** Where tools keep their caches by convention; it goes wherever node_modules goes. */
const BUNDLE_DIR = resolve(import.meta.dirname, '..', 'node_modules', '.cache', 'karabakh-timeline');

/**
 * The worker's code as one CommonJS script (our TypeScript and the libraries it uses).
 *
 * Loading the TypeScript modules through tsx's hooks took a worker 1–2.5 s to start on this
 * machine (every one of remark's ~150 modules goes through the hook thread); one pre-bundled
 * script starts in 0.15–0.4 s. The bundle is stored under the version of the code it is made
 * of, so it is rebuilt (in about 0.25 s) exactly when that code changed.
 */
export async function workerScript(): Promise<string> {
  const path = join(BUNDLE_DIR, `process-worker-${await codeVersion(ENTRY)}.cjs`);
  try {
    // Blocking, for the same reason as the version's reads (src/code-version.ts).
    return readFileSync(path, 'utf8');
  } catch {
    // Not bundled yet for this version.
  }
  const { build } = await import('esbuild');
  const result = await build({ entryPoints: [ENTRY], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'silent' });
  const code = result.outputFiles[0]!.text;
  try {
    await mkdir(BUNDLE_DIR, { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, code);
    await rename(temp, path);
    const older = (await readdir(BUNDLE_DIR)).filter((n) => n.startsWith('process-worker-') && join(BUNDLE_DIR, n) !== path);
    await Promise.all(older.map((n) => unlink(join(BUNDLE_DIR, n))));
  } catch {
    // A read-only node_modules only costs bundling again next time.
  }
  return code;
}
