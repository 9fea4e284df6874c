/**
 * The built-in example study "Lerende gemeenten Achterhoek": the instruments of the
 * master thesis "Stimuleren van leren binnen het sociaal domein door Achterhoekse
 * gemeenten" (seed 001) and the network topic list of "Op weg naar een lerende regio"
 * (seed 000), transcribed word for word. It is data like any study a researcher makes;
 * the app only installs it on first start.
 */
import { STUDY_FORMAT_VERSION, studySchema, type Study } from '../study/schema';
import { exampleCodeTrees } from './code-trees';
import { exampleComparisons, exampleFlagRules } from './flag-rules';
import { exampleDocuments, exampleOrganisations } from './organisations';
import { beleidQuestionnaire } from './questionnaires/beleid';
import { berkellandQuestionnaire } from './questionnaires/berkelland';
import { managerQuestionnaire } from './questionnaires/manager';
import { beleidTopicList } from './topic-lists/beleid';
import { berkellandTopicList } from './topic-lists/berkelland';
import { managerTopicList } from './topic-lists/manager';
import { netwerkTopicList } from './topic-lists/netwerk';
import { noodTopicList } from './topic-lists/nood';
import { overzichtTopicList } from './topic-lists/overzicht';
import { exampleTranscriptFormat } from './transcript-format';

export const EXAMPLE_STUDY_ID = 'lerende-gemeenten-achterhoek';

export const exampleStudy: Study = studySchema.parse({
  formatVersion: STUDY_FORMAT_VERSION,
  id: EXAMPLE_STUDY_ID,
  name: 'Lerende gemeenten Achterhoek',
  language: 'nl',
  description:
    'Voorbeeldstudie: interviews met een beleidsmedewerker en een manager in elk van de acht Achterhoekse gemeenten over het sociaal domein, een interview met een respondent met overzicht over de gemeenten, en interviews met vertegenwoordigers van regionale netwerken.',
  respondentTypes: [
    {
      id: 'beleidsmedewerker',
      name: 'Beleidsmedewerker',
      codeLetter: 'B',
      questionnaireId: beleidQuestionnaire.id,
      questionnaireCodePrefix: 'V',
      topicListId: beleidTopicList.id,
      fallbackTopicListId: noodTopicList.id,
      fallbackRole: 'BELEIDSMEDEWERKER',
      role: 'BELEIDSMEDEWERKER',
    },
    {
      id: 'manager',
      name: 'Manager',
      codeLetter: 'M',
      questionnaireId: managerQuestionnaire.id,
      questionnaireCodePrefix: 'VM',
      topicListId: managerTopicList.id,
      fallbackTopicListId: noodTopicList.id,
      fallbackRole: 'MANAGER',
      role: 'MANAGER',
    },
    {
      // Berkelland works with a self-organising team without a manager (4.3, 5.4).
      id: 'medewerker-berkelland',
      name: 'Medewerker Berkelland',
      codeLetter: 'B',
      questionnaireId: berkellandQuestionnaire.id,
      questionnaireCodePrefix: 'V',
      topicListId: berkellandTopicList.id,
      fallbackTopicListId: noodTopicList.id,
      fallbackRole: 'BELEIDSMEDEWERKER',
      role: 'BELEIDSMEDEWERKER',
    },
    {
      // Bijlage 1 codes this respondent by initials ("TB").
      id: 'overzicht',
      name: 'Respondent met overzicht gemeenten',
      codeLetter: '',
      codeTemplate: '{initials}',
      topicListId: overzichtTopicList.id,
    },
    {
      id: 'netwerk',
      name: 'Vertegenwoordiger netwerk',
      codeLetter: 'N',
      codeTemplate: 'N{n}',
      topicListId: netwerkTopicList.id,
    },
  ],
  organisations: exampleOrganisations.map((o) => ({ ...o, documents: exampleDocuments[o.name] ?? [] })),
  codeScheme: { template: '{type}{org}', questionnaireTemplate: '{qprefix}{org}' },
  topicLists: [
    beleidTopicList,
    managerTopicList,
    noodTopicList,
    berkellandTopicList,
    overzichtTopicList,
    netwerkTopicList,
  ],
  questionnaires: [beleidQuestionnaire, managerQuestionnaire, berkellandQuestionnaire],
  flagRules: exampleFlagRules,
  unclearAnswers: ['Weet ik niet'],
  comparisons: exampleComparisons,
  codeTrees: exampleCodeTrees,
  transcriptFormat: exampleTranscriptFormat,
});
