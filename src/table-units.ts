import type { Table, TableCell, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Side } from './model.ts';
import { sideOfHeader } from './side-headers.ts';
import { ENDS_SENTENCE } from './split-sentences.ts';
import { dateLineDate, impossibleDate, type PartialDate } from './find-report-date.ts';

/** A claim-sized piece of a pipe table: a row, or one cell of a row under a column that names a side. */
export interface TableUnit {
  node: TableRow | TableCell;
  text: string;
  /** The side the table gives it (null: its words decide, as for any sentence). */
  side: Side | null;
  /** The day its row's date cell names ("Oct 17" under "Date"), as written; null when the row names none. */
  day: PartialDate | null;
}

export interface TableUnits {
  head: TableRow;
  /** The column names, as the header row's set-aside text. */
  headText: string;
  units: TableUnit[];
}

/** A column naming who speaks: its cell is the row's source ("Source", "According to", "Side"). */
const SOURCE_COLUMN = /^(?:sides?|sources?|part(?:y|ies)|who|speaker|attribution|(?:according|attributed) to|(?:claimed|reported|said|stated) by|by|from)\s*:?$/iu;
/**
 * A column naming whose claim the row is by its side ("Side-stated", "Side", "Claimed by side"): beside a
 * source column ("Source | Side-stated"), its cell gives the side and the source cell stays the speaker.
 */
const SIDE_COLUMN = /^(?:sides?(?:[-\s](?:stated|claiming|claimed|reporting|of (?:the )?claim))?|(?:stated|claimed|reported) by side|whose claim|claim(?:ed)? by)\s*:?$/iu;
/** A column giving the day of its row's claim ("Date", "Day", "Date of claim"). */
const DATE_COLUMN = /^(?:dates?|day|when|date (?:of (?:the )?(?:claim|statement|report)|reported|claimed|stated|made))\s*:?$/iu;
/** A column holding the claim itself, which follows its source as the source's words ("Claim", "Statement"). */
const CLAIM_COLUMN = /^(?:claims?|statements?|quotes?|assertions?|allegations?|what (?:was |they )?(?:said|say|claimed|claim)|(?:the )?claim made)\s*:?$/iu;
/**
 * A column of the outlet's own assessment of the row ("Status", "Verdict", "Our assessment",
 * "Fact-check"): not the row's source speaking, but a unit of its own, whose words decide its side.
 */
const STATUS_COLUMN = /^(?:(?:our |current )?(?:status|verdict|assessment|rating|conclusion|findings?)|verification(?: status)?|verified\??|fact[-\s]?check(?:ed)?|(?:our )?(?:check|evaluation))\s*:?$/iu;
/** A cell saying there is nothing to say: a dash, "n/a". */
const NO_VALUE = /^(?:[-–—]+|n\/?a)$/iu;
/** A source cell naming a side in a few words ("Baku", "The Armenian side") gives the row that side; a longer one is a speaker, read as such. */
const MAX_SIDE_WORDS = 4;

/**
 * The units of a pipe table, each read as one bullet is, with the words of its row:
 *
 * - a table with a source column (`| Source | Statement |`): one unit per row, "source:
 *   statement", the form our speaker rule reads; a source that names a side in a few words
 *   ("Baku", "Armenian side", "Azerbaijani MoD") gives the row that side, as a header does
 *   (extraction keeps the speaker as the basis when it reads the same side), and so does a side
 *   column beside it ("| Source | Side-stated |", "Baku"), whose cell then is left out of the text;
 *   a claim column ("Claim", "Statement") follows the source as its words;
 * - a table whose columns name sides (`| Town | Baku says | Yerevan says |`): one unit per
 *   side cell, that side's, after the row's first other cell ("Hadrut: …") and before the rest;
 * - any other table: one unit per row, its first cell before the rest.
 *
 * A date column ("Date", or a first cell that is a date alone) gives its row's units their day;
 * past the row's first cell the date is left out of the text, which the claim's day shows. A status
 * column ("Status", "Verdict", "Assessment") is the outlet's word on the row, a unit of its own
 * ("Status: Denied by …"), of no side the table gives: its words decide.
 *
 * Cells that are not sentences take their column's name ("Baku — Killed: 12; Wounded: 40"),
 * because a bare figure says nothing. No cell's text is left out, empty ones aside, but a day or a
 * side a unit carries.
 *
 * @example
 *   // | Source | Statement |  /  | Azerbaijani MoD | Shells hit Terter. |
 *   tableUnits(table).units[0].text // 'Azerbaijani MoD: Shells hit Terter.'
 */
