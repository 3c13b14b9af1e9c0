import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { claimDays } from '../src/claim-days.ts';
import type { ExtractedReport } from '../src/extract-report.ts';
import type { Report, SectionDay, SourceFile } from '../src/model.ts';
import { runPipeline } from '../src/process-report.ts';
import { corpusYears } from '../src/resolve-years.ts';

// The day each claim is about: its report's, unless a date heading or a dated stamp above it
// names another. Reports in our own words, each pinning one layout.

function read(...files: SourceFile[]) {
  return runPipeline(files);
}
function only(file: SourceFile): Report {
  return read(file).reports[0]!;
}
/** Each claim as `date: first words`. */
function days(r: Report, words = 3): string[] {
  return r.claims.map((c) => `${c.date}: ${c.text.split(' ').slice(0, words).join(' ')}`);
}

const TIMELINE: SourceFile = {
  file: 'timeline.txt',
  text: `Chronicle of the fighting, 12–14 October 2020

Contents
1 12 October
2 13 October
3 14 October

== 12 October ==

The Azerbaijani Defence Ministry said its engineers had cleared the road to Fuzuli.

Armenia's Defence Ministry denied that the road was open.

== 13 October ==

Karabakh's emergency service said two houses burned in Martuni.

== Reactions ==

The Russian foreign ministry called for calm.

== 14 October ==

The Azerbaijani Defence Ministry said a drone was shot down over Tartar.
`,
};

describe('claims under date headings', () => {
  const r = only(TIMELINE);

  it('are on the days of their headings, up to the next date heading; the report keeps its own date', () => {
    assert.equal(r.date, '2020-10-14');
    assert.deepEqual(days(r), [
      '2020-10-12: The Azerbaijani Defence',
      "2020-10-12: Armenia's Defence Ministry",
      "2020-10-13: Karabakh's emergency service",
      // A heading that names no day, as high as the date headings ("Reactions"), ends the last one's section.
      '2020-10-14: The Russian foreign',
      '2020-10-14: The Azerbaijani Defence',
    ]);
  });

  it('read the first heading as a day too, though it stands before the text (the contents list before it is no stamp of a day)', () => {
    assert.equal(r.claims[0]!.date, '2020-10-12');
  });

  it('end at a heading naming no day as high as the date heading, and the claims after it are of the report’s day again', () => {
    const md = only({ file: 'background.md', text: '---\ndate: 2020-10-12\n---\n# Clashes go on near the border\n\nArmenia’s Defence Ministry said Martuni was shelled on Sunday.\n\n## Earlier clashes\n\n### 14 July 2020\n\nAzerbaijan’s Defence Ministry said two officers died near Agdam.\n\n## Today\n\nKarabakh’s emergency service said a school was hit in Stepanakert.\n\n### Reactions\n\nThe Russian foreign ministry called for calm.\n' });
    assert.deepEqual(days(md, 2), ['2020-10-12: Armenia’s Defence', '2020-07-14: Azerbaijan’s Defence', '2020-10-12: Karabakh’s emergency', '2020-10-12: The Russian']);
  });

  it('go on under a lower heading naming no day, or under a heading of plain text', () => {
    const md = only({ file: 'subheads.md', text: '---\ndate: 2020-10-07\n---\n# The week’s fighting\n\n## 5 October\n\n### Shelling of Ganja\n\nAzerbaijan’s Defence Ministry said Ganja was shelled at night.\n\n## 6 October\n\nDrone strikes near Hadrut\n\nArmenia’s Defence Ministry said two drones were downed near Hadrut.\n' });
    assert.deepEqual(days(md, 2), ['2020-10-05: Azerbaijan’s Defence', '2020-10-06: Armenia’s Defence']);
  });

  it('read Markdown headings with the year', () => {
    const md = only({ file: 'digest.md', text: '---\ndate: 2020-11-02\n---\n# Digest of the weekend\n\n## 31 October 2020\n\nAzerbaijan’s Defence Ministry said Shusha was encircled.\n\n## 1 November 2020\n\nArmenia’s Defence Ministry said the encirclement was a fabrication.\n' });
    assert.equal(md.date, '2020-11-02');
    assert.deepEqual(days(md, 2), ['2020-10-31: Azerbaijan’s Defence', '2020-11-01: Armenia’s Defence']);
  });
});

