import type { Root } from 'mdast';
import { extractReport, type ExtractedReport } from './extract-report.ts';
import { guardSource } from './guard-input.ts';
import type { Diagnostic, SourceFile } from './model.ts';
import { parseReport } from './parse-report.ts';
import { renderReportHtml } from './render-report-html.ts';

/** Per-file stage: parse, extract and render one report. Pure, so it can be cached and run in workers. */
export interface ProcessedFile {
  extracted: ExtractedReport;
  html: string;
}

/**
 * Never throws: a report over the input limits, or one that trips a bug in a stage, comes back
 * with an error diagnostic naming the file (and the stack, for `--debug`) and nothing else.
 */
export function processFile(source: SourceFile): ProcessedFile {
  return processFileWith(source, (tree, extracted) => ({ html: renderReportHtml(tree, extracted.claims, extracted.setAside) }), { html: '' });
}

/**
 * `processFile` with another render step, for what is made from the same tree (the report
 * page's text): `render` gets the parsed tree and the extraction, `nothing` is what a refused
 * or failed report gets instead.
 */
export function processFileWith<R extends object>(source: SourceFile, render: (tree: Root, extracted: ExtractedReport) => R, nothing: R): { extracted: ExtractedReport } & R {
  try {
    const refused = guardSource(source);
    if (refused.length > 0) return { ...unprocessed(source.file, refused), ...nothing };
    const parsed = parseReport(source);
    const extracted = extractReport(parsed);
    return { extracted, ...render(parsed.tree, extracted) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return {
      ...unprocessed(source.file, [
        {
          file: source.file,
          line: null,
          column: null,
          ruleId: 'internal-error',
          severity: 'error',
          message: `The report could not be processed (${e.message}).`,
          hint: 'This is a bug of the generator, not of the report: run the build with --debug and send its output with this file to the maintainers.',
          stack: e.stack ?? e.message,
        },
      ]),
      ...nothing,
    };
  }
}

function unprocessed(file: string, diagnostics: Diagnostic[]): { extracted: ExtractedReport } {
  return { extracted: { file, title: file, date: null, dateSource: 'none', url: null, publisher: null, claims: [], setAside: [], diagnostics } };
}
