/**
 * A light word stream for the figure and time parsers: words, numbers and the signs between them
 * that matter (%, :, $), each with its offsets and lower-cased text. Cheaper than full tokens and
 * keeps what tokens drop (% and the colon of 15:00).
 */
export interface Word {
  /** Lower-cased text; digits keep their separators ("75,000", "1.5"). */
  text: string;
  start: number;
  end: number;
  /** Whether the word starts with a capital letter as written. */
  capital: boolean;
}

const WORD_RE = /\p{N}+(?:[.,:]\p{N}+)*|\p{L}+(?:['’]\p{L}+)*|[%$£€:]/gu;

/** Words of text[start, end) in order, offsets into `text`. [] when there are none. */
export function wordsOf(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  const s = Math.max(0, start);
  const slice = text.slice(s, Math.min(text.length, end));
  for (const m of slice.matchAll(WORD_RE)) {
    // A possessive belongs to its word: "Yesterday's deal" is about yesterday.
    const raw = m[0].replace(/['’]s$/i, '');
    const at = s + (m.index ?? 0);
    out.push({ text: raw.toLowerCase().replace(/’/g, "'"), start: at, end: at + raw.length, capital: /^\p{Lu}/u.test(raw) });
  }
  return out;
}

/** Whether words[i..] spells out `phrase` (lower-case words); 0 if not, else its length. */
export function phraseAt(words: Word[], i: number, phrase: readonly string[]): number {
  for (let k = 0; k < phrase.length; k++) if (words[i + k]?.text !== phrase[k]) return 0;
  return phrase.length;
}

/** The longest phrase of `phrases` at words[i..]: its index in `phrases` and length, or null. */
export function longestPhraseAt(
  words: Word[],
  i: number,
  phrases: ReadonlyArray<readonly string[]>,
): { index: number; length: number } | null {
  let best: { index: number; length: number } | null = null;
  phrases.forEach((p, index) => {
    const length = phraseAt(words, i, p);
    if (length > 0 && (best === null || length > best.length)) best = { index, length };
  });
  return best;
}

/** Digits as a number ("75,000" → 75000, "1.5" → 1.5); NaN for anything else. */
export function digitsValue(text: string): number {
  if (!/^\d+(?:,\d{3})*(?:\.\d+)?$/.test(text)) return Number.NaN;
  return Number(text.replace(/,/g, ''));
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Scale words and their multipliers: "1.5 million", "two hundred". */
export const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

/** parseNumberWords's test of its first word, by its text alone. */
export function mayOpenNumberWords(word: string): boolean {
  return word in UNITS || word in TENS || word === 'a' || word === 'an';
}

/**
 * A number spelled in words at words[i..] ("eighty-two", "two hundred and fifty", "a thousand"):
 * its value and how many words it spans, or null. "a"/"an" count only before a scale word.
 */
export function parseNumberWords(words: Word[], i: number): { value: number; length: number } | null {
  let total = 0;
  let current = 0;
  let k = i;
  let seen = false;
  if ((words[k]?.text === 'a' || words[k]?.text === 'an') && words[k + 1] && words[k + 1]!.text in SCALES) {
    current = 1;
    k++;
    seen = true;
  }
  for (; k < words.length; k++) {
    const w = words[k]!.text;
    if (w === 'and' && seen && words[k + 1] && (words[k + 1]!.text in UNITS || words[k + 1]!.text in TENS)) continue;
    if (w in UNITS) {
      if (current % 10 !== 0 && seen && current < 100) break; // "two three" is two numbers
      current += UNITS[w]!;
    } else if (w in TENS) {
      if (current % 100 !== 0) break;
      current += TENS[w]!;
    } else if (w in SCALES) {
      if (!seen) break;
      const scale = SCALES[w]!;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else break;
    seen = true;
  }
  if (!seen) return null;
  // A trailing "and" was skipped only when a number followed, so k is the first word after.
  return { value: total + current, length: k - i };
}

/** A bare number in this range without a modifier or a counted noun is read as a year. */
const YEAR_MIN = 1900;
const YEAR_MAX = 2099;
/** Words before a 19xx/20xx number that make it a year. */
const YEAR_CONTEXT = new Set([
  'in', 'since', 'until', 'till', 'by', 'of', 'from', 'during', 'early', 'late', 'mid', 'the',
  'spring', 'summer', 'autumn', 'winter', 'fall', 'before', 'after', 'through', 'year',
]);

/**
 * Whether the four digits at words[i] are a year: 1900–2099, and either after a word that
 * introduces a year ("in 2016", "the 2016 deal") or not followed by a plural noun ("2000 people"
 * is a figure).
 */
export function readsAsYear(words: Word[], i: number): boolean {
  const w = words[i];
  if (!w || !/^\d{4}$/.test(w.text)) return false;
  const value = Number(w.text);
  if (value < YEAR_MIN || value > YEAR_MAX) return false;
  if (YEAR_CONTEXT.has(words[i - 1]?.text ?? '')) return true;
  const after = words[i + 1]?.text ?? '';
  return !/^(?:people|children|men|women|\p{L}+s)$/u.test(after) || after === 'was' || after === 'has' || after === 'gmt' || after === 'utc';
}
