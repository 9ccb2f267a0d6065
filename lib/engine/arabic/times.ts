import type { LayerContext, Span } from '../layer';
import type { TimeRef } from '../types';
import { digitNonQuantity } from './number-context';
import { mayOpenSpan, notBeforeNegator, spanAt } from './time-spans';
import {
  SYRIA_UTC_OFFSET_MIN, dayPartAt, hourWordAt, isHourWord, mayOpenHourWord, mayOpenMonth, minuteWordsAt, monthAfterDay, monthAt, to24h, weekdayOf, zoneAt,
} from './time-words';
import { matchWord, mayStartPhrase, normPhrases, normSet, phraseAt, scanSpan, spanOf, withoutConj, type Scan, type ScanToken } from './word-scan';

/**
 * Times in Arabic news text: clock times ('15:00 بتوقيت غرينتش', 'الساعة الثالثة بعد الظهر',
 * 'الساعة الـ7 مساء') in minutes after midnight GMT; days relative to the article's date
 * ('اليوم', 'غداً', 'مساء الثلاثاء', '13 كانون الأول'); delays ('خلال ساعات' → 0..12 hours);
 * years ('منذ 2012'). Bounds: 'حتى ليل الأربعاء' is 'by', 'لن … قبل يوم الجمعة' 'not-before'.
 *
 * Weekdays: with a known article date, a weekday marked 'المقبل'/'القادم' is the next one after
 * the date, 'الماضي' the last one before it; in a sentence with a future marker (سـ، سوف، لن،
 * المقبل، من المقرر…) the next on or after the date; otherwise the nearest one (three days either
 * way), which is how news copy uses bare day names. Without an article date a weekday alone is
 * encoded as value = -100 - weekday (Sunday 0 … Saturday 6), and calendar dates are dropped
 * (their year, if written, is still given as a 'year').
 */

// Weekday encoding when the article date is unknown: -100 (Sunday) … -106 (Saturday).
import { WEEKDAY_ONLY_BASE } from '../layer';
export { WEEKDAY_ONLY_BASE };
const MS_PER_DAY = 86_400_000;
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

interface Hit {
  ref: Omit<TimeRef, 'start' | 'end' | 'surface'>;
  first: number;
  last: number;
  prefix: number;
}

/** Relative day words, with the day they name. Longest first, so 'بعد غد' wins over 'غد'. */
const RELATIVE_DAYS = normPhrases<number>([
  ['اليوم', 0], ['الليلة', 0], ['هذا المساء', 0], ['هذه الليلة', 0], ['هذا الصباح', 0], ['الليلة الماضية', -1],
  ['غدا', 1], ['الغد', 1], ['يوم غد', 1], ['بعد غد', 2],
  ['أمس', -1], ['البارحة', -1], ['أول أمس', -2], ['أمس الأول', -2], ['أول من أمس', -2],
]);
/** Parts of a day that may lead a day word: 'مساء اليوم', 'صباح غد', 'ليل الأربعاء'. */
const DAY_LEADS = normSet(['مساء', 'صباح', 'ليل', 'ليلة', 'ظهر', 'عصر', 'فجر', 'يوم', 'نهار', 'منتصف', 'ظهيرة']);
/** 'غد' alone is 'tomorrow' only after a lead: 'صباح غد', 'غد الأربعاء'. */
const TOMORROW_BARE = normSet(['غد']);
const NEXT = normSet(['المقبل', 'القادم']);
const LAST = normSet(['الماضي', 'المنصرم', 'الفائت']);
const FUTURE_WORDS = normSet(['سوف', 'لن', 'المقبل', 'القادم', 'المقرر', 'المنتظر', 'يتوقع', 'مرتقب', 'مرتقبة', 'غدا']);
/** Words in سـ that are not future verbs (سيطرة، سيارة، سياسة…). */
const NOT_FUTURE = /^(سيطر|سيار|سياس|سياد|ستار|ستيف|سيرغ|سين|سنو|سنه|ستين|ستة|سبع|ستمئ)/;
const BY_LEADS = normPhrases<true>([['حتى', true], ['لغاية', true], ['بحلول', true], ['في موعد أقصاه', true], ['قبل', true]]);
const MIDNIGHT = normPhrases<true>([['منتصف الليل', true], ['منتصف ليل', true]]);
const SENTENCE_END = new Set(['.', '؟', '?', '!', '؛']);
/** How many tokens either side of a weekday are searched for a future marker (its sentence, capped). */
const FUTURE_WINDOW = 40;

