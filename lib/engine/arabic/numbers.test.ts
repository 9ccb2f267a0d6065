import { describe, expect, it } from 'vitest';
import type { Quantity } from '../types';
import { binaryGarbage, LINEAR_BUDGET_MS, wordSoup } from './bad-input.test-util';
import { findArabicQuantities } from './numbers';

/** Figures of a whole text, each checked to slice the original text to its surface. */
function figures(text: string): Quantity[] {
  const found = findArabicQuantities(text, { start: 0, end: text.length });
  for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.surface);
  return found;
}

type Expected = Pick<Quantity, 'surface' | 'value' | 'max' | 'unit' | 'approx'>;
const count = (surface: string, value: number, approx: Quantity['approx'] = 'exact', max = value): Expected =>
  ({ surface, value, max, unit: 'count', approx });
const percent = (surface: string, value: number, approx: Quantity['approx'] = 'exact'): Expected =>
  ({ surface, value, max: value, unit: 'percent', approx });

// Sentences in the manner of agency copy, Syrian opposition sites, Gulf and Levantine papers
// and RT Arabic, with their spelling habits: hamza or none, ة/ه, ى/ي, Arabic-Indic digits,
// harakat, tatweel.
const CASES: [string, string, Expected[]][] = [
  ['agency: percentage with a sign', 'وقالت وزارة الدفاع الروسية إن الجيش السوري بسط سيطرته على 98% من مساحة مدينة حلب.', [percent('98%', 98)]],
  ['Gulf paper: Arabic-Indic digits and ٪', 'وتسيطر القوات الحكومية على ٩٨٪ من الأحياء الشرقية.', [percent('٩٨٪', 98)]],
  ['space before the sign', 'سيطرت القوات على 98 % من المدينة', [percent('98 %', 98)]],
  ['في المئة with an approximation', 'تسيطر على قرابة 70 في المئة من مساحة مدينة حلب', [percent('قرابة 70 في المئة', 70, 'about')]],
  ['في المائة', 'نحو 60 في المائة من السكان', [percent('نحو 60 في المائة', 60, 'about')]],
  ['بالمئة joined, with بأكثر', 'تقدمت بأكثر من 90 بالمئة من الأحياء', [percent('أكثر من 90 بالمئة', 90, 'more')]],
  ['بالمائة, Arabic decimal mark', 'ارتفعت النسبة إلى ٥٫٥ بالمائة', [percent('٥٫٥ بالمائة', 5.5)]],
  ['opposition site: more than N thousand', 'وتخوّف على مصير أكثر من 75 ألف مواطن ما يزالون محاصرين', [count('أكثر من 75 ألف', 75000, 'more')]],
  ['more than N%', 'لتسيطر على أكثر من 90% من أحياء حلب الشرقية', [percent('أكثر من 90%', 90, 'more')]],
  ['agency: a count with its noun', 'قتلوا 82 مدنيا رميا بالرصاص في الأحياء', [count('82', 82)]],
  ['harakat and tatweel on the approximation', 'قُتِلَ نحـــو ٢٦ عنصراً من قوات النظام', [count('نحـــو ٢٦', 26, 'about')]],
  ['thousands separator ٬', 'نزح ٧٥٬٠٠٠ مدني', [count('٧٥٬٠٠٠', 75000)]],
  ['thousands separator ,', 'يعيش 250,000 شخص في الأحياء المحاصرة', [count('250,000', 250000)]],
  ['thousands split by a space (Maghreb copy)', 'غادر 75 000 مدني المدينة', [count('75 000', 75000)]],
  ['thousands split by the Arabic comma', 'يعيش ٧٥،٠٠٠ مدني في الجيب', [count('٧٥،٠٠٠', 75000)]],
  ['decimal before a multiplier', 'نزوح 1.5 مليون سوري', [count('1.5 مليون', 1_500_000)]],
  ['digits and مليون', 'يحتاج 2 مليون نازح إلى المساعدة', [count('2 مليون', 2_000_000)]],
  ['ما يزيد على with number words', 'ما يزيد على خمسة وسبعين ألفا من المدنيين', [count('ما يزيد على خمسة وسبعين ألفا', 75000, 'more')]],
  ['أزيد من (Maghreb copy)', 'أزيد من 300 عائلة غادرت', [count('أزيد من 300', 300, 'more')]],
  ['فوق', 'فوق 100 قتيل', [count('فوق 100', 100, 'more')]],
  ['أقل من', 'أقل من 50 مقاتلا بقوا في الجيب', [count('أقل من 50', 50, 'less')]],
  ['ما دون', 'ما دون 20 حافلة وصلت', [count('ما دون 20', 20, 'less')]],
  ['حوالى with alef maqsura', 'حوالى 4000 شخص', [count('حوالى 4000', 4000, 'about')]],
  ['حوالي', 'حوالي 4000 شخص', [count('حوالي 4000', 4000, 'about')]],
  ['زهاء', 'زهاء ثلاثة آلاف مسلح', [count('زهاء ثلاثة آلاف', 3000, 'about')]],
  ['ما يقارب', 'ما يقارب 100 ألف محاصر', [count('ما يقارب 100 ألف', 100000, 'about')]],
  ['تقريبا after the noun', 'قتل 82 مدنيا تقريبا', [count('82 مدنيا تقريبا', 82, 'about')]],
  ['على الأقل after the noun', 'سقط 100 شخص على الأقل', [count('100 شخص على الأقل', 100, 'more')]],
  ['compound: units before tens', 'قتل خمسة وعشرون مدنيا', [count('خمسة وعشرون', 25)]],
  ['compound without hamza, oblique case', 'اصابة اربعة وثلاثين شخصا', [count('اربعة وثلاثين', 34)]],
  ['teens', 'قتل أحد عشر طفلا وخمسة عشر رجلا', [count('أحد عشر', 11), count('خمسة عشر', 15)]],
  ['hundreds, مئة and مائة', 'مئة وخمسة وعشرين شخصا وثلاثمائة عائلة', [count('مئة وخمسة وعشرين', 125), count('ثلاثمائة', 300)]],
  ['ثلاث مئة as two words', 'ثلاث مئة عائلة', [count('ثلاث مئة', 300)]],
  ['thousands and a remainder', 'ثلاثة آلاف وخمسمئة مقاتل', [count('ثلاثة آلاف وخمسمئة', 3500)]],
  ['مليون ونصف', 'مليون ونصف لاجئ', [count('مليون ونصف', 1_500_000)]],
  ['dual thousands and a thousand', 'ألفي شخص وألف مدني', [count('ألفي', 2000), count('ألف', 1000)]],
  ['مئتا ألف', 'مئتا ألف نازح', [count('مئتا ألف', 200000)]],
  ['vague: عشرات آلاف without the article', 'انحصر وجودها مع عشرات آلاف المدنين في 4 أحياء', [count('عشرات آلاف', 20000, 'vague', 99999), count('4', 4)]],
  ['vague: عشرات الآلاف', 'وتدهورت أوضاع عشرات الآلاف من المدنيين', [count('عشرات الآلاف', 20000, 'vague', 99999)]],
  ['vague: مئات الآلاف', 'مئات الآلاف من المدنيين', [count('مئات الآلاف', 200000, 'vague', 999999)]],
  ['vague: definite الآلاف', 'وسط نزوح الآلاف', [count('الآلاف', 2000, 'vague', 9999)]],
  ['vague: آلاف', 'من أجل إجلاء آلاف المدنيين', [count('آلاف', 2000, 'vague', 9999)]],
  ['vague: العشرات and المئات', 'إعدام العشرات واختفاء المئات', [count('العشرات', 20, 'vague', 99), count('المئات', 200, 'vague', 999)]],
  ['vague: بضعة آلاف', 'بضعة آلاف من المقاتلين', [count('بضعة آلاف', 3000, 'vague', 9999)]],
  ['vague: بضع مئات', 'اختفى بضع مئات من الشبان', [count('بضع مئات', 300, 'vague', 999)]],
  ['fraction: نصف', 'نزح نصف سكان حلب الشرقية', [percent('نصف', 50)]],
  ['fraction: ثلثي', 'سيطرت على ثلثي المدينة', [percent('ثلثي', 66.7)]],
  ['fraction: ثلاثة أرباع', 'ثلاثة أرباع الأحياء الشرقية', [percent('ثلاثة أرباع', 75)]],
  ['fraction with an approximation', 'أكثر من نصف الأحياء', [percent('أكثر من نصف', 50, 'more')]],
  ['range: بين … و', 'ما بين 50 و60 ألفا من المحاصرين', [count('ما بين 50 و60 ألفا', 50000, 'about', 60000)]],
  ['range: من … إلى', 'من 3 إلى 5 آلاف مقاتل', [count('من 3 إلى 5 آلاف', 3000, 'about', 5000)]],
  ['a count that looks like a year, with an approximation', 'نحو 2000 مقاتل', [count('نحو 2000', 2000, 'about')]],
  ['a fraction of a multiplier is a count', 'يواجه ربع مليون نازح البرد', [count('ربع مليون', 250000)]],
  ['a count in the years\' range, with its noun', 'أرسلت روسيا 2000 جندي إلى سوريا', [count('2000', 2000)]],
  ['الـ after a plural is a count (RT style)', 'أبلغ الأعضاء الـ15 في مجلس الأمن', [count('15', 15)]],
  ['ال57 run on to the number', 'الجمعية السنوية للأعضاء ال57 في منظمة الأمن والتعاون', [count('57', 57)]],
  ['an approximation before الـN', 'تسيطر على قرابة الـ70 في المئة من المدينة', [percent('قرابة الـ70 في المئة', 70, 'about')]],
  ['أكثر من الـN%', 'أكثر من الـ90% من الأحياء', [percent('أكثر من الـ90%', 90, 'more')]],
  ['Syrian Observatory copy: two counts', 'وأفاد المرصد بمقتل 45 مدنيا بينهم 12 طفلا', [count('45', 45), count('12', 12)]],
  ['digits after a clitic', 'قدرت الأمم المتحدة عددهم بـ75 ألفا', [count('75 ألفا', 75000)]],
];

