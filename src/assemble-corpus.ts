import { assignIds } from './assign-ids.ts';
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
 * sorted file order from `readSeeds`.
 */
export function assembleCorpus(processed: readonly ProcessedFile[]): Corpus {
  const extracted = processed.map((p) => p.extracted);
  const ids = assignIds(extracted.map((e) => e.file));
  const dates = resolveYears(extracted);
  const diagnostics: Diagnostic[] = [];
  const clashes = new Map<string, string[]>();
  const idSet = new Set(ids);
  ids.forEach((id, i) => {
    const base = id.replace(/-\d+$/, '');
    if (id !== base || idSet.has(`${base}-2`)) clashes.set(base, [...(clashes.get(base) ?? []), extracted[i]!.file]);
  });
  const reports: Report[] = extracted.map((e, i) => {
    const id = ids[i]!;
    const own = [...e.diagnostics, ...dates[i]!.diagnostics];
    const clash = clashes.get(id.replace(/-\d+$/, ''));
    if (clash && clash.length > 1) {
      own.push({ file: e.file, line: null, column: null, ruleId: 'id-clash', severity: 'warning', message: `Files ${clash.join(', ')} would get the same page address; this one is published as /reports/${id}/.`, hint: 'Rename one of the files so that their names differ in letters or digits.' });
    }
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
