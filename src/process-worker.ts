import { parentPort } from 'node:worker_threads';
import type { ReportOutput, SourceFile } from './model.ts';
import { reportOutput } from './process-report.ts';
import type { WorkerReply, WorkerTask } from './worker-pool.ts';

/**
 * Worker thread entry: runs `processReport` on each batch of sources it is sent and answers
 * with each `reportOutput` (what the cache stores). The first error stops the batch and is reported with the file's name.
 */
parentPort!.on('message', (task: WorkerTask) => {
  const results: ReportOutput[] = [];
  let source: SourceFile | undefined;
  try {
    for (source of task.sources) results.push(reportOutput(source));
    parentPort!.postMessage({ ids: task.ids, results } satisfies WorkerReply);
  } catch (error) {
    const e = error as Error;
    parentPort!.postMessage({ ids: task.ids, results, error: { file: source?.file ?? '', message: e.message, stack: e.stack ?? '' } } satisfies WorkerReply);
  }
});
