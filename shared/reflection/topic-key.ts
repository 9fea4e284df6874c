/**
 * The key that lets a topic be recognised across topic lists of one study. Topic ids
 * belong to one list ("tl-beleid:belang-van-leren" vs "tl-manager:belang-van-leren"),
 * but a researcher who marks "Belang van leren" after interview 3 (list 5.1) wants to
 * see it again when preparing interview 4 (list 5.2, or 5.3 nood). So the key is the
 * normalised label: lower case, accents and punctuation folded, words joined by "-"
 * ("Openheid voor nieuwe ideeën" → "openheid-voor-nieuwe-ideeen").
 *
 * Consequences, on purpose: a topic renamed in a later list is a different topic, and
 * combined topics in 5.3 ("Informatie overdracht/verzamelen informatie") do not match
 * their parts in 5.1. Labels that only differ in case, accents, spacing or a trailing
 * full stop ("…functie." in 5.5) do match.
 */
import type { GuideSnapshot } from '../interview/interview';
import { slug } from '../study/slug';

export function topicKey(label: string): string {
  return slug(label);
}

/** The topics of a guide that carry this key (usually one, none when the list lacks it). */
export function topicsWithKey(
  guide: GuideSnapshot,
  key: string,
): { sectionId: string; topicId: string; label: string }[] {
  return guide.sections.flatMap((section) =>
    section.topics
      .filter((topic) => topicKey(topic.label) === key)
      .map((topic) => ({ sectionId: section.id, topicId: topic.id, label: topic.label })),
  );
}
