import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyze';

/** Which sentences of an Aleppo page are check-worthy claims. */
function claimTexts(sentence: string, lang: 'ar' | 'en'): string[] {
  const lead =
    lang === 'en'
      ? 'A ceasefire took effect in eastern Aleppo on Tuesday evening, a Turkish official said.'
      : 'وقال مسؤول تركي إن وقفاً لإطلاق النار دخل حيز التنفيذ في شرق حلب مساء الثلاثاء.';
  const page = analyzeArticle({ text: `${lead}\n${sentence}`, title: 'Aleppo حلب', published: '2016-12-13' });
  return page.claims.map((c) => c.text);
}

describe('whyNotAClaim: furniture addressed to the reader', () => {
  it.each([
    ['For more information and media requests, please contact the press office.', 'en'],
    ['Please contact our Aleppo desk for interview requests.', 'en'],
    ['Follow us on Twitter for updates on the evacuation of Aleppo.', 'en'],
    ['تابعونا على قناتنا في تلغرام لمزيد من أخبار إجلاء حلب.', 'ar'],
    ['Video: buses leave eastern Aleppo as the evacuation begins.', 'en'],
    ['شاهد: لحظة خروج الحافلات من شرق حلب.', 'ar'],
  ] as const)('«%s» is not a claim', (sentence, lang) => {
    const texts = claimTexts(sentence, lang);
    expect(texts).toHaveLength(1);
    expect(texts[0]).not.toContain(sentence.slice(0, 20));
  });

  it('still reads a request for a Security Council session as a claim', () => {
    expect(claimTexts('France requested an emergency session of the Security Council on Aleppo.', 'en')).toHaveLength(2);
  });
});

describe('whyNotAClaim: figures', () => {
  it("reads a share 'of the city' as a figure of the city's area, so the sentence is a claim", () => {
    expect(claimTexts("Russia's defence ministry said Syrian troops held more than 95 percent of the city.", 'en')).toHaveLength(2);
  });
});

describe('whyNotAClaim: judgements', () => {
  it.each([
    ['ويعد الهجوم على شرق حلب من أكثر المعارك دموية في الحرب السورية.', 'ar'],
    ['The assault on eastern Aleppo was one of the bloodiest battles of the Syrian war.', 'en'],
  ] as const)('«%s» is an assessment, not a claim', (sentence, lang) => {
    expect(claimTexts(sentence, lang)).toHaveLength(1);
  });

  it('keeps a superlative someone is quoted saying', () => {
    expect(claimTexts('Zeid said the shelling of eastern Aleppo was one of the worst attacks on civilians in the war.', 'en')).toHaveLength(2);
  });

  // 'رأى/اعتبر/وصف' said by a named side report what that side holds, as 'قال' does; held by
  // analysts, observers or activists they are the page's own assessment.
  it.each([
    ['ورأى الرئيس السوري بشار الأسد أن استعادة حلب ستكون إنجازا كبيرا لكنها لن تنهي الحرب.', 'assad'],
    ['واعتبر وزير الخارجية التركي أن ما يجري في حلب يرقى إلى جرائم حرب بحق المدنيين.', 'cavusoglu'],
    ['ووصفت وزارة الخارجية التركية قصف المدنيين في حلب بأنه يرقى إلى تصفيات جماعية.', 'turkish-foreign-ministry'],
    ['بل إن لافروف وصف المشاورات مع الأميركيين في جنيف بشأن حلب بأنها كانت عديمة الجدوى.', 'lavrov'],
  ])('«%s» reports what %s holds: a claim', (sentence, speaker) => {
    const page = analyzeArticle({ text: `وقال مسؤول تركي إن وقفاً لإطلاق النار دخل حيز التنفيذ في شرق حلب.\n${sentence}`, title: 'حلب', published: '2016-12-13' });
    const claim = page.claims.find((c) => c.text.startsWith(sentence.slice(0, 12)));
    expect(claim?.frame.speaker).toBe(speaker);
  });

  it.each([
    'ويرى محللون أن خروج المعارضة من حلب سيشكل منعطفا حاسما في الحرب.',
    'ويرى ناشطون أن ما جرى في حلب تهجير قسري يرقى إلى جريمة حرب.',
    'ويعتبر مراقبون أن سقوط حلب سيغير موازين القوى في شمال سوريا.',
  ])('«%s» is an assessment, not a claim', (sentence) => {
    expect(claimTexts(sentence, 'ar')).toHaveLength(1);
  });
});

describe("isAboutAleppo: a city's part named with another city is that city's", () => {
  it.each([
    ['وفي العراق، واصلت القوات العراقية تقدمها في الأحياء الشرقية لمدينة الموصل.', 'ar'],
    ['وتقدمت القوات العراقية في الأحياء الشرقية للفلوجة يوم الثلاثاء.', 'ar'],
    ['Iraqi forces advanced in the eastern districts of Mosul on Tuesday.', 'en'],
  ] as const)('«%s» is not a claim about Aleppo', (sentence, lang) => {
    expect(claimTexts(sentence, lang)).toHaveLength(1);
  });

  it.each([
    ['وتقدمت القوات السورية في الأحياء الشرقية للمدينة يوم الثلاثاء.', 'ar'],
    ['وتقدمت القوات السورية في الأحياء الشرقية لمدينة حلب يوم الثلاثاء.', 'ar'],
    ['وكانت المدينة مقسمة بين قطاع شرقي للمعارضين وآخر غربي للحكومة منذ 2012.', 'ar'],
    ['Syrian forces advanced in the eastern districts of the city on Tuesday.', 'en'],
  ] as const)('«%s» still is', (sentence, lang) => {
    expect(claimTexts(sentence, lang)).toHaveLength(2);
  });
});
