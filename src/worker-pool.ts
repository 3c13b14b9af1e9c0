import { Worker } from 'node:worker_threads';
import { extractorVersion } from './extractor-version.ts';
import type { SourceFile } from './model.ts';
import { workerScript } from './worker-bundle.ts';

/** A batch of sources sent to a worker; `batch` numbers it within one run. */
export interface WorkerTask {
  batch: number;
  sources: SourceFile[];
}

/** A worker's answer: one JSON result per source, in order, or the error that stopped it. */
export interface WorkerReply {
  batch: number;
  results: string[];
  error?: { file: string; message: string; stack: string };
}

/** Sources per message at most: enough that messaging costs nothing next to the work. */
const MAX_BATCH = 24;
/** Batches per thread at least, so that threads finish close together. */
const MIN_BATCHES_PER_THREAD = 8;

/**
 * Run `processFile` over `sources` on `threads` worker threads. Each result (its JSON text)
 * is handed to `onResult` with the source's index; which thread computed it never shows in
 * the output, because results are placed by index. Resolves to the number of threads
 * started; rejects on the first error, naming the file.
 */
export async function processInWorkers(sources: readonly SourceFile[], threads: number, onResult: (index: number, json: string) => void): Promise<number> {
  const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(sources.length / (threads * MIN_BATCHES_PER_THREAD))));
  const batches: number[] = [];
  for (let start = 0; start < sources.length; start += size) batches.push(start);
  let next = 0;
  const script = await workerScript(await extractorVersion());
  const workers = Array.from({ length: Math.max(1, Math.min(threads, batches.length)) }, () => new Worker(script, { eval: true }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= batches.length) return resolve();
              const batch = next++;
              const start = batches[batch]!;
              worker.postMessage({ batch, sources: sources.slice(start, start + size) } satisfies WorkerTask);
            };
            worker.on('message', (reply: WorkerReply) => {
              const start = batches[reply.batch]!;
              reply.results.forEach((json, i) => onResult(start + i, json));
              if (reply.error) {
                const error = new Error(`${reply.error.file}: ${reply.error.message}`);
                error.stack = reply.error.stack;
                return reject(error);
              }
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`a worker thread stopped (exit code ${code}) before its work was done`)));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return workers.length;
}
