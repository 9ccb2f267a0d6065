import type { Span } from '../layer';
import type { Quantity } from '../types';
import { countedConceptAfter } from './concepts';
import { digitsValue, longestPhraseAt, parseNumberWords, readsAsYear, SCALES, wordsOf, type Word } from './words';

/**
 * Figures in English news text: digits (82, 75,000, 1.5 million), words (eighty-two), percentages
 * (98%, 98 percent, 98 per cent, a third of), vague amounts (dozens, hundreds, tens of thousands),
 * with their qualifiers (more than, nearly, at least, up to). Numbers that are not figures are
 * left out: years, clock times, dates, durations, ages, ordinals, money, list and reference
 * numbers (No. 2, Resolution 2254).
 */

type Approx = Quantity['approx'];

const MODIFIERS: ReadonlyArray<{ phrase: readonly string[]; approx: Approx }> = [
  { phrase: ['more', 'than'], approx: 'more' },
  { phrase: ['over'], approx: 'more' },
  { phrase: ['just', 'over'], approx: 'more' },
  { phrase: ['upwards', 'of'], approx: 'more' },
  { phrase: ['in', 'excess', 'of'], approx: 'more' },
  { phrase: ['at', 'least'], approx: 'more' },
  { phrase: ['well', 'over'], approx: 'more' },
  { phrase: ['less', 'than'], approx: 'less' },
  { phrase: ['fewer', 'than'], approx: 'less' },
  { phrase: ['under'], approx: 'less' },
  { phrase: ['just', 'under'], approx: 'less' },
  { phrase: ['below'], approx: 'less' },
  { phrase: ['up', 'to'], approx: 'less' },
  { phrase: ['at', 'most'], approx: 'less' },
  { phrase: ['no', 'more', 'than'], approx: 'less' },
  { phrase: ['as', 'many', 'as'], approx: 'less' },
  { phrase: ['about'], approx: 'about' },
  { phrase: ['around'], approx: 'about' },
  { phrase: ['approximately'], approx: 'about' },
  { phrase: ['roughly'], approx: 'about' },
  { phrase: ['nearly'], approx: 'about' },
  { phrase: ['almost'], approx: 'about' },
  { phrase: ['some'], approx: 'about' },
  { phrase: ['an', 'estimated'], approx: 'about' },
  { phrase: ['estimated'], approx: 'about' },
  { phrase: ['close', 'to'], approx: 'about' },
  { phrase: ['circa'], approx: 'about' },
];
const MODIFIER_PHRASES = MODIFIERS.map((m) => m.phrase);

/** Vague amounts: lower and upper bound (in line with the Arabic layer's عشرات → 20..99). */
const VAGUE: ReadonlyArray<{ phrase: readonly string[]; value: number; max: number }> = [
  { phrase: ['dozens'], value: 20, max: 99 },
  { phrase: ['scores'], value: 40, max: 99 },
  { phrase: ['hundreds'], value: 200, max: 999 },
  { phrase: ['thousands'], value: 2_000, max: 9_999 },
  { phrase: ['tens', 'of', 'thousands'], value: 20_000, max: 99_999 },
  { phrase: ['hundreds', 'of', 'thousands'], value: 200_000, max: 999_999 },
  { phrase: ['millions'], value: 2_000_000, max: 9_999_999 },
  { phrase: ['a', 'dozen'], value: 12, max: 12 },
  { phrase: ['several', 'dozen'], value: 24, max: 99 },
  { phrase: ['several', 'hundred'], value: 200, max: 999 },
  { phrase: ['several', 'thousand'], value: 2_000, max: 9_999 },
  { phrase: ['a', 'few', 'dozen'], value: 24, max: 60 },
  { phrase: ['a', 'few', 'hundred'], value: 200, max: 500 },
  { phrase: ['a', 'few', 'thousand'], value: 2_000, max: 5_000 },
];
const VAGUE_PHRASES = VAGUE.map((v) => v.phrase);

/** Shares of a whole, as percentages; they need "of" after them ("a third of the city"). */
const FRACTIONS: ReadonlyArray<{ phrase: readonly string[]; value: number; max: number }> = [
  { phrase: ['half'], value: 50, max: 50 },
  { phrase: ['a', 'third'], value: 33.3, max: 33.3 },
  { phrase: ['one', 'third'], value: 33.3, max: 33.3 },
  { phrase: ['two', 'thirds'], value: 66.7, max: 66.7 },
  { phrase: ['a', 'quarter'], value: 25, max: 25 },
  { phrase: ['one', 'quarter'], value: 25, max: 25 },
  { phrase: ['three', 'quarters'], value: 75, max: 75 },
  { phrase: ['almost', 'all'], value: 90, max: 99 },
  { phrase: ['nearly', 'all'], value: 90, max: 99 },
  { phrase: ['virtually', 'all'], value: 90, max: 99 },
  { phrase: ['most'], value: 50, max: 99 },
];
const FRACTION_PHRASES = FRACTIONS.map((f) => f.phrase);

