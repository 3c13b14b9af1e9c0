import type { BigIntStats } from 'node:fs';
import { mkdir, readdir, readFile, utimes } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Diagnostic } from './model.ts';
import { fileSignature } from './file-signature.ts';
import { keepNewest } from './keep-newest.ts';
import { replaceFile } from './replace-file.mjs';
import { sha256 } from './sha256.ts';

/** What reading a seed found, apart from its text: the text's digest and the warnings decoding it gave. */
export interface KnownSeed {
  digest: string;
  diagnostics: Diagnostic[];
}

/**
 * How long after its last change a file is remembered: a file changed again within the
 * same tick of the file system's clock keeps its timestamps, so one changed this recently
 * could change again unseen. Git's index has the same rule ("racy git").
 */
export const SETTLED_MS = 2000;

/** Part of every index file: one of another layout is never read as this one. */
const FORMAT = 'seed-index-2';

/**
 * Index files kept, the most recently used: one per seeds folder, ~1.9 MB at 10,000 reports,
 * and a folder built from once (a temporary copy, an old checkout) would otherwise stay forever.
 */
export const KEPT_INDEXES = 8;

/**
 * What the last read of a seeds folder found of each file, by path, with the file's identity
 * and timestamps then: a file whose `lstat` is the same again (device, inode, size,
 * nanosecond modification and change times) has the same bytes, so its text need not be read
 * until a report must be processed. Any write to a file sets its change time to the time of
 * the write, which nothing can set back. At 10,000 generated reports a rebuild's reading of
 * the seeds took 0.33–0.36 s, and 0.12–0.17 s with the index.
 *
 * Kept in one file per seeds folder and version of the reading code (`seedsVersion`: what a
 * file was found to hold depends on how it was decoded); a missing or damaged one is an empty
 * index, and a failed write only means the files are read next time: it can slow a build
 * down, never change it.
 */
export class SeedIndex {
  private readonly seen = new Map<string, [string, KnownSeed]>();
  private changed = false;

  private constructor(
    private readonly path: string,
    private readonly root: string,
    private readonly version: string,
    private readonly known: ReadonlyMap<string, [string, KnownSeed]>,
    private readonly settledMs: number,
  ) {}

  /**
   * The index of the seeds folder `root` (a real path) read by code of `version`, kept in
   * `dir`; files are remembered `settledMs` after their last change.
   */
  static async open(dir: string, root: string, version: string, settledMs = SETTLED_MS): Promise<SeedIndex> {
    const path = join(dir, `${sha256(FORMAT, root)}.json`);
    const known = new Map<string, [string, KnownSeed]>();
    try {
      const stored = JSON.parse(await readFile(path, 'utf8')) as { format: string; root: string; version: string; files: Record<string, [string, KnownSeed]> };
      if (stored.format === FORMAT && stored.root === root && stored.version === version) {
        for (const [file, entry] of Object.entries(stored.files)) if (wellFormed(entry)) known.set(file, entry);
      }
    } catch {
      // No index yet, or one that cannot be used: every file is read.
    }
    return new SeedIndex(path, root, version, known, settledMs);
  }

  /** What was found in `file` when it had this stat, or null: then the file must be read. */
  lookup(file: string, stat: BigIntStats): KnownSeed | null {
    const entry = this.known.get(file);
    if (entry === undefined || entry[0] !== fileSignature(stat)) {
      this.changed = true;
      return null;
    }
    this.seen.set(file, entry);
    return entry[1];
  }

  /** Remember what reading `file`, whose stat was taken before it was read, found in it; not if it changed too recently. */
  remember(file: string, stat: BigIntStats, seed: KnownSeed, now = Date.now()): void {
    this.changed = true;
    const lastChange = Number((stat.ctimeNs > stat.mtimeNs ? stat.ctimeNs : stat.mtimeNs) / 1_000_000n);
    if (now - lastChange >= this.settledMs) this.seen.set(file, [fileSignature(stat), seed]);
  }

  /**
   * Keep what this read found (files no longer there are forgotten). When nothing changed, the
   * index is only marked as used (its modification time); then the least recently used index
   * files beyond `KEPT_INDEXES` are deleted.
   */
  async save(): Promise<void> {
    try {
      if (this.changed || this.seen.size !== this.known.size) {
        await mkdir(dirname(this.path), { recursive: true });
        await replaceFile(this.path, JSON.stringify({ format: FORMAT, root: this.root, version: this.version, files: Object.fromEntries(this.seen) }));
      } else {
        const now = new Date();
        await utimes(this.path, now, now);
      }
      await this.pruneOthers();
    } catch {
      // A read-only or full disk: the seeds are read again next time.
    }
  }

  private async pruneOthers(): Promise<void> {
    const dir = dirname(this.path);
    await keepNewest(dir, (await readdir(dir)).filter((n) => n.endsWith('.json') && join(dir, n) !== this.path), KEPT_INDEXES - 1);
  }
}

/** An entry as `save` writes it; an index edited by hand may hold anything. */
function wellFormed(entry: unknown): entry is [string, KnownSeed] {
  if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string') return false;
  const seed = entry[1] as Partial<KnownSeed> | null;
  return typeof seed === 'object' && seed !== null && typeof seed.digest === 'string' && /^[0-9a-f]{64}$/u.test(seed.digest) && Array.isArray(seed.diagnostics);
}
