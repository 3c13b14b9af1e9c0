import { lstatSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileSignature } from './file-signature.ts';
import type { Diagnostic } from './model.ts';
import { replaceFile } from './replace-file.mjs';
import { MANIFEST, manifestPaths } from './reuse-output.ts';
import { sha256 } from './sha256.ts';

/** What a build printed of its corpus: kept so that a build found up to date prints the same. */
export interface BuildSummary {
  reports: number;
  days: number;
  claims: number;
}

/** Everything a site is made from, as `buildInputs` hashes it. */
export interface BuildInputs {
  /** Versions of the code: the build's module graph (`codeVersion` of build-site.ts) and the site's (`siteVersion`). */
  code: string;
  site: string;
  /** The files the site copies as they are (`assetsDigest`). */
  assets: string;
  pathPrefix: string;
  origin: string | null;
  /** Every seed file, in reading order, with its text's digest. */
  seeds: readonly { file: string; digest: string }[];
  /** What reading the seeds found (decoding warnings, duplicates, files refused). */
  readDiagnostics: readonly Diagnostic[];
}

/** One digest of a build's inputs: equal digests, equal sites (the build is deterministic). */
export function buildInputs(inputs: BuildInputs): string {
  return sha256(FORMAT, inputs.code, inputs.site, inputs.assets, inputs.pathPrefix, inputs.origin ?? '', JSON.stringify(inputs.seeds.map((s) => [s.file, s.digest])), JSON.stringify(inputs.readDiagnostics));
}

/**
 * A digest of every file under `dir` (the templates' folder) that is not a TypeScript module,
 * with its path: the assets Eleventy copies into the site as they are (the style sheet, the
 * icon), which no code version covers.
 */
export async function assetsDigest(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && !e.name.endsWith('.ts')).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
  return sha256(FORMAT, ...(await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f))] as const))).flat());
}

/** What the last build into an output folder was made from, and what it reported. */
interface BuildRecord {
  format: typeof FORMAT;
  inputs: string;
  /** `fileSignature` of the manifest, then of each file it lists apart from its pages, in its order (`signed`). */
  files: string[];
  summary: BuildSummary;
  diagnostics: Diagnostic[];
}

const FORMAT = 'build-record-2';

/**
 * Where the record of the builds into `outDir` (a resolved path) is kept: one file per output
 * folder, in the cache folder `dir`, beside the report cache and the seed index.
 */
function recordPath(dir: string, outDir: string): string {
  return join(dir, 'builds', `${sha256(FORMAT, outDir)}.json`);
}

/**
 * The record of the last build into `outDir` when that build was made from the same `inputs`
 * and the site it wrote is still there as it left it: the files every build writes anew (the
 * manifest, the home page, `records.json` …) with the signatures they had then, and every
 * page. A page is trusted, as a rebuild trusts the pages it reuses (it keeps a page whose key
 * is unchanged, edited or not); the other files are what any build would write again, so one
 * edited, replaced or deleted since (by hand, or by a build without the cache) makes the site
 * be built. Null otherwise, or when the record is missing or
 * damaged: then the site is built.
 */
export async function upToDate(dir: string, outDir: string, inputs: string): Promise<{ summary: BuildSummary; diagnostics: Diagnostic[] } | null> {
  try {
    const record = JSON.parse(await readFile(recordPath(dir, outDir), 'utf8')) as BuildRecord;
    if (record.format !== FORMAT || record.inputs !== inputs) return null;
    const listed = manifestPaths(await readFile(join(outDir, MANIFEST), 'utf8'));
    if (listed === null || !Array.isArray(record.files)) return null;
    const files = signed(outDir, listed.files);
    if (files.length !== record.files.length || files.some((f, i) => f === '' || f !== record.files[i])) return null;
    // Blocking, as `signed`.
    if (!listed.pages.every((p) => lstatSync(join(outDir, p), { throwIfNoEntry: false })?.isFile() === true)) return null;
    const { summary, diagnostics } = record;
    return Array.isArray(diagnostics) && typeof summary?.reports === 'number' ? { summary, diagnostics } : null;
  } catch {
    return null;
  }
}

/**
 * Record that the site now in `outDir` was built from `inputs`, with this summary and these
 * diagnostics; `files`: its files that are not pages, as its manifest lists them (the build
 * has them, and need not read the manifest back). A failed write only means the next build is
 * made in full.
 */
export async function recordBuild(dir: string, outDir: string, inputs: string, files: readonly string[], summary: BuildSummary, diagnostics: readonly Diagnostic[]): Promise<void> {
  try {
    const record: BuildRecord = { format: FORMAT, inputs, files: signed(outDir, files), summary, diagnostics: [...diagnostics] };
    await mkdir(join(dir, 'builds'), { recursive: true });
    await replaceFile(recordPath(dir, outDir), JSON.stringify(record));
  } catch {
    // A read-only or full disk: the next build is made in full.
  }
}

/**
 * The signature of the manifest of `outDir`, then of each of `files` (relative to it), in
 * order; '' for one missing. Blocking: the thread has nothing else to do meanwhile, and
 * promise-based `lstat`s cost ~10 µs each here.
 */
function signed(outDir: string, files: readonly string[]): string[] {
  return [MANIFEST, ...files].map((p) => {
    const stat = lstatSync(join(outDir, p), { bigint: true, throwIfNoEntry: false });
    return stat?.isFile() ? fileSignature(stat) : '';
  });
}
