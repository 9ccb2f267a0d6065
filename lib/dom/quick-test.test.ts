import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { mayMentionAleppo, mentionsAleppo, pageMentionsAleppo, pageTextSample, quickPageText } from './quick-test';

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
    ['ЭВАКУАЦИЯ ИЗ АЛЕППО', true],
    ['Бои у Халеба', true],
    ['HALAB', true],
    ['ALEPPO: EVACUATION RESUMES', true],
    ['Ankara ve HALEP', true],
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
    ['Погода в Москве', false],
    ['Scalability of the telephone network', false],
    ['', false],
  ])('ignores "%s"', (text, expected) => {
    expect(mentionsAleppo(text)).toBe(expected);
  });
});

describe('mayMentionAleppo', () => {
  // Every spelling mentionsAleppo finds, in every case it is written in: the cheap first test
  // must let each of them through, or stage 1 would never look at the page again.
  it.each([
    'حلب', 'وبحلب', 'فالحلبي', 'حَلَب',
    'Aleppo', 'aleppo', 'ALEPPO', 'Alep', 'ALEP', 'Halab', 'HALAB', 'halab', 'Haleb', 'HALEB', 'Halep', 'HALEP',
    'Алеппо', 'алеппо', 'АЛЕППО', 'Халеб', 'халеб', 'ХАЛЕБ',
  ])('lets "%s" through, and mentionsAleppo finds it', (spelling) => {
    const text = `News of the day: ${spelling} — more later`;
    expect(mayMentionAleppo(text)).toBe(true);
    expect(mentionsAleppo(text)).toBe(true);
  });

  it.each(['Stock markets fell in Tokyo today', 'Погода в Москве', 'الطقس في دمشق', ''])('stops "%s", which cannot mention Aleppo', (text) => {
    expect(mayMentionAleppo(text)).toBe(false);
    expect(mentionsAleppo(text)).toBe(false);
  });

  it('lets through pages that only share a piece; the patterns then say no', () => {
    for (const text of ['Scalability of the telephone network', 'Calabria votes', 'حلبة السباق']) {
      expect(mayMentionAleppo(text)).toBe(true);
      expect(mentionsAleppo(text)).toBe(false);
    }
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

describe('quickPageText', () => {
  const page = (html: string) => new JSDOM(html).window.document;

  it('gives the title and the body text that stage 1 tests', () => {
    expect(mentionsAleppo(quickPageText(page('<title>حلب: استئناف الإجلاء</title><body><p>نص</p></body>')))).toBe(true);
    expect(mentionsAleppo(quickPageText(page('<body><main><p>Buses left <b>Aleppo</b> at dawn.</p></main></body>')))).toBe(true);
    expect(mentionsAleppo(quickPageText(page('<title>Weather</title><body><p>Sunny in Tokyo.</p></body>')))).toBe(false);
  });

  it('reads only a bounded slice of a huge page', () => {
    const filler = '<p>Markets and sport and weather news of the day.</p>'.repeat(3000);
    const doc = page(`<title>News</title><body>${filler}<p>Aleppo</p></body>`);
    expect(quickPageText(doc, 10_000).length).toBeLessThanOrEqual('News '.length + 10_000);
    expect(mentionsAleppo(quickPageText(doc))).toBe(false);
    expect(mentionsAleppo(quickPageText(doc, 1_000_000))).toBe(true);
  });

  it('reads an XHTML document too (its element names carry a namespace)', () => {
    const doc = new JSDOM('<html xmlns="http://www.w3.org/1999/xhtml"><head><title>News</title></head><body><p>Buses left Aleppo.</p></body></html>', {
      contentType: 'application/xhtml+xml',
    }).window.document;
    expect(quickPageText(doc)).toContain('Buses left Aleppo.');
  });

  it('gives the title alone for a document without a body', () => {
    const doc = new JSDOM('<title>Aleppo</title>').window.document;
    doc.body?.remove();
    expect(quickPageText(doc)).toBe('Aleppo');
  });
});
