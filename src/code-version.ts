import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = import.meta.dirname;
const PROJECT_ROOT = resolve(SRC, '..');

/** Bumped by hand only when the layout of a cache entry changes (not its content). */
const CACHE_FORMAT = 1;

/** Relative imports (static, re-exports, dynamic, side-effect), type-only ones included. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * The version of what `processReport` computes, as a hash of everything its result can depend
 * on: the source of every local module it imports (followed transitively from
 * `src/process-report.ts`: the pipeline and the report page's text), the lock file (versions of remark, chrono-node, gray-matter …), and the
 * runtime (V8's regular expressions, ICU's sentence segmenter). Derived rather than a constant
 * bumped by hand, so an edit to the extractor can never leave stale entries in use.
 */
export async function extractorVersion(): Promise<string> {
  return codeVersion(join(SRC, 'process-report.ts'));
}

/**
 * The version of how pages are rendered: the Eleventy config, every template and what they
 * import (`src/site/…`), the lock file (Eleventy's version) and the runtime. A page rendered
 * from the same data under the same site version has the same bytes.
 */
export async function siteVersion(): Promise<string> {
  return memoised('site', async () => {
    const templates = join(PROJECT_ROOT, 'templates');
    const entries = (await readdir(templates, { recursive: true })).filter((f) => f.endsWith('.ts')).map((f) => join(templates, f));
    // Page keys are made of report digests, which the corpus stage makes.
    return moduleGraphVersion([join(PROJECT_ROOT, 'eleventy.config.ts'), ...entries.sort(), join(SRC, 'assemble-corpus.ts')], [join(PROJECT_ROOT, 'package-lock.json')], runtimeTag());
  });
}

/**
 * The version of how seeds are read: decoding, the checks on their bytes, the text's digest.
 * What the seed index remembers of a file was made by that code.
 */
export async function seedsVersion(): Promise<string> {
  return codeVersion(join(SRC, 'read-seeds.ts'));
}

/** The version of how `records.json` lines are made: the writer, and the corpus stage whose report digests key its lines. */
export async function recordsVersion(): Promise<string> {
  return memoised('records', () => moduleGraphVersion([join(SRC, 'write-records.ts'), join(SRC, 'assemble-corpus.ts')], [join(PROJECT_ROOT, 'package-lock.json')], runtimeTag()));
}

/**
 * The version of the whole build: every module `buildSite` reaches (reading, the extractor,
 * the corpus, site data, reuse, `records.json`). With `siteVersion` (the templates), what a
 * site is made by.
 */
export async function buildVersion(): Promise<string> {
  return codeVersion(join(SRC, 'build-site.ts'));
}

/** The same kind of version for the code reachable from any module of ours (memoised per module). */
export async function codeVersion(entry: string): Promise<string> {
  return memoised(entry, () => moduleGraphVersion([entry], [join(PROJECT_ROOT, 'package-lock.json')], runtimeTag()));
}

/**
 * Each version is computed once per process (the code does not change under a running build):
 * a build asks for the site's version twice, for the up-to-date check and for page reuse.
 * `key`: a module's path, or the name of a version made of several.
 */
function memoised(key: string, make: () => Promise<string>): Promise<string> {
  let version = versions.get(key);
  if (version === undefined) versions.set(key, (version = make()));
  return version;
}
const versions = new Map<string, Promise<string>>();

function runtimeTag(): string {
  return `cache-format ${CACHE_FORMAT}; node ${process.version}; icu ${process.versions.icu ?? '-'}; unicode ${process.versions.unicode ?? '-'}`;
}

/**
 * Hash of the modules reachable from `entries` through relative imports, plus `extraFiles`
 * and a free-form `tag`. Paths enter the hash relative to the first entry's folder, so moving
 * the checkout elsewhere keeps the version.
 *
 * @example
 *   await moduleGraphVersion(['src/pipeline.ts'], ['package-lock.json'], 'node 20') // 'f3a9…'
 */
export async function moduleGraphVersion(entries: readonly string[], extraFiles: readonly string[], tag: string): Promise<string> {
  const base = dirname(resolve(entries[0] ?? '.'));
  const seen = new Map<string, string>();
  const queue = entries.map((e) => resolve(e));
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    // Read blocking: ~60 small files, and each await of a promise-based read waits for a turn
    // of the event loop, which a build busy reading its cache gives rarely (the worker script,
    // versioned by this, was ready ~1.2 s late).
    const text = readFileSync(path, 'utf8');
    seen.set(path, text);
    for (const m of text.matchAll(RELATIVE_IMPORT)) queue.push(resolve(dirname(path), m[1]!));
  }
  for (const path of extraFiles) seen.set(resolve(path), readFileSync(path, 'utf8'));
  const hash = createHash('sha256').update(tag).update('\0');
  const ordered = [...seen.keys()].map((p) => [relative(base, p).split('\\').join('/'), p] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, path] of ordered) hash.update(name).update('\0').update(seen.get(path)!).update('\0');
  return hash.digest('hex');
}
