import type { Quantity, TimeRef } from './types';

/**
 * What the engine needs from a language: everything language-specific sits behind this
 * interface (Arabic in ./arabic, English in ./english); the claim frames, the lexicon lookup and
 * the matching above it are shared, so claims in both languages meet in the same frames.
 */

/**
 * A day a TimeRef gives when the article's date is unknown: only its weekday is known, encoded as
 * this minus the weekday (Sunday 0 … Saturday 6): -100 … -106.
 */
export const WEEKDAY_ONLY_BASE = -100;

/** A half-open range of offsets into the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** A word of the text. Offsets point into the original text so highlights land on the page. */
export interface Token {
  start: number;
  end: number;
  /** Normalised form (Arabic: orthographic normalisation; English: lower case). */
  norm: string;
  /** Light stem of `norm`: the key used for lexicon lookup and retrieval. */
  stem: string;
  /** Further stems once clitics are stripped; used only where the lexicon knows them. */
  alts?: string[];
}

/**
 * A cue word or phrase that changes how a sentence is held or whether it is a claim at all.
 * negation: لم/لن/ليس/not/never; denial: نفى/denied/rejected; attribution: قال/أعلن/said/told;
 * future: سـ/سوف/will; demand: طالب/دعا/urged/called on; opinion: يرى/اعتبر/described…as;
 * hedge: ربما/قد/may/could; question: a question sentence.
 */
export interface CueHit {
  kind: 'negation' | 'denial' | 'attribution' | 'future' | 'demand' | 'opinion' | 'hedge' | 'question';
  start: number;
  end: number;
  surface: string;
}

/** Context an article gives its sentences. */
export interface LayerContext {
  /** ISO date of the article, to anchor relative days ("Tuesday evening", "غداً"). */
  published: string | null;
}

export interface TextLayer {
  lang: 'ar' | 'en';
  /** Sentence spans in text order; boilerplate is not removed here (claims.ts judges it). */
  sentences(text: string): Span[];
  /** Tokens of text[span.start, span.end), offsets into `text`. [] for a span with no words. */
  tokens(text: string, span: Span): Token[];
  /** Figures in the span, offsets into `text`. [] when there are none. */
  quantities(text: string, span: Span): Quantity[];
  /** Times and dates in the span, offsets into `text`. [] when there are none. */
  times(text: string, span: Span, ctx: LayerContext): TimeRef[];
  /** Negation, denial, attribution and other cues in the span. [] when there are none. */
  cues(text: string, span: Span, tokens: Token[]): CueHit[];
}
