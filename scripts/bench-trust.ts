import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildSite } from '../src/build-site.ts';

/**
 * `npm run bench:trust`: builds large and hostile reports, each in a fresh process, and prints
 * wall time and peak memory (max RSS). These are the figures behind the limits in
 * `src/guard-input.ts` (README "Trust"); they are printed, never asserted, because the machine
 * is shared and timings are noisy. `npm run bench:trust -- CASE…` runs only the cases named.
 */

const PROSE = 'The ministry said the convoy moved again before dawn, and villagers counted the trucks on the old road. ';

/** The five seeds one after another, as often as it takes to reach `bytes`. */
async function seedsRepeated(bytes: number): Promise<string> {
  const dir = join(import.meta.dirname, '..', 'seeds');
  const texts = await Promise.all((await readdir(dir)).sort().map((f) => readFile(join(dir, f), 'utf8')));
  const all = texts.join('\n\n');
  return all.repeat(Math.ceil(bytes / all.length));
}

const CASES: Record<string, () => string | Promise<string>> = {
  'seeds-repeated-20MB': () => seedsRepeated(20 * 1024 * 1024),
  'prose-20MB': () => {
    const lines = ['A very long account, November 5, 2020'];
    let size = 0;
    for (let i = 0; size < 20 * 1024 * 1024; i++) {
      const line = `Paragraph ${i}. ${PROSE.repeat(5)}`;
      lines.push(line);
      size += line.length + 1;
    }
    return lines.join('\n');
  },
  'one-line-20MB': () => `A report on one line, November 5, 2020\n${PROSE.repeat(Math.ceil((20 * 1024 * 1024) / PROSE.length))}`,
  'bullets-50000': () => ['Digest of November 6, 2020', ...Array.from({ length: 50_000 }, (_, i) => `• Item ${i}: officials said a bridge near village ${i} was repaired.`)].join('\n'),
  'bullets-200000': () => ['Digest of November 6, 2020', ...Array.from({ length: 200_000 }, (_, i) => `• Item ${i}: officials said a bridge near village ${i} was repaired.`)].join('\n'),
  'short-sentences-2MB': () => ['Tiny sentences, November 6, 2020', ...Array.from({ length: 3_900 }, () => 'Shots. '.repeat(75))].join('\n'),
  'short-sentences-6MB': () => ['Tiny sentences, November 6, 2020', ...Array.from({ length: 12_000 }, () => 'Shots. '.repeat(75))].join('\n'),
  'star-underscore-80KB': () => `Marker storm\n${'*_'.repeat(40_000)}`,
  'cdata-110KB': () => `Declarations\n${'a <![CDATA['.repeat(10_000)}`,
  'nested-list-1000': () => `Nesting\n${'- '.repeat(1000)}bottom`,
  'nested-quote-3000': () => `Quotes\n${'> '.repeat(3000)}bottom`,
  'speech-verbs-1MB': () => `Verbs\n${'said the ministry '.repeat(60_000)}`,
};

async function runCase(name: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-trust-'));
  try {
    await mkdir(join(dir, 'seeds'));
    await writeFile(join(dir, 'seeds', 'report.txt'), await CASES[name]!());
    const start = performance.now();
    const result = await buildSite({ seedsDir: join(dir, 'seeds'), outDir: join(dir, 'site'), pathPrefix: '/' });
    const seconds = (performance.now() - start) / 1000;
    const claims = result.corpus?.reports.reduce((n, r) => n + r.claims.length, 0) ?? 0;
    const rules = [...new Set(result.diagnostics.map((d) => d.ruleId))].join(',') || '-';
    console.log(JSON.stringify({ name, ok: result.ok, seconds: Number(seconds.toFixed(1)), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), claims, rules }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const [flag, only] = process.argv.slice(2);
  if (flag === '--case' && only) return runCase(only);
  const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(CASES);
  console.log('case                   ok     wall s   max RSS MB   claims   diagnostics');
  for (const name of names) {
    if (!CASES[name]) throw new Error(`Unknown case ${name}; cases: ${Object.keys(CASES).join(', ')}`);
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', import.meta.filename, '--case', name], { maxBuffer: 1 << 24 });
    const r = JSON.parse(stdout.trim().split('\n').pop()!) as { ok: boolean; seconds: number; maxRssMB: number; claims: number; rules: string };
    console.log(`${name.padEnd(22)} ${String(r.ok).padEnd(6)} ${String(r.seconds).padStart(6)}   ${String(r.maxRssMB).padStart(10)}   ${String(r.claims).padStart(6)}   ${r.rules}`);
  }
}

await main();
