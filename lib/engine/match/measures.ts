import type { Quantity, TimeRef } from '../types';
import { WEEKDAY_ONLY_BASE } from '../layer';
import { compatibleConcepts, getConcept } from '../lexicon';
import { ALEPPO } from '../claims';

/**
 * Figures and times: when two statements give the same measure or the same event's time, and
 * when their values disagree. A vaguer value ('more than 90%', 'within hours') is a range, and
 * only ranges that cannot overlap disagree.
 */

/** Relative slack around an approximate figure ('نحو 70%' covers 60–80%). */
const ABOUT_SLACK = 0.15;

/** The values a figure allows. */
export function range(q: Quantity): [number, number] {
  switch (q.approx) {
    case 'exact':
      return [q.value, q.max ?? q.value];
    case 'about':
      return [q.value * (1 - ABOUT_SLACK), (q.max ?? q.value) * (1 + ABOUT_SLACK)];
    case 'more':
      return [q.value, Infinity];
    case 'less':
      return [0, q.value];
    default:
      return [q.value, Math.max(q.max ?? q.value, q.value)];
  }
}

/**
 * Whether two figures measure the same thing: the same unit, given for the same event, and a
 * share of the same whole (percentages) or a count of compatible things (counts; a count whose
 * noun is left out, 'اختفاء المئات', takes it from the event).
 */
export function sameMeasure(a: Quantity, b: Quantity): boolean {
  if (a.unit !== b.unit) return false;
  if (a.event && b.event && !compatibleConcepts(a.event, b.event)) return false;
  // A share whose whole is not named is taken as a share of the city, the usual whole.
  if (a.unit === 'percent') return (a.base ?? ALEPPO) === (b.base ?? ALEPPO);
  if (a.counts && b.counts) return compatibleConcepts(a.counts, b.counts);
  // A count whose noun is left out counts the people the event happens to ('إعدام العشرات'):
  // not the neighbourhoods or buses the other figure counts ('82 civilians in four neighbourhoods').
  const named = a.counts ?? b.counts;
  if (named && getConcept(named)?.kind !== 'actor') return false;
  return !!a.event && !!b.event;
}

/** How precise a figure is: 'exact' and 'about' give a value, the others only a bound or a size. */
export function isPrecise(q: Quantity): boolean {
  return q.approx === 'exact' || q.approx === 'about';
}

/** Day numbers (days since 1970) of the page and the source, where known. */
export interface ArticleDays {
  page: number | null;
  source: number | null;
}

/** Hours after the start of the page's day a time covers, or null when not comparable. */
function hours(t: TimeRef, shiftDays: number): [number, number] | null {
  const shift = shiftDays * 24;
  if (t.kind === 'day') {
    if (t.value <= WEEKDAY_ONLY_BASE) return null;
    // 'by Wednesday night' (حتى ليل الأربعاء) is any time up to then.
    if (t.bound === 'by') return [-Infinity, (t.max ?? t.value) * 24 + 24 + shift];
    return t.bound === 'not-before' ? [t.value * 24 + shift, Infinity] : [t.value * 24 + shift, (t.max ?? t.value) * 24 + 24 + shift];
  }
  if (t.kind === 'span') return t.bound === 'not-before' ? [t.value + shift, Infinity] : [t.value + shift, (t.max ?? t.value) + shift];
  return null;
}

function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; Sunday is 0
}

/**
 * Whether two times of the same event disagree: null when they cannot be compared (a clock time
 * against a day, a weekday whose week is unknown against a span…).
 */
export function timesConflict(a: TimeRef, b: TimeRef, days: ArticleDays): boolean | null {
  if (a.kind === 'clock' && b.kind === 'clock') return Math.abs(a.value - b.value) > 30;
  if (a.kind === 'year' && b.kind === 'year') return a.value !== b.value;
  if (a.kind === 'month' && b.kind === 'month') return a.value !== b.value;
  if (a.kind === 'day' && b.kind === 'day' && (a.value <= WEEKDAY_ONLY_BASE || b.value <= WEEKDAY_ONLY_BASE)) {
    if ((a.bound ?? 'at') !== 'at' || (b.bound ?? 'at') !== 'at') return null;
    const wa = a.value <= WEEKDAY_ONLY_BASE ? WEEKDAY_ONLY_BASE - a.value : days.page !== null ? weekday(days.page + a.value) : null;
    const wb = b.value <= WEEKDAY_ONLY_BASE ? WEEKDAY_ONLY_BASE - b.value : days.source !== null ? weekday(days.source + b.value) : null;
    return wa === null || wb === null ? null : wa !== wb;
  }
  const shift = days.page !== null && days.source !== null ? days.source - days.page : 0;
  const ha = hours(a, 0);
  const hb = hours(b, shift);
  if (!ha || !hb) return null;
  // Two days are calendar days: Thursday is not Wednesday ('first buses leave on Thursday' against
  // 'Tuesday night or Wednesday morning'), however close. Days count from the article's day and
  // spans from the moment of writing: against a span, allow half a day of slack.
  if (a.kind === 'day' && b.kind === 'day') return ha[1] <= hb[0] || hb[1] <= ha[0];
  return ha[1] + 12 < hb[0] || hb[1] + 12 < ha[0];
}

