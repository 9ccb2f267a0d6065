import { lookupNumberWord } from './number-words';
import { dayPartAt, isHourWord, monthAfterDay, monthAt, timeUnitOf, zoneAt } from './time-words';
import { normSet, readingsOf, withoutConj, type ScanToken } from './word-scan';

/**
 * Digits that are not figures: what surrounds a number says whether it is a count or a year,
 * a clock time, a date, an ordinal, a label, a list marker or a phone number.
 */

/** Years written alone ('منذ 2012', 'عام 2016'): a bare four-digit number in this range. */
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;
/** More plain digits than this, with no separator, is a phone number or an id, never a count. */
const MAX_PLAIN_DIGITS = 8;
/** Digits longer than this cannot be held exactly: not a figure news copy gives. */
const MAX_DIGITS = 15;

/** Nouns that a number labels rather than counts: 'الفرقة 4', 'القرار 2254', 'المادة 7'. */
const LABEL_NOUNS = normSet([
  'فرقة', 'لواء', 'فوج', 'كتيبة', 'قرار', 'مادة', 'بند', 'فقرة', 'رقم', 'طريق', 'مرحلة', 'جولة', 'دورة',
  'صفحة', 'مبنى', 'طابق', 'شارع', 'منطقة', 'مخرج', 'بوابة', 'حاجز', 'نقطة', 'مجموعة', 'عدد', 'فصل', 'قناة',
]);
/** The article written apart from a number: 'الـ21' (tatweel dropped → 'ال' then '21'). */
const ARTICLES = normSet(['ال', 'وال', 'بال', 'فال', 'كال', 'لل']);
/** Single-letter proclitics that may sit on digits and leave them a count: 'بـ75', 'لـ3'. */
const DIGIT_CLITICS = normSet(['ب', 'ل', 'و', 'ك', 'ف']);
const LIST_MARKS = new Set(['-', ')', '.', '–', '/', ':']);
const DATE_SEPARATORS = new Set(['/', '-', '.']);

export type NonQuantity = 'year' | 'clock' | 'date' | 'phone' | 'ordinal' | 'label' | 'list' | 'duration';

/**
 * Whether the digits at token i are something other than a figure. Returns what they are and the
 * last token that belongs to it, or null when they may be a figure.
 */
export function digitNonQuantity(tokens: ScanToken[], i: number): { kind: NonQuantity; last: number } | null {
  const tok = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  const joinedNum = (t: ScanToken | undefined): boolean => t?.kind === 'num' && t.joined;

  if (next?.text === ':' && next.joined && joinedNum(after)) return { kind: 'clock', last: i + 2 };
  if (next && DATE_SEPARATORS.has(next.text) && next.joined && joinedNum(after)) {
    const third = tokens[i + 4];
    if (tokens[i + 3]?.text === next.text && tokens[i + 3]!.joined && joinedNum(third)) return { kind: 'date', last: i + 4 };
    if (next.text === '/') return { kind: 'date', last: i + 2 };
    if (isYear(tok.text) && isYear(after!.text)) return { kind: 'year', last: i + 2 }; // '2011-2016'
  }
  if ((prev?.text === '+' && tok.joined) || /^0[0-9]/.test(tok.text) || /^[0-9]+$/.test(tok.text) && tok.text.length > MAX_PLAIN_DIGITS) {
    return { kind: 'phone', last: phoneEnd(tokens, i) };
  }
  if (tok.joined && prev?.kind === 'word') {
    if (ARTICLES.has(prev.text)) {
      // 'الساعة الـ7' is a clock time, 'القرن الـ21' an ordinal, 'الأعضاء الـ15' a count.
      if (isHourWord(tokens[i - 2])) return { kind: 'clock', last: i };
      if (timeUnitOf(tokens[i - 2])) return { kind: 'duration', last: i }; // 'الساعات الـ24 الماضية'
      if (!looksPlural(tokens[i - 2])) return { kind: 'ordinal', last: i };
      return null;
    }
    if (!DIGIT_CLITICS.has(prev.text)) return { kind: 'label', last: i }; // 'M5', 'F16', 'G20'
  }
  if (prev?.text === '-' && prev.joined && tok.joined && tokens[i - 2]?.kind === 'word') return { kind: 'label', last: i };
  if (prev?.kind === 'word' && readingsOf(prev).some((r) => LABEL_NOUNS.has(r.word))) return { kind: 'label', last: i };
  if (isHourWord(prev)) return { kind: 'clock', last: i };
  const month = monthAfterDay(tokens, i + 1);
  if (month) return { kind: 'date', last: month.last };
  if (/^[0-9]{1,2}$/.test(tok.text) && Number(tok.text) <= 31 && (monthAt(tokens, i - 1) || monthAt(tokens, i - 2)?.last === i - 1)) {
    return { kind: 'date', last: i };
  }
  if ((dayPartAt(tokens, i + 1) && Number(tok.text) <= 12) || zoneAt(tokens, i + 1)) return { kind: 'clock', last: i };
  if (timeUnitOf(next) && !timeUnitOf(next)!.definite) return { kind: 'duration', last: i + 1 };
  if (next && LIST_MARKS.has(next.text) && next.joined && (tok.lineStart || i === 0) && tokens[i + 2] && !joinedNum(tokens[i + 2])) {
    return { kind: 'list', last: i + 1 };
  }
  if (prev?.text === '(' && next?.text === ')' && tok.joined && next.joined) return { kind: 'list', last: i + 1 };
  if (isYear(tok.text) && next?.text !== '%' && lookupNumberWord(next)?.word.cls !== 'mult' && !countedAfterYearLike(tokens, i)) {
    return { kind: 'year', last: i };
  }
  return null;
}

