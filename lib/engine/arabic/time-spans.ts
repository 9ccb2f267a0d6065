import { parseDigits } from './number-context';
import { lookupNumberWord, parseNumberAt } from './number-words';
import { timeUnitOf, weekdayOf } from './time-words';
import { matchWord, mayStartPhrase, normPhrases, normSet, phraseAt, type Phrases, type ScanToken } from './word-scan';

/**
 * Delays and durations: 'خلال ساعات', 'في غضون 48 ساعة', 'خلال الأيام المقبلة', 'بعد يومين',
 * 'مرور أسبوع كامل', 'خلال فترة قصيرة', and 'منذ ثلاثة أيام' (a past day, not a delay).
 */

export interface SpanHit {
  kind: 'span' | 'day';
  /** span: hours; day: days after the article's date. */
  value: number;
  max: number;
  first: number;
  last: number;
  /** Clitic characters to trim from the first token's surface. */
  prefix: number;
}

/** 'within hours' and other unnumbered delays, in hours: a plural unit says 'a few of them'. */
const VAGUE_WITHIN: Record<number, [number, number]> = {
  1: [0, 12],
  24: [24, 168],
  168: [168, 720],
  720: [720, 8760],
};
const WITHIN_LEADS = normPhrases<true>([
  ['خلال', true], ['في غضون', true], ['غضون', true], ['في خلال', true], ['في', true], ['على مدى', true],
]);
/** Verbs of duration: 'ستستمر عدة أيام', 'قد تستغرق أياما': how long until it is over. */
const DURATION_LEADS = normPhrases<true>([
  ['تستغرق', true], ['ستستغرق', true], ['يستغرق', true], ['سيستغرق', true], ['قد تستغرق', true], ['قد يستغرق', true],
  ['تستمر', true], ['ستستمر', true], ['يستمر', true], ['سيستمر', true], ['لمدة', true],
]);
/** 'عدة أيام', 'بضعة أيام': several of a unit. */
const SEVERAL = normSet(['عدة', 'بضعة', 'بضع']);
/** 'several days' in hours, as the English layer reads 'several more days'. */
const SEVERAL_DAYS: [number, number] = [48, 240];
const AFTER_LEADS = normPhrases<true>([['بعد', true], ['مرور', true], ['انقضاء', true], ['بعد مرور', true]]);
const AGO_LEADS = normPhrases<true>([['منذ', true], ['قبل', true]]);
/** Phrases that mean 'shortly', as a delay of up to a day. */
const SHORTLY = normPhrases<[number, number]>([
  ['خلال فترة قصيرة', [0, 24]], ['في فترة قصيرة', [0, 24]], ['خلال وقت قصير', [0, 24]], ['في وقت قصير', [0, 24]],
  ['في وقت قريب', [0, 24]], ['بعد قليل', [0, 2]], ['على الفور', [0, 1]], ['فورا', [0, 1]],
]);
/** Adjectives a unit may carry inside the phrase: 'الساعات القليلة المقبلة', 'أسبوع كامل'. */
const UNIT_TAILS = normSet(['القليلة', 'المقبلة', 'القادمة', 'المقبل', 'القادم', 'كامل', 'كاملة', 'كاملا', 'قليلة', 'معدودة', 'المعدودة', 'أخرى', 'إضافية']);
const PAST_TAILS = normSet(['الماضية', 'الماضي', 'الأخيرة', 'الأخير', 'المنصرمة', 'المنصرم', 'السابقة', 'الفائتة']);
/** Followed by these, 'بعد ساعات' is 'hours after X' (another event), not a delay from now. */
const RELATIVE_TO = normSet(['من', 'على']);
/** Every phrase list that opens a span, for spanAt's first look. */
const LEADS = [SHORTLY, WITHIN_LEADS, DURATION_LEADS, AFTER_LEADS, AGO_LEADS];
/** Their first words as one list: mayStartPhrase looks only at those. */
const ANY_LEAD = Object.assign([], { firsts: new Set(LEADS.flatMap((list) => [...list.firsts])) }) as Phrases<unknown>;
/** With a plural and no number, 'في' means 'within' only when the unit is qualified as coming. */
const COMING = normSet(['المقبلة', 'القادمة', 'المقبل', 'القادم']);

interface Amount {
  hours: number;
  /** null when the unit is a bare plural ('ساعات'). */
  count: number | null;
  last: number;
  definite: boolean;
  coming: boolean;
  /** 'عدة أيام': several, no number. */
  several?: boolean;
}

