import type { Span } from '../layer';
import type { Quantity } from '../types';
import { normalizeArabicWord } from './normalize';
import { lookupNumberWord, parseNumberAt, type ParsedNumber } from './number-words';
import { digitNonQuantity, parseDigits, spacedThousands } from './number-context';
import { isHourWord, monthAt, timeUnitOf } from './time-words';
import { matchWord, normPhrases, normSet, phraseAt, readingsOf, scanSpan, spanOf, type Scan, type ScanToken } from './word-scan';

/**
 * Figures in Arabic news text: '98%', '٨٢ مدنيا', 'أكثر من 75 ألف', 'عشرات الآلاف', 'قرابة 70 في
 * المئة', 'خمسة وعشرون', 'نصف السكان'. What is counted is left to the engine (counts: null).
 * Not figures: years, clock times, dates, ordinals and labels ('القرن الـ21', 'الفرقة 4'),
 * list numbers, phone numbers, durations ('48 ساعة' is a time: see times.ts).
 */

type Approx = Quantity['approx'];

const APPROX_BEFORE = normPhrases<Approx>([
  ['أكثر من', 'more'], ['ما يزيد على', 'more'], ['ما يزيد عن', 'more'], ['يزيد على', 'more'], ['يزيد عن', 'more'],
  ['أزيد من', 'more'], ['فوق', 'more'], ['ما فوق', 'more'], ['ما لا يقل عن', 'more'], ['لا يقل عن', 'more'],
  ['ما يربو على', 'more'], ['يربو على', 'more'], ['ما يفوق', 'more'], ['يفوق', 'more'], ['يتجاوز', 'more'],
  ['ما يتجاوز', 'more'], ['أعلى من', 'more'], ['ما ينيف على', 'more'],
  ['أقل من', 'less'], ['دون', 'less'], ['ما دون', 'less'], ['ما لا يزيد على', 'less'], ['ما لا يزيد عن', 'less'],
  ['لا يزيد على', 'less'], ['لا يزيد عن', 'less'], ['لا يتجاوز', 'less'], ['ما لا يتجاوز', 'less'],
  ['أدنى من', 'less'], ['ما يصل إلى', 'less'], ['يصل إلى', 'less'],
  ['نحو', 'about'], ['حوالي', 'about'], ['قرابة', 'about'], ['زهاء', 'about'], ['ما يقارب', 'about'],
  ['يقارب', 'about'], ['ما يقرب من', 'about'], ['يقرب من', 'about'], ['ما يناهز', 'about'], ['يناهز', 'about'],
  ['نحوا من', 'about'], ['في حدود', 'about'], ['بحدود', 'about'], ['تقريبا', 'about'], ['يقدر ب', 'about'],
  ['ما يقدر ب', 'about'], ['يقدر بنحو', 'about'],
]);
const APPROX_AFTER = normPhrases<Approx>([
  ['تقريبا', 'about'], ['فأكثر', 'more'], ['وأكثر', 'more'], ['أو أكثر', 'more'], ['على الأقل', 'more'],
  ['كحد أدنى', 'more'], ['على الأكثر', 'less'], ['كحد أقصى', 'less'],
]);
/** 'في المئة', 'بالمائة', '%': the figure is a percentage. */
const PERCENT_WORDS = normSet(['مئة', 'مائة', 'مية', 'مئه']);
/** Fractions read as percentages: 'نصف سكان حلب' is 50% of them. */
const FRACTIONS = new Map(
  ([['نصف', 50], ['ثلث', 33.3], ['ربع', 25], ['ثلثي', 66.7], ['ثلثا', 66.7]] as const).map(([w, v]) => [normalizeArabicWord(w), v]),
);
const QUARTERS = normSet(['أرباع']);
const THREE = normSet(['ثلاثة', 'ثلاث']);
/**
 * A fraction before these is a time, an era or a part of a year, not a share: 'نصف ساعة', 'ربع
 * قرن', 'الربع الأخير من العام', 'النصف الثاني'.
 */
const NOT_SHARED = normSet([
  'قرن', 'القرن', 'ساعة', 'الساعة', 'نهائي', 'النهائي', 'الأول', 'الأولى', 'الثاني', 'الثالث', 'الرابع', 'الأخير', 'الأخيرة',
]);
const RANGE_LINKS = normSet(['إلى', 'الى', 'حتى']);
const BETWEEN = normSet(['بين']);
/** Words that lead a range and belong to its surface. */
const RANGE_LEADS = normSet(['بين', 'ما', 'من']);