/**
 * Times in text[span), offsets into `text`, in text order. [] when there are none, and for empty,
 * binary or non-Arabic input. See the module comment for how days and weekdays are resolved.
 * Never throws; linear in the span.
 */
export function findArabicTimes(text: string, span: Span, ctx: LayerContext): TimeRef[] {
  const scan = scanSpan(text, span);
  const anchor = articleDay(ctx?.published ?? null);
  return readTimes(scan, anchor).map((h) => ({ ...h.ref, ...spanOf(scan, h.first, h.last, h.prefix) }));
}

/**
 * Offsets of the negators that belong to a 'not before' time ('لن' in 'لن تتحرك قبل الجمعة',
 * 'ليس' in 'ليس قبل الخميس'): they bound a time and do not deny the event. [] when there are none.
 */
export function notBeforeNegations(text: string, span: Span): Span[] {
  const scan = scanSpan(text, span);
  const out: Span[] = [];
  // The engine reads a sentence's times just before its cues: reuse that reading (the negators
  // do not depend on the article's date).
  const hits = lastRead?.scan === scan ? lastRead.hits : readTimes(scan, null);
  for (const h of hits) {
    const neg = h.ref.bound === 'not-before' ? notBeforeNegator(scan.tokens, h.first) : -1;
    if (neg >= 0) {
      const { start, end } = spanOf(scan, neg, neg);
      out.push({ start, end });
    }
  }
  return out;
}

/**
 * Calendar dates written out with their year in text[span) ('13 كانون الأول/ديسمبر 2016',
 * '13/12/2016', '2016-12-13'): days since 1970-01-01 and where each starts, in text order. Dates
 * without a year are left out: nothing here says which year they mean. [] when there are none.
 */
export function findArabicWrittenDates(text: string, span: Span): { day: number; start: number }[] {
  const scan = scanSpan(text, span);
  const out: { day: number; start: number }[] = [];
  for (let i = 0; i < scan.tokens.length; i++) {
    // Anchored at day 0, a date's offset is its day number.
    const date = dateAt(scan.tokens, i, 0);
    if (!date?.yearWritten) continue;
    out.push({ day: date.value, start: spanOf(scan, i, i).start });
    i = date.last;
  }
  return out;
}

/** The article's date as days since the epoch (UTC), or null when unknown or unreadable. */
function articleDay(published: string | null): number | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Date.parse(published);
  return Number.isFinite(ms) ? Math.floor(ms / MS_PER_DAY) : null;
}

let lastRead: { scan: Scan; hits: Hit[] } | null = null;

function readTimes(scan: Scan, anchor: number | null): Hit[] {
  const hits = readTimesUncached(scan, anchor);
  lastRead = { scan, hits };
  return hits;
}

function readTimesUncached(scan: Scan, anchor: number | null): Hit[] {
  const tokens = scan.tokens;
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!mayOpenTime(tokens[i]!)) continue;
    const hit = clockAt(tokens, i) ?? dayAt(tokens, i, anchor) ?? weekHit(tokens, i, anchor) ?? spanHit(tokens, i) ?? yearAt(tokens, i, anchor) ?? monthHit(tokens, i, anchor);
    if (!hit) continue;
    hit.ref.bound = boundOf(tokens, hit.first, hit.ref.kind);
    hits.push(hit);
    i = hit.last;
  }
  return hits;
}

/**
 * Whether any time can start at this token. Each reader below first tests the token it would
 * start at, and those tests depend on the token alone (its text; a number or a word): so their
 * union is kept by the token's text, and the readers run only where one of them can succeed
 * (about one token in ten of news copy; the readers cost a quarter of the Arabic analysis when
 * they were tried at every token).
 */
