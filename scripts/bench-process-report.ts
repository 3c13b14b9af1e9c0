import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { processReport } from '../src/process-report.ts';
import { readSeeds } from '../src/read-seeds.ts';

/**
 * The cached per-file stage alone, on one thread: CPU ms per report of `processReport` over a
 * folder of reports, and a sha256 of all its results (the same hash before and after a change
 * to the extractor or the renderer = no output changed). Run under `node --cpu-prof` to profile.
 *
 *   node --import tsx scripts/bench-process-report.ts --seeds /tmp/c1k [--runs 3] [--dump out.jsonl]
 */
const { values } = parseArgs({ options: { seeds: { type: 'string', default: 'seeds' }, runs: { type: 'string', default: '3' }, dump: { type: 'string' } } });
const { files } = await readSeeds(values.seeds);
const runs = Math.max(1, Number(values.runs));
let lines: string[] = [];
const samples: number[] = [];
for (let run = 0; run < runs; run++) {
  const start = process.cpuUsage();
  lines = files.map((f) => JSON.stringify(processReport(f)));
  const used = process.cpuUsage(start);
  samples.push((used.user + used.system) / 1000 / files.length);
}
const hash = createHash('sha256');
for (const line of lines) hash.update(line).update('\n');
if (values.dump) writeFileSync(values.dump, lines.join('\n') + '\n');
const fmt = (ms: number) => ms.toFixed(2);
console.log(`${files.length} reports, ${runs} run(s): CPU ms/report ${samples.map(fmt).join(' / ')} (first run includes JIT warm-up; best ${fmt(Math.min(...samples))})`);
console.log(`results sha256 ${hash.digest('hex')}`);
