/**
 * Records that fail their schema, named on every screen until dealt with: what kind of
 * record, which one, what is wrong, and what can be done: export it as it is (JSON), repair
 * it (only where every missing part has a safe default), or remove it (asks first). The
 * screens leave damaged records out, so the rest of the app keeps working meanwhile.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/react';
import { create } from 'zustand';
import { findDamagedRecords, removeRecord, repairRecord, type DamagedRecord } from '../data/damaged-records';
import { database } from '../data/instance';
import { activeStudyId } from '../data/studies';
import { getPlatform } from '../platform';
import { useActiveStudy } from './active-study';
import { guarded, reportInfo } from './notices/notices';

interface DamagedState {
  records: DamagedRecord[];
  scan: () => Promise<void>;
}

export const useDamagedRecords = create<DamagedState>((set) => ({
  records: [],
  scan: async () => {
    try {
      set({ records: await findDamagedRecords(database()) });
    } catch {
      // A database that cannot be read at all is the start-up screen's business.
    }
  },
}));

export function DamagedRecords() {
  const { t } = useTranslation();
  const records = useDamagedRecords((s) => s.records);
  const scan = useDamagedRecords((s) => s.scan);
  useEffect(() => void scan(), [scan]);
  if (records.length === 0) return null;
  return (
    <section className="panel damaged-records" aria-labelledby="damaged-records-title">
      <h2 id="damaged-records-title">{t('damagedRecords.title', { count: records.length })}</h2>
      <p>{t('damagedRecords.explanation')}</p>
      <ul className="damaged-record-list">
        {records.map((record) => (
          <DamagedItem key={`${record.table}:${record.id}`} record={record} />
        ))}
      </ul>
    </section>
  );
}

function DamagedItem({ record }: { record: DamagedRecord }) {
  const { t } = useTranslation();
  const scan = useDamagedRecords((s) => s.scan);
  const [confirming, setConfirming] = useState(false);
  const kind = t(`damagedRecords.tables.${record.table}`);
  const name = `${kind} “${record.label}”`;

  const after = async (message: string) => {
    reportInfo(message);
    await scan();
    useActiveStudy.setState({ studyId: await activeStudyId(database()) });
  };

  const exportRecord = () =>
    guarded(async () => {
      const bytes = new TextEncoder().encode(
        `${JSON.stringify({ table: record.table, record: record.raw }, null, 2)}\n`,
      );
      const result = await getPlatform().saveFile({
        suggestedName: `beschadigd-${record.table}-${record.id.replace(/[^\w-]+/g, '_').slice(0, 60) || 'record'}.json`,
        mimeType: 'application/json',
        bytes,
      });
      if (result.status === 'saved') reportInfo(t('damagedRecords.exported', { location: result.location }));
    }, t('damagedRecords.exportFailed'));

  const repair = async () => {
    if (await guarded(() => repairRecord(database(), record), t('errors.saveFailed')))
      await after(t('damagedRecords.repaired', { name }));
  };

  const remove = async () => {
    if (await guarded(() => removeRecord(database(), record), t('errors.saveFailed')))
      await after(t('damagedRecords.removed', { name }));
  };

  return (
    <li aria-label={name}>
      <p>
        <strong>{name}</strong>
      </p>
      <ul aria-label={t('damagedRecords.problemsOf', { name })}>
        {record.problems.map((problem, i) => (
          <li key={i}>{problem}</li>
        ))}
      </ul>
      <p className="muted">
        {record.repaired !== undefined ? t('damagedRecords.canRepair') : t('damagedRecords.cannotRepair')}
      </p>
      <div className="form-actions">
        <button type="button" aria-label={t('damagedRecords.exportOne', { name })} onClick={() => void exportRecord()}>
          {t('damagedRecords.export')}
        </button>
        {record.repaired !== undefined && (
          <button type="button" aria-label={t('damagedRecords.repairOne', { name })} onClick={() => void repair()}>
            {t('damagedRecords.repair')}
          </button>
        )}
        {!confirming ? (
          <button
            type="button"
            className="danger"
            aria-label={t('damagedRecords.removeOne', { name })}
            onClick={() => setConfirming(true)}
          >
            {t('damagedRecords.remove')}
          </button>
        ) : (
          <>
            <button type="button" className="danger" onClick={() => void remove()}>
              {t(`damagedRecords.confirmRemove.${record.table}`)}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
