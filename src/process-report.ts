import { assembleCorpus, type Corpus } from './assemble-corpus.ts';
import type { Diagnostic, ReportOutput, ReportResult, SourceFile } from './model.ts';
import { digestText, memoryTexts } from './page-texts.ts';
import { processFileWith } from './pipeline.ts';
import { sha256 } from './sha256.ts';
import { renderReportTree } from './render-report-html.ts';
import type { ExtractedReport } from './extract-report.ts';
import { reportTextOfTree } from './site/report-text.ts';

/** The per-file stage that is cached and run on worker threads: the extraction and the report page's text. */
export interface ProcessedReport {
  extracted: ExtractedReport;
  /** The report's text as its page shows it: what `reportText` makes of the rendered HTML and set-aside pieces. */
  pageText: string;
}

/**
 * `processFile`'s extraction, and the report page's text made from the rendered tree instead
 * of the HTML (equal to `reportText` of `processFile`'s HTML, without serialising the tree and
 * parsing it again: the parse alone cost 0.6–0.9 ms a report). Made here, once per file and
 * cached, rather than when the site data is made on every build.
 *
 * @example
 *   processReport({ file: 'a.txt', text: 'Title\n• Shelling, officials said.' }).pageText
 */
export function processReport(source: SourceFile): ProcessedReport {
  return processFileWith(
    source,
    (tree, extracted) => ({ pageText: reportTextOfTree(renderReportTree(tree, extracted.claims, extracted.setAside), extracted.setAside) }),
    { pageText: '' },
  );
}

/**
 * `processReport`, as the cache stores it and a worker sends it: the corpus stage's part as
 * JSON text (cheaper to pass between threads than a deep object) with its digest, and the
 * page text apart.
 */
export function reportOutput(source: SourceFile): ReportOutput {
  const { extracted, pageText } = processReport(source);
  const result = JSON.stringify({ extracted, textDigest: digestText(pageText) } satisfies ReportResult);
  return { result, digest: sha256(result), text: pageText };
}

/** The whole pipeline over decoded files, in one process, without cache or workers (the preview server, `npm run check`, tests). */
export function runPipeline(files: readonly SourceFile[], inputDiagnostics: readonly Diagnostic[] = []): Corpus {
  const processed = files.map(processReport);
  return assembleCorpus(processed, memoryTexts(processed.map((p) => p.pageText)), inputDiagnostics);
}