describe('headings that open with a date and go on with words', () => {
  it('cut the report into days when two or more headings open with a date', () => {
    const md = only({ file: 'digest.md', text: '---\ndate: 2020-10-07\n---\n# The week’s fighting\n\n## 5 October: Day 9\n\nAzerbaijan’s Defence Ministry said Ganja was shelled at night.\n\n## October 6 – Hadrut falls\n\nArmenia’s Defence Ministry said two drones were downed near Hadrut.\n\n## Earlier clashes\n\nThe Russian foreign ministry called for calm.\n' });
    // A heading naming no day, as high as the dated ones, ends the last day's section, as under dates alone.
    assert.deepEqual(days(md, 2), ['2020-10-05: Azerbaijan’s Defence', '2020-10-06: Armenia’s Defence', '2020-10-07: The Russian']);
    const mixed = only({ file: 'mixed.md', text: '---\ndate: 2020-10-07\n---\n# The week’s fighting\n\n## 5 October\n\nAzerbaijan’s Defence Ministry said Ganja was shelled at night.\n\n## Tuesday, 6 October 2020 — the tenth day\n\nArmenia’s Defence Ministry said two drones were downed near Hadrut.\n' });
    assert.deepEqual(days(mixed, 2), ['2020-10-05: Azerbaijan’s Defence', '2020-10-06: Armenia’s Defence']);
  });

  it('read a heading whose words open with a number as its day, no range', () => {
    const md = only({ file: 'numbers.md', text: '---\ndate: 2020-10-09\n---\n# The week’s fighting\n\n## 5 October: Ganja shelled\n\nAzerbaijan’s Defence Ministry said Ganja was shelled at night.\n\n## 6 October – 12 villages lost, Baku says\n\nArmenia’s Defence Ministry said two drones were downed near Hadrut.\n' });
    assert.deepEqual(days(md, 2), ['2020-10-05: Azerbaijan’s Defence', '2020-10-06: Armenia’s Defence']);
  });

  it('end at a plain heading naming no day among plain headings naming their day and story', () => {
    const text = 'The week’s fighting\n9 October 2020\nThe truce has not held, officials said on Friday.\nOctober 5 – shelling of Ganja\nAzerbaijan’s Defence Ministry said Ganja was shelled at night.\nOctober 6 – drones over Hadrut\nArmenia’s Defence Ministry said two drones were downed near Hadrut.\nThe outlook\nThe Russian foreign ministry called for calm on Friday.\n';
    const report = only({ file: 'plain.txt', text });
    assert.deepEqual(days(report, 2), ['2020-10-09: The truce', '2020-10-05: Azerbaijan’s Defence', '2020-10-06: Armenia’s Defence', '2020-10-09: The Russian']);
  });

  it('read a range of days as no day: the week a bulletin covers is no section of one day', () => {
    const md = only({ file: 'weekly.md', text: '---\ndate: 2020-11-02\n---\n# Weekly bulletin\n\n## 26 October – 1 November 2020\n\nThe Russian foreign ministry called for calm.\n\n## 27 October: the south\n\nAzerbaijan’s Defence Ministry said Ganja was shelled at night.\n\n## 28 October: Martuni\n\nArmenia’s Defence Ministry said two drones were downed.\n' });
    assert.deepEqual(days(md, 2), ['2020-11-02: The Russian', '2020-10-27: Azerbaijan’s Defence', '2020-10-28: Armenia’s Defence']);
  });

  it('read a range of days after the text has begun as its first day, so that its claims leave the day before', () => {
    const md = only({ file: 'bulletin.md', text: '---\ndate: 2020-11-03\n---\n# Bulletin of the week\n\nThe ministry sums up the week below.\n\n**Thursday, 29 October**\n\n- Armenia’s Defence Ministry said Martuni was shelled.\n\n**Friday, 30 October – Sunday, 1 November**\n\n- Armenia’s Defence Ministry said two drones were downed.\n\n## 30–31 October\n\nThe Russian foreign ministry called for calm.\n' });
    assert.deepEqual(days(md, 2), ['2020-11-03: The ministry', '2020-10-29: Armenia’s Defence', '2020-10-30: Armenia’s Defence', '2020-10-30: The Russian']);
  });

  it('take no day from the rows of a table of figures set out in spaces, which the text after it does not stand under', () => {
    const md = only({ file: 'figures.txt', text: 'Losses of the week, 3 November 2020\n\nThe ministry gives its losses by day.\n\n  Day          Killed   Wounded\n  ----------   ------   -------\n  30 October   12       30\n  31 October   9        21\n  1 November   4        11\n\nArmenia’s Defence Ministry said the figures are not final.\n' });
    assert.deepEqual(days(md, 2).slice(-1), ['2020-11-03: Armenia’s Defence']);
  });

  it('put the claims of a pipe table’s rows on the days of their date column', () => {
    const md = only({ file: 'tracker.md', text: '---\ndate: 2020-11-03\n---\n# What each side claimed\n\n| Date | Source | Claim |\n|---|---|---|\n| Nov 1 | Azerbaijan’s Defence Ministry | A bridge was hit |\n| 2 November | Armenia’s Defence Ministry | The bridge stands |\n' });
    assert.deepEqual(days(md, 2), ['2020-11-01: Azerbaijan’s Defence', '2020-11-02: Armenia’s Defence']);
  });

  it('change nothing when one heading alone opens with a date: an article’s subheading, not a day’s news', () => {
    const md = only({ file: 'story.md', text: '---\ndate: 2020-10-07\n---\n# Shelling goes on\n\nThe Russian foreign ministry called for calm.\n\n## October 5: heavy shelling\n\nAzerbaijan’s Defence Ministry said Ganja was shelled at night.\n' });
    assert.deepEqual(days(md, 2), ['2020-10-07: The Russian', '2020-10-07: Azerbaijan’s Defence']);
  });
});

