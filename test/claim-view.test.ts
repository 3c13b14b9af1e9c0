import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Corpus } from '../src/assemble-corpus.ts';
import { sha256 } from '../src/sha256.ts';
import { claimView, viewKey, type ClaimContext } from '../src/site/claim-view.ts';
import { placeHomes } from '../src/site/place-pages.ts';
import { claim, corpus, report, smallWar } from './site-fixtures.ts';

/** Each report's views as a page's key sees them (the digest of their key parts), and their JSON. */
function viewsOf(c: Corpus, placeMaxClaims?: number): Map<string, { digest: string; json: string }> {
  const ctx: ClaimContext = {
    reportsById: new Map(c.reports.map((r) => [r.id, r])),
    reportDigests: new Map(c.reports.map((r, i) => [r.id, c.reportDigests[i]!])),
    places: placeHomes(c.records.days, placeMaxClaims),
  };
  return new Map(
    c.reports
      .filter((r) => r.claims.length > 0)
      .map((r) => [r.id, { digest: sha256(viewKey(r.claims, ctx)), json: JSON.stringify(r.claims.map((c) => claimView(c, ctx))) }]),
  );
}

// The fixtures number claims as they are made: every variant is made from one war.
const base = smallWar();

/** The same reports, copied. */
function copied(): Corpus {
  return corpus(structuredClone(base.reports));
}

/** One report's title is new (the source label shown by every claim of it). */
function retitled(): Corpus {
  return corpus(base.reports.map((r) => (r.id === 'bravo' ? { ...r, title: 'Bulletin bravo, corrected' } : r)));
}

/** A new report names a place whose address clashes with Riverton's and is given first. */
function clashing(): Corpus {
  const extra = report('zulu', '2021-04-05', (id) => [claim(id, 'baku', 'A convoy was seen leaving RIVERTON at noon.', { places: ['RIVERTON'] })]);
  return corpus([...base.reports, extra]);
}

describe('claim views', () => {
  it('of different reports are keyed differently', () => {
    const views = viewsOf(base);
    assert.equal(new Set([...views.values()].map((v) => v.digest)).size, views.size);
  });

  for (const [name, variant, placeMaxClaims] of [
    ['the same reports, copied', copied, undefined],
    ['a report given a new title', retitled, undefined],
    ['a new place whose address takes an existing place’s', clashing, undefined],
    ['places split by month (their claims’ links go to month pages)', copied, 1],
  ] as const) {
    it(`change their digest exactly when their JSON changes: ${name}`, () => {
      const before = viewsOf(base);
      const after = viewsOf(variant(), placeMaxClaims);
      let changed = 0;
      for (const [id, old] of before) {
        const now = after.get(id)!;
        assert.equal(now.digest === old.digest, now.json === old.json, `report ${id}`);
        if (now.json !== old.json) changed++;
      }
      // The variants are made so that something does change (the plain copy excepted).
      assert.equal(changed > 0, variant !== copied || placeMaxClaims !== undefined, 'some views changed');
    });
  }
});
