/**
 * Benchmark pages: a fixture article in the markup of an ordinary news site (header, navigation,
 * an <article> with a headline, byline, date and paragraphs, related links, footer), so the
 * content script extracts and highlights it as it would on a real page.
 */

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** A news page around `text` (first line: headline; blank-line paragraphs; short lines: subheads). */
export function newsPage(text: string, opts: { lang: 'ar' | 'en'; published: string; site: string }): string {
  const [headline = '', ...rest] = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const body = rest
    .map((p) => (p.split(/\s+/).length <= 6 && !/[.!?؟]$/.test(p) ? `<h2>${escapeHtml(p)}</h2>` : `<p>${escapeHtml(p)}</p>`))
    .join('\n      ');
  const dir = opts.lang === 'ar' ? 'rtl' : 'ltr';
  const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/story/${i}">${opts.lang === 'ar' ? 'خبر ذو صلة' : 'Related story'} ${i + 1}</a></li>`).join('');
  return `<!DOCTYPE html>
<html lang="${opts.lang}" dir="${dir}">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(headline)} | ${escapeHtml(opts.site)}</title>
  <meta property="og:site_name" content="${escapeHtml(opts.site)}">
  <meta property="article:published_time" content="${opts.published}T09:30:00Z">
  <style>body{font:16px/1.5 serif;max-width:760px;margin:auto} nav a{margin:0 .5em}</style>
</head>
<body>
  <header><a href="/">${escapeHtml(opts.site)}</a>
    <nav><a href="/world">World</a><a href="/politics">Politics</a><a href="/business">Business</a><a href="/sport">Sport</a><a href="/culture">Culture</a></nav>
  </header>
  <main>
    <article>
      <h1>${escapeHtml(headline)}</h1>
      <p class="byline">${opts.lang === 'ar' ? 'بقلم فريق التحرير' : 'By the news desk'} · <time datetime="${opts.published}">${opts.published}</time></p>
      ${body}
    </article>
    <aside><h3>${opts.lang === 'ar' ? 'اقرأ أيضا' : 'Read more'}</h3><ul>${links}</ul></aside>
  </main>
  <footer><p>© ${escapeHtml(opts.site)}</p></footer>
</body>
</html>
`;
}
