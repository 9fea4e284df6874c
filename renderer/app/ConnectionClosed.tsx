/**
 * Over everything once another window took the database: this window can no longer save,
 * so it says so and offers the reload that picks up the newer version. Modal, so nothing
 * typed afterwards is mistaken for saved.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/react';
import { useConnection } from '../ui/connection';

export function ConnectionClosed() {
  const { t } = useTranslation();
  const closed = useConnection((s) => s.closedForOtherWindow);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (closed && !dialog.current?.open) dialog.current?.showModal();
  }, [closed]);
  if (!closed) return null;
  return (
    <dialog
      ref={dialog}
      className="connection-closed"
      role="alertdialog"
      aria-labelledby="connection-closed-title"
      aria-describedby="connection-closed-text"
      // Escape would leave a window that silently saves nothing.
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id="connection-closed-title">{t('connection.title')}</h2>
      <p id="connection-closed-text">{t('connection.explanation')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('connection.reload')}
      </button>
    </dialog>
  );
}
