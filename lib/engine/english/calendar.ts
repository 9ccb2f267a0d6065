import type { Word } from './words';

/**
 * Calendar arithmetic for anchoring English dates to the article's date: days are counted since
 * 1970-01-01 (UTC), so offsets are plain subtraction and weekdays a modulo.
 */

/** A calendar day: days since 1970-01-01. */
export type CalendarDay = number;

const MS_PER_DAY = 86_400_000;
/** Sunday first, as Date.getUTCDay counts. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_INDEX: Record<string, number> = {
  january: 0, jan: 0, february: 1, feb: 1, march: 2, mar: 2, april: 3, apr: 3, may: 4, june: 5,
  jun: 5, july: 6, jul: 6, august: 7, aug: 7, september: 8, sep: 8, sept: 8, october: 9, oct: 9,
  november: 10, nov: 10, december: 11, dec: 11,
};
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;

function dayOf(year: number, month: number, date: number): CalendarDay {
  return Math.floor(Date.UTC(year, month, date) / MS_PER_DAY);
}

/**
 * The article's calendar day from an ISO date or date-time (the date as written, before any
 * time-zone shift: the outlet's own date). null for null, '' or anything that is not a real date.
 */
export function parsePublished(iso: string | null | undefined): CalendarDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return null;
  const [year, month, date] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const day = dayOf(year, month, date);
  const check = new Date(day * MS_PER_DAY);
  return check.getUTCMonth() === month && check.getUTCDate() === date ? day : null;
}

/** Days from the article's day to `day` (negative: before the article). */
export function dayOffset(published: CalendarDay, day: CalendarDay): number {
  return day - published;
}

/**
 * Days from the article's day to the named weekday (0 = Sunday): 'past' is the latest such day up
 * to the article's (0..-6), 'future' the next from it (0..6), 'nearest' whichever is closer.
 */
export function weekdayOffset(published: CalendarDay, weekday: number, direction: 'past' | 'future' | 'nearest'): number {
  const today = new Date(published * MS_PER_DAY).getUTCDay();
  const ahead = (weekday - today + 7) % 7;
  const behind = (today - weekday + 7) % 7;
  if (direction === 'future') return ahead;
  // `|| 0`: the same weekday is day 0, never -0.
  if (direction === 'past') return -behind || 0;
  return ahead < behind ? ahead : -behind || 0;
}

function dayNumberAt(text: string, words: Word[], k: number): { date: number; next: number } | null {
  const w = words[k];
  if (!w || !/^\d{1,2}$/.test(w.text)) return null;
  const date = Number(w.text);
  if (date < 1 || date > 31) return null;
  // "13th": the ordinal suffix is a separate word glued to the digits.
  const suffix = words[k + 1];
  const glued = suffix && suffix.start === w.end && /^(?:st|nd|rd|th)$/.test(suffix.text);
  if (!glued && /\p{L}/u.test(text[w.end] ?? '')) return null;
  return { date, next: glued ? k + 2 : k + 1 };
}

function monthAt(words: Word[], k: number): number | null {
  const w = words[k];
  if (!w || !w.capital) return null;
  return MONTH_INDEX[w.text] ?? null;
}

function yearAt(words: Word[], k: number): number | null {
  const w = words[k];
  if (!w || !/^\d{4}$/.test(w.text)) return null;
  const year = Number(w.text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/** calendarDateAt's test of its first word, by its text alone: a month's name, a number, 'the'. */
export function mayOpenCalendarDate(word: string): boolean {
  return word in MONTH_INDEX || /^\p{N}/u.test(word) || word === 'the';
}

/**
 * A calendar date at words[i] ("December 13", "Dec. 13, 2016", "13 December", "the 13th of
 * December"): its day (resolved to the year closest to the article's when no year is written;
 * null when it cannot be resolved), its year when written, and the index after it. null when
 * words[i] does not start a date.
 */
export function calendarDateAt(
  text: string,
  words: Word[],
  i: number,
  published: CalendarDay | null,
): { day: CalendarDay | null; year?: number; next: number } | null {
  let month: number | null = monthAt(words, i);
  let date: { date: number; next: number } | null = null;
  if (month !== null) {
    date = dayNumberAt(text, words, i + 1);
  } else {
    const k = words[i]?.text === 'the' ? i + 1 : i;
    date = dayNumberAt(text, words, k);
    if (date) {
      const of = words[date.next]?.text === 'of' ? 1 : 0;
      month = monthAt(words, date.next + of);
      if (month !== null) date = { date: date.date, next: date.next + of + 1 };
    }
    if (k !== i && month === null) return null;
  }
  if (month === null || !date) return null;
  const year = yearAt(words, date.next);
  const next = year === null ? date.next : date.next + 1;
  if (year !== null) return { day: dayOf(year, month, date.date), year, next };
  if (published === null) return { day: null, next };
  const pubYear = new Date(published * MS_PER_DAY).getUTCFullYear();
  let best = dayOf(pubYear, month, date.date);
  for (const y of [pubYear - 1, pubYear + 1]) {
    const candidate = dayOf(y, month, date.date);
    if (Math.abs(candidate - published) < Math.abs(best - published)) best = candidate;
  }
  return { day: best, next };
}

/** Words before 'May' that make it the month, not the verb ('since May', 'in early May'). */
const MAY_LEADS = new Set(['in', 'since', 'of', 'early', 'late', 'mid', 'until', 'till', 'by', 'from', 'last', 'next', 'back', 'during', 'before', 'after']);
const RELATIVE_MONTHS: ReadonlyArray<{ phrase: readonly string[]; months: number }> = [
  { phrase: ['last', 'month'], months: -1 },
  { phrase: ['this', 'month'], months: 0 },
  { phrase: ['next', 'month'], months: 1 },
];

/** monthOfYearAt's test of its first word, by its text alone: a month's name or a relative month's first word. */
export function mayOpenMonthOfYear(word: string): boolean {
  return word in MONTH_INDEX || RELATIVE_MONTHS.some((r) => r.phrase[0] === word);
}

/**
 * A month at words[i] ('since July', 'mid-November', 'September 2016', 'last month'), as months
 * since year 0 (year × 12 + month − 1), and the index after it. Without a written year it is the
 * latest such month up to the article's ('next July': the next one after it). null when words[i]
 * names no month, or no year can be told (no written year and no article date).
 */
export function monthOfYearAt(words: Word[], i: number, published: CalendarDay | null): { value: number; next: number } | null {
  const now = published === null ? null : new Date(published * MS_PER_DAY).getUTCFullYear() * 12 + new Date(published * MS_PER_DAY).getUTCMonth();
  if (now !== null) {
    for (const r of RELATIVE_MONTHS) {
      if (r.phrase.every((p, k) => words[i + k]?.text === p)) return { value: now + r.months, next: i + r.phrase.length };
    }
  }
  const month = monthAt(words, i);
  if (month === null) return null;
  if (words[i]!.text === 'may' && !MAY_LEADS.has(words[i - 1]?.text ?? '') && yearAt(words, i + 1) === null) return null;
  const year = yearAt(words, i + 1);
  if (year !== null) return { value: year * 12 + month, next: i + 2 };
  if (now === null) return null;
  const ahead = words[i - 1]?.text === 'next';
  let value = Math.floor(now / 12) * 12 + month;
  if (ahead ? value <= now : value > now) value += ahead ? 12 : -12;
  return { value, next: i + 1 };
}