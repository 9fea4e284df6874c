/**
 * The study design as data: topic lists, questionnaires, flag rules, code trees,
 * the respondent code scheme and the transcript format. Everything a researcher can
 * bring, edit, import or export is described here and validated with zod, so the
 * rest of the app never has to guess at shape. Bump STUDY_FORMAT_VERSION (and add an
 * upgrade in `restore.ts`) whenever a stored or exported shape changes.
 */
import { z } from 'zod';
import { identifierRegistrySchema } from '../anonymise/registry';
import { HEADER_KEYS, unknownPlaceholders } from './transcript-format';

export const STUDY_FORMAT_VERSION = 1;

const id = z.string().min(1, 'id mag niet leeg zijn');
const text = z.string().min(1, 'tekst mag niet leeg zijn');

// ---------------------------------------------------------------- topic lists

/** A slot in a question that is filled in during preparation, e.g. "(DOCUMENTNAAM)". */
export const placeholderSchema = z.object({
  /** Exactly as it stands in the question text, e.g. `(DOCUMENTNAAM)` or `“…”`. */
  token: text,
  key: id,
  kind: z.enum(['document', 'quote', 'text']),
});

/** The wording of a question for one role, e.g. the BELEIDSMEDEWERKER/MANAGER lines of 5.3. */
export const questionVariantSchema = z.object({
  role: text,
  text,
});

export const guideQuestionSchema = z.object({
  id,
  /** The wording in the source; for a question with variants, the shared text (may be empty). */
  text: z.string(),
  /** Numbered lists (seed 000) keep their number. */
  number: z.string().optional(),
  /** Asked only when the questionnaire showed something ("In de vragenlijst heeft u ingevuld dat …"). */
  followUp: z.boolean().optional(),
  variants: z.array(questionVariantSchema).optional(),
  placeholders: z.array(placeholderSchema).optional(),
  /** Sub-points to probe, e.g. "- regie", "- besluitvorming (indien relevant)". */
  probesHeading: z.string().optional(),
  probes: z.array(text).optional(),
});

export const topicSchema = z.object({
  id,
  /** "Psychologische veiligheid", "Effecten", "Toestemming vragen voor opname". */
  label: text,
  /** What to listen for: "Gevoel bij bespreken gedachtes, fouten, ervaringen en meningen." */
  indicators: z.string().optional(),
  questions: z.array(guideQuestionSchema),
});

export const sectionSchema = z.object({
  id,
  title: text,
  /** Interviewer-only instruction in brackets under the title, e.g. "(indien onduidelijke …)". */
  instruction: z.string().optional(),
  /** "Doel: …" without the "Doel:" prefix. Interviewer-only. */
  goal: z.string().optional(),
  topics: z.array(topicSchema),
});

export const topicListSchema = z.object({
  id,
  title: text,
  /** Where the list comes from, e.g. "Bijlage 5.1". */
  source: z.string().optional(),
  sections: z.array(sectionSchema).min(1, 'een topiclijst heeft minstens één onderdeel'),
});

// ------------------------------------------------------------- questionnaires

export const answerPolarity = z.enum(['yes', 'partial', 'no', 'unknown', 'other']);

export const answerOptionSchema = z.object({
  label: text,
  /** A free-text option: "Op een andere manier, namelijk:", "Anders". */
  other: z.boolean().optional(),
  /** Direction of the answer, used to spot contradictions between respondents. */
  polarity: answerPolarity.optional(),
});

export const questionnaireQuestionSchema = z.object({
  /** "V1" … "V22"; intake questions without a number get a readable id ("naam"). */
  id,
  number: z.number().int().positive().optional(),
  text,
  kind: z.enum(['single', 'multiple', 'open']),
  options: z.array(answerOptionSchema),
  /** Intake questions that identify the respondent, used to propose a CSV row. */
  purpose: z.enum(['name', 'organisation', 'expertise', 'startYear']).optional(),
  /** "Zo ja, kunt u dit document toesturen?": a document is expected when `question` had one of `answers`. */
  requestsDocument: z.object({ question: id, answers: z.array(text).min(1) }).optional(),
});

