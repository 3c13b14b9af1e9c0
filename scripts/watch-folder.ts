import { resolve, sep } from 'node:path';
import { watch } from 'chokidar';

export interface FolderWatch {
  /** Settles once the folder is being watched: a change made after it is seen. */
  ready: Promise<void>;
  /** Stops watching; waits for a rebuild under way to end. */
  close(): Promise<void>;
}

/**
 * How long the folder must be quiet before a rebuild starts. An editor's save is often two or
 * three events (a temporary file, a rename), and a copy of many reports is thousands: each
 * burst is one rebuild.
 */
export const QUIET_MS = 100;

/**
 * Call `rebuild` after anything under `dir` changes (a file added, changed or removed), with
 * the paths that changed, once the folder has been quiet for `quietMs`. Rebuilds never
 * overlap: what changes during one waits for it, and then makes one more. An error thrown by
 * `rebuild` goes to `onError` and the watching goes on. Changes inside `ignore` (folders the
 * rebuild itself writes to) are not seen.
 */
export function watchFolder(
  dir: string,
  rebuild: (changed: readonly string[]) => Promise<void>,
  onError: (error: unknown) => void,
  options: { ignore?: readonly string[]; quietMs?: number } = {},
): FolderWatch {
  const quietMs = options.quietMs ?? QUIET_MS;
  const ignore = (options.ignore ?? []).map((d) => resolve(d));
  const inside = (path: string): boolean => ignore.some((d) => path === d || path.startsWith(`${d}${sep}`));
  const watcher = watch(resolve(dir), { ignoreInitial: true, ignored: (path: string) => inside(resolve(path)) });
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let closed = false;

  const start = (): void => {
    timer = null;
    if (closed || running !== null || pending.size === 0) return;
    const changed = [...pending].sort();
    pending = new Set();
    running = rebuild(changed)
      .catch(onError)
      .finally(() => {
        running = null;
        // Changes seen during the rebuild: they were quiet long ago, or will be soon.
        if (pending.size > 0 && timer === null) timer = setTimeout(start, quietMs);
      });
  };
  const changed = (path: string): void => {
    pending.add(path);
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(start, quietMs);
  };
  for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) watcher.on(event, changed);
  watcher.on('error', onError);

  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    async close() {
      closed = true;
      if (timer !== null) clearTimeout(timer);
      await watcher.close();
      await running;
    },
  };
}