// Numbers that are not figures: years, clock times, dates, ordinals and names, list numbers,
// phone numbers, durations, 'one of'.
const NOT_FIGURES: [string, string][] = [
  ['a year after منذ', 'التي كانت منذ 2012 مقسمة بين قطاع شرقي وآخر غربي'],
  ['a year after عام', 'في عام 2016 اشتدت المعارك'],
  ['a span of years', 'خلال الفترة 2011-2016'],
  ['a year before a definite word', 'انتخابات 2016 الرئاسية'],
  ['a year marked AD', 'في صيف 2016م'],
  ['an ordinal session number', 'الدورة الـ71 للجمعية العامة'],
  ['a clock time', 'بدءاً من الساعة 15:00 بتوقيت غرينتش'],
  ['الساعة الـ7', 'عند الساعة الـ7 مساء بتوقيت غرينتش'],
  ['a bare hour with a part of the day', 'يبدأ عند 7 مساء'],
  ['a date, Gregorian', 'الثلاثاء 13 ديسمبر/كانون الأول'],
  ['a date, Levantine, with its year', 'في 13 كانون الأول 2016'],
  ['a date in digits', 'بتاريخ 13/12/2016'],
  ['a date with من', 'صدر القرار في 13 من ديسمبر'],
  ['an ordinal with الـ', 'أسوأ مأساة إنسانية في القرن الـ21'],
  ['an ordinal in words', 'أسوأ مأساة إنسانية في القرن الحادي والعشرين'],
  ['a place name with an ordinal', 'ستتوجه عدة حافلات طريق الراموسه إلي الراشدين الخامسة ثم ريف حلب الغربي'],
  ['a unit label', 'وحدات من الفرقة 4 انتشرت في المدينة'],
  ['a resolution number', 'بموجب القرار 2254'],
  ['a weapon name', 'صواريخ S-300 ومقاتلات F16'],
  ['a list number', '1- خروج المقاتلين\n2- دخول المساعدات'],
  ['a phone number', 'للتواصل: 0933123456'],
  ['an international phone number', 'اتصل على +963 11 2345678'],
  ['a duration is a time, not a count', 'ستنتهي العملية خلال 48 ساعة'],
  ['a duration in words', 'استمرت المفاوضات ثلاثة أيام'],
  ['a duration written with الـ', 'قتل في الساعات الـ24 الماضية'],
  ['أحد as "one of"', 'أحد أبرز الفصائل السورية في مدينة حلب'],
  ['الاثنين as Monday', 'يوم الاثنين المقبل'],
  ['a fraction of an hour', 'بعد نصف ساعة من الاتفاق'],
  ['a quarter of the year', 'في الربع الأخير من العام'],
  ['several, no multiplier', 'ستتوجه عدة حافلات'],
  ['لست is not six', 'لست أدري'],
  ['below zero has no figure', 'انخفضت درجات الحرارة إلى ما دون الصفر'],
];

