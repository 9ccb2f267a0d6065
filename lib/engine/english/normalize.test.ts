import { describe, expect, it } from 'vitest';
import { normalizeEnglish } from './normalize';

describe('normalizeEnglish', () => {
  it.each([
    ['Müftüoğlu', 'muftuoglu'],
    ['François', 'francois'],
    ['Delattre', 'delattre'],
    ['Russia’s', "russia's"],
    ['İstanbul', 'istanbul'],
    ['Łódź', 'lodz'],
    ['Straße', 'strasse'],
    ['“Aleppo”', '"aleppo"'],
    ['', ''],
    ['حلب', 'حلب'],
  ])('%s → %s', (word, norm) => {
    expect(normalizeEnglish(word)).toBe(norm);
  });
});
