import { assignIds, idClashes } from './assign-ids.ts';
import { groupByDay } from './group-by-day.ts';
import type { ExtractedReport } from './extract-report.ts';
import type { Claim, Diagnostic, PageTexts, Records, Report } from './model.ts';
import { claimDays } from './claim-days.ts';
import { corpusYears, resolveYears } from './resolve-years.ts';
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
   * stage added (id, date, warnings, its claims' days). Equal digests, equal reports: later stages key work done
   * for a report (its claims' views, its lines of `records.json`) on it, instead of serialising
   * 10,000 reports again to see which changed.
   */
  reportDigests: string[];
}

/**
 * Corpus stage: ids, years inferred across reports, claim ids, the day of each claim, days. Input order is the
 * sorted file order from `readSeeds`; `inputDiagnostics` (from reading the files) join the
 * report they name, so that its warnings reach `records.json` too. `resultDigests` stand for
 * each input (`processCorpus` has them); without them each extraction's JSON is hashed.
 * `made`: reports an earlier assembly made, by their digest (`Corpus.reportDigests`), taken
 * instead of being made again (equal digests, equal reports); this assembly's replace them.
 */
export function assembleCorpus(processed: readonly { extracted: ExtractedReport }[], texts: PageTexts, inputDiagnostics: readonly Diagnostic[] = [], resultDigests?: readonly string[], made?: Map<string, Report>): Corpus {
  const extracted = processed.map((p) => p.extracted);
  const inputs = resultDigests ?? extracted.map((e) => sha256(JSON.stringify(e)));
  const files = extracted.map((e) => e.file);
  const ids = assignIds(files);
  const years = corpusYears(extracted);
  const dates = resolveYears(extracted, years);
  const diagnostics: Diagnostic[] = [];
  const byFile = new Map<string, Diagnostic[]>(files.map((f) => [f, []]));
  for (const d of [...inputDiagnostics, ...idClashes(files, ids)]) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else diagnostics.push(d);
  }
  const reportDigests: string[] = [];
  const lists = compactLists();
  const reports: Report[] = extracted.map((e, i) => {
    const id = ids[i]!;
    const days = claimDays(e, dates[i]!.date, years);
    const own = [...byFile.get(e.file)!, ...e.diagnostics, ...dates[i]!.diagnostics, ...days.diagnostics];
    diagnostics.push(...own);
    const warnings = own.filter((d) => d.severity === 'warning').map((d) => d.message);
    // Everything the report below is made of: the extraction (its digest), and the values of this
    // stage: its id, its date, its warnings, and the days its date headings gave (in an undated
    // report they depend on the other reports' dates).
    const digest = sha256(inputs[i]!, JSON.stringify([id, dates[i]!.date, warnings, days.sections]));
    reportDigests.push(digest);
    const earlier = made?.get(digest);
    if (earlier !== undefined) return earlier;
    const counters = new Map<string, number>();
    const claims = e.claims.map((c, j): Claim => {
      const n = (counters.get(c.anchor) ?? 0) + 1;
      counters.set(c.anchor, n);
      // Made to be held by the hundreds of thousands (see `compactLists`): the id joined, not
      // concatenated (a chain of four cons strings), every field in the literal (a spread put
      // ten of them in a separate property array).
      return { id: [id, c.anchor, n].join('-'), reportId: id, anchor: c.anchor, spans: lists.of(c.spans), side: c.side, text: c.text, attribution: c.attribution, places: lists.of(c.places), background: c.background, sideBasis: c.sideBasis, headline: c.headline, line: c.line, date: days.dates[j] ?? null };
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
  if (made !== undefined) {
    made.clear();
    reports.forEach((r, i) => made.set(reportDigests[i]!, r));
  }
  const records: Records = { schemaVersion: 1, reports, days: groupByDay(reports) };
  return { reports, records, diagnostics, texts, reportDigests };
}

/**
 * One frozen array for each distinct list of strings, shared by every claim that has it: the
 * claims' `spans` and `places` are mostly `[anchor]` and `[]` or one place, and as an array
 * each was two objects. At 10,000 generated reports, with the two changes to claims above,
 * the corpus took 128 MiB of heap after a full collection instead of 169.
 */
function compactLists(): { of(list: readonly string[]): readonly string[] } {
  const none: readonly string[] = Object.freeze([]);
  // Lists of one, the most common, by their item: no key string to make for each claim.
  const ones = new Map<string, readonly string[]>();
  const longer = new Map<string, readonly string[]>();
  return {
    of(list) {
      if (list.length === 0) return none;
      const map = list.length === 1 ? ones : longer;
      const key = list.length === 1 ? list[0]! : JSON.stringify(list);
      let shared = map.get(key);
      if (shared === undefined) map.set(key, (shared = Object.freeze([...list])));
      return shared;
    },
  };
}