const LIVE: SourceFile = {
  file: 'live.txt',
  text: `Karabakh live: a night of shelling

Published 5 October 2020

22:40

Azerbaijan's Defence Ministry said Ganja was shelled again in the evening.

23:55

Armenia's foreign ministry said its minister would travel to Geneva.

October 6, 00:10

Karabakh's emergency service said the power was cut in Stepanakert.

00:45

The Russian foreign ministry urged both sides to hold their fire.
`,
};

describe('claims of a live page running past midnight', () => {
  const r = only(LIVE);

  it('are on the day of the dated stamp above them, and the report on its own', () => {
    assert.equal(r.date, '2020-10-05');
    assert.deepEqual(days(r).slice(0, 3), ["2020-10-05: Azerbaijan's Defence Ministry", "2020-10-05: Armenia's foreign ministry", "2020-10-06: Karabakh's emergency service"]);
  });

  it('stay on that day under a stamp that is only a time', () => {
    assert.equal(r.claims[3]!.date, '2020-10-06');
  });

  it('move with a date standing alone between items', () => {
    const lone = only({ ...LIVE, text: LIVE.text.replace('October 6, 00:10', 'Tuesday, 6 October\n\n00:10') });
    assert.deepEqual(lone.claims.map((c) => c.date), ['2020-10-05', '2020-10-05', '2020-10-06', '2020-10-06']);
  });

  it('stay on the report’s day when every stamp is only a time', () => {
    const times = only({ ...LIVE, text: LIVE.text.replace('October 6, 00:10', '00:10') });
    assert.ok(times.claims.length === 4 && times.claims.every((c) => c.date === '2020-10-05'), JSON.stringify(days(times)));
  });

  it('are not moved by a stamp before the text: it is the page’s dateline', () => {
    const early = only({ ...LIVE, file: 'early.txt', text: LIVE.text.replace('Published 5 October 2020\n\n22:40', 'Published 5 October 2020\n\nOctober 6, 09:12') });
    assert.equal(early.date, '2020-10-05');
    assert.deepEqual(early.claims.map((c) => c.date), ['2020-10-05', '2020-10-05', '2020-10-06', '2020-10-06']);
  });

  it('are on the day of a stamp before the text when a stamp in the text names a later day', () => {
    const night = only({ file: 'night.md', text: '---\ndate: 2020-10-06\n---\n# Karabakh live: the night of 5 October\n\nOctober 5, 23:20\n\nAzerbaijan’s Defence Ministry said Ganja was shelled again.\n\nOctober 6, 00:30\n\nArmenia’s Defence Ministry said a drone fell near Martuni.\n' });
    assert.deepEqual(days(night, 2), ['2020-10-05: Azerbaijan’s Defence', '2020-10-06: Armenia’s Defence']);
  });

  it('are on the day of a stamp before the text when the stamp in the text is the new year’s first day', () => {
    const night = only({ file: 'new-year.md', text: '---\ndate: 2021-01-01\n---\n# Karabakh live: the last night of the year\n\nDecember 31, 23:20\n\nAzerbaijan’s Defence Ministry said the front was quiet.\n\nJanuary 1, 00:30\n\nArmenia’s Defence Ministry said a soldier was wounded near Martuni.\n' });
    assert.deepEqual(days(night, 2), ['2020-12-31: Azerbaijan’s Defence', '2021-01-01: Armenia’s Defence']);
  });
});

describe('a story’s publication line under its standfirst', () => {
  it('dates the page, not the claims after it', () => {
    const r = only({ file: 'story.md', text: '---\ndate: 2020-10-21\n---\nShelling hits border towns\n\nCivilians were hurt on both sides of the front overnight, officials said.\n\nPublished: 22 October 2020 09:41 BST\n\nAzerbaijan’s Defence Ministry said three civilians were killed in Tartar.\n\nLast updated: 23 October, 10:00\n\nArmenia’s Defence Ministry said the village of Taghavard was shelled.\n' });
    assert.ok(r.claims.length === 3 && r.claims.every((c) => c.date === '2020-10-21'), JSON.stringify(days(r)));
  });
});

