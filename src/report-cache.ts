import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CacheStats, ReportOutput, ReportResult, SeedFile, SourceFile } from './model.ts';
import { keepNewest } from './keep-newest.ts';
import { digestText } from './page-texts.ts';
import { replaceFile } from './replace-file.mjs';
import { sha256 } from './sha256.ts';

/**
 * Results of `processReport` on disk, one file per report, named by a hash of what the result
 * depends on: the extractor's version, the report's path and its decoded text (by its
 * digest). An unchanged report is never parsed twice.
 *
 * An entry reads `<check> <result digest>\n<ReportResult JSON>\n<page text>`, where the check
 * is a sha256 of the key, the result's digest (`ReportOutput.digest`) and its JSON. A build
 * reads every entry's result (its extraction), but the page text only of the reports whose
 * page it renders: at 10,000 reports the texts are ~60 % of the bytes. A truncated, edited or
 * misnamed entry fails the check (the text is checked against the result's `textDigest`) and
 * counts as a miss, so the cache can slow a build down but never change its output.
 */
export class ReportCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, rejected: 0, written: 0, pruned: 0 };
  private readonly used = new Set<string>();
  private ready: Promise<unknown> | null = null;
  /** The folder's file names when `has` first looked (an entry another build writes after that is missed: processed again, never wrong; nor pruned by this build). */
  private listed: ReadonlySet<string> | null = null;

  /**
   * `dir` is created on the first write; `version` is `extractorVersion()` outside tests.
   * `kept`: results held in memory between the builds of one process (`npm run build --
   * --watch`), looked up before the disk. After a build it holds that build's results only.
   */
  constructor(
    readonly dir: string,
    readonly version: string,
    private readonly kept: KeptResults | null = null,
  ) {}

  /** The key of a source: its entry's file name. */
  keyOf(source: Source): string {
    return sha256(ENTRY_FORMAT, this.version, source.file, 'digest' in source ? source.digest : digestText(source.text));
  }

  /**
   * Whether `source` has an entry, known from one listing of the folder before any entry is
   * read (a stat of each of 10,000 entries took 60–80 ms of a rebuild). One without is
   * counted as a miss here (`get` counts those that fail their check).
   */
  has(source: Source, key = this.keyOf(source)): boolean {
    this.used.add(key);
    if (this.kept?.has(key)) return true;
    this.listed ??= listNames(this.dir);
    if (this.listed.has(`${key}${ENTRY_SUFFIX}`)) return true;
    this.stats.misses++;
    return false;
  }

  /**
   * The stored result for `source`, or null (absent, unreadable or failing its check).
   * Synchronous: 10,000 promise-based reads cost 0.9 s of CPU here, blocking ones 0.2 s.
   * `key`: `keyOf(source)`, when already known.
   */
  get(source: Source, key = this.keyOf(source)): StoredResult | null {
    this.used.add(key);
    const held = this.kept?.get(key);
    if (held !== undefined) {
      this.stats.hits++;
      return held;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.pathOf(key));
    } catch {
      this.stats.misses++;
      return null;
    }
    const value = verifiedResult(key, bytes);
    if (value === null) {
      this.stats.rejected++;
      this.stats.misses++;
      return null;
    }
    this.stats.hits++;
    this.kept?.set(key, value);
    return value;
  }

  /**
   * The page text stored under `key` (`keyOf` its source), or null when the entry is gone or
   * its text does not match `digest` (then the caller makes the text again).
   */
  textOf(key: string, digest: string): string | null {
    try {
      const bytes = readFileSync(this.pathOf(key));
      const start = bytes.indexOf(0x0a, HEADER_LENGTH + 1) + 1;
      if (start === 0) return null;
      const text = bytes.toString('utf8', start);
      return digestText(text) === digest ? text : null;
    } catch {
      return null;
    }
  }

  /**
   * Store a result (its JSON text) and its page text. Written to a temporary name and renamed, so a build
   * killed mid-write leaves no half entry under the real name. A failed write only costs a
   * miss later. True when stored. When results are kept in memory, the result is kept too
   * (even if the write fails): `parsed`, the build's own `JSON.parse` of `output.result`, if given.
   */
  async put(source: Source, output: ReportOutput, parsed?: ReportResult): Promise<boolean> {
    const { result: payload, digest, text } = output;
    const key = this.keyOf(source);
    this.used.add(key);
    this.kept?.set(key, { result: parsed ?? (JSON.parse(payload) as ReportResult), digest });
    try {
      this.ready ??= mkdir(this.dir, { recursive: true });
      await this.ready;
      await replaceFile(this.pathOf(key), `${checkOf(key, digest, payload)} ${digest}\n${payload}\n${text}`);
      this.stats.written++;
      return true;
    } catch {
      // A read-only or full disk must not fail the build: the report is simply processed again next time.
      return false;
    }
  }

  /**
   * Delete entries this build did not use (other versions, edited or removed reports, other
   * corpora built from this project), oldest first, once there are more of them than this
   * build used: the cache stays within twice the corpus, and switching between two corpora
   * does not empty it. Only the newest `PRUNED_TO` of that many are then kept, so that the
   * builds after do not each date every unused entry to delete one: with a whole corpus of
   * stale entries (as after an upgrade of the extractor), that was 0.14–0.16 s of every
   * rebuild at 10,000 reports.
   */
  async prune(): Promise<void> {
    // The listing `has` made, when it made one: entries written since are this build's, all used.
    let names: readonly string[];
    try {
      names = this.listed === null ? await readdir(this.dir) : [...this.listed];
    } catch {
      return;
    }
    const unused = names.filter((n) => !n.endsWith(ENTRY_SUFFIX) || !this.used.has(n.slice(0, -ENTRY_SUFFIX.length)));
    if (unused.length <= this.used.size) return;
    this.stats.pruned += await keepNewest(this.dir, unused, Math.floor(this.used.size * PRUNED_TO));
  }

  /** Let go of the kept results this build did not use (edited and removed reports): memory stays one corpus's results. */
  forgetUnused(): void {
    for (const key of this.kept?.keys() ?? []) if (!this.used.has(key)) this.kept!.delete(key);
  }

  /** Remove the whole cache folder. */
  async clear(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }

  private pathOf(key: string): string {
    return join(this.dir, `${key}${ENTRY_SUFFIX}`);
  }
}

