import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { ROOT, SEEDS, tempDir } from './helpers.ts';

/** A copy of the project's code (not its caches), with node_modules linked package by package, so the copy's bundles are its own. */
async function projectCopy(): Promise<string> {
  const dir = await tempDir('launcher-');
  for (const part of ['scripts', 'src', 'templates', 'eleventy.config.ts', 'package.json', 'package-lock.json']) {
    await cp(join(ROOT, part), join(dir, part), { recursive: true });
  }
  await mkdir(join(dir, 'node_modules'));
  for (const name of await readdir(join(ROOT, 'node_modules'))) {
    if (name !== '.cache') await symlink(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

async function run(project: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [join(project, 'scripts', 'run.mjs'), ...args], { cwd: project });
}

async function bundles(project: string): Promise<string[]> {
  const dir = join(project, 'node_modules', '.cache', 'karabakh-timeline');
  return (await readdir(dir).catch(() => [])).filter((n) => n.startsWith('build-') && n.endsWith('.mjs'));
}

async function edit(path: string, from: string, to: string): Promise<void> {
  const text = await readFile(path, 'utf8');
  assert.ok(text.includes(from), `${path} holds ${from}`);
  await writeFile(path, text.replace(from, to));
}

describe('scripts/run.mjs (npm run build and check)', () => {
  it('runs a script from a bundle, made again only when a file it is made of changed', async () => {
    const project = await projectCopy();
    const first = await run(project, ['build', '--help']);
    assert.match(first.stdout + first.stderr, /^Usage: npm run build/mu);
    assert.doesNotMatch(first.stderr, /through tsx/u);
    const [made, ...others] = await bundles(project);
    assert.ok(made !== undefined && others.length === 0, 'one bundle');
    const madeAt = (await stat(join(project, 'node_modules', '.cache', 'karabakh-timeline', made))).mtimeMs;

    await run(project, ['build', '--help']);
    assert.deepEqual(await bundles(project), [made]);
    assert.equal((await stat(join(project, 'node_modules', '.cache', 'karabakh-timeline', made))).mtimeMs, madeAt, 'not made again');

    // The entry, then a module deep in its graph: each makes a new bundle, which replaces the old one.
    await edit(join(project, 'scripts', 'build.ts'), "'Usage: npm run build", "'Usage (edited): npm run build");
    const edited = await run(project, ['build', '--help']);
    assert.match(edited.stdout + edited.stderr, /^Usage \(edited\): npm run build/mu);
    const [second, ...rest] = await bundles(project);
    assert.ok(second !== undefined && second !== made && rest.length === 0, `${second} replaced ${made}`);
    await edit(join(project, 'src', 'sha256.ts'), '\n', '\n// An edit in a comment is still an edit.\n');
    await run(project, ['build', '--help']);
    const [third] = await bundles(project);
    assert.ok(third !== undefined && third !== second);
  });

  it('builds the same site from its bundle as the TypeScript run through tsx', async () => {
    const dir = await tempDir('launcher-site-');
    const viaBundle = join(dir, 'bundle');
    const viaTsx = join(dir, 'tsx');
    await promisify(execFile)(process.execPath, [join(ROOT, 'scripts', 'run.mjs'), 'build', '--seeds', SEEDS, '--out', join(viaBundle, '_site'), '--cache', join(viaBundle, 'cache')], { cwd: ROOT });
    await promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build.ts'), '--seeds', SEEDS, '--out', join(viaTsx, '_site'), '--cache', join(viaTsx, 'cache')], { cwd: ROOT });
    const files = async (site: string) => (await readdir(site, { recursive: true })).sort();
    const names = await files(join(viaBundle, '_site'));
    assert.deepEqual(names, await files(join(viaTsx, '_site')));
    assert.ok(names.includes(join('data', 'records.json')) && names.some((n) => n.startsWith('reports')), 'a whole site');
    for (const name of names) {
      const a = join(viaBundle, '_site', name);
      if ((await stat(a)).isDirectory()) continue;
      assert.ok((await readFile(a)).equals(await readFile(join(viaTsx, '_site', name))), `${name} differs`);
    }
  });

  it('runs the script through tsx, saying so, when no bundle can be made', async () => {
    const project = await projectCopy();
    // A file where the bundles' folder would be: nothing can be written there.
    await mkdir(join(project, 'node_modules', '.cache'));
    await writeFile(join(project, 'node_modules', '.cache', 'karabakh-timeline'), 'not a folder');
    const { stdout, stderr } = await run(project, ['check', '--help']);
    assert.match(stderr, /^\(Running scripts\/check\.ts through tsx: its bundle could not be stored\.\)$/mu);
    assert.match(stdout + stderr, /^Usage: npm run check/mu);
  });

  it('runs code esbuild cannot bundle through tsx, which names the error', async () => {
    const project = await projectCopy();
    await edit(join(project, 'src', 'sha256.ts'), '\n', '\nconst = ;\n');
    const failed = await run(project, ['check', '--help']).then(
      () => null,
      (error: { code?: number; stderr?: string }) => error,
    );
    assert.ok(failed !== null && failed.code !== 0, 'the run fails');
    assert.match(failed.stderr ?? '', /^\(Running scripts\/check\.ts through tsx: it could not be bundled: src\/sha256\.ts:\d+:\d+: /mu);
  });

  it('names our TypeScript files and lines in the stack --debug prints', async () => {
    const out = await tempDir('launcher-out-');
    await writeFile(join(out, 'notes.txt'), 'Not a site.');
    const refused = await promisify(execFile)(process.execPath, [join(ROOT, 'scripts', 'run.mjs'), 'build', '--out', out, '--debug'], { cwd: ROOT }).then(
      () => null,
      (error: { stderr?: string }) => error.stderr ?? '',
    );
    assert.ok(refused !== null, 'the build refuses a folder it did not write');
    assert.match(refused, /at refuseUnsafeOutDir \(.*\/src\/build-site\.ts:\d+:\d+\)/u);
    assert.doesNotMatch(refused, /karabakh-timeline\/build-/u);
  });

  it('refuses a name that is not one of the scripts', async () => {
    await assert.rejects(run(ROOT, ['../src/build-site']), (error: { code?: number; stderr?: string }) => error.code === 2 && /Usage: node scripts\/run\.mjs <script>/u.test(error.stderr ?? ''));
  });
});
