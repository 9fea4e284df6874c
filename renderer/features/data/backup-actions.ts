/** Making and saving backup files, and wording why a file is refused. */
import type { TFunction } from '../../i18n';
import { makeBackup, openBackup } from '../../data/backup';
import { database } from '../../data/instance';
import { getPlatform, type SaveResult } from '../../platform';
import { BACKUP_EXTENSION, BackupError, type BackupProblem, type ReadBackup } from '../../../shared/backup/file';
import { slug } from '../../../shared/study/slug';

function stamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
}

export async function saveBackup(options: {
  passphrase?: string;
  studyId?: string;
  studyName?: string;
  prefix?: string;
}): Promise<SaveResult> {
  const now = new Date();
  const bytes = await makeBackup(database(), {
    passphrase: options.passphrase || undefined,
    studyId: options.studyId,
    now: now.getTime(),
  });
  const what = options.studyName ? `studie-${slug(options.studyName)}` : (options.prefix ?? 'veldwerk-reservekopie');
  return getPlatform().saveFile({
    suggestedName: `${what}-${stamp(now)}.${BACKUP_EXTENSION}`,
    mimeType: 'application/octet-stream',
    bytes,
  });
}

/** The sentence and the list of details for a refused file. */
export function refusalText(error: BackupError, t: TFunction): Refusal {
  return { code: error.problem.code, ...refusalWords(error, t) };
}

function refusalWords(error: BackupError, t: TFunction): { message: string; details: string[] } {
  const problem = error.problem;
  switch (problem.code) {
    case 'not-a-backup':
      return { message: t('data.notABackup'), details: [] };
    case 'newer-version':
      return { message: t('data.newerVersion'), details: [] };
    case 'damaged':
      return { message: t('data.damaged'), details: [] };
    case 'passphrase-needed':
      return { message: t('data.passphraseNeeded'), details: [] };
    case 'wrong-passphrase':
      return { message: t('data.wrongPassphrase'), details: [] };
    case 'key-needed':
      return { message: t('data.keyNeeded'), details: [] };
    case 'wrong-key':
      return { message: t('data.wrongKey'), details: [] };
    case 'invalid-records':
      return {
        message: t('data.invalidRecords'),
        details: problem.invalid.map((record) =>
          t('data.invalidRecord', { table: record.table, id: record.id, problem: record.problem }),
        ),
      };
  }
}

export type Refusal = { message: string; details: string[]; code?: BackupProblem['code'] };

/** Reads and checks a file completely: what it holds, or why it is refused. */
export async function checkBackup(
  bytes: Uint8Array,
  passphrase: string | undefined,
  t: TFunction,
): Promise<{ opened: ReadBackup } | { refusal: Refusal }> {
  try {
    return { opened: await openBackup(bytes, passphrase || undefined) };
  } catch (error) {
    if (error instanceof BackupError) return { refusal: refusalText(error, t) };
    return {
      refusal: { message: t('data.damaged'), details: [String((error as Error)?.message ?? error).slice(0, 300)] },
    };
  }
}
