/**
 * A respondent type gets another topic list: its rules and comparisons follow to the
 * matching node, and the ones that cannot are named, never silently left behind.
 */
import { describe, expect, it } from 'vitest';
import { addTopicListForType } from '../../shared/design/topic-list-study';
import { emptyTopicList } from '../../shared/design/topic-list-edits';
import { switchTopicList } from '../../shared/design/switch-topic-list';
import { exampleStudy } from '../../shared/example/study';
import { checkStudyIntegrity } from '../../shared/study/integrity';
import type { Study, TopicList } from '../../shared/study/schema';

const beleid = exampleStudy.topicLists.find((l) => l.id === 'tl-beleid')!;
const beleidRules = exampleStudy.flagRules.filter((r) => r.questionnaireId === 'vl-beleid');
const othersOf = (study: Study) => study.flagRules.filter((r) => r.questionnaireId !== 'vl-beleid');

/** The list under new ids throughout, with the same wording: a list rebuilt by hand. */
function rebuilt(list: TopicList, id: string): TopicList {
  return {
    ...structuredClone(list),
    id,
    sections: list.sections.map((section) => ({
      ...section,
      id: `${id}-${section.id}`,
      topics: section.topics.map((topic) => ({
        ...topic,
        id: `${id}-${topic.id}`,
        questions: topic.questions.map((q) => ({ ...q, id: `${id}-${q.id}` })),
      })),
    })),
  };
}

describe('switching a respondent type to another topic list', () => {
  it('moves every rule and comparison side of the type to the same wording in a rebuilt list', () => {
    const { study, moved, lost } = addTopicListForType(exampleStudy, 'beleidsmedewerker', rebuilt(beleid, 'tl-nieuw'));
    expect(lost).toEqual([]);
    expect(study.respondentTypes.find((t) => t.id === 'beleidsmedewerker')!.topicListId).toBe('tl-nieuw');
    for (const rule of study.flagRules.filter((r) => r.questionnaireId === 'vl-beleid')) {
      const before = beleidRules.find((r) => r.id === rule.id)!;
      expect(rule.target).toEqual({ topicListId: 'tl-nieuw', nodeId: `tl-nieuw-${before.target.nodeId}` });
    }
    const sides = study.comparisons.flatMap((c) => c.sides).filter((s) => s.questionnaireId === 'vl-beleid');
    expect(sides.length).toBeGreaterThan(0);
    expect(sides.every((s) => s.target.topicListId === 'tl-nieuw')).toBe(true);
    expect(moved.filter((m) => m.kind === 'flagRule')).toHaveLength(beleidRules.length);
    // The manager's side of each comparison and the other types' rules stay where they were.
    expect(othersOf(study)).toEqual(othersOf(exampleStudy));
    expect(checkStudyIntegrity(study)).toEqual([]);
  });

  it('keeps node ids when the new list is a copy with them', () => {
    const copy = { ...structuredClone(beleid), id: 'tl-kopie', title: 'Kopie' };
    const { study, lost } = addTopicListForType(exampleStudy, 'beleidsmedewerker', copy);
    expect(lost).toEqual([]);
    const rule = study.flagRules.find((r) => r.id === beleidRules[0]!.id)!;
    expect(rule.target).toEqual({ topicListId: 'tl-kopie', nodeId: beleidRules[0]!.target.nodeId });
  });

  it('names the rules whose question is not in the new list, and leaves them on the old list', () => {
    const target = beleidRules[0]!.target.nodeId;
    const list = rebuilt(beleid, 'tl-nieuw');
    const reworded: TopicList = {
      ...list,
      sections: list.sections.map((s) => ({
        ...s,
        topics: s.topics.map((topic) => ({
          ...topic,
          questions: topic.questions.map((q) =>
            q.id === `tl-nieuw-${target}` ? { ...q, text: 'Iets heel anders?' } : q,
          ),
        })),
      })),
    };
    const { study, lost } = addTopicListForType(exampleStudy, 'beleidsmedewerker', reworded);
    const lostRules = lost.filter((l) => l.kind === 'flagRule');
    expect(lostRules.map((l) => l.id)).toEqual(beleidRules.filter((r) => r.target.nodeId === target).map((r) => r.id));
    expect(lostRules[0]!.nodeText).not.toBe('');
    expect(study.flagRules.find((r) => r.id === lostRules[0]!.id)!.target).toEqual(beleidRules[0]!.target);
    expect(checkStudyIntegrity(study)).toEqual([]);
  });

  it('reports every rule of the type as lost for a new, empty list', () => {
    const { study, moved, lost } = addTopicListForType(
      exampleStudy,
      'beleidsmedewerker',
      emptyTopicList('tl-leeg', 'Leeg', 'Inleiding'),
    );
    expect(moved).toEqual([]);
    expect(lost.filter((l) => l.kind === 'flagRule').map((l) => l.id)).toEqual(beleidRules.map((r) => r.id));
    expect(study.flagRules).toEqual(exampleStudy.flagRules);
    expect(checkStudyIntegrity(study)).toEqual([]);
  });

  it('leaves the rules alone while another type with the same questionnaire still uses the old list', () => {
    const shared: Study = {
      ...exampleStudy,
      respondentTypes: [
        ...exampleStudy.respondentTypes,
        { id: 'tweede', name: 'Tweede', codeLetter: 'T', questionnaireId: 'vl-beleid', topicListId: 'tl-beleid' },
      ],
    };
    const next = { ...shared, topicLists: [...shared.topicLists, rebuilt(beleid, 'tl-nieuw')] };
    const { study, moved, lost } = switchTopicList(next, 'beleidsmedewerker', 'tl-nieuw');
    expect([moved, lost]).toEqual([[], []]);
    expect(study.flagRules).toEqual(exampleStudy.flagRules);
    expect(study.respondentTypes.find((t) => t.id === 'beleidsmedewerker')!.topicListId).toBe('tl-nieuw');
  });

  it('picks the same wording under the same topic when a probe is asked in two topics', () => {
    const question = (id: string) => ({ id, text: 'Kunt u een voorbeeld geven?' });
    const list = (prefix: string): TopicList => ({
      id: prefix,
      title: prefix,
      sections: [
        {
          id: `${prefix}-s`,
          title: 'Kern',
          topics: [
            { id: `${prefix}-a`, label: 'Samenwerken', questions: [question(`${prefix}-a-q`)] },
            { id: `${prefix}-b`, label: 'Leren', questions: [question(`${prefix}-b-q`)] },
          ],
        },
      ],
    });
    const study: Study = {
      ...exampleStudy,
      topicLists: [...exampleStudy.topicLists, list('oud'), list('nieuw')],
      respondentTypes: exampleStudy.respondentTypes.map((t) =>
        t.id === 'beleidsmedewerker' ? { ...t, topicListId: 'oud' } : t,
      ),
      flagRules: [{ ...beleidRules[0]!, target: { topicListId: 'oud', nodeId: 'oud-b-q' } }],
      comparisons: [],
    };
    const { moved } = switchTopicList(study, 'beleidsmedewerker', 'nieuw');
    expect(moved.map((m) => m.to)).toEqual([{ topicListId: 'nieuw', nodeId: 'nieuw-b-q' }]);
  });

  it('changes nothing for a list that does not exist', () => {
    expect(switchTopicList(exampleStudy, 'beleidsmedewerker', 'bestaat-niet').study).toBe(exampleStudy);
  });
});
