import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, rename, rm, rmdir, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { siteVersion } from './code-version.ts';
import { sha256 } from './sha256.ts';
import type { PageStats } from './model.ts';
import type { PagePlan } from './site/site-model.ts';
import { RECORDS_FILE, type RecordsIndex } from './write-records.ts';

/** Written last into every built site; describes exactly what the site folder holds. */
export const MANIFEST = '.build-manifest.json';

interface Manifest {
  format: 1;
  /** Site version and path prefix the pages were rendered with. */
  site: string;
  /** Fingerprint of each page of a paginated template, by its path in the site. */
  pages: Record<string, string>;
  /** Every other file of the site, by path. */
  files: string[];
  /** Where each line of `records.json` is and what it was made from (absent from sites of older builds). */
  records?: RecordsIndex;
}

/** How the staging folder was made, and what can be reused in it. */
type Source =
  /**
   * The spare (the site before the current one), emptied of what changed; with the live
   * site's manifest when that site is current, whose pages changed since the spare are linked.
   */
  | { kind: 'spare'; manifest: Manifest; live: Manifest | null }
  /** A new folder, where unchanged pages are hard links to the current site's. */
  | { kind: 'live'; manifest: Manifest }
  | { kind: 'none' };

/**
 * Builds a site without rendering again the pages (of paginated templates: reports, days,
 * places, sides) that did not change, while the site is still written to a staging folder
 * and swapped in whole.
 *
 * Deleting the old site after a swap cost 10–15 s for 10,000 pages on this disk (ext4 with
 * `discard`: every freed directory is trimmed), and hard-linking 10,000 pages into a new
 * folder 0.8–1.7 s. So the site being replaced is kept as the *spare*, and the next build
 * starts from it: it removes the spare's files that are not unchanged pages, hard-links the
 * pages that changed since the spare but not since the live site (the previous edit's), and
 * Eleventy renders the rest. A build that replaced no site leaves links to its own pages as
 * the spare (`linkSpare`). Files are only ever removed and written anew, never written
 * through, so a page shared by hard link with the live site is never changed. The manifest
 * is removed from a folder before it is changed and written last, so a folder with a
 * manifest is exactly what the manifest says.
 */
export class OutputReuse {
  /** Pages rendered and reused, by kind (`reports`, `days` …). */
  readonly stats: Record<string, PageStats> = {};
  /** Pages kept where they are in the staging folder (the spare's). */
  private readonly keep = new Set<string>();
  /** Pages hard-linked from the live site. */
  private readonly link = new Set<string>();
  private readonly pages = new Map<string, string>();

  private constructor(
    readonly outDir: string,
    readonly staging: string,
    private readonly siteKey: string,
    private readonly allowed: boolean,
    private readonly source: Source,
  ) {}

  /**
   * Take the spare of `outDir` kept in `spares` (or a new folder) as the `staging` folder, for
   * a site whose pages also depend on `siteContext` (path prefix, origin). Without `spares`
   * (no cache) every page is rendered into a new folder.
   */
  static async prepare(outDir: string, staging: string, siteContext: string, spares: string | null): Promise<OutputReuse> {
    const out = resolve(outDir);
    const siteKey = `${await siteVersion()} ${siteContext}`;
    await rm(staging, { recursive: true, force: true });
    if (spares === null) {
      await mkdir(staging, { recursive: true });
      return new OutputReuse(out, staging, siteKey, false, { kind: 'none' });
    }
    const spare = spareOf(out, spares);
    const taken = await rename(spare, staging).then(
      () => true,
      // On another file system than the output, a spare can never be taken: it only takes room.
      (error: NodeJS.ErrnoException) => (error.code === 'EXDEV' ? rm(spare, { recursive: true, force: true }).then(() => false) : false),
    );
    if (taken) {
      const manifest = await readManifest(staging);
      if (manifest) {
        await unlink(join(staging, MANIFEST));
        // Everything but paginated pages is rendered again; those wait until it is known which changed.
        await Promise.all(manifest.files.map((f) => removeFile(staging, f)));
        const live = await readManifest(out);
        const current = live?.site === siteKey ? live : null;
        if (manifest.site === siteKey || current === null) return new OutputReuse(out, staging, siteKey, true, { kind: 'spare', manifest, live: current });
        // A spare rendered by other code or for another address (the build after an upgrade):
        // none of its pages can be kept, but the live site's can, so they are linked from it.
        await Promise.all(Object.keys(manifest.pages).map((p) => removeFile(staging, p)));
        return new OutputReuse(out, staging, siteKey, true, { kind: 'live', manifest: current });
      }
      // A spare that is not what a manifest says: deleting it is slow, but rare (a build killed while changing it).
      await rm(staging, { recursive: true, force: true });
    }
    await mkdir(staging, { recursive: true });
    const live = await readManifest(out);
    return new OutputReuse(out, staging, siteKey, true, live ? { kind: 'live', manifest: live } : { kind: 'none' });
  }

