import { assignIds, idClashes } from './assign-ids.ts';
import { extractReport, type ExtractedReport } from './extract-report.ts';
import { groupByDay } from './group-by-day.ts';
import { guardSource } from './guard-input.ts';
import type { Diagnostic, Records, Report, SourceFile } from './model.ts';
import { parseReport } from './parse-report.ts';
import { renderReportHtml } from './render-report-html.ts';
import { resolveYears } from './resolve-years.ts';

/** What the pipeline makes of a corpus: the reports (with their page HTML), the export, and every problem found. */
export interface Corpus {
  reports: Report[];
  records: Records;
  diagnostics: Diagnostic[];
}

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
  try {
    const refused = guardSource(source);
    if (refused.length > 0) return unprocessed(source.file, refused);
    const parsed = parseReport(source);
    const extracted = extractReport(parsed);
    return { extracted, html: renderReportHtml(parsed.tree, extracted.claims, extracted.setAside) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return unprocessed(source.file, [
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
    ]);
  }
}

function unprocessed(file: string, diagnostics: Diagnostic[]): ProcessedFile {
  return { extracted: { file, title: file, date: null, dateSource: 'none', url: null, publisher: null, claims: [], setAside: [], diagnostics }, html: '' };
}

/**
 * Corpus stage: ids, years inferred across reports, claim ids, days. Input order is the
 * sorted file order from `readSeeds`; `inputDiagnostics` (from reading the files) join the
 * report they name, so that its warnings reach `records.json` too.
 */
export function assembleCorpus(processed: readonly ProcessedFile[], inputDiagnostics: readonly Diagnostic[] = []): Corpus {
  const extracted = processed.map((p) => p.extracted);
  const files = extracted.map((e) => e.file);
  const ids = assignIds(files);
  const dates = resolveYears(extracted);
  const diagnostics: Diagnostic[] = [];
  const byFile = new Map<string, Diagnostic[]>(files.map((f) => [f, []]));
  for (const d of [...inputDiagnostics, ...idClashes(files, ids)]) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else diagnostics.push(d);
  }
  const reports: Report[] = extracted.map((e, i) => {
    const id = ids[i]!;
    const own = [...byFile.get(e.file)!, ...e.diagnostics, ...dates[i]!.diagnostics];
    diagnostics.push(...own);
    const counters = new Map<string, number>();
    const claims = e.claims.map((c) => {
      const n = (counters.get(c.anchor) ?? 0) + 1;
      counters.set(c.anchor, n);
      return { id: `${id}-${c.anchor}-${n}`, reportId: id, ...c };
    });
    return {
      id,
      file: e.file,
      title: e.title,
      date: dates[i]!.date,
      dateSource: e.dateSource,
      url: e.url,
      publisher: e.publisher,
      warnings: own.filter((d) => d.severity === 'warning').map((d) => d.message),
      claims,
      setAside: e.setAside,
      html: processed[i]!.html,
    };
  });
  const records: Records = { schemaVersion: 1, reports: reports.map(({ html: _html, ...rest }) => rest), days: groupByDay(reports) };
  return { reports, records, diagnostics };
}

/** The whole pipeline over decoded files, in one process. */
export function runPipeline(files: readonly SourceFile[], inputDiagnostics: readonly Diagnostic[] = []): Corpus {
  return assembleCorpus(files.map(processFile), inputDiagnostics);
}
