import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Table } from 'mdast';
import { parseBlocks } from '../src/parse-blocks.ts';
import { tableUnits } from '../src/table-units.ts';

/** The units of the one table in `markdown`, as `side | text` (`-` when the words decide). */
function units(markdown: string): string[] {
  const table = parseBlocks([markdown]).children[0] as Table;
  assert.equal(table.type, 'table');
  return tableUnits(table).units.map((u) => `${u.side ?? '-'} | ${u.text}`);
}

describe('tableUnits', () => {
  it('puts a source column’s cell first, as the row’s speaker, and gives the row the side it names in a few words', () => {
    assert.deepEqual(units('| Statement | According to |\n|---|---|\n| The bridge was hit. | Armenian Defense Ministry |\n| The bridge stands. | The Azerbaijani side |\n| No word yet. | |\n| The road is open. | The press service of the Karabakh emergency ministry |'), [
      'yerevan | Armenian Defense Ministry: The bridge was hit.',
      'baku | The Azerbaijani side: The bridge stands.',
      '- | No word yet.',
      '- | The press service of the Karabakh emergency ministry: The road is open.',
    ]);
  });

  it('gives each cell under a side’s column to that side, after the row’s name and before its other cells', () => {
    assert.deepEqual(units('| Village | Yerevan says | Baku says | Shells |\n|---|---|---|--:|\n| Talish | Held. | Taken | 30 |\n| Madagiz | | | 12 |'), [
      'yerevan | Talish: Held. Shells: 30',
      'baku | Talish: Taken; Shells: 30',
      '- | Madagiz — Shells: 12',
    ]);
  });

  it('gives a column headed by names of one side (“Armenian / Karabakh army”) to that side, never to the column beside it', () => {
    assert.deepEqual(units('| Figure | Azerbaijani MoD | Armenian / Karabakh army |\n|---|---|---|\n| Drones downed | 14 | 3 |'), [
      'baku | Drones downed: 14',
      'yerevan | Drones downed: 3',
    ]);
  });

  it('reads any other row as its first cell, then each other cell as a sentence or as its column’s name and value', () => {
    assert.deepEqual(units('| Hour | Event | Source |\n|---|---|---|\n| 09:00 | Sirens sounded in the port. | |'), ['- | 09:00: Sirens sounded in the port.']);
    assert.deepEqual(units('| Road | State | Traffic |\n|---|---|---|\n| North | closed | none |\n|  | open | |'), ['- | North — State: closed; Traffic: none', '- | open']);
  });

  it('gives each row the day of its date column, or of a first cell that is a date alone, and leaves the row’s other cells as they were', () => {
    const table = parseBlocks(['| When | Source | Statement |\n|---|---|---|\n| 3 Nov | Baku | A bridge fell. |\n| soon | Baku | A road opened. |']).children[0] as Table;
    assert.deepEqual(tableUnits(table).units.map((u) => [u.day?.text ?? null, u.text]), [['3 Nov', 'Baku: A bridge fell.'], [null, 'Baku: A road opened. When: soon']]);
    const byDay = parseBlocks(['| | Killed | Wounded |\n|---|---|---|\n| 4 November | 3 | 9 |\n| Total | 30 | 90 |']).children[0] as Table;
    // A date naming the row stays its name.
    assert.deepEqual(tableUnits(byDay).units.map((u) => [u.day?.month ?? null, u.day?.day ?? null, u.text]), [[11, 4, '4 November — Killed: 3; Wounded: 9'], [null, null, 'Total — Killed: 30; Wounded: 90']]);
  });

  it('reads a side column beside a source column (“Side-stated”) as the row’s side, the source as its speaker and a claim column as the source’s words', () => {
    assert.deepEqual(units('| Day | Claim | Source | Side-stated |\n|---|---|---|---|\n| Nov 2 | Two tanks were hit | Defence spokesman Ivanov | Yerevan |\n| Nov 3 | The pass is closed | Regional radio | — |\n| Nov 4 | Talks resume | The mediators | Both |'), [
      'yerevan | Defence spokesman Ivanov: Two tanks were hit',
      '- | Regional radio: The pass is closed',
      '- | The mediators: Talks resume; Side-stated: Both',
    ]);
  });

  it('makes the outlet’s status of a row a unit of its own, of no side the table gives', () => {
    assert.deepEqual(units('| Source | Claim | Verdict |\n|---|---|---|\n| Baku | A drone was downed. | Not confirmed by images |\n| Yerevan | The road is open. | |'), [
      'baku | Baku: A drone was downed.',
      '- | Verdict: Not confirmed by images',
      'yerevan | Yerevan: The road is open.',
    ]);
  });

  it('names the columns in the header row’s text, leaving out empty ones', () => {
    const table = parseBlocks(['| | Baku | Yerevan |\n|---|---|---|\n| Killed | 4 | 6 |']).children[0] as Table;
    const { headText, units: found } = tableUnits(table);
    assert.equal(headText, 'Baku | Yerevan');
    assert.deepEqual(found.map((u) => [u.side, u.text]), [['baku', 'Killed: 4'], ['yerevan', 'Killed: 6']]);
  });
});
