import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at full stops and paragraph breaks', () => {
    expect(split('أعلنت تركيا وقف إطلاق النار في حلب. وقالت موسكو إن العمليات توقفت.\n\nعنوان آخر هنا')).toEqual([
      'أعلنت تركيا وقف إطلاق النار في حلب.',
      'وقالت موسكو إن العمليات توقفت.',
      'عنوان آخر هنا',
    ]);
  });

  it("treats the scrapers' '.,' as a sentence end", () => {
    expect(split('قال المتحدث إن القتال توقف في المدينة".,  وأكدت أنقرة أن الهدنة تسري الآن.')).toEqual([
      'قال المتحدث إن القتال توقف في المدينة".,',
      'وأكدت أنقرة أن الهدنة تسري الآن.',
    ]);
  });

  it("glues back fragments cut by '.' used as a comma", () => {
    const t = 'أعلن السفير الروسي لدي الأممالمتحدة. فيتالي تشوركين. أن عملية حلب العسكرية ستنتهي خلال ساعات.';
    expect(split(t)).toEqual([t]);
  });

  it("starts a sentence at a short fragment that opens with a verb, where '.' is a comma", () => {
    const first = 'وقال المتحدث باسم الفصيل في سوريا. أحمد قره علي. إن جميع المقاتلين سيجلون إلي مناطق المعارضة.';
    const second = 'وكانت دمشق. المدعومة من روسيا. قد شنت. منتصف الشهر الماضي. هجوما واسعا علي القطاع الشرقي.';
    expect(split(`${first} ${second}`)).toEqual([first, second]);
    // A name cut off by a dot is no verb, though it starts with a letter of 'و' or 'ف'.
    const t = 'أعلن السفير الروسي لدي الأممالمتحدة. فيتالي تشوركين. أن عملية حلب العسكرية ستنتهي. خلال ساعات.';
    expect(split(t)).toEqual([t]);
  });

  it('keeps a quotation with full stops inside in one sentence', () => {
    const t = 'وقال المبعوث: "سمعت عن الاتفاق قبل قليل. نحن مستعدون للدخول إلى حلب". وأضاف أن الأمم المتحدة تنتظر.';
    expect(split(t)).toHaveLength(2);
  });

  it('does not split decimals or ellipses', () => {
    expect(split('بلغت النسبة 12.5 في المئة من المساحة الكلية.. وفق التقديرات الأولية للجيش.')).toHaveLength(1);
  });

  it('returns nothing for text without words', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' .,.. \n\n ')).toEqual([]);
  });
});
