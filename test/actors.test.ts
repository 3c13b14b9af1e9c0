import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parliamentOf } from '../src/actors.ts';

describe('parliamentOf', () => {
  it('names the side whose parliament a report names, when it names one only', () => {
    assert.equal(parliamentOf(['The plenary session of the Milli Majlis was held.']), 'baku');
    assert.equal(parliamentOf(['Azerbaijani MP Ali Huseynli spoke.']), 'baku');
    assert.equal(parliamentOf(['The National Assembly of the Republic of Armenia met.']), 'yerevan');
    assert.equal(parliamentOf(['The Artsakh parliament met in Stepanakert.']), 'yerevan');
  });

  it('is null where the report names both sides’ parliaments, a third country’s, or none', () => {
    assert.equal(parliamentOf(['The Milli Majlis met.', 'The Armenian parliament answered.']), null);
    assert.equal(parliamentOf(['The Milli Majlis met.', 'Armenian MPs walked out of a PACE session.']), null);
    assert.equal(parliamentOf(['The Milli Majlis met.', 'The French National Assembly voted a resolution.']), null);
    assert.equal(parliamentOf(['The Milli Majlis met.', 'A US congressman wrote to the State Department.']), null);
    assert.equal(parliamentOf(['The Milli Majlis met.', 'The parliament of Georgia debated transit.']), null);
    assert.equal(parliamentOf(['Deputy Ganira Pashayeva spoke in parliament.']), null);
  });
});
