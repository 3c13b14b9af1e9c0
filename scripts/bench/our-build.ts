/**
 * How the bench invokes our build, treated as a black box:
 *   node --import tsx scripts/build.ts --seeds DIR --out DIR [--cache DIR]
 * The cache location is also given as TIMELINE_CACHE_DIR and equals <out>/../.cache, so a
 * build that does not accept --cache yet still uses (and the bench still deletes) it.
 */
import { dirname, join } from 'node:path';
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
  const args = ['--import', 'tsx', script, '--seeds', paths.seeds, '--out', paths.out];
  if (passCacheFlag) args.push('--cache', paths.cache);
  return {
    cmd: process.execPath,
    args,
    cwd: REPO_ROOT,
    env: { ...process.env, TIMELINE_CACHE_DIR: paths.cache },
  };
}