function mayOpenTime(tok: ScanToken): boolean {
  if (tok.kind !== 'word') return tok.kind === 'num';
  let opens = OPENS_TIME.get(tok.text);
  if (opens === undefined) {
    opens = mayOpenClock(tok) || mayOpenDay(tok) || mayOpenWeek(tok) || mayOpenSpan(tok) || mayOpenYear(tok) || mayOpenMonthHit(tok);
    // Bounded by the language's word forms, but a hostile page may invent many: start afresh then.
    if (OPENS_TIME.size >= MAX_REMEMBERED_WORDS) OPENS_TIME.clear();
    OPENS_TIME.set(tok.text, opens);
  }
  return opens;
}

const OPENS_TIME = new Map<string, boolean>();
const MAX_REMEMBERED_WORDS = 50_000;

function boundOf(tokens: ScanToken[], first: number, kind: TimeRef['kind']): TimeRef['bound'] {
  if (kind !== 'year' && kind !== 'month' && notBeforeNegator(tokens, first) >= 0) return 'not-before';
  if (kind === 'span' || kind === 'year' || kind === 'month') return 'at';
  for (const p of BY_LEADS) if (first >= p.words.length && phraseAt(tokens, first - p.words.length, p.words) >= 0) return 'by';
  return 'at';
}

/** clockAt's test of its first token: a digit, 'الساعة', midnight, an hour in words. */
function mayOpenClock(tok: ScanToken | undefined): boolean {
  return tok?.kind === 'num' || isHourWord(tok) || mayStartPhrase(tok, MIDNIGHT) || mayOpenHourWord(tok);
}

function clockAt(tokens: ScanToken[], i: number): Hit | null {
  if (!mayOpenClock(tokens[i])) return null;
  let j = i;
  let prefix = 0;
  for (const p of mayStartPhrase(tokens[i], MIDNIGHT) ? MIDNIGHT : []) {
    const midnightPrefix = phraseAt(tokens, i, p.words);
    if (midnightPrefix >= 0) return clockHit(0, tokens, i, i + p.words.length - 1, midnightPrefix);
  }
  const lead = isHourWord(tokens[i]);
  if (lead) {
    prefix = Math.max(0, tokens[i]!.text.indexOf('ال'));
    j = i + 1;
    if (tokens[j]?.kind === 'word' && tokens[j]!.text === 'ال' && tokens[j + 1]?.joined) j++; // 'الساعة الـ7'
  }
  const t = tokens[j];
  let hour: number;
  let minutes = 0;
  let last: number;
  if (t?.kind === 'num' && tokens[j + 1]?.text === ':' && tokens[j + 2]?.joined && /^[0-9]{2}$/.test(tokens[j + 2]!.text)) {
    hour = Number(t.text);
    minutes = Number(tokens[j + 2]!.text);
    last = j + 2;
  } else if (t?.kind === 'num' && /^[0-9]{1,2}$/.test(t.text)) {
    hour = Number(t.text);
    last = j;
    // Without 'الساعة', a bare number is a time only with a part of the day or a zone: '7 مساء'.
    if (!lead && !dayPartAt(tokens, j + 1) && !zoneAt(tokens, j + 1)) return null;
  } else {
    // An hour in words: after 'الساعة', or alone with a part of the day ('في الثالثة عصرا').
    const w = hourWordAt(tokens, j);
    if (!w || (!lead && !partOfDayFollows(tokens, w.last + 1))) return null;
    hour = w.hour;
    last = w.last;
  }
  if (hour > 24 || minutes > 59) return null;
  const words = minuteWordsAt(tokens, last + 1);
  if (words) {
    minutes += words.minutes;
    last = words.last;
  }
  let k = last + 1;
  if (tokens[k]?.text === 'من' && dayPartAt(tokens, k + 1)) k++; // 'السابعة من مساء'
  const part = dayPartAt(tokens, k);
  // 'السادسة من صباح اليوم': the part sets the hour, and goes with the day word to the day.
  const withDay = part !== null && startsDay(tokens, part.last + 1);
  if (part && !withDay) last = part.last;
  // '… من مساء الثلاثاء بتوقيت غرينتش': the zone named after the day is the clock's.
  const dayEnd = withDay ? dayAt(tokens, part.last + 1, null)?.last : undefined;
  const zoneAfterDay = dayEnd !== undefined ? zoneAt(tokens, dayEnd + 1) : null;
  return clockHit(to24h(hour, part?.part ?? null) * 60 + minutes, tokens, i, last, prefix, zoneAfterDay);
}