export const questionnaireSchema = z.object({
  id,
  title: text,
  source: z.string().optional(),
  questions: z.array(questionnaireQuestionSchema).min(1),
});

// ---------------------------------------------------------------- flag rules

/** Where a flag lands: a question (usually a follow-up) or a whole topic in a topic list. */
export const flagTargetSchema = z.object({
  topicListId: id,
  nodeId: id,
});

export type Condition =
  | { type: 'answerIn'; question: string; values: string[] }
  | { type: 'stepDifference'; a: string; b: string; atLeast: number }
  | { type: 'hasOtherText'; question: string }
  | { type: 'any'; of: Condition[] };

export const conditionSchema: z.ZodType<Condition, Condition> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('answerIn'), question: id, values: z.array(text).min(1) }),
    z.object({
      type: z.literal('stepDifference'),
      a: id,
      b: id,
      atLeast: z.number().int().positive(),
    }),
    z.object({ type: z.literal('hasOtherText'), question: id }),
    z.object({ type: z.literal('any'), of: z.array(conditionSchema).min(1) }),
  ]),
);

export const flagKind = z.enum(['followUp', 'unclear', 'context', 'striking']);

export const flagRuleSchema = z.object({
  id,
  questionnaireId: id,
  when: conditionSchema,
  kind: flagKind,
  /** A weaker signal ("Soms") is shown but not ticked in advance. */
  strength: z.enum(['strong', 'weak']).default('strong'),
  target: flagTargetSchema,
  /** Why the rule exists, in the researcher's words. */
  note: z.string().optional(),
});

/**
 * Two questions that ask the same thing from two sides (manager ↔ policy officer).
 * When respondents of the same organisation answer them in opposite directions, both
 * preparations get a striking flag at their own target.
 */
export const comparisonSchema = z.object({
  id,
  sides: z
    .array(
      z.object({
        questionnaireId: id,
        question: id,
        target: flagTargetSchema,
      }),
    )
    .length(2),
  note: z.string().optional(),
  /**
   * The follow-up both interviews get when the answers differ, worded so that it presumes
   * neither answer (the respondent may be the one who said yes). Optional so designs from
   * before it existed stay valid; those get a neutral wording made from the question.
   */
  question: z.string().trim().min(1, 'tekst mag niet leeg zijn').optional(),
});

// ---------------------------------------------------------- respondents, codes

export const respondentTypeSchema = z.object({
  id,
  name: text,
  /** Letter for the respondent code: "B" for beleidsmedewerker, "M" for manager. */
  codeLetter: z.string(),
  /** Overrides the study's code template for this type, e.g. "{initials}". */
  codeTemplate: z.string().optional(),
  questionnaireId: id.optional(),
  /** Prefix for the questionnaire code: "V" → "VA", "VM" → "VMA". */
  questionnaireCodePrefix: z.string().optional(),
  topicListId: id,
  /** The list to use when no questionnaire was returned (5.3 nood), and in which role variant. */
  fallbackTopicListId: id.optional(),
  fallbackRole: z.string().optional(),
  /** The role used to pick question variants in any list. */
  role: z.string().optional(),
});

export const organisationSchema = z.object({
  name: text,
  abbreviation: text,
  /** The organisation's documents to read before an interview (thesis Bijlage 2). */
  documents: z.array(text).optional(),
});

export const codeSchemeSchema = z.object({
  /** Tokens: {type} code letter, {org} organisation abbreviation, {initials}, {n} sequence within type. */
  template: text,
  questionnaireTemplate: z.string().optional(),
});

// ----------------------------------------------------------- transcript, codes

/** One line of the transcript header: which value, its label, and how the value is written. */
export const headerFieldSchema = z.object({
  key: z.enum(HEADER_KEYS),
  label: text,
  /**
   * How the value is written after the label, e.g. "gemeente {value}"; `{respondent}`,
   * `{date}` … bring in the other values. Without a template the value stands alone.
   */
  template: z
    .string()
    .optional()
    .superRefine((template, ctx) => {
      const unknown = template === undefined ? [] : unknownPlaceholders(template);
      if (unknown.length > 0)
        ctx.addIssue({
          code: 'custom',
          message: `onbekende plaatshouder ${unknown.join(', ')}; bekend zijn {value}, ${HEADER_KEYS.map((k) => `{${k}}`).join(', ')}`,
        });
    }),
});