/**
 * Figures in text[span), offsets into `text`, in text order. [] when there are none (also for
 * empty, binary or non-Arabic input). Ranges ('بين 50 و60 ألفا') come as one quantity with
 * value < max and approx 'about'; for 'more'/'less'/'about' value and max are the figure as
 * written and approx says which way the truth may lie. Never throws; linear in the span.
 */
export function findArabicQuantities(text: string, span: Span): Quantity[] {
  const scan = scanSpan(text, span);
  const tokens = scan.tokens;
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = quantityAt(scan, i);
    if (typeof found === 'number') {
      i = Math.max(i, found);
      continue;
    }
    out.push(found.quantity);
    i = found.last;
  }
  return out;
}

/** The quantity starting at token i with its last token, or the last token to skip past. */
function quantityAt(scan: Scan, i: number): { quantity: Quantity; last: number } | number {
  const tokens = scan.tokens;
  const tok = tokens[i]!;
  let parsed: ParsedNumber | null = null;
  if (tok.kind === 'num') {
    const not = digitNonQuantity(tokens, i);
    // 'نحو 2000' is a count though 2000 looks like a year; 'قرابة الـ70 في المئة' though الـ70
    // looks like an ordinal: the figure then starts at the article.
    const articled = not?.kind === 'ordinal' && (approxBefore(tokens, i - 1) !== null || percentAfter(tokens, i) >= 0);
    if (not && !articled && !(not.kind === 'year' && approxBefore(tokens, i))) return not.last;
    const spaced = spacedThousands(tokens, i);
    const value = spaced ? spaced.value : parseDigits(tok.text, tokens[i + 1]);
    if (value === null) return i;
    parsed = parseNumberAt(tokens, spaced ? spaced.last : i, value);
    if (parsed && articled) return build(scan, i - 1, parsed, false);
  } else if (tok.kind === 'word') {
    const fraction = fractionAt(tokens, i);
    if (fraction) return build(scan, i, fraction.parsed, fraction.percent);
    parsed = parseNumberAt(tokens, i, null);
    if (!parsed || parsed.loneOne || (parsed.definite && !parsed.vague)) return parsed ? parsed.last : i;
    if (timeUnitOf(tokens[parsed.last + 1]) || monthAt(tokens, parsed.last + 1) || isHourWord(tokens[i - 1])) {
      return parsed.last; // 'ثلاثة أيام' is a duration, 'الساعة الثالثة' a time
    }
  }
  if (!parsed) return i;
  const ranged = rangeAfter(tokens, i, parsed);
  return build(scan, i, ranged, false);
}

function build(scan: Scan, i: number, p: ParsedNumber, isShare: boolean): { quantity: Quantity; last: number } {
  const tokens = scan.tokens;
  let last = p.last;
  const percentEnd = isShare ? -1 : percentAfter(tokens, last);
  if (percentEnd >= 0) last = percentEnd;
  const before = approxBefore(tokens, i);
  const after = before ? null : approxAfter(tokens, last);
  if (after) last = after.last;
  const first = before ? before.first : p.first ?? i;
  // Clitics (و، ب، ل) are trimmed from the surface; the article stays: 'الآلاف'.
  const skip = before ? before.prefix : p.first !== undefined ? Math.max(0, matchWord(tokens[first], RANGE_LEADS)) : p.definite ? Math.max(0, p.prefix - 2) : p.prefix;
  let approx: Approx = before?.approx ?? after?.approx ?? 'exact';
  if (p.vague) approx = 'vague';
  else if (p.max > p.value && approx === 'exact') approx = 'about';
  const { start, end, surface } = spanOf(scan, first, last, skip);
  return {
    quantity: {
      value: p.value,
      max: p.max,
      unit: percentEnd >= 0 || isShare ? 'percent' : 'count',
      approx,
      counts: null,
      start,
      end,
      surface,
    },
    last,
  };
}

function approxBefore(tokens: ScanToken[], i: number): { approx: Approx; first: number; prefix: number } | null {
  for (const p of APPROX_BEFORE) {
    const first = i - p.words.length;
    if (first < 0) continue;
    const prefix = phraseAt(tokens, first, p.words);
    if (prefix >= 0) return { approx: p.value, first, prefix };
  }
  return null;
}

