/** The Dutch texts of every screen but the first (see nl-start.ts), loaded on demand. */
import { preparation } from './nl/preparation';
import { questionnaire } from './nl/questionnaire';
import { importTexts } from './nl/import';
import { documents } from './nl/documents';
import { guide } from './nl/guide';
import { flags } from './nl/flags';
import { interview } from './nl/interview';
import { consent } from './nl/consent';
import { commands } from './nl/commands';
import { menu } from './nl/menu';
import { memos } from './nl/memos';
import { fillers } from './nl/fillers';
import { rules } from './nl/rules';
import { reflection } from './nl/reflection';
import { closing } from './nl/closing';
import { overview } from './nl/overview';
import { carry } from './nl/carry';
import { identifiers } from './nl/identifiers';
import { refi } from './nl/refi';
import { exportTranscripts } from './nl/exportTranscripts';
import { studyDesign } from './nl/studyDesign';
import { topicLists } from './nl/topicLists';
import { classifierRules } from './nl/classifierRules';
import { guideReminder } from './nl/guideReminder';
import { followUpTable } from './nl/followUpTable';
import { overviewMatrix } from './nl/overviewMatrix';
import { data } from './nl/data';
import { coding } from './nl/coding';
import { transcription } from './nl/transcription';
import { recording } from './nl/recording';
import { analysis } from './nl/analysis';
import { autoBackup } from './nl/autoBackup';
import { damagedRecords } from './nl/damagedRecords';
import { atRest } from './nl/atRest';
import { keychain } from './nl/keychain';

export const nlRest = {
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
