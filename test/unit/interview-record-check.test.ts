/** An interview record that fails its schema is named, and repaired only where that loses nothing. */
import { describe, expect, it } from 'vitest';
import { checkInterviewRecord } from '../../shared/interview/record-check';

const good = {
  id: 'i1',
  studyId: 's1',
  respondentId: 'r1',
  guide: { topicListId: 'tl', topicListTitle: 'Topiclijst', sections: [] },
  status: 'running',
  startedAt: 1000,
  pauses: [],
  askedByHand: ['q1'],
  notAskedByHand: [],
  turnOrder: ['t1', 't2'],
  createdAt: 1000,
  updatedAt: 2000,
};

describe('checkInterviewRecord', () => {
  it('passes a whole record through unchanged', () => {
    const check = checkInterviewRecord(good);
    if (!check.ok) throw new Error(check.problems.join('; '));
    expect(check.interview.turnOrder).toEqual(['t1', 't2']);
  });

  it('names a missing list and repairs it with an empty one, keeping everything else', () => {
    const { pauses: _gone, ...broken } = good;
    const check = checkInterviewRecord(broken);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.join(' ')).toContain('pauses');
    expect(check.repaired).toMatchObject({ pauses: [], askedByHand: ['q1'], turnOrder: ['t1', 't2'] });
  });

  it('offers no repair where no safe default exists (a missing status)', () => {
    const { status: _gone, ...broken } = good;
    const check = checkInterviewRecord(broken);
    expect(check).toMatchObject({ ok: false });
    expect(check.ok === false && check.repaired).toBeUndefined();
  });

  it('names what is not a record at all', () => {
    for (const raw of [null, 'null', 42, []]) expect(checkInterviewRecord(raw).ok).toBe(false);
  });
});
