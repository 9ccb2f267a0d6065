import { describe, expect, it } from 'vitest';
import { normalizeArabic, normalizeArabicWord } from './normalize';

describe('normalizeArabic', () => {
  it.each([
    ['أعلنت', 'اعلنت'],
    ['إدلب', 'ادلب'],
    ['آلاف', 'الاف'],
    ['إلى', 'الي'],
    ['إلي', 'الي'],
    ['مسؤول', 'مسءول'],
    ['مسئول', 'مسءول'],
    ['المدينة', 'المدينه'],
    ['مُقَاتِلِين', 'مقاتلين'],
    ['حلـــب', 'حلب'],
    ['٩٨٪', '98%'],
    ['۱۵', '15'],
    ['١٢٫٥', '12.5'],
    ['حل\u200cب', 'حلب'],
    ['\u202bحلب\u202c', 'حلب'],
    ['¢كل المتشددين¢', '"كل المتشددين"'],
    ['Aleppo', 'aleppo'],
    ['Müftüoğlu', 'muftuoglu'],
    ['ﻻ', 'لا'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeArabicWord(input)).toBe(expected);
  });

  it('maps every normalised character back to its original offset', () => {
    const input = 'قال الـمُتَحَدِّث: ٩٨٪ من حلب';
    const { text, map } = normalizeArabic(input);
    const at = text.indexOf('98%');
    expect(input.slice(map[at]!, map[at + 2]! + 1)).toBe('٩٨٪');
    const word = text.indexOf('المتحدث');
    expect(input.slice(map[word]!, map[word + 'المتحدث'.length - 1]! + 1)).toBe('الـمُتَحَدِّث');
    expect(map[text.length]).toBe(input.length);
  });

  it('gives an empty result for empty input', () => {
    expect(normalizeArabic('')).toEqual({ text: '', map: [0] });
  });
});
