import { Worker } from 'node:worker_threads';
import type { SourceFile } from './model.ts';
import { workerScript } from './worker-bundle.ts';

/** A batch of sources sent to a worker, each with the caller's id for it. */
export interface WorkerTask {
  ids: number[];
  sources: SourceFile[];
}

/** A worker's answer: one JSON result per source, in order, or the error that stopped it. */
export interface WorkerReply {
  ids: number[];
  results: string[];
  error?: { file: string; message: string; stack: string };
}

/** Sources per message at most: enough that messaging costs nothing next to the work. */
const MAX_BATCH = 24;
/** Once the queue is complete, batches per thread at least, so that threads finish close together. */
const MIN_BATCHES_PER_THREAD = 4;

/**
 * `processFile` on worker threads. Sources are submitted while they are being found (the
 * caller is still reading its cache), and handed out in batches to whichever thread is free;
 * each result (its JSON text) goes to `onResult` with the id it was submitted under, so which
 * thread computed it never shows in the output. Threads start at construction, so their
 * start-up overlaps the caller's own work.
 */
export class WorkerPool {
  private readonly queue: { id: number; source: SourceFile }[] = [];
  private readonly idle: Worker[] = [];
  private readonly workers: Promise<Worker[]>;
  private inFlight = 0;
  private complete = false;
  private failure: Error | null = null;
  private settle!: { resolve: () => void; reject: (e: Error) => void };
  private readonly finished = new Promise<void>((resolve, reject) => (this.settle = { resolve, reject }));

  constructor(
    readonly threads: number,
    private readonly onResult: (id: number, json: string) => void,
  ) {
    this.finished.catch(() => undefined);
    this.workers = this.spawn();
  }

  /** Queue one source. */
  submit(id: number, source: SourceFile): void {
    this.queue.push({ id, source });
    this.dispatch();
  }

  /** No more sources: resolves when every result was delivered; rejects on the first error, naming the file. */
  async finish(): Promise<void> {
    this.complete = true;
    this.dispatch();
    try {
      await this.finished;
    } finally {
      await Promise.all((await this.workers.catch(() => [])).map((w) => w.terminate()));
    }
  }

  private async spawn(): Promise<Worker[]> {
    try {
      const script = await workerScript();
      const workers = Array.from({ length: this.threads }, () => new Worker(script, { eval: true }));
      for (const worker of workers) {
        worker.on('message', (reply: WorkerReply) => this.receive(worker, reply));
        worker.on('error', (error) => this.fail(error));
        worker.on('exit', (code) => this.fail(new Error(`a worker thread stopped (exit code ${code}) before its work was done`)));
        this.idle.push(worker);
      }
      this.dispatch();
      return workers;
    } catch (error) {
      this.fail(error as Error);
      return [];
    }
  }

  private receive(worker: Worker, reply: WorkerReply): void {
    this.inFlight--;
    try {
      reply.results.forEach((json, i) => this.onResult(reply.ids[i]!, json));
    } catch (error) {
      return this.fail(error as Error);
    }
    if (reply.error) {
      const error = new Error(`${reply.error.file}: ${reply.error.message}`);
      error.stack = reply.error.stack;
      return this.fail(error);
    }
    this.idle.push(worker);
    this.dispatch();
  }

  private dispatch(): void {
    if (this.failure) return;
    while (this.idle.length > 0 && this.queue.length > 0) {
      const size = this.complete ? Math.min(MAX_BATCH, Math.ceil(this.queue.length / (this.threads * MIN_BATCHES_PER_THREAD))) : MAX_BATCH;
      const batch = this.queue.splice(0, size);
      this.inFlight++;
      this.idle.pop()!.postMessage({ ids: batch.map((b) => b.id), sources: batch.map((b) => b.source) } satisfies WorkerTask);
    }
    if (this.complete && this.queue.length === 0 && this.inFlight === 0) this.settle.resolve();
  }

  private fail(error: Error): void {
    if (this.failure || (this.complete && this.queue.length === 0 && this.inFlight === 0)) return;
    this.failure = error;
    this.settle.reject(error);
  }
}
