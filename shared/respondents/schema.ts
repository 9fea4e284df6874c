/** A person to interview in a study, as the researcher keeps them in the respondent list. */
import { z } from 'zod';

export const respondentSchema = z.object({
  id: z.string().min(1),
  studyId: z.string().min(1),
  name: z.string().trim().min(1),
  typeId: z.string().min(1),
  /** Municipality or organisation; matched against the study's organisations for the code. */
  organisation: z.string(),
  function: z.string(),
  email: z.string(),
  phone: z.string(),
  notes: z.string(),
  /** Set only when the researcher overrides the code that the study's scheme derives. */
  codeOverride: z.string().optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

export type Respondent = z.infer<typeof respondentSchema>;

/** The fields a researcher fills in; ids and times are added when saving. */
export type RespondentDraft = Pick<
  Respondent,
  'name' | 'typeId' | 'organisation' | 'function' | 'email' | 'phone' | 'notes'
> & { codeOverride?: string };

export { normaliseOrganisation } from './organisation';
