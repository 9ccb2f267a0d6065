import { describe, expect, it } from 'vitest';
import { findValue, markValue } from '@/components/markValues';

describe('findValue', () => {
  it.each([
    ['plain figure', 'control of 98% of the city', '98%', '98%'],
    ['Arabic-Indic digits in the sentence', 'سيطرت على ٩٨٪ من المدينة', '98%', '٩٨٪'],
    ['hamza forms and taa marbuta', 'نقل المقاتلين إلى ادلب وحماة', 'إدلب', 'ادلب'],
    ['diacritics and tatweel', 'خرجوا إلى الرَّاموســة صباحا', 'الراموسة', 'الرَّاموســة'],
    ['Latin case', 'fighters left for IDLIB province', 'Idlib', 'IDLIB'],
  ])('%s', (_, text, value, found) => {
    const hit = findValue(text, value)!;
    expect(text.slice(hit.start, hit.end)).toBe(found);
  });

  it('returns null for a value the sentence does not contain', () => {
    expect(findValue('سيطرت على 70% من الأحياء', '98%')).toBeNull();
    expect(findValue('anything', '  ')).toBeNull();
  });
});

describe('markValue', () => {
  it('splits around the value', () => {
    expect(markValue('from 98% to all', '98%', 'differs')).toEqual([
      { text: 'from ' },
      { text: '98%', mark: 'differs' },
      { text: ' to all' },
    ]);
  });

  it('leaves the sentence whole when there is nothing to mark', () => {
    expect(markValue('no figure here', undefined, 'same')).toEqual([{ text: 'no figure here' }]);
    expect(markValue('no figure here', '12', 'same')).toEqual([{ text: 'no figure here' }]);
  });
});
