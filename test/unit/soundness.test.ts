/**
 * The lists leave a damaged record out from the first frame on: before the full record
 * check has loaded, by its top-level shape; once loaded, by its schema.
 */
import { describe, expect, it } from 'vitest';
import { exampleStudy } from '../../shared/example/study';
import { hasSoundShape, isSound, loadRecordCheck } from '../../renderer/data/soundness';
import { respondentOf } from './support/refi-fixtures';

const respondent = respondentOf(exampleStudy, 'r1', 'Kees Bos', exampleStudy.respondentTypes[0]!.id, 'Aalten');

describe('record soundness', () => {
  it('takes a sound study and respondent by their shape', () => {
    expect(hasSoundShape('studies', exampleStudy)).toBe(true);
    expect(hasSoundShape('respondents', respondent)).toBe(true);
  });

  it('leaves out by shape what would stop the first screen', () => {
    expect(hasSoundShape('studies', { id: 'kapotte-studie', name: 'Kapotte studie' })).toBe(false);
    expect(hasSoundShape('respondents', { ...respondent, typeId: undefined })).toBe(false);
    expect(hasSoundShape('respondents', { ...respondent, name: '  ' })).toBe(false);
    expect(hasSoundShape('respondents', null)).toBe(false);
    expect(hasSoundShape('studies', [exampleStudy])).toBe(false);
  });

  it('uses the full schema once loaded: damage below the top level is found too', async () => {
    const deeper = { ...exampleStudy, topicLists: [{ id: 'kapot' }] };
    expect(isSound('studies', deeper)).toBe(true); // the shape alone cannot tell
    await loadRecordCheck();
    expect(isSound('studies', deeper)).toBe(false);
    expect(isSound('studies', exampleStudy)).toBe(true);
    expect(isSound('respondents', respondent)).toBe(true);
    expect(isSound('respondents', { ...respondent, createdAt: 'gisteren' })).toBe(false);
  });
});
