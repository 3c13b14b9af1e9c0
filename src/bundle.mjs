// @ts-check
/**
 * Bundles of our TypeScript made by esbuild, kept in `node_modules/.cache/karabakh-timeline/`
 * (where tools keep caches by convention; it goes wherever node_modules goes) and made again
 * exactly when a file they are made of changed.
 *
 * JavaScript, not TypeScript: `scripts/run.mjs` loads it before anything can load TypeScript.
 */
import { createHash } from 'node:crypto';
import { accessSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { replaceFile } from './replace-file.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BUNDLE_DIR = join(ROOT, 'node_modules', '.cache', 'karabakh-timeline');

/**
 * @typedef {object} Bundle
 * @property {() => string} code  the bundle's text (read from `path` only when asked for: a caller importing it by path does not need it)
 * @property {string | null} path  where it is stored; null when it could not be
 */

/**
 * The bundle `name` (a file name stem) made with esbuild `options` (entry and format, and
 * `sourcemap: 'external'` for a map stored beside it; the rest is set here). A manifest
 * beside it lists the files it was made of, which are hashed with the lock file (the
 * libraries' versions), the runtime, this module and `options`: when the hash differs, the
 * bundle is made again (~0.3 s), and the one it replaces deleted.
 * @param {string} name
 * @param {import('esbuild').BuildOptions & { format: 'esm' | 'cjs' }} options
 * @returns {Promise<Bundle>}
 */
export async function bundled(name, options) {
  const manifest = join(BUNDLE_DIR, `${name}.json`);
  const pathOf = (/** @type {readonly string[]} */ inputs) => join(BUNDLE_DIR, `${name}-${versionOf(inputs, options)}.${options.format === 'esm' ? 'mjs' : 'cjs'}`);
  try {
    /** @type {{ inputs: string[] }} */
    const known = JSON.parse(readFileSync(manifest, 'utf8'));
    const path = pathOf(known.inputs);
    accessSync(path);
    return { code: () => readFileSync(path, 'utf8'), path };
  } catch {
    // Not made yet, or made from other code (or a file it was made of is gone).
  }
  const { build } = await import('esbuild');
  const ext = options.format === 'esm' ? 'mjs' : 'cjs';
  // Not written (`write: false`); esbuild needs an output path to name a source map after.
  const result = await build({ ...options, outfile: join(BUNDLE_DIR, `${name}.${ext}`), absWorkingDir: ROOT, bundle: true, platform: 'node', target: 'node20', plugins: [ownPaths], metafile: true, write: false, logLevel: 'silent' });
  const sourcefile = options.stdin?.sourcefile;
  const inputs = Object.keys(result.metafile.inputs)
    .filter((p) => !p.startsWith('node_modules/') && p !== sourcefile)
    .sort();
  const path = pathOf(inputs);
  const map = result.outputFiles.find((f) => f.path.endsWith('.map'));
  const js = result.outputFiles.find((f) => f !== map);
  // esbuild names the map after an output file this build does not have: it is linked here, under the bundle's own name.
  const code = `${js?.text ?? ''}${map === undefined ? '' : `//# sourceMappingURL=${basename(path)}.map\n`}`;
  try {
    await mkdir(BUNDLE_DIR, { recursive: true });
    if (map !== undefined) await replaceFile(`${path}.map`, map.text);
    await replaceFile(path, code);
    await replaceFile(manifest, JSON.stringify({ inputs }));
    const older = (await readdir(BUNDLE_DIR)).filter((n) => n.startsWith(`${name}-`) && /^-[0-9a-f]+\.[mc]js(\.map)?$/.test(n.slice(name.length)) && !n.startsWith(basename(path)));
    await Promise.all(older.map((n) => unlink(join(BUNDLE_DIR, n)).catch(() => undefined)));
    return { code: () => code, path };
  } catch {
    // A read-only node_modules: the bundle is made again next time.
    return { code: () => code, path: null };
  }
}

/**
 * A hash of what a bundle is made of: its files (paths relative to the project), the lock file,
 * the runtime, this module, the options and the project's folder (written into the bundle by
 * `ownPaths`). Throws when a file is gone.
 * @param {readonly string[]} inputs
 * @param {import('esbuild').BuildOptions} options
 * @returns {string}
 */
function versionOf(inputs, options) {
  const hash = createHash('sha256');
  hash.update(`node ${process.version}\0${ROOT}\0${JSON.stringify(options)}\0`);
  for (const file of [relative(ROOT, import.meta.filename), 'package-lock.json', ...inputs]) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(ROOT, file)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Our modules find the project's folders from their own location (`import.meta.dirname`). In
 * a bundle that would be the bundle's folder, so each module's own location is written in.
 * @type {import('esbuild').Plugin}
 */
const ownPaths = {
  name: 'own-paths',
  setup(build) {
    build.onLoad({ filter: /\.(ts|mjs)$/ }, async (args) => {
      if (args.path.includes('/node_modules/')) return undefined;
      const source = await readFile(args.path, 'utf8');
      // Spelt in two parts, or this very module, bundled, would look for the paths written in.
      const meta = ['import', 'meta'].join('.');
      const contents = source
        .replaceAll(`${meta}.dirname`, JSON.stringify(dirname(args.path)))
        .replaceAll(`${meta}.filename`, JSON.stringify(args.path))
        .replaceAll(`${meta}.url`, JSON.stringify(pathToFileURL(args.path).href));
      return { contents, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};