/** Words after which a four-digit number is a year: 'منذ 2012', 'مطلع 2016', 'في 2013'. */
const YEAR_LEADS = normSet([
  'منذ', 'عام', 'العام', 'سنة', 'السنة', 'عامي', 'مطلع', 'أواخر', 'أوائل', 'منتصف', 'نهاية', 'بداية', 'خلال', 'حتى',
  'قبل', 'بعد', 'في', 'ربيع', 'صيف', 'خريف', 'شتاء', 'انتخابات', 'دستور', 'موازنة',
]);
/** Words that follow a year as readily as a count: particles, 'م' (AD). */
const AFTER_YEAR = normSet([
  'في', 'من', 'إلى', 'على', 'عن', 'حتى', 'و', 'أو', 'ثم', 'بعد', 'قبل', 'منذ', 'حين', 'عندما', 'كما', 'لكن', 'إذ',
  'بين', 'مع', 'ضد', 'نحو', 'أن', 'إن', 'م', 'ميلادي', 'ميلادية', 'هـ', 'وحتى', 'لم', 'لن', 'قد', 'كان', 'كانت',
]);

/**
 * '2000 مقاتل': a number in the years' range used as a count. Only when no year word leads it
 * and an indefinite noun follows (a year is followed by punctuation, a particle, a definite
 * word or a verb); imperfect verbs (يـ/تـ) are left as years.
 */
function countedAfterYearLike(tokens: ScanToken[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev?.kind === 'word' && (readingsOf(prev).some((r) => YEAR_LEADS.has(r.word)) || monthAt(tokens, i - 1))) return false;
  if (monthAt(tokens, i - 2)?.last === i - 1) return false;
  if (next?.kind !== 'word' || next.joined) return false;
  const w = withoutConj(next.text);
  return !next.text.startsWith('ال') && !AFTER_YEAR.has(next.text) && !AFTER_YEAR.has(w) && !/^[يت]/.test(next.text);
}

/** A sound plural ('المدنيين', 'الحافلات') or the أفعال pattern ('الأعضاء', 'الأحياء'). */
function looksPlural(tok: ScanToken | undefined): boolean {
  if (tok?.kind !== 'word') return false;
  return readingsOf(tok).some((r) => r.definite && (/(ين|ون|ات)$/.test(r.word) && r.word.length >= 5 || /^ا[^ا]{2}ا[^ا]$/.test(r.word)));
}

function isYear(raw: string): boolean {
  if (!/^[0-9]{4}$/.test(raw)) return false;
  const n = Number(raw);
  return n >= YEAR_MIN && n <= YEAR_MAX;
}

/** A phone number runs on over groups split by spaces or dashes: '0933 123 456', '+963-11-2345'. */
function phoneEnd(tokens: ScanToken[], i: number): number {
  let last = i;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind === 'num' && !t.lineStart) last = j;
    else if (t.text !== '-') break;
  }
  return last;
}

/**
 * Thousands split by spaces, as in French-influenced copy ('75 000', '1 200 000'), or by the
 * Arabic comma some sites type for ٬ ('75،000'). The value and the last group's token, or null
 * when token i is not the head of such a figure.
 */
export function spacedThousands(tokens: ScanToken[], i: number): { value: number; last: number } | null {
  if (!/^[1-9][0-9]{0,2}$/.test(tokens[i]!.text)) return null;
  let digits = tokens[i]!.text;
  let last = i;
  const group = (t: ScanToken | undefined): boolean => t?.kind === 'num' && /^[0-9]{3}$/.test(t.text);
  for (;;) {
    const next = tokens[last + 1];
    if (group(next) && !next!.joined && !next!.lineStart) last += 1;
    else if (next?.text === '،' && next.joined && group(tokens[last + 2]) && tokens[last + 2]!.joined) last += 2;
    else break;
    digits += tokens[last]!.text;
  }
  return last > i && digits.length <= MAX_DIGITS ? { value: Number(digits), last } : null;
}

/**
 * The value of a digit string: thousands separators (',' or '.' before groups of three:
 * '75,000', '1.200.000') or one decimal mark ('98.5', '2,5', '٩٨٫٥' after normalisation).
 * A single '.' before three digits and a multiplier is a decimal: '1.500 مليون' is 1.5 million.
 * null for strings that are neither (versions, '1.2.3').
 */
export function parseDigits(raw: string, next?: ScanToken): number | null {
  if (/^[0-9]+$/.test(raw)) return raw.length > MAX_DIGITS ? null : Number(raw);
  const groups = raw.split(/[.,]/);
  const seps = raw.match(/[.,]/g) ?? [];
  const sameSep = seps.every((s) => s === seps[0]);
  const beforeMultiplier = lookupNumberWord(next)?.word.cls === 'mult';
  const thousands = sameSep && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3);
  if (thousands && !(seps.length === 1 && seps[0] === '.' && beforeMultiplier)) {
    const digits = groups.join('');
    return digits.length > MAX_DIGITS ? null : Number(digits);
  }
  if (seps.length === 1) return Number(`${groups[0]}.${groups[1]}`);
  return null;
}
