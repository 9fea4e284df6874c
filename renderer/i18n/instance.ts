/**
 * The app's one translator, in the language the interface is in (index.ts sets it and adds
 * the texts). Outside React: `i18n.t('errors.saveFailed')`; in components: react.ts.
 */
import type { TextKey } from './keys';
import { Translator } from './translate';

export const i18n = new Translator<TextKey>({
  language: 'nl',
  fallback: 'nl',
  // A key asked for before its texts loaded (or one that does not exist) is said in the console:
  // e2e/start-bundle.spec.ts watches for this message.
  onMissing: (key) => console.error(`[i18n] missing interface text: ${key}`),
});
