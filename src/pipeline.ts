import { assembleCorpus, type Corpus } from './assemble-corpus.ts';
import { extractReport, type ExtractedReport } from './extract-report.ts';
import type { SourceFile } from './model.ts';
import { parseReport } from './parse-report.ts';
import { renderReportHtml } from './render-report-html.ts';

// The corpus stage lives in its own module, so the build can assemble cached results without
// loading remark and chrono; it is re-exported here for callers of the whole pipeline.
export { assembleCorpus, type Corpus };

/** Per-file stage: parse, extract and render one report. Pure, so it can be cached and run in workers. */
export interface ProcessedFile {
  extracted: ExtractedReport;
  html: string;
}

export function processFile(source: SourceFile): ProcessedFile {
  const parsed = parseReport(source);
  const extracted = extractReport(parsed);
  return { extracted, html: renderReportHtml(parsed.tree, extracted.claims, extracted.setAside) };
}

/** The whole pipeline over decoded files, in one process. */
export function runPipeline(files: readonly SourceFile[]): Corpus {
  return assembleCorpus(files.map(processFile));
}
