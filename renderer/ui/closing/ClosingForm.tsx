/**
 * The Afsluiting's follow-ups for one interview: a transcript or report the respondent
 * asked for and when it was sent, and people the respondent suggested, each added to
 * the respondent list in one step (they get their code from the study's scheme).
 */
import { useTranslation } from '../../i18n/react';
import {
  emptyClosing,
  emptySuggestion,
  sendingDue,
  suggestionProblems,
  suggestionToDraft,
  type Closing,
  type SuggestedRespondent,
} from '../../../shared/reflection/closing';
import type { Study } from '../../../shared/study/schema';
import { database } from '../../data/instance';
import { addSuggestedRespondent } from '../../data/reflections';
import { newId } from '../../lib/ids';
import { useRespondents } from '../use-respondents';
import type { ReflectionEditor } from './use-reflection-editor';

interface Props {
  study: Study;
  editor: ReflectionEditor;
  /** The code of the interviewed respondent, noted on the people they suggested. */
  code: string;
  headingLevel?: 2 | 3;
}

type SuggestionField = 'name' | 'function' | 'organisation' | 'typeId' | 'email' | 'phone';

export function ClosingForm({ study, editor, code, headingLevel = 2 }: Props) {
  const { t } = useTranslation();
  const { respondents, codes } = useRespondents(study);
  const reflection = editor.reflection;
  if (!reflection) return null;
  const closing = reflection.closing ?? emptyClosing();
  const Heading = `h${headingLevel}` as const;
  const typeIds = study.respondentTypes.map((type) => type.id);

  const setClosing = (edit: (c: Closing) => Closing) =>
    void editor.change((r) => ({ ...r, closing: edit(r.closing ?? emptyClosing()) }));
  const setSuggestion = (id: string, field: SuggestionField, value: string) =>
    setClosing((c) => ({ ...c, suggestions: c.suggestions.map((s) => (s.id === id ? { ...s, [field]: value } : s)) }));

  const add = async (suggestion: SuggestedRespondent) => {
    const made = { id: newId(), now: Date.now() };
    const mark = (r: typeof reflection) => {
      const c = r.closing ?? emptyClosing();
      const suggestions = c.suggestions.map((s) => (s.id === suggestion.id ? { ...s, respondentId: made.id } : s));
      return { ...r, closing: { ...c, suggestions } };
    };
    const draft = suggestionToDraft(suggestion, t('closing.suggestedBy', { code }));
    await editor.change(mark, (next) => addSuggestedRespondent(database(), next, draft, made));
  };

  return (
    <section className="closing" aria-label={t('closing.titleFor', { code })}>
      <Heading>{t('closing.title')}</Heading>
      <div className="closing-send">
        <label className="option">
          <input
            type="checkbox"
            checked={closing.transcriptRequested}
            onChange={(e) => setClosing((c) => ({ ...c, transcriptRequested: e.target.checked }))}
          />
          <span>{t('closing.transcriptRequested')}</span>
        </label>
        <label className="option">
          <input
            type="checkbox"
            checked={closing.reportRequested}
            onChange={(e) => setClosing((c) => ({ ...c, reportRequested: e.target.checked }))}
          />
          <span>{t('closing.reportRequested')}</span>
        </label>
        <label>
          <span>{t('closing.sentOn')}</span>
          <input
            type="date"
            value={closing.sentOn ?? ''}
            onChange={(e) =>
              setClosing(({ sentOn: _old, ...c }) => (e.target.value ? { ...c, sentOn: e.target.value } : c))
            }
          />
        </label>
        {sendingDue(closing) && <strong className="status-wait">{t('overview.toSend')}</strong>}
      </div>

      <p className="closing-subtitle">{t('closing.suggestions')}</p>
      {closing.suggestions.length === 0 && <p className="muted">{t('closing.noSuggestions')}</p>}
      <ul className="suggestions">
        {closing.suggestions.map((s, index) => {
          const problems = suggestionProblems(s, typeIds);
          const added = s.respondentId !== undefined;
          const label = (field: SuggestionField) =>
            t('closing.fieldOf', { field: t(`closing.field.${field}`), number: index + 1 });
          return (
            <li key={s.id} className="suggestion">
              <div className="form-grid">
                {(['name', 'function', 'organisation'] as const).map((field) => (
                  <label key={field}>
                    <span aria-hidden="true">{t(`closing.field.${field}`)}</span>
                    <input
                      aria-label={label(field)}
                      value={s[field]}
                      disabled={added}
                      onChange={(e) => setSuggestion(s.id, field, e.target.value)}
                    />
                  </label>
                ))}
                <label>
                  <span aria-hidden="true">{t('closing.field.typeId')}</span>
                  <select
                    aria-label={label('typeId')}
                    value={s.typeId}
                    disabled={added}
                    onChange={(e) => setSuggestion(s.id, 'typeId', e.target.value)}
                  >
                    <option value="">{t('closing.chooseType')}</option>
                    {study.respondentTypes.map((type) => (
                      <option key={type.id} value={type.id}>
                        {type.name}
                      </option>
                    ))}
                  </select>
                </label>
                {(['email', 'phone'] as const).map((field) => (
                  <label key={field}>
                    <span aria-hidden="true">{t(`closing.field.${field}`)}</span>
                    <input
                      aria-label={label(field)}
                      type={field === 'email' ? 'email' : 'tel'}
                      value={s[field]}
                      disabled={added}
                      onChange={(e) => setSuggestion(s.id, field, e.target.value)}
                    />
                  </label>
                ))}
              </div>
              <div className="form-actions">
                {added ? (
                  <p className="status-ok">
                    {respondents === undefined || codes.has(s.respondentId!)
                      ? t('closing.added', { code: codes.get(s.respondentId!) ?? '' })
                      : t('closing.addedGone')}
                  </p>
                ) : (
                  <>
                    <button
                      type="button"
                      className="primary"
                      disabled={problems.length > 0}
                      onClick={() => void add(s)}
                    >
                      {t('closing.addToList', {
                        name: s.name.trim() || t('closing.suggestionNumber', { number: index + 1 }),
                      })}
                    </button>
                    {problems.length > 0 && (
                      <span className="hint">{problems.map((p) => t(`closing.problem.${p}`)).join(' ')}</span>
                    )}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() =>
                        setClosing((c) => ({ ...c, suggestions: c.suggestions.filter((x) => x.id !== s.id) }))
                      }
                    >
                      {t('closing.removeSuggestion')}
                    </button>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        onClick={() => setClosing((c) => ({ ...c, suggestions: [...c.suggestions, emptySuggestion(newId())] }))}
      >
        + {t('closing.addSuggestion')}
      </button>
    </section>
  );
}
