/**
 * The export panel, loaded when first opened: it brings the .docx writer, which the
 * researcher does not need to type an interview or prepare one.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import { useTranslation } from '../../i18n/react';

const ExportPanel = lazy(() => import('./ExportPanel').then((module) => ({ default: module.ExportPanel })));

export function LazyExportPanel(props: ComponentProps<typeof ExportPanel>) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
      <ExportPanel {...props} />
    </Suspense>
  );
}
