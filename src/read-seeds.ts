import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, type BigIntStats } from 'node:fs';
import { readdir, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { Diagnostic, SeedFile, SourceFile } from './model.ts';
import { decodeSeed } from './decode-seed.ts';
import { fileTooLarge, LIMITS } from './guard-input.ts';
import { digestText } from './page-texts.ts';
import { SeedIndex } from './seed-index.ts';

/** File names that are reports: text and Markdown. */
const REPORT_FILE = /\.(?:txt|md|markdown|text)$/iu;
/** Zero-width characters and BOMs, which leave a file as empty as spaces do. */
const EMPTY_TEXT = /^[\s\u200B-\u200D\u2060\uFEFF]*$/u;

/** A seed file read, with its text's digest. */
export type ReadFile = SourceFile & SeedFile & { text: string };

export interface ReadResult<F extends SeedFile = ReadFile> {
  files: F[];
  diagnostics: Diagnostic[];
  /**
   * One of `files` read again from the folder, the same way (null when it can no longer be
   * read as a report): for a text not held, when its report is processed or, rarely, when its
   * page text must be made again.
   */
  reread: (file: string) => ReadFile | null;
  /** Files known unchanged from the seed index, whose text was left unread. */
  unread: number;
}

/**
 * How a build reads the seeds: no text is held (every `SeedFile.text` is null), and a file
 * known unchanged is not even read. A build reads a text again when its report is processed:
 * held, the texts were ~54 MB of heap at 10,000 reports, through the whole workers' phase.
 */
export interface ReadOptions {
  /**
   * The seed index (`SeedIndex`): its folder, where a file whose stat is unchanged since a
   * read that used it keeps its digest and warnings, and the version of the code that reads
   * seeds (`seedsVersion`); null for none.
   */
  index: { dir: string; version: string } | null;
  /** How long after its last change a file is remembered (tests lower it); `SETTLED_MS` by default. */
  settledMs?: number;
}

/**
 * Read every report file below `dir`, in code-unit order of their paths, so that the order
 * the file system lists them in never reaches the output. Stage 1, and the only stage that
 * touches the file system.
 *
 * - Names starting with `.` are never read (editors' swap files, `.git`); a hidden file with
 *   a report extension gets a warning, and so does any other file that is not a report.
 * - A symbolic link is never followed: one pointing outside the seeds folder is an error; one
 *   pointing inside is skipped with a warning, its target being read under its own name.
 * - An empty or whitespace-only file is skipped with a warning (no page, no record).
 * - A file over `LIMITS.maxFileBytes` is refused unread.
 * - A file with the same text as an earlier one is kept, with a warning.
 * - With `options` (a build), no text is held, and a file the seed index knows is not read.
 *
 * @example
 *   const { files, diagnostics } = await readSeeds('seeds')
 */
export async function readSeeds(dir: string): Promise<ReadResult>;
export async function readSeeds(dir: string, options: ReadOptions): Promise<ReadResult<SeedFile>>;
export async function readSeeds(dir: string, options?: ReadOptions): Promise<ReadResult<SeedFile>> {
  const files: SeedFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const problem = (file: string, ruleId: string, severity: Diagnostic['severity'], message: string, hint: string | null) =>
    diagnostics.push({ file, line: null, column: null, ruleId, severity, message, hint });
  let root: string;
  let entries;
  try {
    root = await realpath(dir);
    entries = await readdir(root, { recursive: true, withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder' : `cannot be read (${code ?? String(error)})`;
    problem('', 'seeds-unreadable', 'error', `The seeds folder ${why}.`, 'Pass the folder that holds the reports: npm run build -- --seeds DIR.');
    return { files, diagnostics, reread: () => null, unread: 0 };
  }
  const listed = entries
    .map((e) => ({ entry: e, path: relative(root, join(e.parentPath, e.name)).split(sep).join('/') }))
    .sort((a, b) => compareCodePoints(a.path, b.path));
  const index = options?.index ? await SeedIndex.open(options.index.dir, root, options.index.version, options.settledMs) : null;
  let unread = 0;
  // Equal digests, equal texts.
  const firstWithDigest = new Map<string, string>();
  const add = (file: SeedFile) => {
    const twin = firstWithDigest.get(file.digest);
    if (twin !== undefined) problem(file.file, 'report-duplicate', 'warning', `The file has the same text as ${twin}; both are published.`, 'Delete one of the two copies.');
    else firstWithDigest.set(file.digest, file.file);
    files.push(file);
  };
  for (const { entry, path } of listed) {
    const segments = path.split('/');
    if (segments.slice(0, -1).some((s) => s.startsWith('.'))) continue;
    if (entry.isDirectory()) continue;
    const full = join(root, path);
    if (entry.isSymbolicLink()) {
      const target = await realpath(full).catch(() => null);
      const fromRoot = target === null ? '' : relative(root, target);
      const inside = target !== null && fromRoot !== '..' && !fromRoot.startsWith(`..${sep}`) && !isAbsolute(fromRoot);
      if (target === null) problem(path, 'seed-symlink-broken', 'error', 'This symbolic link points to nothing that exists; it is not read.', 'Delete the link, or copy the report itself into the seeds folder.');
      else if (!inside) problem(path, 'seed-symlink-outside', 'error', `This symbolic link points outside the seeds folder (to ${target}); it is refused and not read.`, 'Copy the report into the seeds folder instead of linking to it.');
      else problem(path, 'seed-symlink-inside', 'warning', `This symbolic link points to ${fromRoot.split(sep).join('/') || '.'} inside the seeds folder; the link is skipped, its target is read under its own name.`, null);
      continue;
    }
    const name = segments[segments.length - 1]!;
    if (name.startsWith('.')) {
      if (REPORT_FILE.test(name)) problem(path, 'seed-hidden', 'warning', 'Hidden file (its name starts with “.”): not read.', 'Rename it without the leading dot if it is a report.');
      continue;
    }
    if (!entry.isFile()) {
      problem(path, 'seed-not-a-file', 'warning', 'Not a regular file (a pipe, socket or device): not read.', null);
      continue;
    }
    if (path.includes('\uFFFD')) {
      // Node reads names as UTF-8; bytes that are not become U+FFFD and the name no longer opens.
      problem(path, 'seed-name-encoding', 'error', 'The file name is not valid UTF-8, so the file cannot be opened.', 'Rename the file (letters, digits, spaces and dashes are safe).');
      continue;
    }
    if (!REPORT_FILE.test(name)) {
      problem(path, 'seed-not-a-report', 'warning', 'Not a report file: only .txt, .md, .markdown and .text files are read.', 'Save the report as plain text (.txt) or Markdown (.md), or move this file out of the seeds folder.');
      continue;
    }
    // Taken before the file is read: a change while it is read makes the next stat differ.
    const stat = index && lstatFile(full);
    const known = stat ? index!.lookup(path, stat) : null;
    if (known) {
      diagnostics.push(...known.diagnostics);
      add({ file: path, digest: known.digest, text: null });
      unread++;
      continue;
    }
    let bytes: Buffer | null;
    try {
      bytes = readRegularFile(full);
    } catch (error) {
      problem(path, 'seed-unreadable', 'error', `The file cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`, 'Check that the file is readable by the user running the build.');
      continue;
    }
    if (bytes === null) {
      diagnostics.push(fileTooLarge(path, 'bytes'));
      continue;
    }
    const decoded = decodeSeed(path, bytes);
    diagnostics.push(...decoded.diagnostics);
    if (!decoded.file) continue;
    if (EMPTY_TEXT.test(decoded.file.text)) {
      problem(path, 'file-empty', 'warning', 'The file is empty (or holds only spaces and blank lines): skipped, it gets no page and no record.', 'Paste the report text into it, or delete it.');
      continue;
    }
    const read = { ...decoded.file, digest: digestText(decoded.file.text) };
    if (stat) index!.remember(path, stat, { digest: read.digest, diagnostics: decoded.diagnostics });
    add(options ? { file: read.file, digest: read.digest, text: null } : read);
  }
  await index?.save();
  return { files, diagnostics, reread: (file) => rereadSeed(root, file), unread };
}

function rereadSeed(root: string, file: string): ReadFile | null {
  try {
    const bytes = readRegularFile(join(root, file));
    const decoded = bytes === null ? null : decodeSeed(file, bytes).file;
    return decoded ? { ...decoded, digest: digestText(decoded.text) } : null;
  } catch {
    return null;
  }
}

/** A regular file's stat, in nanoseconds; null for anything else (read the usual way, which says what it is). */
function lstatFile(full: string): BigIntStats | null {
  try {
    const stat = lstatSync(full, { bigint: true });
    return stat.isFile() ? stat : null;
  } catch {
    return null;
  }
}

/**
 * The bytes of a regular file, or null when it is over the size limit. Opened without following
 * links and without blocking, so a link or a pipe swapped in after listing is never read.
 */
function readRegularFile(full: string): Buffer | null {
  // Blocking calls: for 10,000 small files the promise-based ones cost about three times the CPU.
  const fd = openSync(full, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREGULAR' });
    if (stat.size > LIMITS.maxFileBytes) return null;
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Locale-independent ordering by UTF-16 code units: `localeCompare` would depend on the machine's ICU data. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
