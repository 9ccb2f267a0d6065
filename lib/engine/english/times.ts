import type { LayerContext, Span } from '../layer';
import type { TimeRef } from '../types';
import { clockAt, mayOpenClock } from './clock';
import { calendarDateAt, dayOffset, mayOpenCalendarDate, mayOpenMonthOfYear, monthOfYearAt, parsePublished, weekdayOffset, WEEKDAYS, type CalendarDay } from './calendar';
import { durationAt, mayOpenDuration } from './durations';
import { phraseAt, readsAsYear, wordsOf, type Word } from './words';

/**
 * Times and dates in English news text, anchored to the article's date: clock times in GMT
 * minutes (3 p.m. GMT, 1500 GMT, 7 pm local time), days relative to the article (Tuesday
 * evening, tomorrow, December 13, 13 Dec 2016), expected delays in hours (within hours, several
 * more days) and bare years. Weekdays are resolved by tense: a past-tense "on Tuesday" is the
 * latest Tuesday up to the article's date, a future one the next; the tense is the nearest tense
 * word before the weekday, else the sentence's. Relative days need the article's date; without
 * it only clocks, delays and years are returned.
 */

/** How far back from a weekday its own verb is looked for ("said on Tuesday … would leave on Thursday"). */
const TENSE_WINDOW_WORDS = 8;
const FUTURE_WORDS = new Set(['will', "'ll", 'would', 'shall', 'expected', 'due', 'scheduled', 'set', 'plans', 'planned', 'next', 'until', 'must', 'deadline']);
const PAST_WORDS = new Set(['said', 'told', 'announced', 'reported', 'added', 'stated', 'confirmed', 'was', 'were', 'had', 'did', 'began', 'started', 'ended', 'last', 'since', 'ago']);

/** Whether the clause before words[i] is in the future, by its nearest tense word; null if none. */
function futureBefore(words: Word[], i: number): boolean | null {
  for (let k = i - 1; k >= 0 && k >= i - TENSE_WINDOW_WORDS; k--) {
    const w = words[k]!.text;
    if (FUTURE_WORDS.has(w) || w.endsWith("'ll")) return true;
    if (PAST_WORDS.has(w)) return false;
  }
  return null;
}

/**
 * Whether a weekday dates a saying that follows it: 'On Tuesday night, Churkin told the Council
 * that the operation would be over' is a past Tuesday, whatever the reported words' tense. Looks at
 * the first tense word after the weekday, within TENSE_WINDOW_WORDS: true when it is past.
 */
function pastAfter(words: Word[], i: number): boolean {
  for (let k = i + 1; k < words.length && k <= i + TENSE_WINDOW_WORDS + 2; k++) {
    const w = words[k]!.text;
    if (FUTURE_WORDS.has(w) || w.endsWith("'ll")) return false;
    if (PAST_WORDS.has(w)) return true;
  }
  return false;
}

/** Words that put a sentence's weekdays in the future ("will begin on Thursday"). */
const FUTURE_RE = /\b(?:will|'ll|shall|expected|due|scheduled|set to|plans? to|planned|going to|is to|are to|must|has to|have to|deadline|not before|no earlier than|not until|next|coming|upcoming|would)\b/i;

const BOUNDS: ReadonlyArray<{ phrase: readonly string[]; bound: NonNullable<TimeRef['bound']> }> = [
  { phrase: ['not', 'before'], bound: 'not-before' },
  { phrase: ['no', 'earlier', 'than'], bound: 'not-before' },
  { phrase: ['not', 'until'], bound: 'not-before' },
  { phrase: ['not', 'till'], bound: 'not-before' },
  { phrase: ['by'], bound: 'by' },
  { phrase: ['before'], bound: 'by' },
  { phrase: ['no', 'later', 'than'], bound: 'by' },
];

const RELATIVE_DAYS: ReadonlyArray<{ phrase: readonly string[]; days: number }> = [
  { phrase: ['today'], days: 0 },
  { phrase: ['tonight'], days: 0 },
  { phrase: ['this', 'morning'], days: 0 },
  { phrase: ['this', 'afternoon'], days: 0 },
  { phrase: ['this', 'evening'], days: 0 },
  { phrase: ['tomorrow'], days: 1 },
  { phrase: ['yesterday'], days: -1 },
  { phrase: ['last', 'night'], days: -1 },
  { phrase: ['the', 'day', 'before', 'yesterday'], days: -2 },
  { phrase: ['the', 'day', 'after', 'tomorrow'], days: 2 },
];
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);

