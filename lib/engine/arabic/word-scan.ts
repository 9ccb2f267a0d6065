import type { Span } from '../layer';
import { normalizeArabic, normalizeArabicSpan, normalizeArabicWord, type NormalizedText } from './normalize';

/**
 * A flat word/number/punctuation stream over one span of Arabic text, on normalised characters
 * but with every offset mappable back to the original. numbers.ts and times.ts read figures and
 * times from it with small hand-written parsers: a figure such as 'ما يزيد على خمسة وسبعين ألفا'
 * spans several words, clitics and conjunctions, which a regex over raw text handles badly.
 */

export interface ScanToken {
  kind: 'word' | 'num' | 'punct';
  /** Normalised form. */
  text: string;
  /** Offsets into the normalised text of the span. */
  nStart: number;
  nEnd: number;
  /** Nothing (not even a space) between the previous token and this one: 'الـ7', 'ب75', '98%'. */
  joined: boolean;
  /** A line break lies between the previous token and this one (or this is the first token). */
  lineStart: boolean;
  /** bareReadings of a word, computed once: every parser asks for them. */
  readings?: Bare[];
  /** withoutConj of a word, computed once: matchWord asks for it at every token, for every set. */
  noConj?: string;
}

export interface Scan {
  tokens: ScanToken[];
  norm: NormalizedText;
  /** The original text and where the span starts in it. */
  original: string;
  base: number;
}

const LEX = /([0-9]+(?:[.,][0-9]+)*)|(\p{L}+)|(\S)/gu;
/** Marks normalisation drops that belong to the letter before them (harakat, tatweel). */
const TRAILING_MARK = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/;

/**
 * Share of control characters, C1 controls and U+FFFD (what undecodable bytes become) above
 * which a span is binary rather than text: real pages have next to none.
 */
const MAX_BINARY_SHARE = 0.05;
const BINARY_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/g;
const ANY_BINARY_CHAR = new RegExp(BINARY_CHAR.source);

function looksBinary(s: string): boolean {
  // Nearly every sentence has none: one search before counting.
  if (!ANY_BINARY_CHAR.test(s)) return false;
  let junk = 0;
  for (const _ of s.matchAll(BINARY_CHAR)) junk++;
  return junk > s.length * MAX_BINARY_SHARE;
}

/**
 * Tokens of text[span), with the span clamped to the text. An empty stream for an empty span
 * and for binary data (bytes read as text), whose stray digits are no figures.
 */
export function scanSpan(text: string, span: Span): Scan {
  // Figures, times and the 'not before' negators read the same sentence one after another: the
  // last scan is kept so a sentence is normalised and scanned once.
  if (lastScan && lastScan.text === text && lastScan.start === span?.start && lastScan.end === span?.end) return lastScan.scan;
  const scan = scanSpanUncached(text, span);
  lastScan = { text, start: span?.start, end: span?.end, scan };
  return scan;
}

let lastScan: { text: string; start: number | undefined; end: number | undefined; scan: Scan } | null = null;

function scanSpanUncached(text: string, span: Span): Scan {
  if (typeof text !== 'string') text = '';
  const offset = (n: number): number => (Number.isFinite(n) ? Math.trunc(n) : n > 0 ? text.length : 0);
  const start = Math.max(0, Math.min(text.length, offset(span?.start)));
  const end = Math.max(start, Math.min(text.length, offset(span?.end)));
  const slice = text.slice(start, end);
  const norm = looksBinary(slice) ? normalizeArabic('') : normalizeArabicSpan(text, start, end);
  const tokens: ScanToken[] = [];
  let prevEnd = 0;
  let newline = norm.text.indexOf('\n');
  for (const m of norm.text.matchAll(LEX)) {
    const nStart = m.index!;
    const nEnd = nStart + m[0].length;
    if (newline >= 0 && newline < prevEnd) newline = norm.text.indexOf('\n', prevEnd);
    tokens.push({
      kind: m[1] ? 'num' : m[2] ? 'word' : 'punct',
      text: m[0],
      nStart,
      nEnd,
      joined: tokens.length > 0 && prevEnd === nStart,
      lineStart: tokens.length === 0 || (newline >= prevEnd && newline < nStart),
    });
    prevEnd = nEnd;
  }
  return { tokens, norm, original: text, base: start };
}

/** Original offset of normalised offset `n` (a start). */
export function origStart(scan: Scan, n: number): number {
  return scan.base + scan.norm.map[n]!;
}

/** Original end offset of a range ending at normalised `nEnd`, taking in trailing harakat. */
export function origEnd(scan: Scan, nEnd: number): number {
  let end = scan.base + scan.norm.map[nEnd - 1]! + 1;
  const limit = scan.base + scan.norm.map[nEnd]!;
  while (end < limit && TRAILING_MARK.test(scan.original[end]!)) end++;
  return end;
}