  /**
   * Of one paginated template's pages, return those that must be rendered: the others have the
   * fingerprint (site key and the plan's key) that their page has in the spare, where it is
   * kept, or in the live site, from which it is linked (a page changed since the site before
   * last, but not since the last). A plan's page is the `index.html` at its URL.
   */
  select<P extends PagePlan<unknown>>(kind: string, plans: readonly P[]): P[] {
    const source = this.source;
    const current = (m: Manifest | null | undefined) => (this.allowed && m?.site === this.siteKey ? m.pages : {});
    const spare = current(source.kind === 'spare' ? source.manifest : null);
    const live = current(source.kind === 'live' ? source.manifest : source.kind === 'spare' ? source.live : null);
    const render: P[] = [];
    for (const plan of plans) {
      const path = pagePath(plan.url);
      const fingerprint = sha256(this.siteKey, plan.key);
      this.pages.set(path, fingerprint);
      // A page kept or linked must still be there: one deleted by hand from the live site is in
      // the next build's spare no more, and would be missing again from the site after next.
      if (spare[path] === fingerprint && existsSync(join(this.staging, path))) this.keep.add(path);
      else if (live[path] === fingerprint && existsSync(join(this.outDir, path))) this.link.add(path);
      else render.push(plan);
    }
    this.stats[kind] = { rendered: render.length, reused: plans.length - render.length };
    return render;
  }

  /** Make the staging folder hold exactly the reused pages: remove the spare's other pages, then link those the live site has. */
  async settle(): Promise<void> {
    const source = this.source;
    if (source.kind === 'spare') {
      await Promise.all(Object.keys(source.manifest.pages).filter((p) => !this.keep.has(p)).map((p) => removeFile(this.staging, p)));
    }
    await Promise.all([...this.link].map((p) => linkInto(this.outDir, this.staging, p)));
  }

  /** Every page of the site being built, by its path in the site (what `finish` lists under `pages`). */
  get pagePaths(): string[] {
    return [...this.pages.keys()];
  }

  /**
   * The live site's `records.json` and the index its manifest keeps of it, for its unchanged
   * lines to be copied; null without cache, or when there is no such site or index.
   */
  async liveRecords(): Promise<{ path: string; index: RecordsIndex } | null> {
    if (!this.allowed) return null;
    // The live site's manifest was read when the build started, unless that site was rendered by other code.
    const source = this.source;
    const live = source.kind === 'live' ? source.manifest : source.kind === 'spare' && source.live !== null ? source.live : await readManifest(this.outDir);
    const index = live?.records;
    if (index === undefined || !Array.isArray(index.keys) || !Array.isArray(index.offsets) || !Array.isArray(index.lengths)) return null;
    return { path: join(this.outDir, RECORDS_FILE), index };
  }

