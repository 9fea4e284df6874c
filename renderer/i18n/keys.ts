/** The type of an interface text key, for tables that name their labels (commands, navigation). */
import type { ParseKeys } from 'i18next';

export type TextKey = ParseKeys;
