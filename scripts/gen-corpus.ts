/**
 * Writes N synthetic daily reports for benchmarks and tests.
 * Usage: npx tsx scripts/gen-corpus.ts --n 1000 --out DIR [--seed 1]
 * Same arguments give byte-identical files (seeded PRNG, no clock).
 */
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus/write-corpus.ts';

const USAGE = 'usage: npx tsx scripts/gen-corpus.ts --n 1000 --out DIR [--seed 1]';

function positiveInt(name: string, raw: string | undefined, fallback?: number): number {
  if (raw === undefined && fallback !== undefined) return fallback;
  const n = Number(raw);
  if (raw === undefined || !Number.isInteger(n) || n < 0) {
    throw new Error(`--${name} must be a non-negative integer, got ${JSON.stringify(raw)}\n${USAGE}`);
  }
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { n: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } },
  });
  if (values.out === undefined) throw new Error(`--out is required\n${USAGE}`);
  const n = positiveInt('n', values.n);
  const seed = positiveInt('seed', values.seed, 1);
  const reports = await writeCorpus(values.out, n, seed);
  const bytes = reports.reduce((sum, r) => sum + Buffer.byteLength(r.text), 0);
  console.log(`wrote ${reports.length} reports (${(bytes / 1024).toFixed(0)} KiB, seed ${seed}) to ${values.out}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
