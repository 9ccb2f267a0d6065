import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, MAX_ARTICLE_CHARS, type ExtractedArticle } from './extract';

const FIXTURES = join(__dirname, '../../tests/fixtures/pages');
const EVAL_SAMPLE = '/work/shared/eval-sample';

function parse(html: string, url = 'https://news.example/story'): Document {
  return new JSDOM(html, { url }).window.document;
}

/** Every segment must point at the very characters it claims to (whitespace may be collapsed). */
function expectSegmentsMapBack(article: ExtractedArticle): void {
  let previousEnd = 0;
  for (const segment of article.segments) {
    expect(segment.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = segment.end;
    const fromText = article.text.slice(segment.start, segment.end);
    const fromNode = segment.node.data.slice(segment.nodeOffset, segment.nodeOffset + fromText.length);
    expect(fromNode.replace(/\s/g, ' ')).toBe(fromText);
  }
  // Every non-space character of the text is covered by a segment.
  const covered = article.segments.reduce((n, s) => n + s.end - s.start, 0);
  expect(covered).toBe(article.text.replace(/\n\n/g, '').length);
}

describe('extractArticle on page fixtures', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(name, () => {
      const doc = parse(readFileSync(join(FIXTURES, name, 'source.html'), 'utf8'));
      const expectedPath = join(FIXTURES, name, 'expected.txt');
      const article = extractArticle(doc);
      if (!existsSync(expectedPath)) {
        expect(article).toBeNull();
        return;
      }
      expect(article).not.toBeNull();
      expect(article!.text).toBe(readFileSync(expectedPath, 'utf8').trim());
      const metadata = JSON.parse(readFileSync(join(FIXTURES, name, 'expected-metadata.json'), 'utf8'));
      expect({
        title: article!.title,
        lang: article!.lang,
        published: article!.published,
        canonicalUrl: article!.canonicalUrl,
        siteName: article!.siteName,
      }).toEqual(metadata);
      expectSegmentsMapBack(article!);
    });
  }
});

describe.runIf(existsSync(EVAL_SAMPLE))('extractArticle on the public eval sample', () => {
  const pages = existsSync(EVAL_SAMPLE) ? readdirSync(EVAL_SAMPLE).filter((f) => f.endsWith('.html')) : [];
  for (const page of pages) {
    it(`${page} extracts to its .txt`, () => {
      const article = extractArticle(parse(readFileSync(join(EVAL_SAMPLE, page), 'utf8')));
      expect(article?.text).toBe(readFileSync(join(EVAL_SAMPLE, page.replace(/\.html$/, '.txt')), 'utf8').trim());
    });
  }
});

describe('extractArticle edge cases', () => {
  it('returns null for an empty page and a page of links', () => {
    expect(extractArticle(parse('<html><body></body></html>'))).toBeNull();
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/${i}">Story number ${i} about the events in the city today</a></li>`);
    expect(extractArticle(parse(`<body><ul>${links.join('')}</ul></body>`))).toBeNull();
  });

  it('leaves out text the reader cannot see', () => {
    const paragraph = 'The convoy left the city at dawn, witnesses said, after a night of waiting in the cold.';
    const doc = parse(`<body><div>
      <p>${paragraph}</p><p>${paragraph}</p><p>${paragraph}</p>
      <p aria-hidden="true">Screen-reader-hidden duplicate text of the story that should not count.</p>
      <div style="visibility:hidden">Invisible teaser text of some length that should not count either.</div>
      <noscript>Please enable JavaScript to view the comments powered by a third party.</noscript>
    </div></body>`);
    const article = extractArticle(doc)!;
    expect(article.text).toBe([paragraph, paragraph, paragraph].join('\n\n'));
  });

  it(`caps the text at ${MAX_ARTICLE_CHARS} characters and stays fast on a huge page`, () => {
    const paragraph = `<p>${'Residents described long queues at the crossing, and aid workers counted the buses. '.repeat(4)}</p>`;
    const doc = parse(`<body><article><h1>A very long live blog</h1>${paragraph.repeat(6000)}</article></body>`);
    const started = performance.now();
    const article = extractArticle(doc)!;
    const elapsed = performance.now() - started;
    expect(article.text.length).toBe(MAX_ARTICLE_CHARS);
    expect(article.text.startsWith('A very long live blog\n\nResidents')).toBe(true);
    // ~2 MB of HTML: a linear walk takes well under a second even on a busy machine.
    expect(elapsed).toBeLessThan(3000);
  });
});
