/**
 * A study from scratch, or as a copy of another. A new study is valid from the first
 * save: every respondent type gets its own starter topic list in the usual shape of a
 * semi-structured interview (introduction, core, closing), which the researcher then
 * fills in with the topic-list editor.
 */
import { STUDY_FORMAT_VERSION, type Study, type TopicList } from '../study/schema';
import { defaultTranscriptFormat } from '../study/transcript-format';

export interface NewRespondentType {
  name: string;
  /** Letter for the respondent code ("B" → "BA"). */
  codeLetter: string;
}

export interface NewStudy {
  id: string;
  name: string;
  language: string;
  respondentTypes: NewRespondentType[];
}

/** A readable id fragment: "Docent basisschool" → "docent-basisschool". */
export function slugOf(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'x';
}

/** `base`, or `base-2`, `base-3` … whichever is not taken yet. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** The starter wording per instrument language; Dutch unless the study is in English. */
const STARTER = {
  nl: {
    list: 'Topiclijst',
    sections: ['Inleiding', 'Kernonderdeel 1', 'Afsluiting'],
    topics: ['Introductie', 'Onderwerp 1', 'Afronding'],
  },
  en: {
    list: 'Topic list',
    sections: ['Introduction', 'Core part 1', 'Closing'],
    topics: ['Introduction', 'Topic 1', 'Wrap-up'],
  },
};

function starterWords(language: string) {
  return language.toLowerCase().startsWith('en') ? STARTER.en : STARTER.nl;
}

/** The starter list's title for a respondent type: "Topiclijst Docent". */
export function starterTitle(typeName: string, language: string): string {
  return `${starterWords(language).list} ${typeName.trim()}`;
}

/** Three sections, each with one topic to start from, so rules have somewhere to land. */
export function starterTopicList(id: string, title: string, language = 'nl'): TopicList {
  const words = starterWords(language);
  const keys = ['inleiding', 'kern', 'afsluiting'];
  return {
    id,
    title,
    sections: keys.map((key, i) => ({
      id: `${id}-${key}`,
      title: words.sections[i]!,
      topics: [{ id: `${id}-${key}-onderwerp`, label: words.topics[i]!, questions: [] }],
    })),
  };
}

export function createStudy(input: NewStudy): Study {
  const typeIds: string[] = [];
  const respondentTypes = input.respondentTypes.map((type) => {
    const id = uniqueId(slugOf(type.name), typeIds);
    typeIds.push(id);
    return { id, name: type.name.trim(), codeLetter: type.codeLetter.trim(), topicListId: `tl-${id}` };
  });
  return {
    formatVersion: STUDY_FORMAT_VERSION,
    id: input.id,
    name: input.name.trim(),
    language: input.language,
    respondentTypes,
    organisations: [],
    codeScheme: { template: '{type}{org}' },
    topicLists: respondentTypes.map((type) =>
      starterTopicList(type.topicListId, starterTitle(type.name, input.language), input.language),
    ),
    questionnaires: [],
    flagRules: [],
    unclearAnswers: ['Weet ik niet'],
    comparisons: [],
    codeTrees: [{ id: 'codeboom', title: 'Codeboom', nodes: [] }],
    // Not the example study's format: its "gemeente …" would follow a school study around.
    transcriptFormat: defaultTranscriptFormat(input.language),
  };
}

/** The whole design of `source` under a new id and name; respondents and interviews stay behind. */
export function copyStudy(source: Study, id: string, name: string): Study {
  const { designVersion: _version, ...design } = structuredClone(source);
  return { ...design, id, name: name.trim() };
}
