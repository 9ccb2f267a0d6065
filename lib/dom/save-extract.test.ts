import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findArticleMetadata } from './metadata';
import { extractForSaving } from './save-extract';

function parse(html: string, url = 'https://www.daily.example/world/aleppo-evacuation?utm_source=x'): Document {
  return new JSDOM(html, { url }).window.document;
}

const BODY_EN = [
  'Buses carrying the first civilians and wounded fighters left the last rebel-held districts of eastern Aleppo on Thursday, a day after a ceasefire collapsed amid renewed shelling.',
  'A convoy of about twenty buses and thirteen ambulances crossed the Ramouseh road towards the western countryside, where volunteers waited with blankets and water.',
  'The International Committee of the Red Cross said it was supervising the operation with its local partners and that the first group numbered roughly a thousand people.',
];

const NEWS_PAGE = `<!doctype html><html lang="en-GB"><head>
<title>Aleppo evacuation begins | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2016-12-15T10:20:00Z">
<link rel="canonical" href="https://daily.example/world/aleppo-evacuation">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Aleppo evacuation begins</h1><p class="byline">By Jane Reporter</p>
${BODY_EN.map((p) => `<p>${p}</p>`).join('\n')}
<script>document.title = 'hacked'</script>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Celebrity news</a></li><li><a href="/b">Football scores</a></li></ul></aside>
<footer>Copyright The Daily Example</footer>
</body></html>`;

describe('extractForSaving', () => {
  it('takes the article body as paragraphs, without navigation, sidebars or footer', () => {
    const doc = parse(NEWS_PAGE);
    const before = doc.documentElement.outerHTML;
    const got = extractForSaving(doc);
    expect(got.text).toBe(BODY_EN.join('\n\n'));
    expect(got).toMatchObject({
      title: 'Aleppo evacuation begins',
      siteName: 'The Daily Example',
      published: '2016-12-15T10:20:00Z',
      canonicalUrl: 'https://daily.example/world/aleppo-evacuation',
      lang: 'en-GB',
      url: 'https://www.daily.example/world/aleppo-evacuation?utm_source=x',
    });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads an Arabic page with its metadata only in JSON-LD', () => {
    const paras = [
      'أعلنت وزارة الدفاع الروسية أن قوات النظام السوري سيطرت على أكثر من 98 في المئة من مدينة حلب، وأن المسلحين المتبقين سيغادرون مع عائلاتهم.',
      'وقال المتحدث باسم الوزارة إن الحافلات ستنقل المقاتلين ومعهم أسلحتهم الفردية الخفيفة فقط، وإن الجيش الروسي سيراقب العملية.',
      'وأكد مسؤول في المعارضة المسلحة التوصل إلى الاتفاق بوساطة تركية، مشيرا إلى أن إجلاء الجرحى سيبدأ صباح الأربعاء.',
    ];
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'x' }, { '@type': 'NewsArticle', headline: 'اتفاق على خروج المقاتلين من حلب', datePublished: '2016-12-13', author: [{ '@type': 'Person', name: 'مراسل الموقع' }], publisher: { '@type': 'Organization', name: 'موقع المثال' } }] };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head>
      <body dir="rtl"><div class="content">${paras.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const got = extractForSaving(parse(html, 'https://ar.example.net/news/1'));
    expect(got.text).toBe(paras.join('\n\n'));
    expect(got.published?.slice(0, 10)).toBe('2016-12-13');
    expect(got.siteName).toBe('موقع المثال');
    expect(got.byline).toBe('مراسل الموقع');
  });

  it('gives no text for a page without an article, keeping the host as the outlet', () => {
    const got = extractForSaving(parse('<html><body><nav><a href="/">Home</a></nav></body></html>', 'https://www.portal.example/'));
    expect(got.text).toBe('');
    expect(got.siteName).toBe('portal.example');
  });
});

describe('findArticleMetadata', () => {
  it('falls back from meta tags to JSON-LD and ignores author URLs', () => {
    const ld = [{ '@type': 'ReportageNewsArticle', headline: 'Headline from JSON-LD', author: 'Sam Writer', publisher: { name: 'Wire Service' } }];
    const doc = parse(`<html><head><meta property="article:author" content="https://facebook.com/someone">
      <script type="application/ld+json">{ broken</script>
      <script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`);
    expect(findArticleMetadata(doc)).toEqual({
      title: 'Headline from JSON-LD',
      byline: 'Sam Writer',
      siteName: 'Wire Service',
      published: null,
      canonicalUrl: null,
      lang: null,
    });
  });

  it('prefers declared meta tags over JSON-LD', () => {
    const doc = parse(`<html lang="ar"><head><meta property="og:title" content="عنوان الصفحة"><meta name="author" content="فريق التحرير">
      <meta property="og:site_name" content="الموقع"><script type="application/ld+json">{"@type":"NewsArticle","headline":"other","author":"x"}</script></head></html>`);
    expect(findArticleMetadata(doc)).toMatchObject({ title: 'عنوان الصفحة', byline: 'فريق التحرير', siteName: 'الموقع', lang: 'ar' });
  });
});

describe('extractForSaving on a page that prints its date but does not declare it', () => {
  it('hands on the printed date texts for the background to read', () => {
    const page = NEWS_PAGE.replace(/<meta property="article:published_time"[^>]*>/, '').replace(
      '<p class="byline">By Jane Reporter</p>',
      '<p class="byline">By Jane Reporter</p><p class="article-date">Thursday 15 December 2016, 10:20 GMT</p>',
    );
    const got = extractForSaving(parse(page));
    expect(got.published).toBeNull();
    expect(got.printedDates).toContain('Thursday 15 December 2016, 10:20 GMT');
  });

  it('hands on nothing when the page declares its date', () => {
    expect(extractForSaving(parse(NEWS_PAGE)).printedDates).toEqual([]);
  });
});
