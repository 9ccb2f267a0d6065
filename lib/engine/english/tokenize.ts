import type { Span, Token } from '../layer';
import { normalizeEnglish } from './normalize';
import { stemEnglish } from './stem';

/**
 * English word tokens. A token is a run of letters and digits; hyphens split words (al-Sham →
 * al, Sham; eighty-two → eighty, two) so hyphenated and spaced transliterations meet; numbers
 * keep their separators (75,000 → 75000; 1.5). Clitics are split at the apostrophe: the
 * possessive 's is dropped (Russia's → russia) and contractions become their own tokens
 * (didn't → did + not, they'll → they + will), so cues see the words they stand for.
 */

/** Letters, digits and the marks inside words; apostrophes joined for clitics below. */
const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:[.,](?=\p{N})\p{N}+)*(?:['’][\p{L}]+)?/gu;
/** Contractions and what their clitic stands for. */
const CLITICS: Record<string, string> = {
  "n't": 'not',
  "'ll": 'will',
  "'re": 'are',
  "'ve": 'have',
  "'d": 'would',
  "'m": 'am',
};
/** Heads of contractions whose spelling changes (won't, can't, shan't). */
const CONTRACTED_HEADS: Record<string, string> = { wo: 'will', ca: 'can', sha: 'shall' };

function makeToken(text: string, start: number, end: number, norm?: string): Token {
  const n = norm ?? normalizeEnglish(text.slice(start, end));
  return { start, end, norm: n, stem: stemEnglish(n) };
}

/**
 * Tokens of text[span.start, span.end), offsets into `text`, in order. [] when the span holds no
 * letters or digits.
 */
export function tokenizeEnglish(text: string, span: Span): Token[] {
  const out: Token[] = [];
  const start = Math.max(0, span.start);
  const end = Math.min(text.length, span.end);
  if (end <= start) return out;
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(WORD_RE)) {
    const s = start + (m.index ?? 0);
    const word = m[0];
    const apostrophe = word.search(/['’]/);
    if (apostrophe < 0) {
      out.push(numberOrWord(text, s, s + word.length));
      continue;
    }
    const clitic = normalizeEnglish(word.slice(apostrophe));
    const lowerHead = normalizeEnglish(word.slice(0, apostrophe));
    if (clitic === "'t" && lowerHead.endsWith('n')) {
      // didn't: the n belongs to the clitic.
      const headEnd = s + apostrophe - 1;
      const head = lowerHead.slice(0, -1);
      if (headEnd > s) out.push(makeToken(text, s, headEnd, CONTRACTED_HEADS[head] ?? head));
      out.push(makeToken(text, headEnd, s + word.length, 'not'));
    } else if (clitic === "'s") {
      out.push(makeToken(text, s, s + apostrophe));
    } else if (CLITICS[clitic] !== undefined) {
      out.push(makeToken(text, s, s + apostrophe));
      out.push(makeToken(text, s + apostrophe, s + word.length, CLITICS[clitic]));
    } else {
      // O'Brien, Ra'ad: the apostrophe is part of the name.
      out.push(makeToken(text, s, s + word.length));
    }
  }
  return out;
}

/** Numbers drop their thousands separators in `norm` (75,000 → 75000) so figures meet. */
function numberOrWord(text: string, start: number, end: number): Token {
  const word = text.slice(start, end);
  if (/^\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?$/u.test(word)) return makeToken(text, start, end, word.replace(/,/g, ''));
  return makeToken(text, start, end);
}