/** Original span and surface of tokens [from, to] (inclusive), skipping `skip` leading normalised chars. */
export function spanOf(scan: Scan, from: number, to: number, skip = 0): { start: number; end: number; surface: string } {
  const start = origStart(scan, scan.tokens[from]!.nStart + skip);
  const end = origEnd(scan, scan.tokens[to]!.nEnd);
  return { start, end, surface: scan.original.slice(start, end) };
}

/** A word with its proclitics taken off: و/ف, then ب/ل/ك, then the article ال. */
export interface Bare {
  word: string;
  /** Normalised characters removed in front. */
  prefix: number;
  definite: boolean;
  /** The conjunction و/ف was among the removed clitics. */
  conj: boolean;
}

/**
 * The readings of a word with proclitics removed, the unstripped reading first. 'والعشرين' →
 * [والعشرين, العشرين (conj), عشرين (conj, definite)]; 'للأعضاء' (ل + الأعضاء) → … 'اعضاء' definite.
 * Only readings that leave at least two letters are given.
 */
export function bareReadings(word: string): Bare[] {
  const out: Bare[] = [{ word, prefix: 0, definite: false, conj: false }];
  let i = 0;
  let conj = false;
  if (/^[وف]/.test(word) && word.length > 3) {
    i = 1;
    conj = true;
    out.push({ word: word.slice(1), prefix: 1, definite: false, conj });
  }
  if (word.startsWith('لل', i) && word.length - i > 3) {
    out.push({ word: word.slice(i + 2), prefix: i + 2, definite: true, conj });
    return out;
  }
  if (/[بلك]/.test(word[i] ?? '') && word.length - i > 2) {
    i += 1;
    out.push({ word: word.slice(i), prefix: i, definite: false, conj });
  }
  if (word.startsWith('ال', i) && word.length - i > 3) {
    out.push({ word: word.slice(i + 2), prefix: i + 2, definite: true, conj });
  }
  return out;
}

/** bareReadings of a token's text, cached on the token. */
export function readingsOf(tok: ScanToken): Bare[] {
  return (tok.readings ??= bareReadings(tok.text));
}

/** The word with a leading conjunction و/ف removed, if it is long enough to carry one. */
export function withoutConj(word: string): string {
  return word.length > 2 && /^[وف]/.test(word) ? word.slice(1) : word;
}

/**
 * Whether the token's word is in `set` as written (0) or after a conjunction و/ف (1: the number
 * of characters to trim); -1 when it is not. Both are tried: 'فجر' is a word, not ف + جر.
 */
export function matchWord(tok: ScanToken | undefined, set: ReadonlySet<string>): number {
  if (tok?.kind !== 'word') return -1;
  if (set.has(tok.text)) return 0;
  const bare = (tok.noConj ??= withoutConj(tok.text));
  return bare !== tok.text && set.has(bare) ? 1 : -1;
}

/** A set of normalised forms built from readable Arabic spellings. */
export function normSet(words: readonly string[]): Set<string> {
  return new Set(words.map(normalizeArabicWord));
}

/** A list of phrases, longest first, with the set of their first words. */
export type Phrases<T> = { words: string[]; value: T }[] & { firsts: ReadonlySet<string> };

/** Phrases (space-separated words) as normalised word arrays, longest first. */
export function normPhrases<T>(entries: readonly (readonly [string, T])[]): Phrases<T> {
  const phrases = entries
    .map(([p, value]) => ({ words: normalizeArabicWord(p).split(' '), value }))
    .sort((a, b) => b.words.length - a.words.length);
  return Object.assign(phrases, { firsts: new Set(phrases.map((p) => p.words[0]!)) });
}

/**
 * Whether any of `phrases` can start at this token (phraseAt's test of the first word, for the
 * whole list at once). The figure and time parsers try their phrase lists at every token of a
 * sentence and nearly every token starts none: one look here instead of one per phrase.
 */
export function mayStartPhrase(tok: ScanToken | undefined, phrases: Phrases<unknown>): boolean {
  return tok?.kind === 'word' && readingsOf(tok).some((r) => !r.definite && phrases.firsts.has(r.word));
}

/**
 * Does the phrase match the tokens starting at i? The first word may carry proclitics (و، ب، ل:
 * 'بأكثر من', 'ولنحو'). Returns the number of normalised clitic characters in front of the first
 * word, or -1 when the phrase is not there.
 */
export function phraseAt(tokens: ScanToken[], i: number, words: string[]): number {
  let prefix = -1;
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t || t.kind !== 'word') return -1;
    const w = words[k]!;
    if (k === 0) {
      const reading = readingsOf(t).find((r) => !r.definite && r.word === w);
      if (!reading) return -1;
      prefix = reading.prefix;
    } else if (t.text !== w) {
      return -1;
    }
  }
  return prefix;
}

/** First token index of the phrase when it ends exactly at token `last` (inclusive), else -1. */
export function phraseEndingAt(tokens: ScanToken[], last: number, words: string[]): number {
  const first = last - words.length + 1;
  return first >= 0 && phraseAt(tokens, first, words) >= 0 ? first : -1;
}
