import { describe, expect, it } from 'vitest';
import type { TimeRef } from '../types';
import { findEnglishTimes } from './times';

/** Tuesday 13 December 2016, the day of the deal. */
const TUESDAY = { published: '2016-12-13' };

function times(text: string, ctx: { published: string | null } = TUESDAY): Pick<TimeRef, 'kind' | 'value' | 'max' | 'surface' | 'bound'>[] {
  return findEnglishTimes(text, { start: 0, end: text.length }, ctx).map(({ kind, value, max, surface, bound }) =>
    bound ? { kind, value, max, surface, bound } : { kind, value, max, surface },
  );
}

describe('findEnglishTimes: clock times in GMT minutes', () => {
  it.each([
    ['The session starts at 3 p.m. GMT.', 900, '3 p.m. GMT'],
    ['It began at 15:00 GMT.', 900, '15:00 GMT'],
    ['Buses left at 1500 GMT.', 900, '1500 GMT'],
    ['The truce starts at 7 pm local time.', 17 * 60, '7 pm local time'],
    ['The truce starts at 7pm.', 17 * 60, '7pm'],
    ['Shelling resumed at 0600 hours.', 4 * 60, '0600 hours'],
    ['Talks ended at 10.30 GMT.', 630, '10.30 GMT'],
    ['They met at noon.', 600, 'noon'],
    ['It was 12 a.m. Moscow time.', 21 * 60, '12 a.m. Moscow time'],
  ])('%s', (text, minutes, surface) => {
    expect(times(text)).toEqual([{ kind: 'clock', value: minutes, max: minutes, surface }]);
  });

  it('reads a local time and its GMT gloss as the same minute', () => {
    const found = times('Buses left at 3 p.m. (1300 GMT).');
    expect(found.map((t) => t.value)).toEqual([780, 780]);
  });
});

describe('findEnglishTimes: days relative to the article', () => {
  it.each([
    ['The council met on Tuesday.', 0, 'Tuesday'],
    ['The deal was reached on Monday evening.', -1, 'Monday evening'],
    ['Fighting resumed on Wednesday.', -6, 'Wednesday'],
    ['The evacuation will begin on Wednesday.', 1, 'Wednesday'],
    ['Talks are expected to resume on Friday.', 3, 'Friday'],
    ['The convoy leaves tonight.', 0, 'tonight'],
    ['Buses arrive tomorrow.', 1, 'tomorrow'],
    ['The deal was announced yesterday.', -1, 'yesterday'],
    ['The truce began on December 13.', 0, 'December 13'],
    ['It collapsed on 15 Dec 2016.', 2, '15 Dec 2016'],
    ['It started on Dec. 15.', 2, 'Dec. 15'],
    ['The siege began on the 15th of November.', -28, 'the 15th of November'],
    ['The offensive began two weeks ago.', -14, 'two weeks ago'],
    ['Buses left on Thursday, December 15.', 2, 'Thursday, December 15'],
  ])('%s', (text, days, surface) => {
    expect(times(text)).toEqual([{ kind: 'day', value: days, max: days, surface }]);
  });

  it('keeps the bound of "not before Friday" and "by Thursday"', () => {
    expect(times('Evacuations will not start not before Friday.')).toEqual([{ kind: 'day', value: 3, max: 3, surface: 'not before Friday', bound: 'not-before' }]);
    expect(times('All fighters must leave by Thursday.')).toEqual([{ kind: 'day', value: 2, max: 2, surface: 'by Thursday', bound: 'by' }]);
  });

  it('reads each weekday in the tense of its own clause', () => {
    const found = times('Churkin said on Tuesday that the convoy would leave on Thursday.', { published: '2016-12-14' });
    expect(found.map((t) => [t.surface, t.value])).toEqual([['Tuesday', -1], ['Thursday', 1]]);
  });

  it.each([
    ['On Tuesday night, Churkin told the Council that the operation would be over within hours.', -4],
    ['On Tuesday, the ministry said the buses would leave soon.', -4],
    // the same weekday dating what will happen
    ['On Tuesday, the buses will leave for Idlib.', 3],
    ['On Tuesday, the buses would leave for Idlib, an official told reporters.', 3],
  ])('a weekday before a past saying dates the saying: %s', (text, day) => {
    // Saturday 17 December 2016: the latest Tuesday is the 13th, the next one the 20th.
    expect(times(text, { published: '2016-12-17' }).find((t) => t.kind === 'day')?.value).toBe(day);
  });

  it('anchors weekdays to the article date, not to today', () => {
    // Saturday 10 December 2016: the latest Tuesday is 6 December, the next one 13 December.
    expect(times('They met on Tuesday.', { published: '2016-12-10' })[0]?.value).toBe(-4);
    expect(times('They will meet on Tuesday.', { published: '2016-12-10' })[0]?.value).toBe(3);
  });

  it('gives no relative day without an article date, but keeps a written year', () => {
    expect(times('The council met on Tuesday, tomorrow and on December 13.', { published: null })).toEqual([]);
    expect(times('It collapsed on 15 Dec 2016.', { published: null })).toEqual([{ kind: 'year', value: 2016, max: 2016, surface: '15 Dec 2016' }]);
  });

  it('ignores an unusable article date', () => {
    expect(times('They met on Tuesday.', { published: 'last week' })).toEqual([]);
    expect(times('They met on Tuesday.', { published: '2016-02-31' })).toEqual([]);
  });
});

