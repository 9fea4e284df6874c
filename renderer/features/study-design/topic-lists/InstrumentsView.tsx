/** The study's topic lists (to read and edit), questionnaires and code trees, to read in full. */
import { useTranslation } from '../../../i18n/react';
import type { CodeNode, Study } from '../../../../shared/study/schema';
import { TopicListsPanel } from './TopicListsPanel';

function CodeNodes({ nodes }: { nodes: CodeNode[] }) {
  return (
    <ul>
      {nodes.map((node) => (
        <li key={node.id}>
          {node.name}
          {node.children.length > 0 && <CodeNodes nodes={node.children} />}
        </li>
      ))}
    </ul>
  );
}

export function InstrumentsView({ study }: { study: Study }) {
  const { t } = useTranslation();
  return (
    <>
      <TopicListsPanel study={study} />

      <h2>{t('studyDesign.page.questionnaires')}</h2>
      {study.questionnaires.map((questionnaire) => (
        <details key={questionnaire.id} className="instrument">
          <summary>
            {questionnaire.title} {questionnaire.source && <span className="muted">({questionnaire.source})</span>}
          </summary>
          <ol className="plain-list">
            {questionnaire.questions.map((q) => (
              <li key={q.id}>
                {q.number !== undefined && <strong>V{q.number}. </strong>}
                {q.text} <span className="muted">({t(`studyDesign.page.kind.${q.kind}`)})</span>
                {q.options.length > 0 && (
                  <ul>
                    {q.options.map((o) => (
                      <li key={o.label}>{o.label}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </details>
      ))}

      <h2>{t('studyDesign.page.codeTrees')}</h2>
      {study.codeTrees.map((tree) => (
        <details key={tree.id} className="instrument">
          <summary>{tree.title}</summary>
          <CodeNodes nodes={tree.nodes} />
        </details>
      ))}

      <h2>{t('studyDesign.page.transcriptFormat')}</h2>
      <pre className="transcript-format">
        {study.transcriptFormat.headerFields
          .map((f) => `${f.label} ${f.template ? f.template.replace(/\{[^{}]*\}/g, '…') : '…'}`)
          .join('\n')}
        {`\n\n${study.transcriptFormat.note}\n\n${study.transcriptFormat.speakers.interviewer}: …\n${study.transcriptFormat.speakers.respondent}: …`}
      </pre>
    </>
  );
}
