/**
 * Anonymisation of transcripts before they leave the machine: the study's identifier
 * registry, the search for identifiers, consistent replacements and applying the
 * reviewed findings. Typical use at export:
 *
 *   const registry = registryWithRespondents(study.identifiers, respondents, deriveCodes(study, respondents));
 *   const findings = findIdentifiers(texts, { registry, respondent, replacements: book });
 *   // … researcher reviews: decisions[finding.id] = 'accept' | 'reject' …
 *   const nextBook = recordReplacements(book, findings, decisions); // throws if the book moved on
 *   const anonymised = applyFindings(texts, findings, decisions);
 *   // write the export, then store nextBook with the study
 */
export { applyFindings, AnonymiseError, isApplied, recordReplacements, type Decision, type Decisions } from './apply';
export { findingInContext, type FindingInContext } from './context';
export { FINDING_PRIORITY, type Confidence, type Finding, type FindingKind, type NameGuess } from './finding';
export { findIdentifiers, type FindContext, type TextToSearch } from './find';
export { fold } from './fold';
export { entryShape, splitPersonName, type EntryShape } from './forms';
export { findPhoneNumbers, dutchNationalNumber } from './phone';
export { findPatterns, type PatternKind, type PatternMatch } from './patterns';
export {
  entryKindSchema,
  identifierEntrySchema,
  identifierRegistrySchema,
  registryWithRespondents,
  registryWithOrganisations,
  organisationEntryId,
  type OrganisationIdentity,
  respondentEntries,
  respondentEntryId,
  type EntryKind,
  type IdentifierEntry,
  type RespondentIdentity,
} from './registry';
export {
  assignLabel,
  DUTCH_LABELS,
  emptyReplacementBook,
  ENGLISH_LABELS,
  entryLabelKey,
  labelCategorySchema,
  LabelConflictError,
  labelsForLanguage,
  nameLabelKey,
  nextLabelNumber,
  renderLabel,
  replacementBookSchema,
  withLabels,
  type LabelAssignment,
  type LabelCategory,
  type ReplacementBook,
  type ReplacementLabels,
} from './replacements';
export {
  BARE_DOMAIN_TLDS,
  INITIAL_DIGRAPHS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NAME_TITLE_ABBREVIATIONS,
  NAME_TITLE_WORDS,
  PARTICLE_ABBREVIATIONS,
  PREPOSITION_PARTICLES,
} from './rules';
export { NAME_STOP_WORDS } from './stop-words';
export { addIdentifier, changeIdentifierKind, removeIdentifier, type AddIdentifierResult } from './identifier-list';
export {
  decide,
  decideAll,
  groupState,
  keepDecisions,
  reviewCounts,
  reviewGroups,
  reviewRows,
  suggestionKinds,
  type GroupState,
  type ReviewGroup,
  type ReviewRow,
  type SuggestionKind,
} from './review';