/** A part of the day at token k, or after 'من' there ('الثالثة عصرا', 'السادسة من صباح'). */
function partOfDayFollows(tokens: ScanToken[], k: number): boolean {
  return dayPartAt(tokens, k) !== null || (tokens[k]?.text === 'من' && dayPartAt(tokens, k + 1) !== null);
}

function clockHit(localMinutes: number, tokens: ScanToken[], first: number, last: number, prefix: number, laterZone: { offset: number } | null = null): Hit {
  const zone = zoneAt(tokens, last + 1);
  const offset = zone ? zone.offset : laterZone ? laterZone.offset : SYRIA_UTC_OFFSET_MIN;
  const value = (((localMinutes - offset) % 1440) + 1440) % 1440;
  return { ref: { kind: 'clock', value, max: value }, first, last: zone ? zone.last : last, prefix };
}

/** Does a day word ('اليوم', 'غد', a weekday) start at token i? */
function startsDay(tokens: ScanToken[], i: number): boolean {
  return weekdayOf(tokens[i]) !== null || matchWord(tokens[i], TOMORROW_BARE) >= 0 || (mayStartPhrase(tokens[i], RELATIVE_DAYS) && RELATIVE_DAYS.some((p) => phraseAt(tokens, i, p.words) >= 0));
}

/** Relative days, weekdays and calendar dates, with an optional part-of-day lead. */
/** dayAt's test of its first token: a lead ('مساء'), a day word, a weekday, a date's digits. */
function mayOpenDay(tok: ScanToken | undefined): boolean {
  return tok?.kind === 'num' || matchWord(tok, DAY_LEADS) >= 0 || matchWord(tok, TOMORROW_BARE) >= 0 || mayStartPhrase(tok, RELATIVE_DAYS) || weekdayOf(tok) !== null;
}

function dayAt(tokens: ScanToken[], i: number, anchor: number | null): Hit | null {
  if (!mayOpenDay(tokens[i])) return null;
  let j = i;
  const leadTok = tokens[i];
  const leadPrefix = matchWord(leadTok, DAY_LEADS);
  const hasLead = leadPrefix >= 0 && i + 1 < tokens.length && tokens[i + 1]!.kind !== 'punct';
  if (hasLead) j = i + 1;
  if (hasLead && matchWord(tokens[j], DAY_LEADS) >= 0 && j + 1 < tokens.length) j++; // 'مساء يوم الثلاثاء'
  const prefix = Math.max(0, leadPrefix);
  let rel: number | null = null;
  let last = j - 1;
  const relative = mayStartPhrase(tokens[j], RELATIVE_DAYS) ? RELATIVE_DAYS.find((p) => phraseAt(tokens, j, p.words) >= 0) : undefined;
  if (relative) {
    rel = relative.value;
    last = j + relative.words.length - 1;
    const after = tokens[last + 1];
    // 'اليوم التالي', 'اليوم الأول' are some other day; 'الليلة' after a weekday is handled below.
    if (relative.words[0] === 'اليوم' && after?.kind === 'word' && after.text.startsWith('ال') && !weekdayOf(after)) return null;
  } else if (matchWord(tokens[j], TOMORROW_BARE) >= 0 && (hasLead || weekdayOf(tokens[j + 1]))) {
    rel = 1; // 'صباح غد', 'غد الأربعاء'
    last = j;
  }
  const wdTok = tokens[last + 1];
  const wd = weekdayOf(wdTok);
  let weekday: number | null = null;
  // 'الأحد' and 'الاثنين' need a day context: a lead, a day word, a qualifier or a date after them.
  if (wd && (rel !== null || hasLead || !wd.ambiguous || qualifierAt(tokens, last + 2) !== 0 || tokens[last + 2]?.kind === 'num')) {
    weekday = wd.day;
    last += 1;
  }
  if (rel === null && weekday === null && last < j) {
    const date = dateAt(tokens, j, anchor);
    if (!date) return null;
    return { ref: { kind: 'day', value: date.value, max: date.value }, first: hasLead ? i : j, last: date.last, prefix: hasLead ? prefix : 0 };
  }
  if (rel === null && weekday === null) return null;
  const qualifier = weekday !== null ? qualifierAt(tokens, last + 1) : 0;
  if (qualifier !== 0) last += 1;
  const date = dateAt(tokens, last + 1, anchor);
  let value: number | null;
  if (date) {
    value = date.value;
    last = date.last;
  } else if (rel !== null) value = rel;
  else value = resolveWeekday(weekday!, qualifier, isFutureSentence(tokens, i), anchor);
  return { ref: { kind: 'day', value, max: value }, first: hasLead ? i : j, last, prefix: hasLead ? prefix : 0 };
}