const PERCENT_PHRASES: ReadonlyArray<readonly string[]> = [['%'], ['percent'], ['per', 'cent'], ['pct']];
/** Scale letters written onto the digits: "1.5m", "20k", "2bn". */
const GLUED_SCALES: Record<string, number> = { k: 1_000, m: 1_000_000, mn: 1_000_000, bn: 1_000_000_000 };

/** Units that make a number a time or a duration, not a figure. */
const TIME_UNITS = new Set([
  'second', 'seconds', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day',
  'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'am', 'pm',
  'a', 'p', 'gmt', 'utc', 'o\'clock', 'local', 'century', 'centuries', 'night', 'nights',
]);
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec',
]);
/** Words before a number that make it a label, not an amount (No. 2, Resolution 2254, aged 12). */
const LABEL_WORDS = new Set([
  'no', 'nos', 'number', 'resolution', 'resolutions', 'article', 'paragraph', 'section', 'chapter',
  'page', 'pages', 'item', 'point', 'phase', 'step', 'round', 'route', 'highway', 'gate', 'room',
  'flight', 'level', 'grade', 'category', 'platform', 'vol', 'volume', 'part', 'annex', 'aged',
  'age', 'ages', 'version', 'season', 'episode', 'building', 'floor', 'channel', 'code', 'tel',
]);
/** Units of measure: a number before one is a size, not a count ("5 square km"). */
const MEASURE_UNITS = new Set([
  'km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile', 'metres', 'meters',
  'm', 'square', 'sq', 'kg', 'kilograms', 'tonnes', 'tons', 'litres', 'liters', 'hectares', 'acres', 'degrees',
]);
const CURRENCY_BEFORE = new Set(['$', '£', '€', 'us', 'usd']);
const CURRENCY_AFTER = new Set(['dollars', 'dollar', 'euros', 'euro', 'pounds', 'usd', 'eur', 'lira', 'liras', 'rubles', 'roubles']);
/** Figures written in words below this are too often not figures ("one official said"). */
const MIN_WORD_FIGURE = 2;

interface Core {
  value: number;
  max: number;
  approx: Approx;
  /** Index of the first word after the figure. */
  next: number;
  unit: Quantity['unit'];
  fromDigits: boolean;
}

/** The figure at words[i], or null: digits, number words, vague amounts and fractions. */
function figureAt(text: string, words: Word[], i: number): Core | null {
  const w = words[i]!;
  const vague = longestPhraseAt(words, i, VAGUE_PHRASES);
  if (vague) {
    const v = VAGUE[vague.index]!;
    return { value: v.value, max: v.max, approx: v.max > v.value ? 'vague' : 'about', next: i + vague.length, unit: 'count', fromDigits: false };
  }
  const fraction = longestPhraseAt(words, i, FRACTION_PHRASES);
  if (fraction && (words[i + fraction.length]?.text === 'of' || (fraction.index === 0 && words[i + 1]?.text === 'the'))) {
    const f = FRACTIONS[fraction.index]!;
    return { value: f.value, max: f.max, approx: f.max > f.value ? 'about' : 'exact', next: i + fraction.length, unit: 'percent', fromDigits: false };
  }
  let value = digitsValue(w.text);
  let next = i + 1;
  const fromDigits = !Number.isNaN(value);
  if (fromDigits) {
    // "000", "0800": padded digits are parts of times or codes, never a figure.
    if (/^0\d/.test(w.text)) return null;
    const glued = words[next]?.start === w.end ? words[next]!.text : null;
    if (glued !== null && GLUED_SCALES[glued] !== undefined && !/\p{L}/u.test(text[words[next]!.end] ?? '')) {
      // 1.5m, 20k, 2bn
      return { value: value * GLUED_SCALES[glued]!, max: value * GLUED_SCALES[glued]!, approx: 'exact', next: next + 1, unit: 'count', fromDigits };
    }
    // Glued to letters (21st, M5, A320) or to a colon (15:00): an ordinal, a label or a time.
    if (/[\p{L}:]/u.test(text[w.end] ?? '') || /[\p{L}]/u.test(text[w.start - 1] ?? '')) return null;
    const scale = words[next]?.text;
    if (scale !== undefined && scale in SCALES) {
      value *= SCALES[scale]!;
      next++;
    }
  } else {
    const spelled = parseNumberWords(words, i);
    if (!spelled || (spelled.value < MIN_WORD_FIGURE && spelled.length === 1)) return null;
    value = spelled.value;
    next = i + spelled.length;
  }
  return { value, max: value, approx: 'exact', next, unit: 'count', fromDigits };
}

