/**
 * Interface text keys are typed: asking t() for a key that does not exist does not compile.
 * A key is the dotted path of a text in the Dutch texts (the shape every language follows),
 * a plural's `_one` / `_other` … folded into its base key. Keys built at run time go through
 * typed maps or template literals over a union, never a bare string.
 */
import type { nl } from './nl';
import type { PLURAL_SUFFIXES, TextValues } from './translate';

type PluralSuffix = (typeof PLURAL_SUFFIXES)[number];
type WithoutPlural<Name extends string> = Name extends `${infer Base}_${PluralSuffix}` ? Base : Name;

type Leaves<Node, Prefix extends string> = {
  [Name in keyof Node & string]: Node[Name] extends string
    ? `${Prefix}${WithoutPlural<Name>}`
    : Leaves<Node[Name], `${Prefix}${Name}.`>;
}[keyof Node & string];

export type TextKey = Leaves<typeof nl, ''>;

/** The type of `t`, for helpers that word something in the interface language. */
export type TFunction = (key: TextKey, values?: TextValues) => string;
