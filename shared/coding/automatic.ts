/**
 * The codes Veldwerk can apply by itself, because it knows them from how the interview
 * was held: who spoke each turn, and the guide section and topic it was typed under.
 * They are derived, never stored, so they follow every edit; an export or a matrix
 * shows them beside the researcher's own codes, marked as automatic. Ids are stable
 * (derived from the speaker, the section title and the topic key), so the same code
 * has the same id in every interview of a study, across topic lists and exports.
 */
import type { Interview } from '../interview/interview';
import type { Speaker, Turn } from '../interview/turn';
import { guidePlaces } from '../reflection/guide-places';
import { topicKey } from '../reflection/topic-key';
import type { CodeNode } from '../study/schema';
import { slug } from '../study/slug';

export const AUTOMATIC_ROOT_ID = 'auto';
const SPEAKER_ROOT_ID = 'auto:speaker';
const SECTION_ROOT_ID = 'auto:section';
const TOPIC_ROOT_ID = 'auto:topic';

export const speakerCodeId = (speaker: Speaker): string => `${SPEAKER_ROOT_ID}:${speaker}`;
export const sectionCodeId = (title: string): string => `${SECTION_ROOT_ID}:${slug(title)}`;
export const topicCodeId = (label: string): string => `${TOPIC_ROOT_ID}:${topicKey(label)}`;

export function isAutomaticCode(codeId: string): boolean {
  return codeId === AUTOMATIC_ROOT_ID || codeId.startsWith(`${AUTOMATIC_ROOT_ID}:`);
}

/** One automatic code on one whole turn. */
export interface AutomaticCoding {
  turnId: string;
  codeId: string;
}

/** The names of the automatic code tree's fixed parts, in the interface or study language. */
export interface AutomaticNames {
  root: string;
  speakers: string;
  sections: string;
  topics: string;
  speaker: Record<Speaker, string>;
}

/** Each turn's speaker, and the section and topic its guide link places it in. */
export function automaticCodings(interview: Pick<Interview, 'guide'>, turns: readonly Turn[]): AutomaticCoding[] {
  const places = guidePlaces(interview.guide);
  const sections = new Map(interview.guide.sections.map((s) => [s.id, s]));
  const topics = new Map(interview.guide.sections.flatMap((s) => s.topics.map((t) => [t.id, t] as const)));
  return turns.flatMap((turn) => {
    const codings: AutomaticCoding[] = [{ turnId: turn.id, codeId: speakerCodeId(turn.speaker) }];
    const place = turn.nodeId ? places.get(turn.nodeId) : undefined;
    const section = place && sections.get(place.sectionId);
    if (section) codings.push({ turnId: turn.id, codeId: sectionCodeId(section.title) });
    const topic = place?.topicId ? topics.get(place.topicId) : undefined;
    if (topic) codings.push({ turnId: turn.id, codeId: topicCodeId(topic.label) });
    return codings;
  });
}

/**
 * The automatic code tree of a set of interviews: the two speakers, then every section
 * and topic any of their guides has, in the order first met.
 */
/** The section titles and topic labels of a guide (or of the outline a summary keeps of it). */
export interface GuideNames {
  sections: readonly { title: string; topics: readonly { label: string }[] }[];
}

export function automaticCodeTree(guides: readonly GuideNames[], names: AutomaticNames): CodeNode {
  const sections = new Map<string, CodeNode>();
  const topics = new Map<string, CodeNode>();
  for (const guide of guides) {
    for (const section of guide.sections) {
      const id = sectionCodeId(section.title);
      if (!sections.has(id)) sections.set(id, { id, name: section.title, children: [] });
      for (const topic of section.topics) {
        const topicId = topicCodeId(topic.label);
        if (!topics.has(topicId)) topics.set(topicId, { id: topicId, name: topic.label, children: [] });
      }
    }
  }
  const speakers: Speaker[] = ['interviewer', 'respondent'];
  return {
    id: AUTOMATIC_ROOT_ID,
    name: names.root,
    children: [
      {
        id: SPEAKER_ROOT_ID,
        name: names.speakers,
        children: speakers.map((s) => ({ id: speakerCodeId(s), name: names.speaker[s], children: [] })),
      },
      { id: SECTION_ROOT_ID, name: names.sections, children: [...sections.values()] },
      { id: TOPIC_ROOT_ID, name: names.topics, children: [...topics.values()] },
    ],
  };
}

/** The kinds of automatic code, each of which the researcher can show or leave out. */
export const AUTOMATIC_FAMILIES = ['speaker', 'section', 'topic'] as const;
export type AutomaticFamily = (typeof AUTOMATIC_FAMILIES)[number];

/** The family of an automatic code id ("auto:topic:…" → 'topic'); undefined for the researcher's own codes. */
export function automaticFamily(codeId: string): AutomaticFamily | undefined {
  const part = codeId.split(':')[1];
  return codeId.startsWith(`${AUTOMATIC_ROOT_ID}:`) && AUTOMATIC_FAMILIES.includes(part as AutomaticFamily)
    ? (part as AutomaticFamily)
    : undefined;
}
