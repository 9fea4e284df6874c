/** The prepared guide: the right list, the role's wording, flags in place, ticks, placeholders, own questions. */
import { describe, expect, it } from 'vitest';
import { exampleStudy } from '../../shared/example/study';
import { computeFlags } from '../../shared/flags/engine';
import { expectedDocuments } from '../../shared/preparation/documents';
import { buildGuide } from '../../shared/preparation/guide';
import { emptyPreparation, type Preparation } from '../../shared/preparation/schema';
import { chooseTopicList } from '../../shared/preparation/topic-list-choice';

const type = (id: string) => exampleStudy.respondentTypes.find((t) => t.id === id)!;
const list = (id: string) => exampleStudy.topicLists.find((l) => l.id === id)!;
const beleid = exampleStudy.questionnaires.find((q) => q.id === 'vl-beleid')!;
const questions = (guide: ReturnType<typeof buildGuide>) => guide.flatMap((s) => s.topics.flatMap((t) => t.questions));

describe('choosing the topic list', () => {
  it('uses the type’s list when the questionnaire was returned', () => {
    expect(chooseTopicList(type('manager'), true)).toMatchObject({ topicListId: 'tl-manager', reason: 'questionnaire' });
  });
  it('proposes the emergency list 5.3 in the manager variant without answers', () => {
    expect(chooseTopicList(type('manager'), false)).toEqual({ topicListId: 'tl-nood', role: 'MANAGER', reason: 'noQuestionnaire' });
    expect(chooseTopicList(type('beleidsmedewerker'), false)).toMatchObject({ topicListId: 'tl-nood', role: 'BELEIDSMEDEWERKER' });
  });
  it('lets a list picked by hand win', () => {
    expect(chooseTopicList(type('manager'), false, { topicListId: 'tl-manager' })).toMatchObject({ topicListId: 'tl-manager', reason: 'chosen' });
  });
  it('uses the type’s list for types without a questionnaire', () => {
    expect(chooseTopicList(type('netwerk'), false)).toMatchObject({ topicListId: 'tl-netwerk', reason: 'type' });
  });
});

describe('the prepared guide', () => {
  it('shows the emergency list’s questions in the respondent’s role', () => {
    const asManager = questions(buildGuide(list('tl-nood'), { role: 'MANAGER', flags: [] }));
    const asBeleid = questions(buildGuide(list('tl-nood'), { role: 'BELEIDSMEDEWERKER', flags: [] }));
    const managerText = asManager.map((q) => q.text).join('\n');
    expect(managerText).toContain('Heeft u het gevoel dat u voldoende luistert naar uw medewerkers');
    expect(managerText).not.toContain('MANAGER:');
    expect(asBeleid.map((q) => q.text).join('\n')).toContain('Heeft u het gevoel dat uw manager voldoende luistert naar u');
  });

  it('ticks flagged follow-ups in place and leaves the others unticked', () => {
    const flags = computeFlags({ study: exampleStudy, questionnaire: beleid, answers: { V17: { values: ['Nee'] }, V10: { values: ['Soms'] } } });
    const qs = questions(buildGuide(list('tl-beleid'), { role: 'BELEIDSMEDEWERKER', flags }));
    const ticked = qs.filter((q) => q.ticked).map((q) => q.id);
    expect(ticked).toEqual(['tl-beleid:actief-bevragen-en-luisteren:q1']);
    const analyses = qs.find((q) => q.id === 'tl-beleid:analyses:q1')!;
    expect(analyses.flags).toHaveLength(1);
    expect(analyses.ticked).toBe(false);
  });

  it('follows the researcher’s ticks over the flags, and keeps own questions under their topic', () => {
    const flags = computeFlags({ study: exampleStudy, questionnaire: beleid, answers: { V17: { values: ['Nee'] } } });
    const preparation: Preparation = {
      ...emptyPreparation('r1', exampleStudy.id, 0),
      ticks: { 'tl-beleid:actief-bevragen-en-luisteren:q1': false, 'tl-beleid:experimenteren:q1': true },
      ownQuestions: [{ id: 'own:1', topicId: 'tl-beleid:experimenteren', text: 'Welk experiment ging mis?' }],
    };
    const guide = buildGuide(list('tl-beleid'), { role: 'BELEIDSMEDEWERKER', flags, preparation });
    const qs = questions(guide);
    expect(qs.find((q) => q.id === 'tl-beleid:actief-bevragen-en-luisteren:q1')).toMatchObject({ ticked: false, tickedByFlags: true });
    expect(qs.find((q) => q.id === 'tl-beleid:experimenteren:q1')).toMatchObject({ ticked: true, tickedByFlags: false });
    const topic = guide.flatMap((s) => s.topics).find((t) => t.id === 'tl-beleid:experimenteren')!;
    expect(topic.questions.at(-1)).toMatchObject({ own: true, text: 'Welk experiment ging mis?', ticked: true });
  });

  it('fills in DOCUMENTNAAM and the quote', () => {
    const question = questions(buildGuide(list('tl-beleid'), { flags: [] })).find((q) => q.placeholders.length > 0)!;
    const preparation: Preparation = {
      ...emptyPreparation('r1', exampleStudy.id, 0),
      placeholderValues: { [question.id]: { documentnaam: 'Beleidsplan Wmo', citaat: 'een lerende organisatie' } },
    };
    const filled = questions(buildGuide(list('tl-beleid'), { flags: [], preparation })).find((q) => q.id === question.id)!;
    expect(filled.text).toBe(
      'In Beleidsplan Wmo omschrijft de gemeente/team zich als “een lerende organisatie”, in hoeverre kunt u zich hierin vinden?',
    );
  });
});

describe('documents to expect', () => {
  it('lists a document when the question before was answered yes', () => {
    const docs = expectedDocuments(beleid, { V7: { values: ['Ja'] }, V13: { values: ['Nee'] } });
    expect(docs.map((d) => d.questionId)).toEqual(['V8']);
    expect(docs[0]!.about).toContain('procedures en processen rondom experimenten');
  });
});