/** The names of the files in `dir`; none when it cannot be listed (not made yet). */
function listNames(dir: string): ReadonlySet<string> {
  try {
    return new Set(readdirSync(dir));
  } catch {
    return new Set();
  }
}

/** A report as read (its text) or as known from an earlier read (its text's digest). */
type Source = SourceFile | SeedFile;

const ENTRY_SUFFIX = '.json';
/** The share of the used entries' count kept of the unused ones when the cache is pruned. */
const PRUNED_TO = 0.9;
/** Part of every key: entries of another layout are never read as this one. */
const ENTRY_FORMAT = 'entry-3';

/**
 * The project's `.cache/timeline` (git-ignored), where the build keeps report results
 * (`reports/`) and the site it replaced, or links to the site it made (`sites/`): nothing is
 * written beside the output folder, and every corpus built from this checkout shares the
 * report entries.
 */
export const DEFAULT_CACHE_DIR = join(import.meta.dirname, '..', '.cache', 'timeline');

/** What an entry is checked against: its key (so a misnamed entry fails), the result's digest and its JSON text. */
function checkOf(key: string, digest: string, payload: string | Uint8Array): string {
  return sha256(key, digest, payload);
}

/** A stored result and its digest (`ReportOutput.digest`). */
export interface StoredResult {
  result: ReportResult;
  digest: string;
}

/**
 * Results kept in memory by entry key, across the builds of one process. The stages after
 * `processCorpus` make new objects from a result and never change it, so a kept result is
 * what reading its entry again would give.
 */
export type KeptResults = Map<string, StoredResult>;

/** The entry's result if its digest matches; checked on the bytes, before any decoding. */
function verifiedResult(key: string, bytes: Buffer): StoredResult | null {
  if (bytes.length < HEADER_LENGTH + 1 || bytes[DIGEST_LENGTH] !== 0x20 || bytes[HEADER_LENGTH] !== 0x0a) return null;
  // A JSON text made by JSON.stringify holds no raw line break: the result ends at the next one.
  const end = bytes.indexOf(0x0a, HEADER_LENGTH + 1);
  if (end === -1) return null;
  const payload = bytes.subarray(HEADER_LENGTH + 1, end);
  const digest = bytes.toString('latin1', DIGEST_LENGTH + 1, HEADER_LENGTH);
  if (bytes.toString('latin1', 0, DIGEST_LENGTH) !== checkOf(key, digest, payload)) return null;
  try {
    const value = JSON.parse(payload.toString('utf8')) as ReportResult;
    return typeof value === 'object' && value !== null && typeof value.textDigest === 'string' && typeof value.extracted === 'object' && value.extracted !== null ? { result: value, digest } : null;
  } catch {
    return null;
  }
}

/** Hex characters of a sha256 digest. */
const DIGEST_LENGTH = 64;
/** The check, a space and the result's digest. */
const HEADER_LENGTH = 2 * DIGEST_LENGTH + 1;
