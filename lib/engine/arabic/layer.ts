import type { LayerContext, Span, TextLayer, Token } from '../layer';
import type { Quantity, TimeRef } from '../types';
import { splitSentences } from '../sentences';
import { arabicConcepts } from '../concepts';
import { normalizeArabicSpan } from './normalize';
import { tokenizeArabic, type KnownStem } from './tokenize';
import { findArabicCues } from './cues';
import { findArabicQuantities } from './numbers';
import { findArabicTimes, notBeforeNegations } from './times';
import { scanSpan } from './word-scan';

/** The lexicon's test of a stem, one function per lexicon: the tokenizer remembers its splits by it. */
function knownStems(): KnownStem {
  const matcher = arabicConcepts();
  if (known?.matcher !== matcher) known = { matcher, test: (s) => matcher.knows(s) };
  return known.test;
}

let known: { matcher: ReturnType<typeof arabicConcepts>; test: KnownStem } | null = null;

/** The Arabic text layer: every Arabic-specific step behind the engine's TextLayer interface. */
export const arabicLayer: TextLayer = {
  lang: 'ar',
  sentences(text: string): Span[] {
    return splitSentences(text);
  },
  tokens(text: string, span: Span): Token[] {
    // The figure and time readers scan the same sentence next: its normalised text is made once,
    // by that scan. (A scan of binary data is empty; the tokens are read from the text then.)
    const scanned = scanSpan(text, span).norm;
    const norm = scanned.text.length > 0 ? scanned : normalizeArabicSpan(text, span.start, span.end);
    return tokenizeArabic(norm, 0, norm.text.length, knownStems(), span.start);
  },
  quantities(text: string, span: Span): Quantity[] {
    return findArabicQuantities(text, span);
  },
  times(text: string, span: Span, ctx: LayerContext): TimeRef[] {
    return findArabicTimes(text, span, ctx);
  },
  cues(text: string, span: Span, tokens: Token[]) {
    // A negator that belongs to 'لن … قبل الجمعة' bounds a time; it does not deny the event.
    const timeNegators = notBeforeNegations(text, span);
    return findArabicCues(text, tokens).filter(
      (c) => c.kind !== 'negation' || !timeNegators.some((n) => n.start <= c.start && c.end <= n.end),
    );
  },
};
