/**
 * What the researcher decides while preparing one interview, and the questionnaire
 * answers it rests on. Both are keyed by respondent: one preparation per respondent.
 */
import { z } from 'zod';
import { answersSchema } from '../responses/schema';

export const ownQuestionSchema = z.object({
  id: z.string().min(1),
  topicId: z.string().min(1),
  text: z.string(),
});

export const preparationSchema = z.object({
  /** The respondent's id. */
  id: z.string().min(1),
  studyId: z.string().min(1),
  /** Chosen by hand; when absent the list follows from the respondent type and the answers. */
  topicListId: z.string().optional(),
  /** The researcher's own ticks (aankruisen); a node without an entry follows its flags. */
  ticks: z.record(z.string(), z.boolean()),
  ownQuestions: z.array(ownQuestionSchema),
  /** Per guide question, per placeholder key: what to say, e.g. the document's name. */
  placeholderValues: z.record(z.string(), z.record(z.string(), z.string())),
  /** Per questionnaire question that asked for a document: has it arrived? */
  documentsReceived: z.record(z.string(), z.boolean()),
  notes: z.string(),
  updatedAt: z.number(),
});

/** A response's answers as they were, without the record's identity. */
const answerSetShape = {
  questionnaireId: z.string().min(1),
  source: z.enum(['file', 'manual']),
  fileName: z.string().optional(),
  submittedAt: z.string().optional(),
  answers: answersSchema,
  /** Kept so the researcher sees what the file held that matched no question. */
  unmatchedColumns: z.array(z.object({ title: z.string(), value: z.string() })),
  unknownAnswers: z.array(z.object({ questionId: z.string(), value: z.string() })),
  updatedAt: z.number(),
};

export const previousAnswersSchema = z.object({
  ...answerSetShape,
  /** When a new import replaced them. */
  replacedAt: z.number(),
});

export const questionnaireResponseSchema = z.object({
  /** The respondent's id. */
  id: z.string().min(1),
  studyId: z.string().min(1),
  ...answerSetShape,
  /**
   * The answer set a file import replaced, so that one wrong import can be undone.
   * Optional: responses saved before it existed have none.
   */
  previous: previousAnswersSchema.optional(),
});

export type OwnQuestion = z.infer<typeof ownQuestionSchema>;
export type Preparation = z.infer<typeof preparationSchema>;
export type QuestionnaireResponse = z.infer<typeof questionnaireResponseSchema>;
export type PreviousAnswers = z.infer<typeof previousAnswersSchema>;

export { emptyPreparation } from './empty';
