import { describe, expect, it } from 'vitest';
import { findArabicCues } from './cues';
import { normalizeArabic } from './normalize';
import { tokenizeArabic } from './tokenize';

function cues(text: string) {
  const norm = normalizeArabic(text);
  return findArabicCues(text, tokenizeArabic(norm, 0, norm.text.length)).map((c) => `${c.kind}:${c.surface}`);
}

describe('findArabicCues', () => {
  it.each([
    ['ونفت موسكو أن تكون قد توصلت إلى اتفاق', 'denial:ونفت'],
    ['لكن الاتفاق لم ينفذ حتى الآن', 'negation:لم'],
    ['جنودنا لا يلاحظون أي انتهاكات', 'negation:لا'],
    ['وقال المتحدث إن الحافلات وصلت', 'attribution:وقال'],
    ['بحسب وكالة الأناضول فإن الوساطة نجحت', 'attribution:بحسب'],
    ['وأفادت مصادر ميدانية بأن الهدوء يسود', 'attribution:وأفادت'],
    ['وطالب المفوض سوريا بالسماح للمراقبين', 'demand:وطالب'],
    ['ونحن مستعدون للدخول إلى حلب', 'demand:مستعدون'],
    // a purpose is intended, not reported: 'so that it does not accept'
    ['تضغط على الحكومة لكي لا توافق على الخطة', 'demand:لكي'],
    ['ويرى محللون أن المعركة حاسمة', 'opinion:ويرى'],
    ['ربما تبدأ العملية خلال ساعات', 'hedge:ربما'],
    ['مشيراً إلى أن ذلك قد يحدث', 'hedge:قد'],
    ['سيخرج المقاتلون إلى الريف الغربي', 'future:سيخرج'],
    ['ومن غير الواضح ما إذا كان وقف إطلاق النار سيصمد', 'hedge:غير الواضح'],
  ])('%s has %s', (text, expected) => {
    expect(cues(text)).toContain(expected);
  });

  it("does not read 'قد' before a past verb as a hedge: it means 'already'", () => {
    expect(cues('وكانت الوزارة قد ذكرت أن الجيش تقدم').some((c) => c.startsWith('hedge'))).toBe(false);
  });

  it('does not take nouns that start like a future verb for one', () => {
    expect(cues('بسط الجيش سيطرته على المدينة').some((c) => c.startsWith('future'))).toBe(false);
  });

  it.each([
    'الأحياء التي لا تزال تحت سيطرة المعارضة',
    'نحو 50 ألف مدني ما زالوا محاصرين',
    'مدنيون ما يزالون عالقين في الجيب',
    'ولا يزال القصف مستمرا',
  ])("reads 'لا/ما زال' in «%s» as 'still', not as a negation", (text) => {
    expect(cues(text).some((c) => c.startsWith('negation'))).toBe(false);
  });

  it("still negates with 'لا' before another verb", () => {
    expect(cues('الفصائل لا تزيل الألغام')).toContain('negation:لا');
  });

  it('flags questions', () => {
    expect(cues('هل تصمد الهدنة في حلب؟')).toContain('question:?');
  });

  it('finds nothing in a plain statement', () => {
    expect(cues('توقف القصف صباحا في الأحياء الشرقية')).toEqual([]);
  });
});