describe('findArabicQuantities', () => {
  it.each(CASES)('%s', (_label, text, expected) => {
    const found = figures(text).map(({ surface, value, max, unit, approx }) => ({ surface, value, max, unit, approx }));
    expect(found).toEqual(expected);
  });

  it.each(NOT_FIGURES)('not a figure: %s', (_label, text) => {
    expect(figures(text)).toEqual([]);
  });

  it('reads a whole seed-style paragraph in order, with offsets into the original text', () => {
    const text =
      'وتقدمت قوات الأسد لتسيطر على أكثر من 90% من أحياء حلب الشرقية، وسط نزوح الآلاف وتخوّف على مصير أكثر من 75 ألف مواطن.';
    expect(figures(text).map((q) => [q.surface, q.value, q.approx])).toEqual([
      ['أكثر من 90%', 90, 'more'],
      ['الآلاف', 2000, 'vague'],
      ['أكثر من 75 ألف', 75000, 'more'],
    ]);
  });

  it('gives offsets into the whole text when the span is part of it', () => {
    const text = 'مقدمة لا أرقام فيها. قتل 26 عنصرا في تدمر.';
    const start = text.indexOf('قتل');
    const [q] = findArabicQuantities(text, { start, end: text.length });
    expect(q && text.slice(q.start, q.end)).toBe('26');
    expect(findArabicQuantities(text, { start: 0, end: start })).toEqual([]);
  });

  it('leaves what is counted to the engine', () => {
    expect(figures('قتل 82 مدنيا')[0]?.counts).toBeNull();
  });
});

