import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calendarDateAt, mayOpenCalendarDate, mayOpenMonthOfYear, monthOfYearAt, parsePublished } from './calendar';
import { clockAt, mayOpenClock } from './clock';
import { durationAt, mayOpenDuration } from './durations';
import { mayOpenNumberWords, parseNumberWords, wordsOf, type Word } from './words';

/**
 * findEnglishTimes runs its readers only at words one of them can open, by each reader's test of
 * its first word. A test that says no where its reader would read a time loses that time silently,
 * so each test is checked against its reader at every word of a bank of English copy.
 */

const PHRASES = [
  'at 3 p.m. GMT, at 15:00 GMT, 1500 GMT, 0600 hours, 10.30 GMT, noon, midday, midnight local time',
  'on December 13, Dec. 13, 2016, 13 December, the 13th of December, 9 Dec 2016, Sept 30',
  'within hours, in the next few hours, over the coming days, several more days, a further 48 hours,',
  'for days, after two weeks, a couple of days, another day, one week, 72 hours, eighty-two hours, an hour',
  'since July, mid-November, September 2016, last month, next month, this month, in May, until May 2017',
  'two hundred and fifty people, a thousand fighters, twenty-one buses, seven hundred and ninety-nine',
];
const BANK = [readFileSync('bench/fixtures/en-aleppo-evacuation.txt', 'utf8'), ...PHRASES];
const PUBLISHED = parsePublished('2016-12-13');

/** Every word of the bank where `read` finds something, and whether `mayOpen` allowed it. */
function refused(read: (text: string, words: Word[], i: number) => unknown, mayOpen: (word: string) => boolean): { read: number; refused: string[] } {
  let count = 0;
  const missed: string[] = [];
  for (const text of BANK) {
    const words = wordsOf(text, 0, text.length);
    for (let i = 0; i < words.length; i++) {
      if (read(text, words, i) == null) continue;
      count++;
      if (!mayOpen(words[i]!.text)) missed.push(text.slice(words[i]!.start, words[i]!.start + 30));
    }
  }
  return { read: count, refused: missed };
}

describe('each time reader runs wherever it can read something', () => {
  it.each([
    ['clock times', (t: string, w: Word[], i: number) => clockAt(t, w, i), mayOpenClock],
    ['calendar dates', (t: string, w: Word[], i: number) => calendarDateAt(t, w, i, PUBLISHED), mayOpenCalendarDate],
    ['delays and durations', (_t: string, w: Word[], i: number) => durationAt(w, i), mayOpenDuration],
    ['months', (_t: string, w: Word[], i: number) => monthOfYearAt(w, i, PUBLISHED), mayOpenMonthOfYear],
    ['numbers in words', (_t: string, w: Word[], i: number) => parseNumberWords(w, i), mayOpenNumberWords],
  ])('%s', (_name, read, mayOpen) => {
    const { read: count, refused: missed } = refused(read, mayOpen);
    expect(count).toBeGreaterThan(5);
    expect(missed).toEqual([]);
  });
});
