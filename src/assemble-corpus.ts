import { assignIds, idClashes } from './assign-ids.ts';
import { groupByDay } from './group-by-day.ts';
import type { ExtractedReport } from './extract-report.ts';
import type { Diagnostic, PageTexts, Records, Report } from './model.ts';
import { resolveYears } from './resolve-years.ts';
import { sha256 } from './sha256.ts';

/** What the pipeline makes of a corpus: the reports, the export, every problem found, and the reports' page texts. */
export interface Corpus {
  reports: Report[];
  records: Records;
  diagnostics: Diagnostic[];
  /** Each report's text as its page shows it, by corpus index (read on demand: most pages of a rebuild are not rendered). */
  texts: PageTexts;
  /**
   * A sha256 standing for each report, by corpus index: of its result's digest and of what this
   * stage added (id, date, warnings). Equal digests, equal reports: later stages key work done
   * for a report (its claims' views, its lines of `records.json`) on it, instead of serialising
   * 10,000 reports again to see which changed.
   */
  reportDigests: string[];
}

/**
 * Corpus stage: ids, years inferred across reports, claim ids, days. Input order is the
 * sorted file order from `readSeeds`; `inputDiagnostics` (from reading the files) join the
 * report they name, so that its warnings reach `records.json` too. `resultDigests` stand for
 * each input (`processCorpus` has them); without them each extraction's JSON is hashed.
 */
export function assembleCorpus(processed: readonly { extracted: ExtractedReport }[], texts: PageTexts, inputDiagnostics: readonly Diagnostic[] = [], resultDigests?: readonly string[]): Corpus {
  const extracted = processed.map((p) => p.extracted);
  const inputs = resultDigests ?? extracted.map((e) => sha256(JSON.stringify(e)));
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
  const reportDigests: string[] = [];
  const reports: Report[] = extracted.map((e, i) => {
    const id = ids[i]!;
    const own = [...byFile.get(e.file)!, ...e.diagnostics, ...dates[i]!.diagnostics];
    diagnostics.push(...own);
    const warnings = own.filter((d) => d.severity === 'warning').map((d) => d.message);
    // Everything the report below is made of: the extraction (its digest), and the three values of this stage.
    reportDigests.push(sha256(inputs[i]!, JSON.stringify([id, dates[i]!.date, warnings])));
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
      warnings,
      claims,
      setAside: e.setAside,
    };
  });
  const records: Records = { schemaVersion: 1, reports, days: groupByDay(reports) };
  return { reports, records, diagnostics, texts, reportDigests };
}