/** '48 ساعة', 'ثلاثة أيام', 'يومين', 'ساعات', 'الساعات القليلة المقبلة' at token i; null if none. */
function amountAt(tokens: ScanToken[], i: number): Amount | null {
  let count: number | null = null;
  // 'خلال الـ24 ساعة المقبلة': the article written apart from the digits.
  if (tokens[i]?.text === 'ال' && tokens[i + 1]?.kind === 'num' && tokens[i + 1]!.joined) i++;
  let j = i;
  const tok = tokens[i];
  let several = false;
  if (tok?.kind === 'word' && SEVERAL.has(tok.text)) {
    several = true;
    j = i + 1;
  } else if (tok?.kind === 'num') {
    const v = parseDigits(tok.text);
    if (v === null) return null;
    count = v;
    j = i + 1;
  } else {
    const words = parseNumberAt(tokens, i, null);
    if (words && !words.vague && !words.definite) {
      count = words.value;
      j = words.last + 1;
    }
  }
  const unit = timeUnitOf(tokens[j]);
  let last = j;
  // 'الساعات الـ24': the number after a definite unit.
  if (unit?.definite && count === null && tokens[j + 1]?.text === 'ال' && tokens[j + 2]?.kind === 'num' && tokens[j + 2]!.joined) {
    count = parseDigits(tokens[j + 2]!.text);
    last = j + 2;
  }
  // 'يوم الجمعة', 'يوم 13 ديسمبر': a day named, not a length of time.
  if (!unit || weekdayOf(tokens[last + 1]) || tokens[last + 1]?.kind === 'num') return null;
  if (count === null && unit.count > 0) count = unit.count;
  let coming = false;
  while (tokens[last + 1]?.kind === 'word' && UNIT_TAILS.has(tokens[last + 1]!.text)) {
    last++;
    coming ||= COMING.has(tokens[last]!.text);
  }
  // 'خلال الساعات الـ24 الماضية' looks back: a window of the past, not a delay.
  if (tokens[last + 1]?.kind === 'word' && PAST_TAILS.has(tokens[last + 1]!.text)) return null;
  return { hours: unit.hours, count, last, definite: unit.definite, coming, several };
}

/**
 * Whether a delay or a past day can start at this token: one of the leads, or what an amount
 * opens with (a digit, 'الـ' before one, 'عدة', a number word, a unit). spanAt's own tests of
 * token i, which depend on the token alone: times.ts keeps their answer by the token's text.
 */
export function mayOpenSpan(tok: ScanToken | undefined): boolean {
  return mayStartPhrase(tok, ANY_LEAD) || mayOpenAmount(tok);
}

function mayOpenAmount(tok: ScanToken | undefined): boolean {
  if (tok?.kind === 'num') return true;
  return tok?.kind === 'word' && (tok.text === 'ال' || SEVERAL.has(tok.text) || lookupNumberWord(tok) !== null || timeUnitOf(tok) !== null);
}

/** A delay or a past day starting at token i; null when none starts there. */
export function spanAt(tokens: ScanToken[], i: number): SpanHit | null {
  if (mayStartPhrase(tokens[i], ANY_LEAD)) return spanAfterLead(tokens, i);
  return bareLengthAt(tokens, i);
}

