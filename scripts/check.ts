import { parseArgs } from 'node:util';
import { runPipeline } from '../src/process-report.ts';
import { readSeeds } from '../src/read-seeds.ts';
import { COMMON_OPTIONS, printDiagnostics, runCommand } from './cli.ts';

const USAGE = 'Usage: npm run check -- [--seeds DIR] [--all-warnings] [--debug]\nValidates every seed (encoding, front matter, dates, duplicates, limits) without building the site.';

const options = { ...COMMON_OPTIONS, seeds: { type: 'string', default: 'seeds' } } as const;

await runCommand(
  USAGE,
  () => parseArgs({ options }).values,
  async (args, debug) => {
    const read = await readSeeds(args.seeds);
    // The same stages as the build, so the same messages; only Eleventy and the writing are left out.
    const corpus = runPipeline(read.files, read.diagnostics);
    const { errors, warnings } = printDiagnostics(corpus.diagnostics, args.seeds, { command: 'npm run check', allWarnings: args['all-warnings'], debug, recordsFile: null });
    if (errors > 0) {
      console.error(`\nCheck failed: ${errors} error(s), ${warnings} warning(s) in ${args.seeds}. A build would stop.`);
      return 1;
    }
    console.log(`Check passed: ${corpus.reports.length} reports, ${warnings} warning(s).`);
    return 0;
  },
);