/** +1 for 'المقبل'/'القادم', -1 for 'الماضي', 0 for neither. */
function qualifierAt(tokens: ScanToken[], i: number): number {
  const t = tokens[i];
  if (t?.kind !== 'word') return 0;
  return NEXT.has(t.text) ? 1 : LAST.has(t.text) ? -1 : 0;
}

function resolveWeekday(day: number, qualifier: number, future: boolean, anchor: number | null): number {
  if (anchor === null) return WEEKDAY_ONLY_BASE - day;
  const ahead = (day - new Date(anchor * MS_PER_DAY).getUTCDay() + 7) % 7; // 0..6 days on
  if (qualifier > 0) return ahead === 0 ? 7 : ahead;
  if (qualifier < 0) return ahead === 0 ? -7 : ahead - 7;
  if (future) return ahead;
  return ahead <= 3 ? ahead : ahead - 7;
}

/** Whether the sentence around token i speaks of the future (سـ + verb, سوف، لن، المقبل…). */
function isFutureSentence(tokens: ScanToken[], i: number): boolean {
  let from = i;
  while (from > 0 && from > i - FUTURE_WINDOW && !SENTENCE_END.has(tokens[from - 1]!.text)) from--;
  for (let j = from; j < tokens.length && j < i + FUTURE_WINDOW && !SENTENCE_END.has(tokens[j]!.text); j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') continue;
    const w = withoutConj(t.text);
    if (matchWord(t, FUTURE_WORDS) >= 0 || (/^س[يتن]/.test(w) && w.length >= 5 && !NOT_FUTURE.test(w))) return true;
  }
  return false;
}

/** '13 ديسمبر', '13 كانون الأول 2016', '13/12/2016', '2016-12-13': days from the anchor. */
function dateAt(tokens: ScanToken[], i: number, anchor: number | null): { value: number; last: number; yearWritten: boolean } | null {
  const t = tokens[i];
  if (t?.kind !== 'num' || anchor === null) return null;
  let day: number, month: number, year: number | null = null, last: number;
  const month1 = monthAfterDay(tokens, i + 1);
  if (month1 && /^[0-9]{1,2}$/.test(t.text)) {
    day = Number(t.text);
    month = month1.month;
    last = month1.last;
    let k = last + 1;
    if (tokens[k]?.text === '/' && monthAt(tokens, k + 1)) k = monthAt(tokens, k + 1)!.last + 1; // 'ديسمبر/كانون الأول'
    if (tokens[k]?.kind === 'num' && /^[0-9]{4}$/.test(tokens[k]!.text)) year = Number(tokens[k]!.text);
    if (year !== null) last = k;
    else last = k - 1;
  } else {
    const sep = tokens[i + 1]?.text;
    if ((sep !== '/' && sep !== '-') || tokens[i + 3]?.text !== sep || tokens[i + 4]?.kind !== 'num') return null;
    const parts = [t.text, tokens[i + 2]!.text, tokens[i + 4]!.text].map(Number);
    [day, month, year] = parts[0]! > 31 ? [parts[2]!, parts[1]!, parts[0]!] : [parts[0]!, parts[1]!, parts[2]!];
    last = i + 4;
  }
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(2000 + (year ?? 0) % 4, month, 0)).getUTCDate()) return null;
  const anchorYear = new Date(anchor * MS_PER_DAY).getUTCFullYear();
  const years = year !== null ? [year] : [anchorYear - 1, anchorYear, anchorYear + 1];
  let best: number | null = null;
  for (const y of years) {
    const d = Date.UTC(y, month - 1, day) / MS_PER_DAY - anchor;
    if (best === null || Math.abs(d) < Math.abs(best)) best = d;
  }
  return { value: best!, last, yearWritten: year !== null };
}

