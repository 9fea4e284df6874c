/**
 * The interface's translator: texts per language in nested bundles, looked up by dotted
 * key (`'respondents.title'`), a plural chosen by `count` with the language's plural rules
 * (keys `name_zero`, `name_one`, … `name_other`, as i18next's JSON v4), `{{name}}` filled
 * in from the values given, the fallback language's text where the chosen one has none.
 *
 * It replaces i18next, of which the app used this much only. No React, no DOM: the React
 * binding is react.ts. Values are not escaped: React escapes what it renders.
 */

export type Bundle = { readonly [key: string]: string | Bundle };

/** What a text is filled in with: `count` also chooses the plural. */
export type TextValues = { readonly count?: number; readonly defaultValue?: string } & Readonly<
  Record<string, unknown>
>;

export type Translate<Key extends string = string> = (key: Key, values?: TextValues) => string;

export interface TranslatorOptions {
  language: string;
  /** Whose texts stand in where the chosen language has none. */
  fallback: string;
  /** A key found in neither language (or asked for before its texts arrived). */
  onMissing?: (key: string, language: string) => void;
}

/** i18next's JSON v4 plural suffixes, named after Intl.PluralRules' categories. */
export const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_$]+)\s*\}\}/g;

export class Translator<Key extends string = string> {
  private readonly bundles = new Map<string, Bundle>();
  private readonly pluralRules = new Map<string, Intl.PluralRules>();
  private readonly listeners = new Set<() => void>();
  /** Missing keys already reported since texts last arrived: a re-render does not repeat them. */
  private readonly reported = new Set<string>();
  private currentLanguage: string;
  private currentRevision = 0;

  constructor(private readonly options: TranslatorOptions) {
    this.currentLanguage = options.language;
  }

  get language(): string {
    return this.currentLanguage;
  }

  get fallback(): string {
    return this.options.fallback;
  }

  /** Changes whenever what `t` returns may have changed: a language chosen, texts arrived. */
  get revision(): number {
    return this.currentRevision;
  }

  readonly t: Translate<Key> = (key, values) => this.translate(this.currentLanguage, key, values);

  /** A `t` that always speaks `language`, whatever the interface is in. */
  getFixedT(language: string): Translate<Key> {
    return (key, values) => this.translate(language, key, values);
  }

  hasBundle(language: string): boolean {
    return this.bundles.has(language);
  }

  /**
   * Adds texts to a language, deep: keys it has already keep their text (the start texts and
   * the rest share no keys, and neither may replace the other).
   */
  addBundle(language: string, bundle: Bundle): void {
    const merged = mergeMissing(this.bundles.get(language) ?? {}, bundle);
    this.bundles.set(language, merged);
    this.reported.clear();
    this.changed();
  }

  setLanguage(language: string): void {
    if (language === this.currentLanguage) return;
    this.currentLanguage = language;
    this.reported.clear();
    this.changed();
  }

  /** Called after every change of language or texts; returns the unsubscribe. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    this.currentRevision += 1;
    for (const listener of [...this.listeners]) listener();
  }

  private translate(language: string, key: string, values: TextValues | undefined): string {
    const count = typeof values?.count === 'number' ? values.count : undefined;
    const languages = language === this.options.fallback ? [language] : [language, this.options.fallback];
    for (const candidate of languages) {
      const text = this.find(candidate, key, count);
      if (text !== undefined) return fill(text, values);
    }
    if (values?.defaultValue !== undefined) return fill(values.defaultValue, values);
    this.reportMissing(key, language);
    return key;
  }

  /** Plural keys first (`_zero` for 0 where a language has it, then the rule's, then `_other`), the bare key last. */
  private find(language: string, key: string, count: number | undefined): string | undefined {
    const bundle = this.bundles.get(language);
    if (!bundle) return undefined;
    const dot = key.lastIndexOf('.');
    const parent = dot < 0 ? bundle : lookup(bundle, key.slice(0, dot));
    if (!parent) return undefined;
    const name = key.slice(dot + 1);
    if (count !== undefined) {
      const suffixes = [count === 0 ? 'zero' : undefined, this.pluralOf(language, count), 'other'];
      for (const suffix of suffixes) {
        const text = suffix && parent[`${name}_${suffix}`];
        if (typeof text === 'string') return text;
      }
    }
    const text = parent[name];
    return typeof text === 'string' ? text : undefined;
  }

  private pluralOf(language: string, count: number): string {
    let rules = this.pluralRules.get(language);
    if (!rules) {
      rules = new Intl.PluralRules(language);
      this.pluralRules.set(language, rules);
    }
    return rules.select(count);
  }

  private reportMissing(key: string, language: string): void {
    const id = `${language}\u0000${key}`;
    if (this.reported.has(id)) return;
    this.reported.add(id);
    this.options.onMissing?.(key, language);
  }
}

function lookup(bundle: Bundle, path: string): Bundle | undefined {
  let node: string | Bundle | undefined = bundle;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'object' ? node : undefined;
}

function mergeMissing(into: Bundle, from: Bundle): Bundle {
  const merged: Record<string, string | Bundle> = { ...into };
  for (const [name, value] of Object.entries(from)) {
    const had = merged[name];
    if (had === undefined) merged[name] = value;
    else if (typeof had === 'object' && typeof value === 'object') merged[name] = mergeMissing(had, value);
  }
  return merged;
}

/** `{{name}}` → the value's text; a placeholder without a value stays as written, so it shows rather than vanishes. */
function fill(text: string, values: TextValues | undefined): string {
  if (!values || !text.includes('{{')) return text;
  return text.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined || value === null ? placeholder : String(value);
  });
}
