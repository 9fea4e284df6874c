/**
 * The Dutch texts of the first screen (the respondents list with the header, notices and
 * start-up errors): loaded with the app. Everything else is in nl-rest.ts, loaded on
 * demand (index.ts `loadAllTexts`). A key the first screen uses belongs in one of these
 * namespaces; e2e/start-bundle.spec.ts fails when the first screen asks for another.
 */
import { app } from './nl/app';
import { common } from './nl/common';
import { language } from './nl/language';
import { nav } from './nl/nav';
import { connection } from './nl/connection';
import { startup } from './nl/startup';
import { errors } from './nl/errors';
import { platformErrors } from './nl/platformErrors';
import { respondents } from './nl/respondents';

export const nlStart = {
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

export type StartNamespace = keyof typeof nlStart;