describe('findEnglishTimes: delays and years', () => {
  it.each([
    ['The evacuation should start within hours.', 0, 12, 'within hours'],
    ['Buses will move in the next few hours.', 0, 5, 'in the next few hours'],
    ['The operation would be over within the next few hours.', 0, 5, 'within the next few hours'],
    ['Buses will arrive within the coming hours.', 0, 12, 'within the coming hours'],
    ['The offensive could take several more days.', 48, 240, 'several more days'],
    ['The fighting may last a week.', 168, 168, 'a week'],
    ['All must leave within 48 hours.', 0, 48, 'within 48 hours'],
    ['A 72-hour truce was agreed.', 72, 72, '72-hour'],
  ])('%s', (text, min, max, surface) => {
    expect(times(text)).toEqual([{ kind: 'span', value: min, max, surface }]);
  });

  it.each([
    ['The siege has lasted since July.', 2016, 7, 'July'],
    ['The rebels could have left as early as September.', 2016, 9, 'September'],
    ['The offensive began in mid-November.', 2016, 11, 'November'],
    ['The offensive began last month.', 2016, 11, 'last month'],
    ['The city was divided in May 2012.', 2012, 5, 'May 2012'],
  ])('reads a month: %s', (text, year, month, surface) => {
    expect(times(text)).toEqual([{ kind: 'month', value: year * 12 + month - 1, max: year * 12 + month - 1, surface }]);
  });

  it.each([
    ['Lavrov announced last week that operations had stopped.', -9, -3, 'last week', undefined],
    ['The deal will not take effect before early next week.', 5, 7, 'before early next week', 'not-before'],
  ])('reads a week as its days: %s', (text, from, to, surface, bound) => {
    expect(times(text)).toEqual([bound ? { kind: 'day', value: from, max: to, surface, bound } : { kind: 'day', value: from, max: to, surface }]);
  });

  it('does not take the verb or a name for the month May', () => {
    expect(times('Talks may resume, Theresa May said.')).toEqual([]);
  });

  it('reads explicit years', () => {
    expect(times('The battle began in 2012.')).toEqual([{ kind: 'year', value: 2012, max: 2012, surface: '2012' }]);
  });

  it.each([
    ['the past days are not a delay', 'Over the past two days, shelling went on.'],
    ['a rate is not a delay', 'Convoys ran twice a day.'],
    ['an age is not a delay', 'A 12-year-old was hurt.'],
    ['a bare number is not a clock', 'They counted 7 buses and 15 ambulances.'],
    ['a month name without a day', 'The march of refugees went on.'],
    ['a figure is not a year', 'About 2000 people crossed.'],
  ])('%s', (_, text) => {
    expect(times(text)).toEqual([]);
  });
});
