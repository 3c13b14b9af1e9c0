// @ts-check
/**
 * Runs one of our TypeScript scripts (`node scripts/run.mjs build …` runs scripts/build.ts)
 * from a bundle made by esbuild: our modules and the libraries they use in one ES module
 * (`src/bundle.mjs`).
 *
 * Through tsx's hooks, every one of the ~400–450 module files a build loads (by `strace`) was
 * resolved and read on tsx's hook thread: printing `--help` took 0.61–0.66 s, against
 * 0.39–0.46 s from the bundle.
 * tsx is registered only once the bundle's imports are loaded, for what Eleventy imports
 * itself: the config and the `.11ty.ts` templates (scripts/register-tsx.mjs).
 *
 * When no bundle can be stored (a read-only `node_modules`) or made (code esbuild cannot
 * bundle), the script runs through tsx as before, which then reports any error in the code.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundled } from '../src/bundle.mjs';

const ROOT = resolve(import.meta.dirname, '..');

const [name, ...rest] = process.argv.slice(2);
if (name === undefined || !/^[a-z][a-z-]*$/u.test(name)) {
  console.error('Usage: node scripts/run.mjs <script> [args]   (runs scripts/<script>.ts)');
  process.exit(2);
}
const entry = join(ROOT, 'scripts', `${name}.ts`);
// The script reads its arguments from process.argv, as when it is run directly.
process.argv = [process.argv[0] ?? 'node', entry, ...rest];
const bundle = await bundled(name, {
  stdin: {
    // Module bodies run in import order, after the external imports: tsx's hooks see none of Eleventy's own modules.
    contents: `import ${JSON.stringify(join(ROOT, 'scripts', 'register-tsx.mjs'))};\nimport ${JSON.stringify(entry)};\n`,
    resolveDir: ROOT,
    sourcefile: `run-${name}.mjs`,
  },
  format: 'esm',
  // Read only when source maps are on (--debug, below): then a stack names our TypeScript files and lines.
  sourcemap: 'external',
  // Eleventy and its dev server load files by path, esbuild runs a binary, tsx registers
  // hooks, @parcel/watcher loads a native addon for the platform: imported, not bundled.
  external: ['@11ty/eleventy', '@11ty/eleventy-dev-server', 'esbuild', 'tsx', '@parcel/watcher'],
  // CommonJS libraries inside an ES module still call `require` (for Node's own modules).
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
}).catch((/** @type {unknown} */ error) => ({ path: null, error }));
if (bundle.path === null) {
  const why = 'error' in bundle ? `it could not be bundled: ${firstError(bundle.error)}` : 'its bundle could not be stored.';
  console.error(`(Running scripts/${name}.ts through tsx: ${why})`);
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
} else {
  // Off otherwise: Node would read and parse the 2 MB map at every start.
  if (rest.includes('--debug')) process.setSourceMapsEnabled(true);
  await import(pathToFileURL(bundle.path).href);
}

/**
 * The first of esbuild's errors, with its place, or an error's first line.
 * @param {unknown} error
 * @returns {string}
 */
function firstError(error) {
  /** @type {{ errors?: { text: string; location: { file: string; line: number; column: number } | null }[] }} */
  const failure = error instanceof Object ? error : {};
  const first = failure.errors?.[0];
  if (first !== undefined) return first.location === null ? first.text : `${first.location.file}:${first.location.line}:${first.location.column + 1}: ${first.text}`;
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}
