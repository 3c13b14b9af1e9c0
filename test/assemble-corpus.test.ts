import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assembleCorpus } from '../src/assemble-corpus.ts';
import type { Report, SourceFile } from '../src/model.ts';
import { memoryTexts } from '../src/page-texts.ts';
import { processReport, runPipeline } from '../src/process-report.ts';

/** A report with no year in its date: its year is taken from the dated reports around it. */
const yearless: SourceFile = { file: 'b-morning.txt', text: 'Overview as of March 3\n• Shells fell near Riverton overnight, the Azerbaijani Defense Ministry said.\n' };
const dated = (year: number): SourceFile => ({ file: 'a-evening.txt', text: `---\ndate: ${year}-03-02\n---\nEvening notes\n• The road to Hilltown was reopened, the Karabakh emergency service said.\n` });

function digestOf(sources: SourceFile[], file: string): string {
  const corpus = runPipeline(sources);
  return corpus.reportDigests[corpus.reports.findIndex((r) => r.file === file)]!;
}

describe('report digests', () => {
  it('are equal for the same sources', () => {
    assert.equal(digestOf([dated(2021), yearless], yearless.file), digestOf([dated(2021), yearless], yearless.file));
  });

  it('change when a report’s inferred year changes, though its own text did not', () => {
    const reports = (year: number) => runPipeline([dated(year), yearless]).reports.find((r) => r.file === yearless.file)!;
    assert.equal(reports(2021).date, '2021-03-03');
    assert.equal(reports(2019).date, '2019-03-03');
    assert.notEqual(digestOf([dated(2021), yearless], yearless.file), digestOf([dated(2019), yearless], yearless.file));
  });

  it('change when another file takes a report’s address, which changes its id and warnings', () => {
    const twin: SourceFile = { ...yearless, file: 'b morning.txt' };
    const alone = runPipeline([dated(2021), yearless]);
    const clashed = runPipeline([dated(2021), twin, yearless]);
    const before = alone.reports.find((r) => r.file === yearless.file)!;
    const after = clashed.reports.find((r) => r.file === yearless.file)!;
    assert.notDeepEqual([after.id, after.warnings], [before.id, before.warnings]);
    assert.notEqual(digestOf([dated(2021), twin, yearless], yearless.file), digestOf([dated(2021), yearless], yearless.file));
  });

  it('change when the days of an undated report’s claims change with the other reports, though its own text and warnings did not', () => {
    // No date of its own: its yearless headings take the year of the dated report nearest to them.
    const notes: SourceFile = { file: 'c-notes.txt', text: 'Notes from the valley\n\n== 2 March ==\n\nShells fell near Riverton, the Azerbaijani Defense Ministry said.\n\n== 3 March ==\n\nThe road to Hilltown was closed, the Armenian Defense Ministry said.\n' };
    const claimDates = (year: number) => runPipeline([dated(year), notes]).reports.find((r) => r.file === notes.file)!;
    assert.deepEqual(claimDates(2021).claims.map((c) => c.date), ['2021-03-02', '2021-03-03']);
    assert.deepEqual(claimDates(2019).claims.map((c) => c.date), ['2019-03-02', '2019-03-03']);
    assert.deepEqual(claimDates(2021).warnings, claimDates(2019).warnings);
    assert.notEqual(digestOf([dated(2021), notes], notes.file), digestOf([dated(2019), notes], notes.file));
  });

  it('differ between reports', () => {
    const corpus = runPipeline([dated(2021), yearless]);
    assert.equal(new Set(corpus.reportDigests).size, 2);
  });
});

describe('claims of the corpus', () => {
  const first: SourceFile = { file: 'first.txt', text: 'Morning bulletin, 4 May 2021\n• Shells fell near Terter, the Azerbaijani Defense Ministry said.\n• A bridge at Lachin was closed, the Armenian Defense Ministry said.\n' };
  const second: SourceFile = { file: 'second.txt', text: 'Evening bulletin, 4 May 2021\n• Terter was calm by noon, the Azerbaijani Defense Ministry said.\n' };

  it('share one frozen list of places or of spans between claims that have the same, holding what each extraction found', () => {
    const corpus = runPipeline([first, second]);
    const claims = corpus.reports.flatMap((r) => r.claims);
    const terter = claims.filter((c) => c.places.join() === 'Terter');
    assert.equal(terter.length, 2);
    assert.equal(terter[0]!.places, terter[1]!.places, 'one list for both');
    assert.equal(terter[0]!.spans, terter[1]!.spans, 'both come from block p2 of their report');
    assert.ok(claims.every((c) => Object.isFrozen(c.places) && Object.isFrozen(c.spans)));
    assert.throws(() => (terter[0]!.places as string[]).push('Lachin'), TypeError);
    assert.deepEqual(claims.map((c) => [c.places, c.spans]), [[['Terter'], [terter[0]!.anchor]], [['Lachin'], [claims[1]!.anchor]], [['Terter'], [terter[1]!.anchor]]]);
  });
});

describe('reports made by an earlier assembly (a watching build)', () => {
  // The corpus but its page texts, whose reader is a new function each time.
  const assemble = (sources: SourceFile[], made?: Map<string, Report>) => {
    const processed = sources.map(processReport);
    const { texts: _texts, ...corpus } = assembleCorpus(processed, memoryTexts(processed.map((p) => p.pageText)), [], undefined, made);
    return corpus;
  };
  const terter = (year: number): SourceFile => ({ file: 'a-terter.txt', text: `---\ndate: ${year}-03-02\n---\nEvening notes\n• Terter was shelled at dusk, the Azerbaijani Defense Ministry said.\n` });

  it('are taken again when their digest is unchanged, and made again when it changed', () => {
    const made = new Map<string, Report>();
    const first = assemble([terter(2021), yearless], made);
    assert.equal(made.size, 2);
    // Assembled again from the same sources: every report is taken again.
    const same = assemble([terter(2021), yearless], made);
    assert.deepEqual(same.reports, first.reports);
    assert.ok(same.reports.every((r, i) => r === first.reports[i]));
    // The dated report is edited, its date kept: it is made again, the year-less one is taken again…
    const reworded = terter(2021);
    const changed = assemble([{ ...reworded, text: reworded.text.replace('at dusk', 'before dawn') }, yearless], made);
    assert.notEqual(changed.reports[0], first.reports[0]);
    assert.match(changed.reports[0]!.claims[0]!.text, /before dawn/u);
    assert.equal(changed.reports[1], first.reports[1]);
    // …until the year it takes from its neighbour changes too.
    const edited = assemble([terter(2019), yearless], made);
    assert.ok(edited.reports.every((r, i) => r !== first.reports[i]));
    assert.equal(edited.reports[1]!.date, '2019-03-03');
    assert.deepEqual(edited, assemble([terter(2019), yearless]), 'what an assembly without them makes');
    assert.deepEqual([...made.values()], edited.reports, 'only the last assembly’s are kept');
  });

  it('keep their place in the days, and their warnings among the diagnostics', () => {
    const made = new Map<string, Report>();
    assemble([yearless], made);
    const again = assemble([yearless], made);
    assert.deepEqual(again, assemble([yearless]));
    assert.ok(again.diagnostics.some((d) => d.file === yearless.file && d.severity === 'warning'));
  });
});
