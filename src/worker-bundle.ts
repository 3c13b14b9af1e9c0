import { join } from 'node:path';
import { bundled } from './bundle.mjs';

const ENTRY = join(import.meta.dirname, 'process-worker.ts');

/**
 * The worker's code as one CommonJS script (our TypeScript and the libraries it uses).
 *
 * Loading the TypeScript modules through tsx's hooks took a worker 1–2.5 s to start on this
 * machine (every one of remark's ~150 modules goes through the hook thread); one pre-bundled
 * script starts in 0.15–0.4 s. The bundle is made again (in about 0.25 s) exactly when a file
 * it is made of changed (`bundled`).
 */
export async function workerScript(): Promise<string> {
  return (await bundled('process-worker', { entryPoints: [ENTRY], format: 'cjs' })).code();
}
