import type { LayerContext, Span, TextLayer } from '../layer';
import { findEnglishCues } from './cues';
import { findEnglishQuantities } from './quantities';
import { splitEnglishSentences } from './sentences';
import { findEnglishTimes } from './times';
import { tokenizeEnglish } from './tokenize';

/**
 * The English text layer: everything English-specific the shared engine needs, behind the
 * TextLayer interface. Hand-written scanners, all linear in the input: compromise's full tagger
 * costs ~30 ms per 1,500 words and its date plugin misreads weekdays, so it is kept for names
 * (./nlp.ts), which the engine asks for only on the sentences it keeps as claims.
 */

/** Longest text analysed; beyond this a "page" is a dump, and the rest is ignored. */
export const MAX_ENGLISH_TEXT_CHARS = 2_000_000;

/** The span clipped to the text and to MAX_ENGLISH_TEXT_CHARS; null when nothing is left. */
function clip(text: string, span: Span): Span | null {
  const limit = Math.min(text.length, MAX_ENGLISH_TEXT_CHARS);
  const start = Math.max(0, Math.floor(span.start));
  const end = Math.min(limit, Math.floor(span.end));
  return Number.isFinite(start) && Number.isFinite(end) && end > start ? { start, end } : null;
}

/**
 * The English TextLayer. Every method returns [] for empty input, a span outside the text, or
 * text without words; none throws, and each is linear in the text it reads.
 */
export const englishLayer: TextLayer = {
  lang: 'en',
  sentences(text: string): Span[] {
    if (typeof text !== 'string' || text.length === 0) return [];
    const limited = text.length > MAX_ENGLISH_TEXT_CHARS ? text.slice(0, MAX_ENGLISH_TEXT_CHARS) : text;
    return splitEnglishSentences(limited);
  },
  tokens(text: string, span: Span) {
    const s = typeof text === 'string' ? clip(text, span) : null;
    return s ? tokenizeEnglish(text, s) : [];
  },
  quantities(text: string, span: Span) {
    const s = typeof text === 'string' ? clip(text, span) : null;
    return s ? findEnglishQuantities(text, s) : [];
  },
  times(text: string, span: Span, ctx: LayerContext) {
    const s = typeof text === 'string' ? clip(text, span) : null;
    return s ? findEnglishTimes(text, s, ctx ?? { published: null }) : [];
  },
  cues(text: string, span: Span, tokens) {
    const s = typeof text === 'string' ? clip(text, span) : null;
    return s ? findEnglishCues(text, s, tokens ?? []) : [];
  },
};