/** A delay or past day opened by one of the leads ('خلال', 'بعد', 'منذ'…) at token i. */
function spanAfterLead(tokens: ScanToken[], i: number): SpanHit | null {
  for (const p of SHORTLY) {
    const prefix = phraseAt(tokens, i, p.words);
    if (prefix >= 0) return { kind: 'span', value: p.value[0], max: p.value[1], first: i, last: i + p.words.length - 1, prefix };
  }
  for (const p of WITHIN_LEADS) {
    const prefix = phraseAt(tokens, i, p.words);
    if (prefix < 0) continue;
    const a = amountAt(tokens, i + p.words.length);
    if (!a) continue;
    const bareIn = p.words.length === 1 && p.words[0] === 'في';
    if (a.count === null) {
      // 'في الساعات المقبلة' is a delay; 'في الأيام الأولى' is not.
      if (bareIn && !a.coming) return null;
      const range = VAGUE_WITHIN[a.hours];
      if (!range) return null;
      return { kind: 'span', value: range[0], max: range[1], first: i, last: a.last, prefix };
    }
    if (bareIn && !a.coming) return null; // 'في 3 أيام' is ambiguous: a duration of the event
    return { kind: 'span', value: 0, max: a.count * a.hours, first: i, last: a.last, prefix };
  }
  for (const p of DURATION_LEADS) {
    const prefix = phraseAt(tokens, i, p.words);
    if (prefix < 0) continue;
    const a = amountAt(tokens, i + p.words.length);
    if (!a || a.definite) continue;
    const first = i + p.words.length; // the length, not the verb, is the time's surface
    if (a.several && a.hours === 24) return { kind: 'span', value: SEVERAL_DAYS[0], max: SEVERAL_DAYS[1], first, last: a.last, prefix: 0 };
    if (a.count === null) {
      const range = VAGUE_WITHIN[a.hours];
      if (range) return { kind: 'span', value: range[0], max: range[1], first, last: a.last, prefix: 0 };
      continue;
    }
    return { kind: 'span', value: 0, max: a.count * a.hours, first, last: a.last, prefix: 0 };
  }
  for (const p of AFTER_LEADS) {
    const prefix = phraseAt(tokens, i, p.words);
    if (prefix < 0) continue;
    const a = amountAt(tokens, i + p.words.length);
    if (!a || a.count === null || a.definite || RELATIVE_TO.has(tokens[a.last + 1]?.text ?? '')) continue;
    return { kind: 'span', value: a.count * a.hours, max: a.count * a.hours, first: i, last: a.last, prefix };
  }
  for (const p of AGO_LEADS) {
    const prefix = phraseAt(tokens, i, p.words);
    if (prefix < 0) continue;
    const a = amountAt(tokens, i + p.words.length);
    if (!a || a.count === null || a.definite || a.hours < 24 || RELATIVE_TO.has(tokens[a.last + 1]?.text ?? '')) continue;
    const days = Math.round((a.count * a.hours) / 24);
    return { kind: 'day', value: -days, max: -days, first: i, last: a.last, prefix };
  }
  return bareLengthAt(tokens, i);
}

/** A bare length: 'أسبوع كامل' after a verb ('لن يبدأ قبل مرور أسبوع كامل' is caught above). */
function bareLengthAt(tokens: ScanToken[], i: number): SpanHit | null {
  if (!mayOpenAmount(tokens[i])) return null;
  const a = amountAt(tokens, i);
  if (a && a.count !== null && !a.definite && a.last > i && UNIT_TAILS.has(tokens[a.last]!.text) && !a.coming) {
    return { kind: 'span', value: a.count * a.hours, max: a.count * a.hours, first: i, last: a.last, prefix: 0 };
  }
  return null;
}

const NEGATORS = normSet(['لن', 'لا', 'ألا', 'ليس', 'ليست', 'لم', 'لسنا', 'ليسوا']);
/** How far back from 'قبل' a negator may stand: 'لن تتحرك الحافلات الأولى المخصصة للمدنيين من حلب قبل'. */
export const NOT_BEFORE_WINDOW = 10;
/** 'لن … قبل X' says: not before X. */
const BEFORE = normSet(['قبل']);
/**
 * 'لن … حتى X' (won't … until X) says the same, but only with the future negator: 'لم يتم
 * التوصل إلى اتفاق حتى اليوم' (no deal yet) is a negation, not a bound.
 */
const UNTIL = normSet(['حتى', 'لغاية']);
const FUTURE_NEGATOR = normSet(['لن']);
/** 'لا … إلا بعد X' (not until X) bounds the same way as 'لن … قبل X'. */
const EXCEPT_AFTER = normPhrases<true>([['إلا بعد', true]])[0]!.words;

/**
 * The negator that makes the time at token `first` a 'not before' bound: 'لن … قبل يوم الجمعة',
 * 'ليس قبل الخميس', 'لن يبدأ قبل مرور أسبوع', 'لا … إلا بعد الجمعة', 'لن تتحرك حتى الجمعة'. Returns the negator's token
 * index, or -1. The time's own lead ('مرور') counts as part of it.
 */
export function notBeforeNegator(tokens: ScanToken[], first: number): number {
  const prev = tokens[first - 1];
  let anchor = -1;
  let negators = NEGATORS;
  if (matchWord(prev, BEFORE) >= 0) anchor = first - 1;
  else if (first >= 2 && phraseAt(tokens, first - 2, EXCEPT_AFTER) === 0) anchor = first - 2;
  else if (matchWord(prev, UNTIL) >= 0) {
    anchor = first - 1;
    negators = FUTURE_NEGATOR;
  }
  if (anchor < 0) return -1;
  for (let j = anchor - 1; j >= 0 && j >= anchor - NOT_BEFORE_WINDOW; j--) {
    const t = tokens[j]!;
    if (t.kind === 'punct') return -1;
    if (matchWord(t, negators) >= 0) return j;
  }
  return -1;
}