function spanHit(tokens: ScanToken[], i: number): Hit | null {
  const s = spanAt(tokens, i);
  return s ? { ref: { kind: s.kind, value: s.value, max: s.max }, first: s.first, last: s.last, prefix: s.prefix } : null;
}

const YEAR_LEADS = normSet(['عام', 'العام', 'سنة', 'السنة']);
/** Years named relative to the article's: 'العام الماضي' is the year before its date. */
const RELATIVE_YEARS = normPhrases<number>([
  ['العام الماضي', -1], ['السنة الماضية', -1], ['العام المنصرم', -1], ['العام الحالي', 0], ['العام الجاري', 0],
  ['هذا العام', 0], ['السنة الحالية', 0], ['هذه السنة', 0], ['العام المقبل', 1], ['العام القادم', 1], ['السنة المقبلة', 1],
]);

/** yearAt's test of its first token: digits, 'عام', 'العام الماضي'. */
function mayOpenYear(tok: ScanToken | undefined): boolean {
  return tok?.kind === 'num' || matchWord(tok, YEAR_LEADS) >= 0 || mayStartPhrase(tok, RELATIVE_YEARS);
}

/** '2012', 'عام 2016', and with a known article date 'العام الماضي'; null if none. */
function yearAt(tokens: ScanToken[], i: number, anchor: number | null): Hit | null {
  const t = tokens[i];
  if (!mayOpenYear(t)) return null;
  if (anchor !== null && mayStartPhrase(t, RELATIVE_YEARS)) {
    for (const p of RELATIVE_YEARS) {
      const prefix = phraseAt(tokens, i, p.words);
      if (prefix < 0) continue;
      const year = new Date(anchor * MS_PER_DAY).getUTCFullYear() + p.value;
      return { ref: { kind: 'year', value: year, max: year }, first: i, last: i + p.words.length - 1, prefix };
    }
  }
  const leadPrefix = matchWord(t, YEAR_LEADS);
  const lead = leadPrefix >= 0 && tokens[i + 1]?.kind === 'num';
  const n = lead ? i + 1 : i;
  const num = tokens[n];
  if (num?.kind !== 'num' || !/^[0-9]{4}$/.test(num.text)) return null;
  const year = Number(num.text);
  if (year < YEAR_MIN || year > YEAR_MAX || digitNonQuantity(tokens, n)?.kind !== 'year') return null;
  return { ref: { kind: 'year', value: year, max: year }, first: i, last: n, prefix: lead ? leadPrefix : 0 };
}

/** Months named relative to the article's: 'الشهر الماضي' is the month before its date. */
const RELATIVE_MONTHS = normPhrases<number>([
  ['الشهر الماضي', -1], ['الشهر المنصرم', -1], ['الشهر الفائت', -1], ['الشهر الجاري', 0], ['الشهر الحالي', 0], ['هذا الشهر', 0],
  ['الشهر المقبل', 1], ['الشهر القادم', 1],
]);

/** monthHit's test of its first token: a month's name, 'الشهر الماضي'. */
function mayOpenMonthHit(tok: ScanToken | undefined): boolean {
  return mayOpenMonth(tok) || mayStartPhrase(tok, RELATIVE_MONTHS);
}