describe('a date heading without a year', () => {
  const digest = (date: string) => ({
    file: `year-end-${date}.md`,
    text: `---\ndate: ${date}\n---\n# The front over the new year\n\n## 30 December\n\nAzerbaijan's Defence Ministry said the front was quiet.\n\n## 2 January\n\nArmenia's Defence Ministry said a soldier was wounded near Martuni.\n`,
  });

  it('takes the year that puts it nearest to the report’s date, across the new year', () => {
    assert.deepEqual(only(digest('2021-01-02')).claims.map((c) => c.date), ['2020-12-30', '2021-01-02']);
    assert.deepEqual(only(digest('2020-12-31')).claims.map((c) => c.date), ['2020-12-30', '2021-01-02']);
  });

  it('takes no year putting the day more than a week after the report’s date, though it would be nearer', () => {
    assert.deepEqual(only(digest('2020-07-10')).claims.map((c) => c.date), ['2019-12-30', '2020-01-02']);
    // A digest dated a few days early keeps the days of the next year.
    assert.deepEqual(only(digest('2020-12-27')).claims.map((c) => c.date), ['2020-12-30', '2021-01-02']);
  });

  it('in a report without a date, takes the year nearest to the dated reports of the corpus', () => {
    const undated = { file: 'undated.txt', text: 'Notes from the front\n\n== 30 December ==\n\nAzerbaijan\'s Defence Ministry said the front was quiet.\n\n== 2 January ==\n\nArmenia\'s Defence Ministry said a soldier was wounded near Martuni.\n' };
    const dated = { file: 'dated.md', text: '---\ndate: 2020-12-29\n---\n# Bulletin\n\nThe Russian foreign ministry called for calm.\n' };
    const corpus = read(dated, undated);
    const r = corpus.reports.find((x) => x.file === 'undated.txt')!;
    assert.equal(r.date, null);
    assert.deepEqual(r.claims.map((c) => c.date), ['2020-12-30', '2021-01-02']);
    // With no dated report at all, no year can be chosen: the claims are undated, as their report.
    assert.deepEqual(only(undated).claims.map((c) => c.date), [null, null]);
  });
});

describe('a date heading naming a day that does not exist', () => {
  const corpus = read({ file: 'bad-day.md', text: '---\ndate: 2020-10-02\n---\n# Digest of the week\n\n## 30 September\n\nAzerbaijan’s Defence Ministry said Tartar was shelled.\n\n## 31 September\n\nArmenia’s Defence Ministry said a convoy was hit.\n\n## 1 October\n\nThe Russian foreign ministry called for calm.\n' });
  const r = corpus.reports[0]!;

  it('puts the claims under it on the report’s day, not on the day before it', () => {
    assert.deepEqual(r.claims.map((c) => c.date), ['2020-09-30', '2020-10-02', '2020-10-01']);
  });

  it('is a warning naming the file and the heading’s line', () => {
    const found = corpus.diagnostics.filter((d) => d.ruleId === 'section-date-impossible');
    assert.deepEqual(found.map((d) => [d.file, d.line, d.severity]), [['bad-day.md', 10, 'warning']]);
    assert.match(found[0]!.message, /31 September/u);
    assert.ok(r.warnings.includes(found[0]!.message));
  });

  it('is 29 February in a year without one', () => {
    const section: SectionDay = { year: null, month: 2, day: 29, text: '29 February', line: 7 };
    const report = { file: 'leap.txt', claims: [{ sectionDay: section }, { sectionDay: null }] } as unknown as Pick<ExtractedReport, 'file' | 'claims'>;
    const none = corpusYears([]);
    assert.deepEqual(claimDays(report, '2020-03-01', none).dates, ['2020-02-29', '2020-03-01']);
    const out = claimDays(report, '2021-03-01', none);
    assert.deepEqual(out.dates, ['2021-03-01', '2021-03-01']);
    assert.deepEqual(out.diagnostics.map((d) => [d.file, d.line, d.ruleId]), [['leap.txt', 7, 'section-date-impossible']]);
  });
});

describe('a report without date headings or dated stamps', () => {
  it('gives every claim the report’s date, or none when the report has none', () => {
    const dated = only({ file: 'bulletin.txt', text: 'Overview as of October 20, 2020\n\n• Azerbaijan’s Defence Ministry said Jabrayil was quiet.\n• Armenia’s Defence Ministry said two drones were downed.\n\nOn October 18 the ceasefire was announced, the Russian foreign ministry said.\n' });
    assert.equal(dated.date, '2020-10-20');
    assert.ok(dated.claims.length === 3 && dated.claims.every((c) => c.date === '2020-10-20'));
    const undated = only({ file: 'note.txt', text: 'A note\n\nThe Russian foreign ministry called for calm.\n' });
    assert.deepEqual(undated.claims.map((c) => c.date), [null]);
  });
});