export function tableUnits(table: Table): TableUnits {
  const [head, ...rows] = table.children as [TableRow, ...TableRow[]];
  const headers = head.children.map(cellText);
  const sourceLike = (h: string) => SOURCE_COLUMN.test(h) || SIDE_COLUMN.test(h);
  // The speaker's column, rather than a side's ("Source" before "Side-stated"); a side column alone is the source.
  const named = headers.findIndex((h) => SOURCE_COLUMN.test(h) && !SIDE_COLUMN.test(h));
  const source = named >= 0 ? named : headers.findIndex(sourceLike);
  const sideColumn = named >= 0 ? headers.findIndex((h, j) => j !== source && SIDE_COLUMN.test(h)) : -1;
  const dateColumn = headers.findIndex((h) => DATE_COLUMN.test(h));
  const claimColumn = source >= 0 ? headers.findIndex((h) => CLAIM_COLUMN.test(h)) : -1;
  const columnSides = headers.map((h) => (h === '' || sourceLike(h) || STATUS_COLUMN.test(h) ? null : sideOfHeader(h, true)));
  const bySide = source < 0 && columnSides.some((s) => s !== null);
  const units: TableUnit[] = [];
  for (const row of rows) {
    const all = row.children.map((cell, j) => ({ cell, header: headers[j] ?? '', text: cellText(cell), side: columnSides[j] ?? null, j }));
    const day = rowDay(all, dateColumn);
    const status = all.filter((c) => c.text !== '' && STATUS_COLUMN.test(c.header));
    const given = sideColumn >= 0 ? sideOf(all[sideColumn]?.text ?? '') : null;
    // A cell the unit carries as its day or side says nothing more, unless it is the row's name ("| 26 October | 41 |").
    const carried = (c: (typeof all)[number]) => (source >= 0 || c !== all[0]) && ((c.j === dateColumn && day !== null) || (c.j === sideColumn && (given !== null || NO_VALUE.test(c.text))));
    const filled = all.filter((c) => c.text !== '' && !status.includes(c) && !carried(c));
    if (source >= 0) {
      const speaker = filled.find((c) => c.j === source);
      const words = claimColumn >= 0 ? filled.find((c) => c.j === claimColumn) : undefined;
      const lead = [...(speaker ? [{ ...speaker, header: '' }] : []), ...(words ? [{ ...words, header: '' }] : [])];
      const ordered = [...lead, ...filled.filter((c) => c !== speaker && c !== words)];
      const text = compose(ordered);
      const side = given ?? (speaker !== undefined ? sideOf(speaker.text) : null);
      if (text !== '') units.push({ node: row, text, side, day });
    } else if (bySide) {
      const [label, ...others] = filled.filter((c) => c.side === null);
      const said = filled.filter((c) => c.side !== null);
      if (said.length === 0 && label !== undefined) units.push({ node: row, text: compose([label, ...others]), side: null, day });
      for (const c of said) units.push({ node: c.cell, text: compose([...(label ? [label] : []), { header: '', text: c.text }, ...others]), side: c.side, day });
    } else if (filled.length > 0) {
      units.push({ node: row, text: compose(filled), side: null, day });
    }
    for (const c of status) units.push({ node: c.cell, text: `${c.header}: ${c.text}`, side: null, day });
  }
  return { head, headText: headers.filter((h) => h !== '').join(' | '), units };
}

/** The side a cell names in a few words ("Baku", "The Armenian side", "Azerbaijani MoD"), or null. */
function sideOf(text: string): Side | null {
  return text !== '' && text.split(/\s+/u).length <= MAX_SIDE_WORDS ? sideOfHeader(text, true) : null;
}

/**
 * The day a row names: its cell under a date column, or its first cell when that is a date alone
 * ("| 26 October | 41 | 3 |"); a day that cannot exist counts as written, for the corpus stage to refuse.
 */
function rowDay(cells: readonly { text: string; j: number }[], dateColumn: number): PartialDate | null {
  const cell = dateColumn >= 0 ? cells.find((c) => c.j === dateColumn) : cells[0];
  if (cell === undefined || cell.text === '') return null;
  return dateLineDate(cell.text) ?? impossibleDate(cell.text);
}

/**
 * A row's cells as one text: the first, then the others, each a sentence as it stands or
 * "Column: value". A sentence after the first cell follows a colon ("Azerbaijani MoD: Shells
 * hit Terter."), values a dash ("Baku — Killed: 12; Wounded: 40").
 */
function compose(cells: readonly { header: string; text: string }[]): string {
  if (cells.length === 0) return '';
  let out = cells[0]!.text;
  cells.slice(1).forEach((c, i) => {
    const sentence = ENDS_SENTENCE.test(c.text) || c.header === '';
    const piece = sentence ? c.text : `${c.header}: ${c.text}`;
    const gap = ENDS_SENTENCE.test(out) ? ' ' : i > 0 ? '; ' : sentence ? ': ' : ' — ';
    out += gap + piece;
  });
  return out;
}

function cellText(cell: TableCell): string {
  return toString(cell).replace(/\s+/gu, ' ').trim();
}
