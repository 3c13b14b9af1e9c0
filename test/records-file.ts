import { readFile } from 'node:fs/promises';
import { SIDES, type Claim, type RecordsExport } from '../src/model.ts';

/** Read a `data/records.json` as an outside reader would. */
export async function readRecords(path: string): Promise<RecordsExport> {
  return JSON.parse(await readFile(path, 'utf8')) as RecordsExport;
}

/** Every claim of the export, in day order, then side order within a day. */
export function allClaims(records: RecordsExport): Claim[] {
  return records.days.flatMap((d) => SIDES.flatMap((side) => d.claims[side]));
}

/** The claims of each report, in its `claimIds` order, looked up in the days; fails on an id no day holds. */
export function claimsByReport(records: RecordsExport): Map<string, Claim[]> {
  const byId = new Map(allClaims(records).map((c) => [c.id, c]));
  return new Map(records.reports.map((r) => [r.id, r.claimIds.map((id) => {
    const claim = byId.get(id);
    if (!claim) throw new Error(`claim ${id} of report ${r.id} is in no day`);
    return claim;
  })]));
}
