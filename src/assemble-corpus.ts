import { assignIds, idClashes } from './assign-ids.ts';
import { groupByDay } from './group-by-day.ts';
import type { Diagnostic, Records, Report } from './model.ts';
import type { ProcessedFile } from './pipeline.ts';
import { resolveYears } from './resolve-years.ts';

/** What the pipeline makes of a corpus: the reports (with their page HTML), the export, and every problem found. */
export interface Corpus {
  reports: Report[];
  records: Records;
  diagnostics: Diagnostic[];
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