/** An approximation after the figure, or after it and its counted noun: '100 شخص على الأقل'. */
function approxAfter(tokens: ScanToken[], last: number): { approx: Approx; last: number } | null {
  for (const skip of [0, 1]) {
    if (skip && tokens[last + 1]?.kind !== 'word') break;
    for (const p of APPROX_AFTER) {
      if (phraseAt(tokens, last + 1 + skip, p.words) === 0) return { approx: p.value, last: last + skip + p.words.length };
    }
  }
  return null;
}

/** Last token of a percent sign or phrase right after token `last`, or -1. */
function percentAfter(tokens: ScanToken[], last: number): number {
  const next = tokens[last + 1];
  if (!next) return -1;
  if (next.text === '%') return last + 1;
  const hundred = (t: ScanToken | undefined): boolean =>
    t?.kind === 'word' && readingsOf(t).some((r) => r.definite && PERCENT_WORDS.has(r.word));
  if (next.text === 'في' && hundred(tokens[last + 2])) return last + 2;
  // 'بالمئة' is ب + ال + مئة: one word.
  if (next.kind === 'word' && next.text.startsWith('بال') && hundred(next)) return last + 1;
  return -1;
}

/**
 * 'نصف سكان حلب', 'ثلثي المدينة', 'ثلاثة أرباع': a share, as a percentage; before a multiplier a
 * count ('ربع مليون' is 250,000). null if none.
 */
function fractionAt(tokens: ScanToken[], i: number): { parsed: ParsedNumber; percent: boolean } | null {
  const tok = tokens[i]!;
  let share: number | undefined;
  let prefix = 0;
  let last = i;
  for (const r of readingsOf(tok)) {
    share = FRACTIONS.get(r.word);
    if (share !== undefined) {
      prefix = r.prefix;
      break;
    }
  }
  if (share === undefined && THREE.has(tok.text) && QUARTERS.has(tokens[i + 1]?.text ?? '')) {
    share = 75;
    last = i + 1;
  }
  const next = tokens[last + 1];
  if (share === undefined || next?.kind !== 'word' || NOT_SHARED.has(next.text) || timeUnitOf(next)) return null;
  const mult = lookupNumberWord(next);
  if (mult?.word.cls === 'mult' && !mult.word.plural && mult.prefix === 0) {
    const value = (share * mult.word.value) / 100;
    return { parsed: { value, max: value, vague: false, last: last + 1, prefix, definite: false, loneOne: false }, percent: false };
  }
  return { parsed: { value: share, max: share, vague: false, last, prefix, definite: false, loneOne: false }, percent: true };
}

/** 'بين 50 و60', 'من 3 إلى 5 آلاف', '50-60': widens a figure to a range when one follows. */
function rangeAfter(tokens: ScanToken[], i: number, p: ParsedNumber): ParsedNumber {
  if (p.vague) return p;
  const link = tokens[p.last + 1];
  const prev = tokens[i - 1];
  const nextIsNum = tokens[p.last + 2]?.kind === 'num';
  let j = -1;
  if (nextIsNum && link?.text === '-') j = p.last + 2;
  else if (nextIsNum && prev?.kind === 'word' && matchWord(prev, BETWEEN) >= 0 && link?.text === 'و') j = p.last + 2;
  else if (nextIsNum && prev?.text === 'من' && link?.kind === 'word' && RANGE_LINKS.has(link.text)) j = p.last + 2;
  if (j < 0) return p;
  const value = parseDigits(tokens[j]!.text, tokens[j + 1]);
  if (value === null) return p;
  const upper = parseNumberAt(tokens, j, value);
  if (!upper) return p;
  // A multiplier on the upper end alone covers both: 'بين 50 و60 ألفا'.
  const scale = upper.last > j && p.last === i && tokens[i]!.kind === 'num' ? upper.value / value : 1;
  const lo = p.value * scale;
  if (!(upper.value > lo)) return p;
  const lead = prev?.kind === 'word' && tokens[i - 2]?.text === 'ما' && matchWord(prev, BETWEEN) >= 0 ? i - 2 : i - 1;
  return { ...p, value: lo, max: upper.value, last: upper.last, first: lead };
}
