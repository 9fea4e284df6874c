/**
 * Interface text keys are typed: asking t() for a key that does not exist does not compile. Keys built at run
 * time go through typed maps (a union of literal keys), never a bare string.
 */
import 'i18next';
import type { nl } from './nl';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof nl };
    returnNull: false;
  }
}