describe('findArabicQuantities on bad input', () => {
  it('returns [] for empty text and empty or inverted spans', () => {
    expect(findArabicQuantities('', { start: 0, end: 0 })).toEqual([]);
    expect(findArabicQuantities('قتل 82 مدنيا', { start: 5, end: 2 })).toEqual([]);
    expect(findArabicQuantities('قتل 82 مدنيا', { start: -10, end: 1e9 }).map((q) => q.value)).toEqual([82]);
    expect(findArabicQuantities('قتل 82 مدنيا', { start: 0, end: Infinity }).map((q) => q.value)).toEqual([82]);
    expect(findArabicQuantities('قتل 82 مدنيا', { start: NaN, end: NaN })).toEqual([]);
  });

  it.each(binaryGarbage())('returns [] for binary bytes %s', (_how, garbage) => {
    expect(findArabicQuantities(garbage, { start: 0, end: garbage.length })).toEqual([]);
  });

  it('never throws on word soup, and every figure lies inside its span and slices to its surface', () => {
    for (const text of wordSoup(300, 40)) {
      const span = { start: 3, end: text.length - 3 };
      for (const q of findArabicQuantities(text, span)) {
        expect(q.start).toBeGreaterThanOrEqual(span.start);
        expect(q.end).toBeLessThanOrEqual(span.end);
        expect(q.start).toBeLessThan(q.end);
        expect(text.slice(q.start, q.end)).toBe(q.surface);
        expect(Number.isFinite(q.value) && Number.isFinite(q.max) && q.value <= q.max).toBe(true);
      }
    }
  });

  it('reads 5 MB of text in linear time', () => {
    const line = 'وقال مسؤول إن أكثر من 75 ألف مدني محاصرون منذ 2012 في 4 أحياء، وإن 98% من المدينة بيد الجيش.\n';
    const big = line.repeat(Math.ceil(5_000_000 / line.length));
    const t0 = performance.now();
    const found = findArabicQuantities(big, { start: 0, end: big.length });
    const ms = performance.now() - t0;
    expect(found.length).toBe(3 * Math.ceil(5_000_000 / line.length));
    expect(ms).toBeLessThan(LINEAR_BUDGET_MS);
  }, LINEAR_BUDGET_MS + 15_000);
});
