import { describe, expect, it } from 'vitest';
import { frameOf, stanceFor } from './statement.test-util';

describe('isDraft: a leaked or draft text is not the deal made', () => {
  it.each([
    ['Under the US-Russian draft leaked on Monday, rebels would have left Aleppo for Idlib.', 'en', true],
    ['وكانت مفاوضات تجري على اتفاق سربت بنوده أمس يفضي بخروج المقاتلين من حلب إلى إدلب.', 'ar', true],
    ['وتنص مسودة الاتفاق على خروج المقاتلين من حلب إلى إدلب.', 'ar', true],
    ['Under the deal, rebels will leave Aleppo for Idlib.', 'en', false],
    ['وينص الاتفاق على خروج المقاتلين من حلب إلى إدلب.', 'ar', false],
  ] as const)('«%s» (%s): draft %s', (text, lang, draft) => {
    expect(!!frameOf(text, lang).draft).toBe(draft);
  });

  const LEAK = 'وكانت مفاوضات تجري بين موسكو وواشنطن على اتفاق سربت بنوده أمس يفضي بخروج المدنيين والمقاتلين من حلب إلى ريف حلب الشمالي.';
  it.each([
    // the deal made is not confirmed, nor contradicted, by a leaked draft's terms
    ['وينص الاتفاق على نقل المدنيين والمقاتلين الخارجين من حلب إلى ريف حلب الشمالي.', 'none'],
    ['Under the deal, civilians and fighters leaving Aleppo will be taken to the western Aleppo countryside.', 'none'],
    // another report of the same draft is
    ['Under the draft leaked yesterday, civilians and fighters would have left Aleppo for the northern Aleppo countryside.', 'corroborates:same-place'],
    ['Under the draft leaked yesterday, civilians and fighters would have left Aleppo for Idlib province.', 'conflicts:place-differs'],
  ])('«%s» against a leaked draft: %s', (claim, want) => {
    expect(stanceFor(claim, LEAK, 'ar')).toBe(want);
  });
});
