/** The English texts of every screen but the first (see nl-start.ts), loaded on demand. */
import type { Messages } from './nl';
import type { StartNamespace } from './nl-start';
import { preparation } from './en/preparation';
import { questionnaire } from './en/questionnaire';
import { importTexts } from './en/import';
import { documents } from './en/documents';
import { guide } from './en/guide';
import { flags } from './en/flags';
import { interview } from './en/interview';
import { consent } from './en/consent';
import { commands } from './en/commands';
import { menu } from './en/menu';
import { memos } from './en/memos';
import { fillers } from './en/fillers';
import { rules } from './en/rules';
import { reflection } from './en/reflection';
import { closing } from './en/closing';
import { overview } from './en/overview';
import { carry } from './en/carry';
import { identifiers } from './en/identifiers';
import { refi } from './en/refi';
import { exportTranscripts } from './en/exportTranscripts';
import { studyDesign } from './en/studyDesign';
import { topicLists } from './en/topicLists';
import { classifierRules } from './en/classifierRules';
import { guideReminder } from './en/guideReminder';
import { followUpTable } from './en/followUpTable';
import { overviewMatrix } from './en/overviewMatrix';
import { data } from './en/data';
import { coding } from './en/coding';
import { transcription } from './en/transcription';
import { recording } from './en/recording';
import { analysis } from './en/analysis';
import { autoBackup } from './en/autoBackup';
import { damagedRecords } from './en/damagedRecords';
import { atRest } from './en/atRest';
import { keychain } from './en/keychain';

export const enRest: Omit<Messages, StartNamespace> = {
  preparation,
  questionnaire,
  import: importTexts,
  documents,
  guide,
  flags,
  interview,
  consent,
  commands,
  menu,
  memos,
  fillers,
  rules,
  reflection,
  closing,
  overview,
  carry,
  identifiers,
  refi,
  exportTranscripts,
  studyDesign,
  topicLists,
  classifierRules,
  guideReminder,
  followUpTable,
  overviewMatrix,
  data,
  coding,
  transcription,
  recording,
  analysis,
  autoBackup,
  damagedRecords,
  atRest,
  keychain,
};
