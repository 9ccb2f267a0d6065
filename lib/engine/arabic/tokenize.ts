import type { Token } from '../layer';
import type { NormalizedText } from './normalize';
import { stemArabic, stemCandidates } from './stem';

/** An Arabic token: the layer's Token plus dictionary-checkable alternative stems. */
export interface ArabicToken extends Token {
  /** Alternative stems once clitics are removed (see stemCandidates); only lexicon hits count. */
  alts: string[];
}

/** Is this (normalised, stemmed) word one the lexicon knows? Supplied by the lexicon. */
export type KnownStem = (stem: string) => boolean;

const WORD = /[\p{L}\p{N}]+(?:[.,٫][0-9]+)*%?/gu;
/** Words shorter than this are never split: run-together words are long. */
const MIN_SPLIT_LENGTH = 7;

/** Stems of words seen before: news text repeats its words, and stemming is most of tokenising. */
const STEM_CACHE = new Map<string, { stem: string; alts: string[] }>();
/** Beyond this many distinct words the cache starts over (bounded memory in a long-lived worker). */
const STEM_CACHE_LIMIT = 50_000;

function stemsOf(norm: string): { stem: string; alts: string[] } {
  let hit = STEM_CACHE.get(norm);
  if (!hit) {
    if (STEM_CACHE.size >= STEM_CACHE_LIMIT) STEM_CACHE.clear();
    hit = { stem: stemArabic(norm), alts: stemCandidates(norm) };
    STEM_CACHE.set(norm, hit);
  }
  return hit;
}

function makeToken(norm: string, start: number, end: number): ArabicToken {
  const { stem, alts } = stemsOf(norm);
  return { start, end, norm, stem, alts };
}

function knows(known: KnownStem, word: string): boolean {
  const { stem, alts } = stemsOf(word);
  return known(stem) || alts.some(known);
}

/**
 * Splits words a scraper ran together ('الأممالمتحدة', 'روسياوإيران', 'وعقدالاجتماع'): at an inner
 * 'ال' or 'و' where both halves are real words and at least one is a domain word. Dictionary-
 * checked, so ordinary words with an inner 'ال' (التحالفات) stay whole. null when it is one word.
 */
function splitRunTogether(word: string, known: KnownStem): [string, string] | null {
  if (word.length < MIN_SPLIT_LENGTH) return null;
  // Long words are tried letter by letter: the answer is kept per word (and per lexicon).
  let splits = SPLITS.get(known);
  if (!splits) SPLITS.set(known, (splits = new Map()));
  let split = splits.get(word);
  if (split === undefined) {
    if (splits.size >= STEM_CACHE_LIMIT) splits.clear();
    split = findSplit(word, known);
    splits.set(word, split);
  }
  return split;
}

const SPLITS = new WeakMap<KnownStem, Map<string, [string, string] | null>>();

function findSplit(word: string, known: KnownStem): [string, string] | null {
  if (knows(known, word)) return null;
  for (let i = 3; i <= word.length - 3; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    if (!(right.startsWith('ال') || (right.startsWith('و') && right.length >= 4))) continue;
    const leftKnown = knows(known, left);
    const rightKnown = knows(known, right) || (right.startsWith('و') && knows(known, right.slice(1)));
    if (leftKnown && rightKnown) return [left, right];
  }
  return null;
}

/**
 * Tokens of norm.text[from, to), with offsets mapped back to the original text. [] when the
 * range holds no word. `known` enables splitting of run-together words. `base` is added to every
 * offset (where norm's original starts in a longer text).
 */
export function tokenizeArabic(norm: NormalizedText, from: number, to: number, known?: KnownStem, base = 0): ArabicToken[] {
  const out: ArabicToken[] = [];
  const slice = norm.text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    const word = m[0];
    const nStart = from + m.index!;
    const nEnd = nStart + word.length;
    const split = known ? splitRunTogether(word, known) : null;
    if (split) {
      const mid = nStart + split[0].length;
      out.push(makeToken(split[0], base + norm.map[nStart]!, base + norm.map[mid]!));
      out.push(makeToken(split[1], base + norm.map[mid]!, base + norm.map[nEnd - 1]! + 1));
      continue;
    }
    out.push(makeToken(word, base + norm.map[nStart]!, base + norm.map[nEnd - 1]! + 1));
  }
  return out;
}
