/**
 * Builds the plain-Eleventy baseline by hand, outside the bench.
 * Usage: npx tsx scripts/baseline.ts --seeds DIR --site DIR [--no-build]
 * The site lands in DIR/_site.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { baselineBuild, prepareBaselineSite } from './bench/baseline-site.ts';

const { values } = parseArgs({
  options: { seeds: { type: 'string' }, site: { type: 'string' }, 'no-build': { type: 'boolean', default: false } },
});
if (values.seeds === undefined || values.site === undefined) {
  console.error('usage: npx tsx scripts/baseline.ts --seeds DIR --site DIR [--no-build]');
  process.exit(2);
}
const count = await prepareBaselineSite(values.seeds, values.site);
console.log(`${values.site}: ${count} posts`);
if (!values['no-build']) {
  const { cmd, args, cwd } = baselineBuild(values.site);
  const res = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  process.exitCode = res.status ?? 1;
}
