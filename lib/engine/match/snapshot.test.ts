import { describe, expect, it } from 'vitest';
import { analyzeDocument, checkArticle, CorpusIndex, type CorpusDoc } from '../index';

/**
 * An index from a snapshot loads statements one by one, each only at the revision the snapshot
 * was taken of: a document whose stored version changed is added anew, whole, never patched.
 */

const TEXT = [
  'قال مسؤولون أتراك إن مسلحي المعارضة سيغادرون حلب مع أسلحتهم الخفيفة.',
  'وأعلنت وزارة الدفاع الروسية أن الجيش السوري يسيطر على 98% من مساحة مدينة حلب.',
  'وبدأت الحافلات الخضراء بنقل المدنيين من شرق حلب إلى ريف إدلب صباح الخميس.',
].join(' ');

function doc(docId: string, title = 'حلب'): CorpusDoc {
  return analyzeDocument({ docId, title, outlet: 'Outlet', published: '2016-12-15', lang: 'ar', url: 'https://news.example/a', origin: 'saved', text: TEXT });
}

function snapshotOf(docs: CorpusDoc[], revision: string): CorpusIndex {
  const full = new CorpusIndex();
  for (const d of docs) full.add(d, revision);
  return CorpusIndex.fromSnapshot(full.toSnapshot());
}

describe('CorpusIndex from a snapshot', () => {
  it('keeps each document\'s metadata and revision, and loads a statement only at that revision', () => {
    const a = doc('a', 'عنوان "مقتبس" \u0000 غريب');
    expect(a.claims.length).toBeGreaterThan(1);
    const index = snapshotOf([a, doc('b')], 'r1');
    expect(index.unloaded).toBe(2);
    expect(index.loadStatement('a', 0, 'r2', a.claims[0]!)).toBe(false);
    expect(index.loadStatement('a', 0, 'r1', a.claims[1]!)).toBe(false);
    expect(index.loadStatement('a', a.claims.length, 'r1', a.claims[0]!)).toBe(false);
    expect(index.loadStatement('x', 0, 'r1', a.claims[0]!)).toBe(false);
    expect(index.loadStatement('a', 0, 'r1', a.claims[0]!)).toBe(true);
    expect(index.get('a')).toBeUndefined();
    expect(index.load(a, 'r2')).toBe(false);
    a.claims.forEach((c, n) => expect(index.loadStatement('a', n, 'r1', c)).toBe(true));
    expect(index.isLoaded('a')).toBe(true);
    expect(index.unloaded).toBe(1);
    const { text: _text, ...meta } = a;
    expect(index.get('a')).toEqual(meta);
  });

  it('names the statements a page needs, and answers as the full index once they are loaded', () => {
    const docs = [doc('a'), doc('b')];
    const full = new CorpusIndex(docs);
    const index = snapshotOf(docs, '');
    const page = { text: TEXT, title: 'حلب', published: '2016-12-15' };
    const analysis = analyzeDocument({ docId: 'page', title: 'حلب', outlet: null, published: page.published, lang: 'ar', url: null, origin: 'saved', text: TEXT });
    const refs = index.statementsToLoad(analysis.claims, { published: page.published });
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) expect(index.loadStatement(r.docId, r.n, '', docs.find((d) => d.docId === r.docId)!.claims[r.n]!)).toBe(true);
    expect(index.statementsToLoad(analysis.claims, { published: page.published })).toEqual([]);
    expect(checkArticle(page, index)).toEqual(checkArticle(page, full));
  });
});
