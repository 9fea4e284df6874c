/** English interface texts, one file per namespace in ./en/; must have every key the Dutch ones have. */
import { enRest } from './en-rest';
import { enStart } from './en-start';
import type { Messages } from './nl';

export const en: Messages = { ...enStart, ...enRest };