/** A day reference at words[i]: offset in days and the index after it, or null. */
function dayAt(text: string, words: Word[], i: number, published: CalendarDay | null, future: boolean): { days: number; next: number } | null {
  if (!published) return null;
  for (const r of RELATIVE_DAYS) {
    const len = phraseAt(words, i, r.phrase);
    if (len) return { days: r.days, next: i + len };
  }
  let k = i;
  let direction: 'past' | 'future' | 'nearest' = future ? 'future' : 'past';
  if (words[k]?.text === 'last' || words[k]?.text === 'next' || words[k]?.text === 'this') {
    direction = words[k]!.text === 'last' ? 'past' : words[k]!.text === 'next' ? 'future' : direction;
    k++;
  }
  const weekday = WEEKDAYS.indexOf(words[k]?.text ?? '');
  if (weekday >= 0 && words[k]!.capital) {
    // "Thursday, December 15": the written date settles which Thursday.
    const dated = calendarDateAt(text, words, k + 1, published);
    if (dated?.day != null) return { days: dayOffset(published, dated.day), next: dated.next };
    let days = weekdayOffset(published, weekday, direction);
    if (words[i]!.text === 'last' && days === 0) days = -7;
    if (words[i]!.text === 'next' && days === 0) days = 7;
    const next = PARTS_OF_DAY.has(words[k + 1]?.text ?? '') ? k + 2 : k + 1;
    return { days, next };
  }
  const date = calendarDateAt(text, words, i, published);
  if (date?.day != null) return { days: dayOffset(published, date.day), next: date.next };
  // "two days ago"
  const ago = durationAt(words, i);
  if (ago && words[ago.next]?.text === 'ago' && ago.unitHours >= 24) {
    return { days: -Math.round(ago.value / 24), next: ago.next + 1 };
  }
  return null;
}

/**
 * A week at words[i] ('last week', 'early next week', 'later this week') as a range of days from
 * the article's (weeks run Sunday to Saturday; early and late take three days of it); null if none.
 */
function weekAt(words: Word[], i: number, published: CalendarDay): { from: number; to: number; next: number } | null {
  let k = i;
  const part = words[k]?.text === 'early' || words[k]?.text === 'earlier' ? 'start' : words[k]?.text === 'late' || words[k]?.text === 'later' ? 'end' : null;
  if (part) k++;
  const which = words[k]?.text === 'last' ? -1 : words[k]?.text === 'next' ? 1 : words[k]?.text === 'this' ? 0 : null;
  if (which === null || words[k + 1]?.text !== 'week') return null;
  const sunday = weekdayOffset(published, 0, 'past') + 7 * which;
  const [from, to] = part === 'start' ? [sunday, sunday + 2] : part === 'end' ? [sunday + 4, sunday + 6] : [sunday, sunday + 6];
  return { from, to, next: k + 2 };
}

/** How far back a negation turns "before Friday" into "not before Friday" ("will not start before"). */
const NEGATION_REACH_WORDS = 3;

function negatedBefore(words: Word[], i: number): boolean {
  for (let k = Math.max(0, i - NEGATION_REACH_WORDS); k < i; k++) {
    const w = words[k]!.text;
    if (w === 'not' || w === 'never' || w === 'cannot' || w.endsWith("n't")) return true;
  }
  return false;
}

/** "the past two days", "the last few hours": a look back, not an expected delay. */
function looksBack(words: Word[], at: number): boolean {
  const before = words[at - 1]?.text ?? '';
  if (before === 'past' || before === 'previous') return true;
  return before === 'last' && /^(?:the|these|those)$/.test(words[at - 2]?.text ?? '');
}

