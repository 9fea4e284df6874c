/** A new comparison: two questions that ask the same thing of two respondents of one organisation. */
import { useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import { uniqueId } from '../../../../shared/design/new-study';
import { questionLabel } from '../../../../shared/study/lookup';
import type { Comparison, Study } from '../../../../shared/study/schema';
import { reportInfo } from '../../../ui/notices/notices';
import { saveDesign } from '../save-design';
import { TargetPicker } from './TargetPicker';

type Side = Comparison['sides'][number];

function SideFields({
  study,
  side,
  onChange,
  n,
}: {
  study: Study;
  side: Side;
  onChange: (s: Side) => void;
  n: number;
}) {
  const { t } = useTranslation();
  const questionnaire = study.questionnaires.find((q) => q.id === side.questionnaireId);
  return (
    <fieldset className="form-grid comparison-side">
      <legend>{t('studyDesign.comparison.side', { n })}</legend>
      <label>
        <span>{t('studyDesign.comparison.questionnaire', { n })}</span>
        <select
          value={side.questionnaireId}
          onChange={(e) => onChange({ ...side, questionnaireId: e.target.value, question: '' })}
        >
          {study.questionnaires.map((q) => (
            <option key={q.id} value={q.id}>
              {q.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('studyDesign.comparison.question', { n })}</span>
        <select value={side.question} onChange={(e) => onChange({ ...side, question: e.target.value })}>
          <option value="">{t('studyDesign.rule.chooseQuestion')}</option>
          {questionnaire?.questions
            .filter((q) => q.kind === 'single')
            .map((q) => (
              <option key={q.id} value={q.id}>
                {`${questionLabel(q)}. ${q.text}`}
              </option>
            ))}
        </select>
      </label>
      <TargetPicker
        study={study}
        value={side.target}
        onChange={(target) => onChange({ ...side, target })}
        label={t('studyDesign.comparison.target', { n })}
      />
    </fieldset>
  );
}

export function ComparisonForm({ study }: { study: Study }) {
  const { t } = useTranslation();
  const blank = (i: number): Side => ({
    questionnaireId: study.questionnaires[Math.min(i, study.questionnaires.length - 1)]?.id ?? '',
    question: '',
    target: { topicListId: study.topicLists[Math.min(i, study.topicLists.length - 1)]!.id, nodeId: '' },
  });
  const [sides, setSides] = useState<[Side, Side]>(() => [blank(0), blank(1)]);
  const [wording, setWording] = useState('');
  const [problem, setProblem] = useState<string>();
  if (study.questionnaires.length === 0) return null;

  const add = async () => {
    if (sides.some((s) => !s.question || !s.target.nodeId)) return setProblem(t('studyDesign.comparison.incomplete'));
    setProblem(undefined);
    const comparison: Comparison = {
      id: uniqueId(
        `vergelijking-${study.comparisons.length + 1}`,
        study.comparisons.map((c) => c.id),
      ),
      sides,
      ...(wording.trim() ? { question: wording.trim() } : {}),
    };
    if (await saveDesign({ ...study, comparisons: [...study.comparisons, comparison] })) {
      reportInfo(t('studyDesign.comparison.added'));
      setSides([blank(0), blank(1)]);
      setWording('');
    }
  };

  return (
    <form
      className="card"
      aria-label={t('studyDesign.comparison.newTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <h3>{t('studyDesign.comparison.newTitle')}</h3>
      <p className="hint">{t('studyDesign.comparison.hint')}</p>
      {sides.map((side, i) => (
        <SideFields
          key={i}
          n={i + 1}
          study={study}
          side={side}
          onChange={(s) => setSides((all) => (i === 0 ? [s, all[1]] : [all[0], s]))}
        />
      ))}
      <label className="comparison-wording">
        <span>{t('studyDesign.comparison.wording')}</span>
        <textarea value={wording} rows={2} onChange={(e) => setWording(e.target.value)} aria-describedby="comparison-wording-hint" />
        <span id="comparison-wording-hint" className="hint">
          {t('studyDesign.comparison.wordingHint')}
        </span>
      </label>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('studyDesign.comparison.add')}
        </button>
      </div>
    </form>
  );
}

/** The neutral question of an existing comparison, to write or reword (a design from before the field has none). */
export function ComparisonWording({ study, comparison }: { study: Study; comparison: Comparison }) {
  const { t } = useTranslation();
  const [wording, setWording] = useState(comparison.question ?? '');
  const pair = comparison.sides.map((s) => s.question).join(' ↔ ');
  const save = async () => {
    const { question: _old, ...rest } = comparison;
    const next: Comparison = wording.trim() ? { ...rest, question: wording.trim() } : rest;
    const comparisons = study.comparisons.map((c) => (c.id === comparison.id ? next : c));
    if (await saveDesign({ ...study, comparisons })) reportInfo(t('studyDesign.saved'));
  };
  return (
    <form
      className="inline-add comparison-wording"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className="comparison-wording-field">
        <span className="muted">{t('studyDesign.comparison.wordingOf', { pair })}</span>
        <input value={wording} onChange={(e) => setWording(e.target.value)} placeholder={t('studyDesign.comparison.wordingHint')} />
      </label>
      <button type="submit" aria-label={t('studyDesign.comparison.saveWording', { pair })}>
        {t('common.save')}
      </button>
    </form>
  );
}
