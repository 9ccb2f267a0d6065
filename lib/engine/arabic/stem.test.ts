import { describe, expect, it } from 'vitest';
import { stemArabic, stemCandidates } from './stem';
import { normalizeArabicWord as n } from './normalize';

const stem = (w: string) => stemArabic(n(w));

describe('stemArabic (light10)', () => {
  it.each([
    ['المقاتلين', 'مقاتل'],
    ['مقاتلون', 'مقاتل'],
    ['والمقاتلين', 'مقاتل'],
    ['الحافلات', 'حافل'],
    ['بالحافلات', 'حافل'],
    ['المدينة', 'مدين'],
    ['للمدنيين', 'مدن'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('keeps fighters apart from the dead (a root stemmer would merge them)', () => {
    expect(stem('مقاتلين')).not.toBe(stem('قتلى'));
  });

  it('leaves Latin words alone', () => {
    expect(stemArabic('aleppo')).toBe('aleppo');
  });
});

describe('stemCandidates', () => {
  it.each([
    ['سيجلون', 'جل'],
    ['بسلاحهم', 'سلاح'],
    ['لمقاتلي', 'مقاتل'],
    ['ستغادر', 'غادر'],
    ['يخرجون', 'خرج'],
  ])('%s can be %s once clitics are stripped', (word, expected) => {
    expect(stemCandidates(n(word))).toContain(expected);
  });

  it('offers nothing for short words', () => {
    expect(stemCandidates('من')).toEqual([]);
  });
});
