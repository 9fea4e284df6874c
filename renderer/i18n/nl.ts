/**
 * Dutch interface texts: the default language, and the shape every other language follows.
 * One file per namespace in ./nl/, gathered in nl-start.ts (the first screen's, loaded with
 * the app) and nl-rest.ts (loaded on demand); this whole is for the types and the tests.
 */
import { nlRest } from './nl-rest';
import { nlStart } from './nl-start';

export const nl = { ...nlStart, ...nlRest };

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Messages = Shape<typeof nl>;
