/**
 * Sharing a study design with colleagues: the study file holds only the design (topic
 * lists, questionnaires, rules, codes, formats), never respondents or interviews. On
 * import the researcher either adds it as a new study or replaces the design of a study
 * they have; a replacement must keep every respondent type that respondents use.
 */
import type { Study } from '../study/schema';
import { uniqueId } from './new-study';

/**
 * The incoming design as a new study: its own id, or a free one when that id is taken;
 * a name already in use gets a number, so the two can be told apart in the study picker.
 */
export function asNewStudy(incoming: Study, taken: readonly { id: string; name: string }[]): Study {
  const id = uniqueId(
    incoming.id,
    taken.map((s) => s.id),
  );
  const names = new Set(taken.map((s) => s.name));
  let name = incoming.name;
  for (let n = 2; names.has(name); n++) name = `${incoming.name} (${n})`;
  const { designVersion: _version, ...design } = incoming;
  return { ...design, id, name };
}

export type ReplaceResult =
  | { ok: true; study: Study }
  /** Respondent types in use by respondents of the current study that the incoming design lacks. */
  | { ok: false; missingTypes: { id: string; name: string }[] };

/**
 * The current study with the incoming design: the current id stays (so respondents and
 * interviews keep pointing at it), and so does its identifier list.
 */
export function replaceDesign(current: Study, incoming: Study, typeIdsInUse: Iterable<string>): ReplaceResult {
  const incomingTypes = new Set(incoming.respondentTypes.map((t) => t.id));
  const missingTypes = [...new Set(typeIdsInUse)]
    .filter((id) => !incomingTypes.has(id))
    .map((id) => ({ id, name: current.respondentTypes.find((t) => t.id === id)?.name ?? id }));
  if (missingTypes.length > 0) return { ok: false, missingTypes };
  // The identifier list belongs to this researcher's fieldwork, not to the design: it stays.
  const { designVersion: _version, identifiers: _incomingNames, ...design } = incoming;
  return {
    ok: true,
    study: {
      ...design,
      id: current.id,
      designVersion: current.designVersion,
      ...(current.identifiers ? { identifiers: current.identifiers } : {}),
    },
  };
}
