import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@/components/articleSegments';
import { parseSourceLink, sourcePagePath } from '@/components/sourceLink';

describe('segmentArticle', () => {
  const text = 'Title\n\nFirst claim. Filler. Second claim.\nLast line.';
  const first = { id: 'c1', start: 7, end: 19 };
  const second = { id: 'c2', start: 28, end: 41 };

  it('splits paragraphs at line breaks and marks claims and evidence', () => {
    const paragraphs = segmentArticle(text, [first, second], { start: 28, end: 41 });
    expect(paragraphs.map((p) => p.map((piece) => piece.text).join(''))).toEqual(['Title', 'First claim. Filler. Second claim.', 'Last line.']);
    const pieces = paragraphs[1]!;
    expect(pieces.find((p) => p.text === 'First claim.')).toMatchObject({ claimId: 'c1', evidence: false });
    expect(pieces.find((p) => p.text === 'Second claim.')).toMatchObject({ claimId: 'c2', evidence: true });
    expect(pieces.find((p) => p.text === ' Filler. ')).toMatchObject({ claimId: null, evidence: false });
  });

  it('handles evidence that straddles a claim edge and ranges past the end', () => {
    const paragraphs = segmentArticle(text, [first], { start: 15, end: 500 });
    const evidence = paragraphs.flat().filter((p) => p.evidence).map((p) => p.text).join('');
    expect(evidence).toBe('aim. Filler. Second claim.Last line.');
  });

  it('returns [] for an empty article', () => {
    expect(segmentArticle('', [], null)).toEqual([]);
  });
});

describe('source page links', () => {
  it('round-trips a document id and an evidence range', () => {
    const path = sourcePagePath('003_c4c60020cb983868', 120, 245);
    expect(path).toBe('/source.html?doc=003_c4c60020cb983868&ev=120-245');
    expect(parseSourceLink(path.split('?')[1]!)).toEqual({ docId: '003_c4c60020cb983868', evidence: { start: 120, end: 245 } });
  });

  it('ignores a missing or malformed range, and needs a document', () => {
    expect(parseSourceLink('?doc=saved%3Aabc&ev=9-3')).toEqual({ docId: 'saved:abc', evidence: null });
    expect(parseSourceLink('?doc=x&ev=junk')).toEqual({ docId: 'x', evidence: null });
    expect(parseSourceLink('?ev=1-2')).toBeNull();
  });
});
