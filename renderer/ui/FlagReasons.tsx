/** Why a question is flagged: its kind and the answer(s) that raised it ("V17: Ja, maar te weinig"). */
import { useTranslation } from '../i18n/react';
import type { Flag } from '../../shared/flags/engine';
import type { Study } from '../../shared/study/schema';

export function FlagReasons({ flags, study }: { flags: readonly Flag[]; study: Study }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <ul className="flag-reasons" aria-label={t('flags.reasons')}>
      {flags.map((flag) => (
        <li key={flag.id} className={`flag flag-${flag.kind}${flag.strength === 'weak' ? ' flag-weak' : ''}`}>
          <span className="flag-kind">{t(`flags.kind.${flag.kind}`)}</span>
          <span className="flag-reason">
            {flag.reasons.map((r) => `${r.label}: ${r.answer}`).join(' · ')}
            {flag.source.type === 'comparison' &&
              ` · ${t('flags.differsFrom', {
                type:
                  study.respondentTypes.find((type) => type.id === (flag.source as { peerTypeId: string }).peerTypeId)
                    ?.name ?? '',
              })}`}
            {flag.strength === 'weak' && ` · ${t('flags.weak')}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
