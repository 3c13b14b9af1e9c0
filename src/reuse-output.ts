import { createHash } from 'node:crypto';
import { link, mkdir, readFile, rename, rm, rmdir, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { siteVersion } from './code-version.ts';
import type { PageStats } from './model.ts';

/** A page model whose page is written at `url` + `index.html` (how the report template names its pages). */
export interface PageModel {
  url: string;
}

/** Written last into every built site; describes exactly what the site folder holds. */
export const MANIFEST = '.build-manifest.json';

interface Manifest {
  format: 1;
  /** Site version and path prefix the pages were rendered with. */
  site: string;
  /** Fingerprint of each report page, by its path in the site. */
  pages: Record<string, string>;
  /** Every other file of the site, by path. */
  files: string[];
}

/** How the staging folder was made, and what can be reused in it. */
type Source =
  /** The spare (the site before the current one), emptied of what changed. */
  | { kind: 'spare'; manifest: Manifest }
  /** A new folder, where unchanged pages are hard links to the current site's. */
  | { kind: 'live'; manifest: Manifest }
  | { kind: 'none' };

/**
 * Builds a site without rewriting the report pages that did not change, while the site is
 * still written to a staging folder and swapped in whole.
 *
 * Deleting the old site after a swap cost 10–15 s for 10,000 pages on this disk (ext4 with
 * `discard`: every freed directory is trimmed), and hard-linking 10,000 pages into a new
 * folder 0.8–1.7 s. So the site being replaced is kept as the *spare*, and the next build
 * starts from it: it removes the spare's files that are not unchanged report pages, and
 * Eleventy renders the rest. Files are only ever removed and written anew, never written
 * through, so a page shared by hard link with the live site is never changed. The manifest
 * is removed from a folder before it is changed and written last, so a folder with a
 * manifest is exactly what the manifest says.
 */
export class OutputReuse {
  readonly stats: PageStats = { rendered: 0, reused: 0 };
  private readonly clean = new Set<string>();
  private readonly pages = new Map<string, string>();

  private constructor(
    readonly outDir: string,
    readonly staging: string,
    private readonly siteKey: string,
    private readonly allowed: boolean,
    private readonly source: Source,
  ) {}

  /**
   * Take the spare (or a new folder) as the staging folder for a site served under
   * `pathPrefix`. With `reuse` false every page is rendered (the spare is still recycled:
   * emptying it is cheaper than deleting it).
   */
  static async prepare(outDir: string, pathPrefix: string, reuse: boolean): Promise<OutputReuse> {
    const out = resolve(outDir);
    const siteKey = `${await siteVersion()} ${pathPrefix}`;
    const staging = join(dirname(out), `.${basename(out)}.staging-${process.pid}`);
    const spare = spareOf(out);
    await rm(staging, { recursive: true, force: true });
    const taken = await rename(spare, staging).then(() => true, () => false);
    if (taken) {
      const manifest = await readManifest(staging);
      if (manifest) {
        await unlink(join(staging, MANIFEST));
        // Everything but report pages is rendered again; pages wait until it is known which changed.
        await Promise.all(manifest.files.map((f) => removeFile(staging, f)));
        return new OutputReuse(out, staging, siteKey, reuse, { kind: 'spare', manifest });
      }
      // A spare that is not what a manifest says: deleting it is slow, but rare (a build killed while changing it).
      await rm(staging, { recursive: true, force: true });
    }
    await mkdir(staging, { recursive: true });
    const live = reuse ? await readManifest(out) : null;
    return new OutputReuse(out, staging, siteKey, reuse, live ? { kind: 'live', manifest: live } : { kind: 'none' });
  }

  /**
   * Keep the pages whose fingerprint (the site key and the page model's JSON) is the one they
   * were rendered with, and return the models of the pages that must be rendered.
   */
  async reuse<T extends PageModel>(models: readonly T[]): Promise<T[]> {
    const source = this.source;
    const before = !this.allowed || source.kind === 'none' || source.manifest.site !== this.siteKey ? {} : source.manifest.pages;
    const render: T[] = [];
    const keep: string[] = [];
    for (const model of models) {
      const path = pagePath(model.url);
      const fingerprint = createHash('sha256').update(this.siteKey).update('\0').update(JSON.stringify(model)).digest('hex');
      this.pages.set(path, fingerprint);
      if (before[path] === fingerprint) keep.push(path);
      else render.push(model);
    }
    if (source.kind === 'spare') {
      const kept = new Set(keep);
      await Promise.all(Object.keys(source.manifest.pages).filter((p) => !kept.has(p)).map((p) => removeFile(this.staging, p)));
      keep.forEach((p) => this.clean.add(p));
    } else if (source.kind === 'live') {
      const linked = await Promise.all(keep.map((p) => linkInto(this.outDir, this.staging, p)));
      const missing = new Set(keep.filter((_, i) => !linked[i]));
      keep.forEach((p) => missing.has(p) || this.clean.add(p));
      render.push(...models.filter((m) => missing.has(pagePath(m.url))));
    }
    this.stats.rendered = render.length;
    this.stats.reused = this.clean.size;
    return render;
  }

  /** Record what the staging folder now holds: the reused pages and `written` (absolute paths). */
  async finish(written: readonly string[]): Promise<void> {
    const files = new Set(written.map((w) => relative(this.staging, w).split(sep).join('/')));
    for (const path of this.pages.keys()) {
      if (!files.delete(path) && !this.clean.has(path)) throw new Error(`No page was written to ${path}: a page model's page must be written at its url + index.html.`);
    }
    const pages = Object.fromEntries([...this.pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const manifest: Manifest = { format: 1, site: this.siteKey, pages, files: [...files].sort() };
    await writeFile(join(this.staging, MANIFEST), JSON.stringify(manifest));
  }
}

/** The file a page model's page is written to, relative to the site root. */
function pagePath(url: string): string {
  return `${url.replace(/^\//, '')}index.html`;
}

/** Where the site replaced by the last build is kept, for the next build to start from. */
export function spareOf(out: string): string {
  return join(dirname(out), `.${basename(out)}.spare`);
}

async function readManifest(dir: string): Promise<Manifest | null> {
  try {
    const m = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as Manifest;
    const paths = [...Object.keys(m.pages), ...m.files];
    return m.format === 1 && typeof m.site === 'string' && paths.every(isInside) ? m : null;
  } catch {
    return null;
  }
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

async function linkInto(from: string, to: string, path: string): Promise<boolean> {
  try {
    await mkdir(dirname(join(to, path)), { recursive: true });
    await link(join(from, path), join(to, path));
    return true;
  } catch {
    return false;
  }
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
