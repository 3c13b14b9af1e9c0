/**
 * How the bench invokes our build, treated as a black box, as `npm run build` does:
 *   node scripts/run.mjs build --seeds DIR --out DIR [--cache DIR]
 * (a build script outside scripts/ runs through tsx: node --import tsx FILE …).
 * The cache location is also given as TIMELINE_CACHE_DIR and equals <out>/../.cache, so a
 * build that does not accept --cache yet still uses (and the bench still deletes) it.
 */
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from './baseline-site.ts';
import { REPO_ROOT } from './baseline-site.ts';

export interface OurBuildPaths {
  seeds: string;
  out: string;
  cache: string;
}

/** Output and cache folders for a bench work dir, laid out so cache = <out>/../.cache. */
export function ourBuildPaths(seeds: string, workDir: string): OurBuildPaths {
  const out = join(workDir, 'ours', '_site');
  return { seeds, out, cache: join(dirname(out), '.cache') };
}

export function ourBuild(script: string, paths: OurBuildPaths, passCacheFlag: boolean): Command {
  const file = resolve(REPO_ROOT, script);
  const entry = dirname(file) === join(REPO_ROOT, 'scripts') ? [join(REPO_ROOT, 'scripts', 'run.mjs'), basename(file, '.ts')] : ['--import', 'tsx', file];
  const args = [...entry, '--seeds', paths.seeds, '--out', paths.out];
  if (passCacheFlag) args.push('--cache', paths.cache);
  return {
    cmd: process.execPath,
    args,
    cwd: REPO_ROOT,
    env: { ...process.env, TIMELINE_CACHE_DIR: paths.cache },
  };
}
