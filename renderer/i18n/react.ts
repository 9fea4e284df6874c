/**
 * The translator in React: `const { t, i18n } = useTranslation()`. A component re-renders
 * when the language changes or texts arrive (the rest of the texts, another language), and
 * `t` is then a new function, so memos that depend on it follow.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { i18n } from './instance';
import type { TFunction } from './keys';

const revision = () => i18n.revision;

export function useTranslation(): { t: TFunction; i18n: typeof i18n } {
  const current = useSyncExternalStore(i18n.subscribe, revision);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new `t` per revision is the point
  const t = useMemo<TFunction>(() => (key, values) => i18n.t(key, values), [current]);
  return { t, i18n };
}
