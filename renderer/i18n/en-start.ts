/** The English texts of the first screen (see nl-start.ts): loaded only when English is chosen. */
import type { Messages } from './nl';
import type { StartNamespace } from './nl-start';
import { app } from './en/app';
import { common } from './en/common';
import { language } from './en/language';
import { nav } from './en/nav';
import { connection } from './en/connection';
import { startup } from './en/startup';
import { errors } from './en/errors';
import { platformErrors } from './en/platformErrors';
import { respondents } from './en/respondents';

export const enStart: Pick<Messages, StartNamespace> = {
  app,
  common,
  language,
  nav,
  connection,
  startup,
  errors,
  platformErrors,
  respondents,
};
