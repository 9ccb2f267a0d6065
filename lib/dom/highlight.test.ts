import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';
import { highlightClaims, removeHighlights, type ClaimToHighlight } from './highlight';

const PAGE = `<!doctype html><html lang="en"><body>
<nav><a href="/">Home</a></nav>
<article>
  <h1>Buses leave eastern Aleppo</h1>
  <p>The first buses left the city on Thursday,
     officials said, and <a href="/icrc">the <b>Red Cross</b> confirmed</a> the departure of 20 buses.</p>
  <p>About 3,000 people were evacuated in the first convoy, according to the organisation.</p>
  <p>Residents said the crossing was crowded with families carrying what they could.</p>
</article>
</body></html>`;

function setup() {
  const doc = new JSDOM(PAGE, { url: 'https://news.example/a' }).window.document;
  const article = extractArticle(doc)!;
  const claimAt = (quote: string, id: string, verdict: ClaimToHighlight['verdict'] = 'corroborated'): ClaimToHighlight => {
    const start = article.text.indexOf(quote);
    expect(start).toBeGreaterThanOrEqual(0);
    return { id, start, end: start + quote.length, verdict, label: `${verdict} claim` };
  };
  return { doc, article, claimAt };
}

function markText(doc: Document, id: string): string {
  return [...doc.querySelectorAll(`[data-xref-claim="${id}"]`)].map((m) => m.textContent).join('');
}

describe('highlightClaims', () => {
  it('wraps a claim that spans inline elements in one mark per text node', () => {
    const { doc, article, claimAt } = setup();
    const quote = 'officials said, and the Red Cross confirmed the departure of 20 buses.';
    highlightClaims(article.segments, [claimAt(quote, 'c2', 'conflicting')]);
    const marks = [...doc.querySelectorAll('[data-xref-claim="c2"]')];
    // "officials said, and " | "the " | "Red Cross" | " confirmed" | " the departure of 20 buses."
    expect(marks).toHaveLength(5);
    expect(marks.every((m) => m.localName === 'xref-mark' && m.getAttribute('data-xref-verdict') === 'conflicting')).toBe(true);
    expect(markText(doc, 'c2').replace(/\s+/g, ' ')).toBe(quote);
    // One tab stop per claim, on its first piece, with an accessible name.
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0')).toEqual([marks[0]]);
    expect(marks[0]!.getAttribute('aria-label')).toBe('conflicting claim');
    // The link still holds its text (a highlight inside it, not around it): clicks still reach it.
    expect(doc.querySelector('article a')!.textContent).toBe('the Red Cross confirmed');
    expect(doc.querySelector('a xref-mark')).not.toBeNull();
  });

  it('keeps the page text unchanged and adds nothing but marks', () => {
    const { doc, article, claimAt } = setup();
    const before = doc.body.textContent;
    highlightClaims(article.segments, [claimAt('About 3,000 people were evacuated in the first convoy', 'c3'), claimAt('The first buses left the city on Thursday,', 'c1', 'mixed')]);
    expect(doc.body.textContent).toBe(before);
    expect(markText(doc, 'c3')).toBe('About 3,000 people were evacuated in the first convoy');
    expect(markText(doc, 'c1')).toBe('The first buses left the city on Thursday,');
    const tagsBefore = [...new JSDOM(PAGE).window.document.body.querySelectorAll('*')].map((el) => el.localName);
    const tagsAfter = [...doc.body.querySelectorAll('*')].map((el) => el.localName).filter((name) => name !== 'xref-mark');
    expect(tagsAfter).toEqual(tagsBefore);
  });

  it('trims a claim that overlaps an earlier one instead of nesting marks', () => {
    const { doc, article, claimAt } = setup();
    highlightClaims(article.segments, [claimAt('About 3,000 people were evacuated', 'c1'), claimAt('people were evacuated in the first convoy', 'c2', 'unverified')]);
    expect(doc.querySelector('xref-mark xref-mark')).toBeNull();
    expect(markText(doc, 'c2') + markText(doc, 'c1')).toContain('in the first convoy');
  });

  it('skips claims whose text has left the page', () => {
    const { doc, article, claimAt } = setup();
    const claim = claimAt('Residents said the crossing was crowded', 'c4');
    doc.querySelectorAll('p')[2]!.remove();
    expect(highlightClaims(article.segments, [claim])).toEqual([]);
  });
});

describe('removeHighlights', () => {
  it('restores the DOM exactly, text nodes included', () => {
    const { doc, article, claimAt } = setup();
    const html = doc.body.innerHTML;
    const textNodes = (root: Node) => {
      const found: string[] = [];
      const walker = doc.createTreeWalker(root, 4);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) found.push((n as Text).data);
      return found;
    };
    const nodesBefore = textNodes(doc.body);
    highlightClaims(article.segments, [
      claimAt('officials said, and the Red Cross confirmed', 'c1', 'conflicting'),
      claimAt('the departure of 20 buses', 'c2'),
      claimAt('About 3,000 people', 'c3', 'mixed'),
    ]);
    expect(doc.querySelectorAll('xref-mark').length).toBeGreaterThan(3);
    removeHighlights(doc);
    expect(doc.body.innerHTML).toBe(html);
    expect(textNodes(doc.body)).toEqual(nodesBefore);
  });

  it("leaves the page's own adjacent text nodes apart", () => {
    const { doc } = setup();
    const p = doc.querySelector('p')!;
    p.append(doc.createTextNode(' one'), doc.createTextNode(' two'));
    const count = p.childNodes.length;
    removeHighlights(doc);
    expect(p.childNodes.length).toBe(count);
  });
});
