/**
 * Limits checked on JSON text before it is parsed: its size, and how deeply arrays and
 * objects nest. A file nested a thousand levels deep makes recursive validation overflow
 * the stack; counting brackets first costs one pass and no recursion.
 */

export type JsonLimitBreach = { kind: 'tooLarge'; characters: number } | { kind: 'tooDeep'; depth: number };

export interface JsonLimits {
  maxCharacters: number;
  maxDepth: number;
}

/** The deepest nesting in `text`, stopping early once it passes `stopAbove`. */
export function jsonNestingDepth(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c /* \ */) i++;
      else if (char === 0x22 /* " */) inString = false;
      continue;
    }
    if (char === 0x22) inString = true;
    else if (char === 0x5b /* [ */ || char === 0x7b /* { */) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAbove) return deepest;
      }
    } else if (char === 0x5d /* ] */ || char === 0x7d /* } */) depth--;
  }
  return deepest;
}

export function jsonLimitBreach(text: string, limits: JsonLimits): JsonLimitBreach | undefined {
  if (text.length > limits.maxCharacters) return { kind: 'tooLarge', characters: text.length };
  const depth = jsonNestingDepth(text, limits.maxDepth);
  if (depth > limits.maxDepth) return { kind: 'tooDeep', depth };
  return undefined;
}

/** A message shown to a person stays readable however long what it quotes is. */
export function bounded(message: string, maxLength = 300): string {
  return message.length > maxLength ? `${message.slice(0, maxLength - 1)}…` : message;
}