  /**
   * Record what the staging folder now holds: the kept pages, `written` (absolute paths) and
   * the index of its `records.json`. Returns the files it lists that are not pages (relative,
   * in the manifest's order).
   */
  async finish(written: readonly string[], records?: RecordsIndex): Promise<string[]> {
    const files = new Set(written.map((w) => relative(this.staging, w).split(sep).join('/')));
    for (const path of this.pages.keys()) {
      if (!files.delete(path) && !this.keep.has(path) && !this.link.has(path)) throw new Error(`No page was written to ${path}: a page must be written at its plan's URL + index.html.`);
    }
    const pages = Object.fromEntries([...this.pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const manifest: Manifest = { format: 1, site: this.siteKey, pages, files: [...files].sort(), records };
    await writeFile(join(this.staging, MANIFEST), JSON.stringify(manifest));
    return manifest.files;
  }
}

/**
 * After a swap that replaced no site (the first build into `outDir`, or one after its output
 * was deleted): a spare made of hard links to the new site's pages and a copy of its manifest,
 * so that the next build starts from a spare. Without one, that build made a new folder and
 * linked every unchanged page into it: 0.4 s of a rebuild of 10,000 reports, where the first
 * build pays it once. Best effort, like `keepAsSpare`: on a failure (the cache on another file
 * system) no spare is left, and the next build links the pages itself.
 */
export async function linkSpare(outDir: string, spares: string, pages: readonly string[]): Promise<void> {
  const spare = spareOf(outDir, spares);
  try {
    await rm(spare, { recursive: true, force: true });
    await mkdir(spare, { recursive: true });
    await Promise.all(pages.map((p) => linkInto(outDir, spare, p)));
    // Last, as in every folder of ours: a spare with a manifest holds what it says.
    await copyFile(join(outDir, MANIFEST), join(spare, MANIFEST));
  } catch {
    await rm(spare, { recursive: true, force: true });
  }
}

/** The file a page model's page is written to, relative to the site root. */
function pagePath(url: string): string {
  return `${url.replace(/^\//, '')}index.html`;
}

/**
 * Where the site replaced by the last build into `out` is kept, for the next build to start
 * from: in the cache's `sites` folder (the project's git-ignored `.cache/timeline/sites` by
 * default), so that nothing is left beside the output folder.
 */
export function spareOf(out: string, spares: string): string {
  return join(spares, sha256(resolve(out)).slice(0, 16));
}

/**
 * After a swap: keep the replaced site (moved aside to `previous`) as the spare of `outDir`
 * in `spares`. Without a cache (`spares` null), or on another file system (a spare could not
 * be renamed back), the old site is deleted.
 */
export async function keepAsSpare(previous: string, outDir: string, spares: string | null): Promise<void> {
  if (spares === null) return rm(previous, { recursive: true, force: true });
  const spare = spareOf(outDir, spares);
  await rm(spare, { recursive: true, force: true });
  await mkdir(spares, { recursive: true });
  await rename(previous, spare).catch(() => rm(previous, { recursive: true, force: true }));
}

async function readManifest(dir: string): Promise<Manifest | null> {
  return parseManifest(await readFile(join(dir, MANIFEST), 'utf8').catch(() => ''));
}

function parseManifest(text: string): Manifest | null {
  try {
    const m = JSON.parse(text) as Manifest;
    const paths = [...Object.keys(m.pages), ...m.files];
    return m.format === 1 && typeof m.site === 'string' && paths.every(isInside) ? m : null;
  } catch {
    return null;
  }
}

/**
 * What a site's manifest (its text) says the site holds besides the manifest, relative to the
 * site: its pages (of paginated templates, kept by rebuilds while their key is unchanged) and
 * its other files, as `finish` returned them. Null when it is not a manifest of ours.
 */
export function manifestPaths(text: string): { pages: string[]; files: string[] } | null {
  const m = parseManifest(text);
  return m === null ? null : { pages: Object.keys(m.pages), files: m.files };
}

/** A manifest names files inside its folder only; anything else means it is not ours. */
function isInside(path: unknown): boolean {
  return typeof path === 'string' && path !== '' && !path.startsWith('/') && !path.split('/').some((part) => part === '..' || part === '');
}

/** Remove a file and the folders it leaves empty, up to `root`. */
async function removeFile(root: string, path: string): Promise<void> {
  await unlink(join(root, path)).catch(() => undefined);
  for (let dir = dirname(path); dir !== '.' && dir !== ''; dir = dirname(dir)) {
    if (!(await rmdir(join(root, dir)).then(() => true, () => false))) return;
  }
}

async function linkInto(from: string, to: string, path: string): Promise<void> {
  await mkdir(dirname(join(to, path)), { recursive: true });
  await link(join(from, path), join(to, path));
}

/** Paths of the files an Eleventy `write()` produced: its pages and its passthrough copies. */
export function eleventyOutputs(result: unknown): string[] {
  const out: string[] = [];
  for (const group of Array.isArray(result) ? (result as unknown[]) : []) {
    for (const entry of Array.isArray(group) ? (group as Record<string, unknown>[]) : []) {
      if (typeof entry.outputPath === 'string') out.push(entry.outputPath);
      if (entry.map && typeof entry.map === 'object') out.push(...Object.values(entry.map as Record<string, unknown>).filter((p): p is string => typeof p === 'string'));
    }
  }
  return out;
}
