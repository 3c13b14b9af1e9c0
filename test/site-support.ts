import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { RecordsExport } from '../src/model.ts';
import { SEEDS, runBuild, tempDir } from './helpers.ts';
import { readRecords } from './records-file.ts';

/** A build of the seeds, laid out as a static host would serve it. */
export interface BuiltSite {
  /** Folder to serve at `/`: the site itself, or the folder holding it under its prefix. */
  root: string;
  /** The site's own folder (`root` + prefix). */
  dir: string;
  /** `/` or `/sub/`. */
  prefix: string;
  records: RecordsExport;
}

export interface BuildChoice {
  /** Seeds folder; the project's seeds by default. */
  seeds?: string;
  /** Extra environment for the build process (e.g. `TZ`). */
  env?: NodeJS.ProcessEnv;
}

/** Build a seeds folder through the CLI, as an editor would, optionally under a path prefix. */
export async function buildSeeds(prefix = '/', choice: BuildChoice = {}): Promise<BuiltSite> {
  const root = join(await tempDir('site-'), 'root');
  const dir = join(root, ...prefix.split('/').filter(Boolean));
  const result = await runBuild(['--seeds', choice.seeds ?? SEEDS, '--out', dir, '--path-prefix', prefix], choice.env);
  if (result.code !== 0) throw new Error(`build failed (${result.code}):\n${result.stderr}`);
  const records = await readRecords(join(dir, 'data', 'records.json'));
  return { root, dir, prefix, records };
}

/** Remove a build made by `buildSeeds`. */
export async function removeSite(site: BuiltSite | undefined): Promise<void> {
  if (site) await rm(dirname(site.root), { recursive: true, force: true });
}

/** Every file of a built folder, as paths relative to it. */
export async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Every HTML page of a built folder, as site paths (`/days/2020-11-04/`, `/404.html`). */
export async function htmlPages(dir: string): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html'));
  return files
    .map((f) => `/${relative(dir, join(dir, f)).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** One page of each kind, as site paths, for checks too slow to run on every page. */
export async function pageTypes(site: BuiltSite): Promise<Record<string, string>> {
  const day = site.records.days.find((d) => d.date !== null)!;
  // The first place page the places index links to (its address is the site's to choose).
  const index = await readFile(join(site.dir, 'places', 'index.html'), 'utf8');
  const place = /<ul class="place-list">\s*<li><a href="[^"]*?(\/places\/[^"/]+\/)"/.exec(index)?.[1];
  return {
    home: '/',
    day: `/days/${day.date}/`,
    report: `/reports/${site.records.reports[0]!.id}/`,
    side: '/sides/yerevan/',
    places: '/places/',
    ...(place ? { place } : {}),
    reports: '/reports/',
    about: '/about/',
    notFound: '/no-such-page/',
  };
}
