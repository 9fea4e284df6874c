/** A topic list can leave the design only when nothing in it still uses the list. */
import { describe, expect, it } from 'vitest';
import { createStudy } from '../../shared/design/new-study';
import { addTopicListForType, removeTopicList, usesOfTopicList } from '../../shared/design/topic-list-study';
import { exampleStudy } from '../../shared/example/study';
import { checkStudyIntegrity } from '../../shared/study/integrity';

describe('usesOfTopicList', () => {
  it('names the respondent type, fallback, rules and comparisons that use a list', () => {
    const uses = usesOfTopicList(exampleStudy, 'tl-beleid');
    expect(uses).toContainEqual({ kind: 'respondentType', typeName: 'Beleidsmedewerker' });
    expect(uses.filter((u) => u.kind === 'flagRule').length).toBeGreaterThan(3);
    expect(uses.some((u) => u.kind === 'comparison')).toBe(true);
    expect(usesOfTopicList(exampleStudy, 'tl-nood').map((u) => u.kind)).toContain('fallback');
  });

  it('refuses the only list of a study', () => {
    const study = createStudy({
      id: 's',
      name: 'S',
      language: 'nl',
      respondentTypes: [{ name: 'Docent', codeLetter: 'D' }],
    });
    const alone = { ...study, respondentTypes: [] };
    expect(usesOfTopicList(alone, 'tl-docent')).toEqual([{ kind: 'onlyList' }]);
  });
});

describe('removeTopicList', () => {
  it('removes a list that a type no longer uses, leaving a valid design', () => {
    const study = createStudy({
      id: 's',
      name: 'S',
      language: 'nl',
      respondentTypes: [{ name: 'Docent', codeLetter: 'D' }],
    });
    const withNew = addTopicListForType(study, 'docent', {
      ...study.topicLists[0]!,
      id: 'tl-nieuw',
      title: 'Nieuw',
    }).study;
    expect(usesOfTopicList(withNew, 'tl-docent')).toEqual([]);
    const removed = removeTopicList(withNew, 'tl-docent');
    expect(removed.topicLists.map((l) => l.id)).toEqual(['tl-nieuw']);
    expect(checkStudyIntegrity(removed)).toEqual([]);
  });

  it('leaves the study unchanged while the list is in use', () => {
    expect(removeTopicList(exampleStudy, 'tl-beleid')).toBe(exampleStudy);
  });
});
