import { findArabicWrittenDates } from './arabic/times';
import { calendarDateAt } from './english/calendar';
import { wordsOf } from './english/words';

/**
 * A page's date as its readers see it, for pages that give no machine-readable one: the dateline
 * or byline's '13 كانون الأول/ديسمبر 2016', 'Wednesday, December 14, 2016', '14/12/2016'. The
 * engine places a claim's 'Tuesday' and its date window by the article's date, so an undated
 * page matches far worse (on the public sample, F1 0.92 → 0.84 with the dates taken out).
 *
 * Only full dates (day, month and year) count: a bare 'December 13' could be any year.
 */

/** Years a news page's own date can have. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
/** Longest text read for a date: a dateline or a byline, not an article. */
const MAX_DATE_TEXT_CHARS = 300;
/** The top of an article a dateline can sit in: its first lines, if short. */
const DATELINE_LINES = 4;
const DATELINE_MAX_LINE_CHARS = 160;
/**
 * …or the dateline that opens a paragraph, up to its dash: 'ALEPPO, Syria, Dec. 13, 2016 (Reuters)
 * -', 'حلب – 13 كانون الأول 2016 (أ ف ب) –'. A long line with no such dash is story text.
 */
const DATELINE_LEAD_CHARS = 80;
const DATELINE_DASH = /\s[-–—](?=\s|$)|[–—]/g;
/** A dateline is a place, a date and an agency: a longer lead is a sentence. */
const DATELINE_MAX_WORDS = 10;

const MS_PER_DAY = 86_400_000;

function isoDay(day: number): string | null {
  const d = new Date(day * MS_PER_DAY);
  const year = d.getUTCFullYear();
  return Number.isNaN(year) || year < MIN_YEAR || year > MAX_YEAR ? null : d.toISOString().slice(0, 10);
}

/**
 * The first full date written in `text` (Arabic or English, any digits), as an ISO day
 * (YYYY-MM-DD); null when it names none. Reads at most the first 300 characters.
 */
export function writtenDate(text: string): string | null {
  if (typeof text !== 'string' || !/\d|[\u0660-\u0669\u06f0-\u06f9]/.test(text)) return null;
  const head = text.slice(0, MAX_DATE_TEXT_CHARS);
  const found: { day: number; start: number }[] = findArabicWrittenDates(head, { start: 0, end: head.length });
  const words = wordsOf(head, 0, head.length);
  for (let i = 0; i < words.length; i++) {
    const date = calendarDateAt(head, words, i, null);
    if (date?.year !== undefined && date.day !== null) {
      found.push({ day: date.day, start: words[i]!.start });
      break;
    }
  }
  found.sort((a, b) => a.start - b.start);
  for (const f of found) {
    const iso = isoDay(f.day);
    if (iso) return iso;
  }
  return null;
}

/**
 * The date of a dateline at the top of an article's text: a full date on one of its first short
 * lines, or at the very start of its first long one. null when there is none (a date further
 * into the story is what the story is about, not when it was written).
 */
export function datelineDate(text: string): string | null {
  if (typeof text !== 'string') return null;
  let seen = 0;
  for (let from = 0; from < text.length && seen < DATELINE_LINES; ) {
    const at = text.indexOf('\n', from);
    const end = at < 0 ? text.length : at;
    const whole = text.slice(from, Math.min(end, from + DATELINE_MAX_LINE_CHARS + 1));
    from = end + 1;
    const line = whole.trim();
    if (!line) continue;
    seen++;
    const long = whole.length > DATELINE_MAX_LINE_CHARS;
    let lead = line;
    if (long) {
      // Up to the last dash: 'حلب - 13 كانون الأول 2016 (أ ف ب) -' has two.
      const dashes = [...line.slice(0, DATELINE_LEAD_CHARS).matchAll(DATELINE_DASH)].filter((m) => m.index! > 0);
      const last = dashes[dashes.length - 1];
      if (!last) continue;
      lead = line.slice(0, last.index);
      if (lead.split(/\s+/).length > DATELINE_MAX_WORDS) continue;
    }
    const date = writtenDate(lead);
    if (date) return date;
  }
  return null;
}

/** Printed date texts read, at most, and characters of each: they come from an untrusted page. */
const MAX_PRINTED_TEXTS = 6;
const MAX_PRINTED_TEXT_CHARS = 200;

/**
 * The page's date from the date texts it prints for readers (a byline, a dateline, a <time>
 * without a machine-readable value: lib/dom/metadata.ts findPrintedDates), as an ISO day; null
 * when none holds a full date, or when `texts` is not a list of strings.
 */
export function printedDate(texts: unknown): string | null {
  if (!Array.isArray(texts)) return null;
  for (const t of texts.slice(0, MAX_PRINTED_TEXTS)) {
    if (typeof t !== 'string') continue;
    const date = writtenDate(t.slice(0, MAX_PRINTED_TEXT_CHARS));
    if (date) return date;
  }
  return null;
}
