import { resolve } from 'node:path';

export interface FolderWatch {
  /** Settles once the folders are being watched: a change made after it is seen. */
  ready: Promise<void>;
  /** Stops watching; waits for a rebuild under way to end. */
  close(): Promise<void>;
}

/**
 * How long the folders must be quiet before a rebuild starts. An editor's save is often two or
 * three events (a temporary file, a rename), and a copy of many reports is thousands: each
 * burst is one rebuild.
 */
const QUIET_MS = 100;

/**
 * Call `rebuild` after anything under the folders `dirs` changes (a file added, changed or
 * removed), with the paths that changed, once they have been quiet for `quietMs`. Rebuilds never
 * overlap: what changes during one waits for it, and then makes one more. An error thrown by
 * `rebuild` goes to `onError` and the watching goes on. Changes inside `ignore` (folders the
 * rebuild itself writes to) are not seen.
 */
export function watchFolders(
  dirs: readonly string[],
  rebuild: (changed: readonly string[]) => Promise<void>,
  onError: (error: unknown) => void,
  options: { ignore?: readonly string[]; quietMs?: number } = {},
): FolderWatch {
  const quietMs = options.quietMs ?? QUIET_MS;
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
  // @parcel/watcher, not chokidar (which Eleventy uses): in a folder of 10,000 reports,
  // chokidar spent 0.2-0.5 s of this thread's CPU on each changed file (it lists and stats the
  // whole folder again), during the rebuild it had started; @parcel/watcher ~1 ms.
  const ignore = (options.ignore ?? []).map((d) => resolve(d));
  // Imported when a build watches, not by every build: it loads a native addon.
  const subscriptions = import('@parcel/watcher').then(({ subscribe }) =>
    Promise.all(
      dirs.map((dir) =>
        subscribe(
          resolve(dir),
          (error, events) => {
            if (error) onError(error);
            else events.forEach((e) => changed(e.path));
          },
          { ignore },
        ),
      ),
    ),
  );
  return {
    ready: subscriptions.then(() => undefined),
    async close() {
      closed = true;
      if (timer !== null) clearTimeout(timer);
      await Promise.all((await subscriptions).map((s) => s.unsubscribe()));
      await running;
    },
  };
}
