import { digitsValue, longestPhraseAt, mayOpenNumberWords, parseNumberWords, phraseAt, type Word } from './words';

/**
 * Expected delays and durations in hours: "within hours", "in the next few hours", "several more
 * days", "a week", "within 48 hours", "a 72-hour truce". Used for the `span` times of claims about
 * when something will happen or how long it lasts.
 */

const UNIT_HOURS: Record<string, number> = {
  hour: 1, hours: 1, day: 24, days: 24, week: 168, weeks: 168, month: 720, months: 720,
};
/** Vague counts of a unit, as [min, max]: "several days" → 2..10 days. */
const VAGUE_COUNTS: ReadonlyArray<{ phrase: readonly string[]; min: number; max: number }> = [
  { phrase: ['a', 'few'], min: 2, max: 5 },
  { phrase: ['a', 'couple', 'of'], min: 2, max: 2 },
  { phrase: ['several'], min: 2, max: 10 },
  { phrase: ['few'], min: 2, max: 5 },
  { phrase: ['a'], min: 1, max: 1 },
  { phrase: ['an'], min: 1, max: 1 },
  { phrase: ['one'], min: 1, max: 1 },
  { phrase: ['another'], min: 1, max: 1 },
];
/** A bare plural unit after "within"/"for" ("within hours", "for days"). */
const BARE_PLURAL = { min: 1, max: 12 };
/** Openers after which the delay counts from now: the lower bound becomes 0. */
const FROM_NOW: ReadonlyArray<readonly string[]> = [
  ['within'], ['within', 'the', 'next'], ['within', 'the', 'coming'], ['in', 'the', 'next'], ['in', 'the', 'coming'], ['over', 'the', 'next'], ['over', 'the', 'coming'],
  ['during', 'the', 'next'], ['in', 'the', 'following'],
];
const OTHER_OPENERS: ReadonlyArray<readonly string[]> = [['for'], ['in'], ['after'], ['a', 'further']];
/** Words before "a day" that make it a rate, not a delay ("twice a day"). */
const RATE_WORDS = new Set(['once', 'twice', 'times', 'per']);

function openerAt(words: Word[], i: number): { length: number; fromNow: boolean } {
  const fromNow = longestPhraseAt(words, i, FROM_NOW);
  if (fromNow) return { length: fromNow.length, fromNow: true };
  return { length: longestPhraseAt(words, i, OTHER_OPENERS)?.length ?? 0, fromNow: false };
}

const FURTHER = /^(?:more|further|additional|extra)$/;
/** First words of the openers and vague counts, one of which (or a number, 'more', a unit) starts every duration. */
const FIRST_WORDS = new Set([...FROM_NOW, ...OTHER_OPENERS, ...VAGUE_COUNTS.map((v) => v.phrase)].map((p) => p[0]!));

/**
 * durationAt's test of its first word, by its text alone: an opener, a count (digits, spelled or
 * vague), 'more' and its like, or a unit (each part is optional but the unit).
 */
export function mayOpenDuration(word: string): boolean {
  return FIRST_WORDS.has(word) || /^\p{N}/u.test(word) || mayOpenNumberWords(word) || FURTHER.test(word) || word in UNIT_HOURS;
}

/**
 * The delay or duration starting at words[i]: bounds in hours, the count as written times its
 * unit (`value`, hours), the unit's length in hours, and the index after it. null when words[i]
 * does not start one.
 */
export function durationAt(
  words: Word[],
  i: number,
): { min: number; max: number; value: number; unitHours: number; next: number } | null {
  const opener = openerAt(words, i);
  let k = i + opener.length;
  let count: { min: number; max: number } | null = null;
  const digits = digitsValue(words[k]?.text ?? '');
  if (!Number.isNaN(digits)) {
    count = { min: digits, max: digits };
    k++;
  } else {
    const spelled = parseNumberWords(words, k);
    if (spelled) {
      count = { min: spelled.value, max: spelled.value };
      k += spelled.length;
    } else {
      for (const v of VAGUE_COUNTS) {
        const length = phraseAt(words, k, v.phrase);
        if (length) {
          count = { min: v.min, max: v.max };
          k += length;
          break;
        }
      }
    }
  }
  if (FURTHER.test(words[k]?.text ?? '')) k++;
  const unitWord = words[k]?.text ?? '';
  const unit = UNIT_HOURS[unitWord];
  if (unit === undefined) return null;
  if (count === null) {
    // A bare plural needs an opener: "within hours", "for days".
    if (opener.length === 0 || !unitWord.endsWith('s')) return null;
    count = BARE_PLURAL;
  }
  if (RATE_WORDS.has(words[i - 1]?.text ?? '') || /^olds?$/.test(words[k + 1]?.text ?? '')) return null;
  const next = k + 1;
  const min = opener.fromNow ? 0 : count.min * unit;
  return { min, max: count.max * unit, value: count.min * unit, unitHours: unit, next };
}
