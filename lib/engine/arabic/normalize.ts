/**
 * Arabic orthographic normalisation for matching, with a map back to the original offsets so
 * that what matches on normalised text is highlighted on the page's own characters.
 *
 * Folds: alef forms (أ إ آ ٱ → ا), hamza carriers (ؤ ئ → ء: مسؤول and مسئول meet), alef maqsura
 * (ى → ي: the seeds' 'إلي'/'علي' meet 'إلى'/'على'), taa marbuta (ة → ه), Arabic-Indic and Persian
 * digits, ٪ ٫ ٬, presentation forms (NFKC), Latin case. Drops: diacritics, tatweel, zero-width and
 * bidi marks, soft hyphens. '¢' (a scraper's quotation mark in one seed) becomes '"'.
 */

const DROP = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ؤ': 'ء', 'ئ': 'ء',
  'ى': 'ي', 'ی': 'ي', 'ي': 'ي', 'ك': 'ك', 'ک': 'ك',
  'ة': 'ه', 'ۀ': 'ه',
  '٪': '%', '٫': '.', '٬': ',', '¢': '"',
  '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ',
};

/** Normalised text plus, for each of its characters, the offset of the original character. */
export interface NormalizedText {
  text: string;
  /** map[i] = offset in the original of normalised char i; map[text.length] = original length. */
  map: number[];
}

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x660 && code <= 0x669) return String(code - 0x660);
  if (code >= 0x6f0 && code <= 0x6f9) return String(code - 0x6f0);
  const folded = FOLD[ch];
  if (folded !== undefined) return folded;
  // Presentation forms (ﻻ, ﺣ…) decompose to ordinary letters, possibly several.
  if ((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc)) {
    return [...ch.normalize('NFKC')].map(foldChar).join('');
  }
  if (code < 0x80) return ch.toLowerCase();
  if (code >= 0xc0 && code < 0x250) return ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return ch;
}

/**
 * What each character below U+0800 becomes, decided once: DROPPED, KEEP, or the single code it
 * folds to; SLOW for the few that fold to several characters or need Unicode decomposition.
 * Normalising is a per-character loop over every sentence a page has, so the common case (an
 * Arabic letter, a space, an ASCII character) must be one array read.
 */
const DROPPED = -1;
const KEEP = -2;
const SLOW = -3;
const TABLE_SIZE = 0x800;
const FAST = new Int32Array(TABLE_SIZE).fill(SLOW);
for (let code = 0; code < TABLE_SIZE; code++) {
  const ch = String.fromCharCode(code);
  if (DROP.test(ch)) {
    FAST[code] = DROPPED;
    continue;
  }
  const out = foldChar(ch);
  if (out === ch) FAST[code] = KEEP;
  else if (out.length === 1) FAST[code] = out.charCodeAt(0);
}
/** Characters joined into the output in chunks: String.fromCharCode takes a bounded argument list. */
const CHUNK = 4096;

/**
 * Normalises Arabic (and the Latin in it) for matching. Linear in the input; an empty string
 * gives an empty result with map [0].
 */
export function normalizeArabic(input: string): NormalizedText {
  const parts: string[] = [];
  let codes: number[] = [];
  const map: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    const fast = code < TABLE_SIZE ? FAST[code]! : SLOW;
    if (fast === DROPPED) continue;
    if (fast === KEEP || fast >= 0) {
      codes.push(fast === KEEP ? code : fast);
      map.push(i);
    } else {
      const ch = input[i]!;
      if (DROP.test(ch)) continue;
      const out = foldChar(ch);
      for (let k = 0; k < out.length; k++) {
        codes.push(out.charCodeAt(k));
        map.push(i);
      }
    }
    if (codes.length >= CHUNK) {
      parts.push(String.fromCharCode(...codes));
      codes = [];
    }
  }
  parts.push(String.fromCharCode(...codes));
  map.push(input.length);
  return { text: parts.join(''), map };
}

let lastSpan: { text: string; start: number; end: number; norm: NormalizedText } | null = null;

/**
 * normalizeArabic(text.slice(start, end)), the last result kept: the lexicon's tokens and the
 * figure/time scan of a sentence both start from its normalised text. The result is shared, so
 * callers must not change it.
 */
export function normalizeArabicSpan(text: string, start: number, end: number): NormalizedText {
  if (lastSpan && lastSpan.text === text && lastSpan.start === start && lastSpan.end === end) return lastSpan.norm;
  const norm = normalizeArabic(text.slice(start, end));
  lastSpan = { text, start, end, norm };
  return norm;
}

/** Normalised form of a short string (a word, a lexicon form), without the offset map. */
export function normalizeArabicWord(word: string): string {
  return normalizeArabic(word).text;
}
