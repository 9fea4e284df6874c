/**
 * A start with encryption at rest offered or on: the offer or the unlock screen, then the
 * encrypted database (migrating a plaintext one first, with progress). Loaded by main.tsx
 * only for such a start, so a plain start carries no cipher code and none of these screens.
 */
import type { Root } from 'react-dom/client';
import { createDatabase, openDatabase, type VeldwerkDatabase } from '../../data/database';
import { declineEncryption, idleMinutes, openEncrypted } from '../../data/encryption/at-rest';
import type { StartMode } from '../../data/encryption/start-mode';
import { languageBeforeUnlock } from '../../data/language-setting';
import { initI18n, loadAllTexts } from '../../i18n';
import { startIdleLock } from '../../ui/lock/idle-lock';
import { keepNoFormState } from '../../ui/lock/no-form-state';
import { EncryptionOffer } from './EncryptionOffer';
import { Migrating } from './Migrating';
import { UnlockScreen } from './UnlockScreen';

/** How main.tsx goes on once the database can be opened; `encrypted` adds the idle lock and the no-form-state guard. */
export type StartApp = (open: () => Promise<VeldwerkDatabase>, encrypted?: { beforeShown: () => void }) => Promise<void>;

export async function startEncryptedOrOffer(
  root: Root,
  mode: Exclude<StartMode, { kind: 'plain' }>,
  startApp: StartApp,
): Promise<void> {
  // Nothing is read from the database before the key is there.
  await initI18n(languageBeforeUnlock());
  await loadAllTexts();
  const beforeShown = () => {
    startIdleLock(idleMinutes);
    keepNoFormState();
  };
  const encrypted = (dataKey: Uint8Array) =>
    startApp(() => openEncrypted(dataKey, (progress) => root.render(<Migrating progress={progress} />)), {
      beforeShown,
    });
  if (mode.kind === 'locked') {
    root.render(<UnlockScreen envelope={mode.envelope} onUnlocked={(key) => void encrypted(key)} />);
  } else {
    root.render(
      <EncryptionOffer
        hasPlainData={mode.hasPlainData}
        onDecline={() => {
          declineEncryption();
          void startApp(() => openDatabase(createDatabase()));
        }}
        onReady={(key) => void encrypted(key)}
      />,
    );
  }
}
