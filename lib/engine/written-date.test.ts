import { describe, expect, it } from 'vitest';
import { datelineDate, printedDate, writtenDate } from './written-date';

describe('writtenDate: a full date as a page prints it', () => {
  it.each([
    ['الثلاثاء 13 كانون الأول/ديسمبر 2016 – آخر تحديث 23:40 بتوقيت دمشق', '2016-12-13'],
    ['نشر في ١٤ ديسمبر ٢٠١٦', '2016-12-14'],
    ['الأربعاء، 14 من ديسمبر 2016', '2016-12-14'],
    ['12 جانفي 2017', '2017-01-12'],
    ['Wednesday, December 14, 2016', '2016-12-14'],
    ['Published 15 Dec 2016, 09:12 GMT', '2016-12-15'],
    ['Updated: 16/12/2016', '2016-12-16'],
    ['2016-12-13 21:40', '2016-12-13'],
  ])('%s → %s', (text, iso) => {
    expect(writtenDate(text)).toBe(iso);
  });

  it.each([
    ['December 13', 'no year: could be any'],
    ['الثلاثاء 13 كانون الأول', 'no year'],
    ['By Staff Reporter', 'no date at all'],
    ['32 December 2016', 'no such day'],
    ['Around 98% of the city', 'a figure is not a date'],
  ])('%s → null (%s)', (text) => {
    expect(writtenDate(text)).toBeNull();
  });

  it('gives the first date when a byline has two (published, then updated)', () => {
    expect(writtenDate('Published 13 December 2016 · Updated 15 December 2016')).toBe('2016-12-13');
  });
});

describe('datelineDate: the date at the top of an article text', () => {
  it('reads a dateline line under the headline', () => {
    expect(datelineDate('Evacuation of Aleppo begins\n\nThursday 15 December 2016\n\nBuses left the city...')).toBe('2016-12-15');
  });

  it('reads a wire dateline that opens the first paragraph', () => {
    const lead = 'ALEPPO, Syria, Dec. 13, 2016 (Reuters) - ' + 'Rebels agreed to leave the city under a deal brokered by Russia and Turkey, '.repeat(3);
    expect(datelineDate(lead)).toBe('2016-12-13');
  });

  it('does not take a date from inside the story as the page date', () => {
    const story = 'Aleppo deal holds\n\n' + 'The offensive that began on 15 November 2016 ended this week, officials said, as buses waited at the crossing points of the city. '.repeat(2);
    expect(datelineDate(story)).toBeNull();
  });

  it('is null for empty or non-text input', () => {
    expect(datelineDate('')).toBeNull();
    expect(datelineDate(undefined as unknown as string)).toBeNull();
  });
});

describe('datelineDate: Arabic datelines', () => {
  it('reads an agency dateline opening the first paragraph', () => {
    const lead = 'حلب - 13 كانون الأول 2016 (أ ف ب) - ' + 'أعلنت تركيا أن وقفا لإطلاق النار بات ساريا في الأحياء الشرقية من مدينة حلب، '.repeat(3);
    expect(datelineDate(lead)).toBe('2016-12-13');
  });
});

describe('printedDate: the first full date among a page\'s printed date texts', () => {
  it('skips texts without a full date', () => {
    expect(printedDate(['By Staff Reporter, 3 min read', 'Last updated 14 December 2016 09:00'])).toBe('2016-12-14');
  });

  it('is null for anything that is not a list of strings', () => {
    expect(printedDate(null)).toBeNull();
    expect(printedDate('14 December 2016')).toBeNull();
    expect(printedDate([42, { text: '14 December 2016' }])).toBeNull();
  });
});
