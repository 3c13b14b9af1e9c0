import type { Table, TableCell, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Side } from './model.ts';
import { sideOfHeader } from './side-headers.ts';
import { ENDS_SENTENCE } from './split-sentences.ts';

/** A claim-sized piece of a pipe table: a row, or one cell of a row under a column that names a side. */
export interface TableUnit {
  node: TableRow | TableCell;
  text: string;
  /** The side the table gives it (null: its words decide, as for any sentence). */
  side: Side | null;
}

export interface TableUnits {
  head: TableRow;
  /** The column names, as the header row's set-aside text. */
  headText: string;
  units: TableUnit[];
}

/** A column naming who speaks: its cell is the row's source ("Source", "According to", "Side"). */
const SOURCE_COLUMN = /^(?:sides?|sources?|part(?:y|ies)|who|speaker|attribution|(?:according|attributed) to|(?:claimed|reported|said|stated) by|by|from)\s*:?$/iu;
/** A source cell naming a side in a few words ("Baku", "The Armenian side") gives the row that side; a longer one is a speaker, read as such. */
const MAX_SIDE_WORDS = 4;

/**
 * The units of a pipe table, each read as one bullet is, with the words of its row:
 *
 * - a table with a source column (`| Source | Statement |`): one unit per row, "source:
 *   statement", the form our speaker rule reads; a source that names a side in a few words
 *   ("Baku", "Armenian side", "Azerbaijani MoD") gives the row that side, as a header does
 *   (extraction keeps the speaker as the basis when it reads the same side);
 * - a table whose columns name sides (`| Town | Baku says | Yerevan says |`): one unit per
 *   side cell, that side's, after the row's first other cell ("Hadrut: …") and before the rest;
 * - any other table: one unit per row, its first cell before the rest.
 *
 * Cells that are not sentences take their column's name ("Baku — Killed: 12; Wounded: 40"),
 * because a bare figure says nothing. No cell's text is left out, empty ones aside.
 *
 * @example
 *   // | Source | Statement |  /  | Azerbaijani MoD | Shells hit Terter. |
 *   tableUnits(table).units[0].text // 'Azerbaijani MoD: Shells hit Terter.'
 */
export function tableUnits(table: Table): TableUnits {
  const [head, ...rows] = table.children as [TableRow, ...TableRow[]];
  const headers = head.children.map(cellText);
  const source = headers.findIndex((h) => SOURCE_COLUMN.test(h));
  const columnSides = headers.map((h) => (h === '' || SOURCE_COLUMN.test(h) ? null : sideOfHeader(h, true)));
  const bySide = source < 0 && columnSides.some((s) => s !== null);
  const units: TableUnit[] = [];
  for (const row of rows) {
    const cells = row.children.map((cell, j) => ({ cell, header: headers[j] ?? '', text: cellText(cell), side: columnSides[j] ?? null, j }));
    const filled = cells.filter((c) => c.text !== '');
    if (source >= 0) {
      const named = filled.find((c) => c.j === source);
      const words = named?.text.split(/\s+/u).length ?? Infinity;
      const ordered = named === undefined ? filled : [{ ...named, header: '' }, ...filled.filter((c) => c !== named)];
      const text = compose(ordered);
      const side = named !== undefined && words <= MAX_SIDE_WORDS ? sideOfHeader(named.text, true) : null;
      if (text !== '') units.push({ node: row, text, side });
    } else if (bySide) {
      const [label, ...others] = filled.filter((c) => c.side === null);
      const said = filled.filter((c) => c.side !== null);
      if (said.length === 0 && label !== undefined) units.push({ node: row, text: compose([label, ...others]), side: null });
      for (const c of said) units.push({ node: c.cell, text: compose([...(label ? [label] : []), { header: '', text: c.text }, ...others]), side: c.side });
    } else if (filled.length > 0) {
      units.push({ node: row, text: compose(filled), side: null });
    }
  }
  return { head, headText: headers.filter((h) => h !== '').join(' | '), units };
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