export const transcriptFormatSchema = z.object({
  headerFields: z.array(headerFieldSchema).min(1, 'de kop van het transcript heeft minstens één regel'),
  note: z.string(),
  speakers: z.object({ interviewer: text, respondent: text }),
  /** Filler words left out of the transcript ("uh", "ehm"); whole words only. */
  fillerWords: z.array(text).default(['uh', 'uhm', 'uhh', 'eh', 'ehm', 'ehh', 'hm', 'hmm']),
});

export interface CodeNode {
  id: string;
  name: string;
  /** What the code means, when the researcher wrote it down (a code memo). */
  memo?: string;
  children: CodeNode[];
}
export const codeNodeSchema: z.ZodType<CodeNode, CodeNode> = z.lazy(() =>
  z.object({ id, name: text, memo: z.string().optional(), children: z.array(codeNodeSchema) }),
);

export const codeTreeSchema = z.object({
  id,
  title: text,
  source: z.string().optional(),
  nodes: z.array(codeNodeSchema),
});

// --------------------------------------------------------------------- study

export const studySchema = z.object({
  formatVersion: z.literal(STUDY_FORMAT_VERSION),
  id,
  name: text,
  /** BCP-47 language of the instruments, e.g. "nl". */
  language: z.string().min(2),
  description: z.string().optional(),
  /** Counts saved edits of the design; interviews record the version they were held with. */
  designVersion: z.number().int().nonnegative().optional(),
  respondentTypes: z.array(respondentTypeSchema).min(1),
  organisations: z.array(organisationSchema),
  codeScheme: codeSchemeSchema,
  topicLists: z.array(topicListSchema).min(1),
  questionnaires: z.array(questionnaireSchema),
  flagRules: z.array(flagRuleSchema),
  /** Answers that mean "don't know": on a rule's question they raise an unclear flag. */
  unclearAnswers: z.array(text),
  comparisons: z.array(comparisonSchema),
  codeTrees: z.array(codeTreeSchema),
  transcriptFormat: transcriptFormatSchema,
  /**
   * Names of people, places and organisations (and other details) that an anonymised
   * export replaces. Respondents are added automatically at export time, so they are
   * not stored here. Optional: study files and databases from before the list existed
   * stay valid, and read as an empty list (`studyIdentifiers`).
   */
  identifiers: identifierRegistrySchema.optional(),
});

export type Placeholder = z.infer<typeof placeholderSchema>;
export type GuideQuestion = z.infer<typeof guideQuestionSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type TopicList = z.infer<typeof topicListSchema>;
export type AnswerOption = z.infer<typeof answerOptionSchema>;
export type AnswerPolarity = z.infer<typeof answerPolarity>;
export type QuestionnaireQuestion = z.infer<typeof questionnaireQuestionSchema>;
export type Questionnaire = z.infer<typeof questionnaireSchema>;
export type FlagTarget = z.infer<typeof flagTargetSchema>;
export type FlagKind = z.infer<typeof flagKind>;
export type FlagRule = z.infer<typeof flagRuleSchema>;
export type FlagRuleInput = z.input<typeof flagRuleSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
export type RespondentType = z.infer<typeof respondentTypeSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type CodeScheme = z.infer<typeof codeSchemeSchema>;
export type TranscriptFormat = z.infer<typeof transcriptFormatSchema>;
export type HeaderField = z.infer<typeof headerFieldSchema>;
export type CodeTree = z.infer<typeof codeTreeSchema>;
export type Study = z.infer<typeof studySchema>;
export type StudyInput = z.input<typeof studySchema>;

/** The study's own identifier list; empty for a study saved before the list existed. */
export function studyIdentifiers(study: Pick<Study, 'identifiers'>): NonNullable<Study['identifiers']> {
  return study.identifiers ?? [];
}
