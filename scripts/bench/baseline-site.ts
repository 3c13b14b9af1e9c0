/**
 * Prepares and describes the plain-Eleventy baseline: a copy of bench/baseline/ with the
 * reports converted to Markdown posts, built by Eleventy's own CLI from the repository's
 * node_modules (the pinned 3.1.7).
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportToPost } from './report-to-post.ts';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SKELETON = join(REPO_ROOT, 'bench', 'baseline');
const ELEVENTY_CLI = join(REPO_ROOT, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');

/** A child process to run: what the bench times. */
export interface Command {
  cmd: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

/** Copies the site skeleton to `siteDir` (replacing it) and writes one post per report. */
export async function prepareBaselineSite(seedsDir: string, siteDir: string): Promise<number> {
  await rm(siteDir, { recursive: true, force: true });
  await cp(SKELETON, siteDir, { recursive: true, filter: (src) => basename(src) !== '_site' });
  const postsDir = join(siteDir, 'content', 'posts');
  await mkdir(postsDir, { recursive: true });
  const names = (await readdir(seedsDir)).filter((n) => n.endsWith('.txt') || n.endsWith('.md')).sort();
  for (const name of names) {
    const raw = await readFile(join(seedsDir, name), 'utf8');
    await writeFile(join(postsDir, `${basename(name, extname(name))}.md`), reportToPost(raw));
  }
  return names.length;
}

/** Eleventy's CLI on the prepared site, quiet so 10,000 "Writing …" lines do not skew timing. */
export function baselineBuild(siteDir: string): Command {
  return { cmd: process.execPath, args: [ELEVENTY_CLI, '--quiet'], cwd: siteDir };
}

/** Output folder of the prepared site; deleted before each cold build. */
export function baselineOutput(siteDir: string): string {
  return join(siteDir, '_site');
}
