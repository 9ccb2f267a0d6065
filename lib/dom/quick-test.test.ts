import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { mentionsAleppo, pageMentionsAleppo, pageTextSample } from './quick-test';

describe('mentionsAleppo', () => {
  it.each([
    ['دخلت الحافلات إلى حلب صباحاً', true],
    ['وحلب اليوم مدينة منكوبة', true],
    ['غادر المدنيون بحلب الشرقية', true],
    ['في ريف حلب الغربي', true],
    ['وصل الوفد لحلب أمس', true],
    ['وبحلب انتهت المعارك', true],
    ['قال ناشط حلبي إن القصف توقف', true],
    ['أكد مسؤولون حلبيون أن…', true],
    ['حَلَب الشهباء', true],
    ['Evacuation of eastern Aleppo resumes', true],
    ['Reprise des évacuations à Alep', true],
    ['Halep’te ateşkes', true],
    ['Эвакуация из Алеппо', true],
  ])('finds "%s"', (text, expected) => {
    expect(mentionsAleppo(text)).toBe(expected);
  });

  it.each([
    ['فاز الفريق في حلبة السباق', false],
    ['أقيمت المباراة على حلبات مختلفة', false],
    ['ذكرى مجزرة حلبجة في كردستان العراق', false],
    ['كان المزارع يحلب البقرة', false],
    ['Stock markets fell in Tokyo today', false],
    ['Alepposaurus is not a word, nor is aleppoville', false],
    ['', false],
  ])('ignores "%s"', (text, expected) => {
    expect(mentionsAleppo(text)).toBe(expected);
  });
});

describe('pageMentionsAleppo', () => {
  const page = (html: string) => new JSDOM(html).window.document;

  it('looks at the title and the body text, not at scripts or styles', () => {
    expect(pageMentionsAleppo(page('<title>حلب: استئناف الإجلاء</title><body><p>نص</p></body>'))).toBe(true);
    expect(pageMentionsAleppo(page('<body><p>Buses left Aleppo at dawn.</p></body>'))).toBe(true);
    expect(pageMentionsAleppo(page('<body><script>var city = "Aleppo";</script><style>.aleppo{}</style><p>Weather</p></body>'))).toBe(false);
  });

  it('reads only a bounded slice of a huge page', () => {
    const filler = '<p>Markets and sport and weather news of the day.</p>'.repeat(3000);
    const doc = page(`<body>${filler}<p>Aleppo</p></body>`);
    // 10,000 characters of text plus one separator per text node, not the page's ~150,000.
    expect(pageTextSample(doc, 10_000).length).toBeLessThan(11_000);
    expect(pageMentionsAleppo(doc)).toBe(false);
    expect(mentionsAleppo(pageTextSample(doc, 1_000_000))).toBe(true);
  });
});
