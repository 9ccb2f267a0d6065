import type { Token } from './layer';
import { getConcept } from './lexicon';

/** Small readings of a sentence's tokens and concepts that the frame and attribution share. */

/** Actor types that are groups of people (patients of events), not sides that act or speak. */
export const PEOPLE_TYPES = new Set(['people']);
/** News agencies and channels: they relay a claim, they are never part of it. */
export const MEDIA_TYPES = new Set(['media']);

/** The lexicon type of a concept ('' for an unknown id). */
export function typeOf(id: string): string {
  return getConcept(id)?.type ?? '';
}

/** Whether punctuation between two adjacent tokens ends a clause. */
export function isClauseBreak(text: string, a: Token, b: Token): boolean {
  return /[.،,;:؛!?؟"«»]/.test(text.slice(a.end, b.start));
}

/** Whether tokens [from, to) run without a clause break. */
export function oneClause(text: string, tokens: Token[], from: number, to: number): boolean {
  for (let k = Math.max(from, 1); k < to && k < tokens.length; k++) if (isClauseBreak(text, tokens[k - 1]!, tokens[k]!)) return false;
  return true;
}

/** Index of the token at or after a text offset (tokens.length past the last). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An Arabic token's norm without a leading و/ف/ب/ل; other tokens unchanged. */
export function bare(norm: string, lang: 'ar' | 'en'): string {
  return lang === 'ar' && norm.length > 2 && /^[وفبل]/.test(norm) ? norm.slice(1) : norm;
}