/** Words that open a week ('early next week') or steer a weekday ('last Tuesday'). */
const WEEK_LEADS = new Set(['early', 'earlier', 'late', 'later', 'last', 'next', 'this']);
/** First words of the bounds and relative days. */
const LEAD_WORDS = new Set([...BOUNDS.map((b) => b.phrase[0]!), ...RELATIVE_DAYS.map((r) => r.phrase[0]!), ...WEEK_LEADS, ...WEEKDAYS]);

/**
 * Whether any time can start at a word with this text. Each reader below first tests the word it
 * starts at (or the bound before it), and those tests depend on the word's text alone, so their
 * union is remembered per text and the readers run only where one of them can succeed: tried at
 * every word they were a fifth of a cold English analysis.
 */
function mayOpenTime(word: string): boolean {
  let opens = OPENS_TIME.get(word);
  if (opens === undefined) {
    opens = LEAD_WORDS.has(word) || mayOpenClock(word) || mayOpenCalendarDate(word) || mayOpenDuration(word) || mayOpenMonthOfYear(word);
    // Bounded by the language's words, but a hostile page may invent many: start afresh then.
    if (OPENS_TIME.size >= MAX_REMEMBERED_WORDS) OPENS_TIME.clear();
    OPENS_TIME.set(word, opens);
  }
  return opens;
}

const OPENS_TIME = new Map<string, boolean>();
const MAX_REMEMBERED_WORDS = 50_000;

/**
 * Times in text[span.start, span.end) in text order, offsets into `text`. [] when there are none.
 */
export function findEnglishTimes(text: string, span: Span, ctx: LayerContext): TimeRef[] {
  const words = wordsOf(text, span.start, span.end);
  if (words.length === 0) return [];
  const published = parsePublished(ctx.published);
  const future = FUTURE_RE.test(text.slice(span.start, span.end));
  const out: TimeRef[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!mayOpenTime(words[i]!.text)) continue;
    let bound: TimeRef['bound'] | undefined;
    let at = i;
    for (const b of BOUNDS) {
      const len = phraseAt(words, i, b.phrase);
      if (len) {
        bound = b.bound === 'by' && words[i]!.text === 'before' && negatedBefore(words, i) ? 'not-before' : b.bound;
        at = i + len;
        break;
      }
    }
    const startOf = (k: number) => words[bound ? i : k]!.start;
    const push = (kind: TimeRef['kind'], value: number, max: number, first: number, next: number, endOffset?: number) => {
      const start = startOf(first);
      const end = endOffset ?? words[next - 1]!.end;
      const ref: TimeRef = { kind, value, max, start, end, surface: text.slice(start, end) };
      if (bound) ref.bound = bound;
      out.push(ref);
      i = next - 1;
    };
    const clock = clockAt(text, words, at);
    if (clock) {
      push('clock', clock.minutes, clock.minutes, at, clock.next, clock.end);
      continue;
    }
    const day = dayAt(text, words, at, published, bound !== undefined || (futureBefore(words, at) ?? (future && !pastAfter(words, at))));
    if (day) {
      push('day', day.days, day.days, at, day.next);
      continue;
    }
    const week = published === null ? null : weekAt(words, at, published);
    if (week) {
      push('day', week.from, week.to, at, week.next);
      continue;
    }
    const delay = durationAt(words, at);
    if (delay && !looksBack(words, at)) {
      push('span', delay.min, delay.max, at, delay.next);
      continue;
    }
    const date = published ? null : calendarDateAt(text, words, at, null);
    if (date?.year !== undefined) {
      // A full date without the article's date to anchor it still gives its year.
      push('year', date.year, date.year, at, date.next);
      continue;
    }
    if (!bound && readsAsYear(words, i) && !/^(?:gmt|utc|hours|hrs|local)$/.test(words[i + 1]?.text ?? '')) {
      push('year', Number(words[i]!.text), Number(words[i]!.text), i, i + 1);
      continue;
    }
    const month = bound ? null : monthOfYearAt(words, at, published);
    if (month) push('month', month.value, month.value, at, month.next);
  }
  return out;
}