/** Months since year 0 of a day number. */
function monthOfDay(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/**
 * A month ('منذ يوليو الماضي', 'منتصف تشرين الثاني/نوفمبر', 'أيار 2016', 'الشهر الماضي') at token
 * i, as months since year 0. Without a written year it is the latest such month up to the
 * article's ('المقبل': the next one after it); null without the article's date or a year.
 */
function monthHit(tokens: ScanToken[], i: number, anchor: number | null): Hit | null {
  if (!mayOpenMonthHit(tokens[i])) return null;
  if (anchor !== null && mayStartPhrase(tokens[i], RELATIVE_MONTHS)) {
    for (const p of RELATIVE_MONTHS) {
      const prefix = phraseAt(tokens, i, p.words);
      if (prefix < 0) continue;
      const m = monthOfDay(anchor) + p.value;
      return { ref: { kind: 'month', value: m, max: m }, first: i, last: i + p.words.length - 1, prefix };
    }
  }
  const named = monthAt(tokens, i);
  // '13 كانون الأول 2016' without the article's date: a date, which gives only its year.
  if (!named || (tokens[i - 1]?.kind === 'num' && /^[0-9]{1,2}$/.test(tokens[i - 1]!.text))) return null;
  let last = named.last;
  if (tokens[last + 1]?.text === '/' && monthAt(tokens, last + 2)) last = monthAt(tokens, last + 2)!.last; // 'أيار/مايو'
  const yearTok = tokens[last + 1];
  let value: number;
  if (yearTok?.kind === 'num' && /^[0-9]{4}$/.test(yearTok.text) && Number(yearTok.text) >= YEAR_MIN && Number(yearTok.text) <= YEAR_MAX) {
    value = Number(yearTok.text) * 12 + named.month - 1;
    last++;
  } else {
    if (anchor === null) return null;
    const now = monthOfDay(anchor);
    const next = matchWord(tokens[last + 1], NEXT) >= 0;
    if (next || matchWord(tokens[last + 1], LAST) >= 0) last++;
    const year = Math.floor(now / 12);
    value = year * 12 + named.month - 1;
    if (next ? value <= now : value > now) value += next ? 12 : -12;
  }
  return { ref: { kind: 'month', value, max: value }, first: i, last, prefix: 0 };
}

/** Weeks named relative to the article's: 'الأسبوع الماضي' is the calendar week before its week. */
const RELATIVE_WEEKS = normPhrases<number>([
  ['الأسبوع الماضي', -1], ['الأسبوع المنصرم', -1], ['الأسبوع الفائت', -1], ['الأسبوع الجاري', 0], ['الأسبوع الحالي', 0], ['هذا الأسبوع', 0],
  ['الأسبوع المقبل', 1], ['الأسبوع القادم', 1],
]);
/** Leads that take the first or the last days of a week: 'مطلع الأسبوع المقبل', 'أواخر الأسبوع الماضي'. */
const WEEK_START = normSet(['مطلع', 'بداية', 'أوائل', 'أول']);
const WEEK_END = normSet(['نهاية', 'أواخر', 'آخر', 'ختام']);

/**
 * A week at token i ('الأسبوع الماضي', 'مطلع الأسبوع المقبل') as a range of days from the article's
 * (weeks run Sunday to Saturday; a start or an end lead takes three days of it). null without the
 * article's date.
 */
/** weekHit's test of its first token: 'مطلع', 'نهاية', 'الأسبوع الماضي'. */
function mayOpenWeek(tok: ScanToken | undefined): boolean {
  return matchWord(tok, WEEK_START) >= 0 || matchWord(tok, WEEK_END) >= 0 || mayStartPhrase(tok, RELATIVE_WEEKS);
}

function weekHit(tokens: ScanToken[], i: number, anchor: number | null): Hit | null {
  if (anchor === null) return null;
  const start = matchWord(tokens[i], WEEK_START) >= 0;
  const end = !start && matchWord(tokens[i], WEEK_END) >= 0;
  const j = start || end ? i + 1 : i;
  if (!mayStartPhrase(tokens[j], RELATIVE_WEEKS)) return null;
  for (const p of RELATIVE_WEEKS) {
    const prefix = phraseAt(tokens, j, p.words);
    if (prefix < 0) continue;
    const sunday = -new Date(anchor * MS_PER_DAY).getUTCDay() + 7 * p.value;
    const [value, max] = start ? [sunday, sunday + 2] : end ? [sunday + 4, sunday + 6] : [sunday, sunday + 6];
    return { ref: { kind: 'day', value, max }, first: i, last: j + p.words.length - 1, prefix: start || end ? 0 : prefix };
  }
  return null;
}