/** Whether the number at words[i..next) reads as something other than an amount. */
function isNotAFigure(text: string, words: Word[], i: number, core: Core, modified: boolean): boolean {
  const before = words[i - 1]?.text ?? '';
  const after = words[core.next]?.text ?? '';
  if (TIME_UNITS.has(after) || MONTHS.has(after) || MONTHS.has(before) || MEASURE_UNITS.has(after)) return true;
  if (CURRENCY_BEFORE.has(before) || CURRENCY_AFTER.has(after) || text[words[i]!.start - 1] === '$') return true;
  if (!core.fromDigits) return false;
  if (LABEL_WORDS.has(before)) return true;
  // A list number opening a line: "1. The deal", "2) Who".
  const lineStart = text.lastIndexOf('\n', words[i]!.start - 1) + 1;
  if (/^\s*$/.test(text.slice(lineStart, words[i]!.start)) && /^[.)]/.test(text.slice(words[i]!.end, words[i]!.end + 1))) return true;
  if (!modified && readsAsYear(words, i)) return true;
  return false;
}

/**
 * The upper end of a range after the figure: "6,000-7,000", "50 to 60", "between 50 and 60".
 * 'score' for a tally whose second number is smaller ("voted 15-0"), which is no figure at all;
 * null when no range follows.
 */
function rangeEnd(text: string, words: Word[], i: number, core: Core): { max: number; next: number } | 'score' | null {
  if (!core.fromDigits || core.approx !== 'exact') return null;
  const link = words[core.next];
  const secondIndex = link && /^(?:to|and)$/.test(link.text) ? core.next + 1 : core.next;
  const second = words[secondIndex];
  if (!second) return null;
  const between = text.slice(words[core.next - 1]!.end, second.start);
  const dashed = /^\s?[-–]\s?$/.test(between);
  const worded = link !== second && (link!.text === 'to' || words[i - 1]?.text === 'between');
  if (!dashed && !worded) return null;
  const secondCore = figureAt(text, words, secondIndex);
  if (!secondCore || !secondCore.fromDigits) return null;
  if (secondCore.value <= core.value) return dashed ? 'score' : null;
  return { max: secondCore.value, next: secondCore.next };
}

/**
 * Figures in text[span.start, span.end) in text order, offsets into `text`. `counts` is the
 * lexicon concept the noun right after the figure names (civilians, fighters, buses) or null.
 * [] when there are none.
 */
export function findEnglishQuantities(text: string, span: Span): Quantity[] {
  const words = wordsOf(text, span.start, span.end);
  const out: Quantity[] = [];
  for (let i = 0; i < words.length; i++) {
    // A figure that opens with a modifier's word ("almost all") wins over the modifier.
    let modifier: { index: number; length: number } | null = null;
    // "between 50 and 60": the range is read from its first figure.
    if (words[i]!.text === 'between' && !Number.isNaN(digitsValue(words[i + 1]?.text ?? ''))) continue;
    let figureStart = i;
    let core = figureAt(text, words, i);
    if (!core) {
      modifier = longestPhraseAt(words, i, MODIFIER_PHRASES);
      if (!modifier || i + modifier.length >= words.length) continue;
      figureStart = i + modifier.length;
      core = figureAt(text, words, figureStart);
    }
    if (!core) continue;
    if (isNotAFigure(text, words, figureStart, core, modifier !== null)) {
      i = core.next - 1;
      continue;
    }
    const range = rangeEnd(text, words, figureStart, core);
    if (range === 'score') {
      i = core.next + 1;
      continue;
    }
    if (range) {
      core = { ...core, max: range.max, approx: 'about', next: range.next };
    }
    let end = words[core.next - 1]!.end;
    let next = core.next;
    let unit = core.unit;
    const percent = longestPhraseAt(words, next, PERCENT_PHRASES);
    if (percent && unit === 'count') {
      unit = 'percent';
      next += percent.length;
      end = words[next - 1]!.end;
    }
    const approx = modifier && core.approx !== 'vague' ? MODIFIERS[modifier.index]!.approx : core.approx;
    const start = words[i]!.start;
    out.push({
      value: core.value,
      max: core.max,
      unit,
      approx,
      counts: countedConceptAfter(text, end, span.end, unit),
      start,
      end,
      surface: text.slice(start, end),
    });
    i = next - 1;
  }
  return out;
}
