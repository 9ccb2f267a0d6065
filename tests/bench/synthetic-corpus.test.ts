import { describe, expect, it } from 'vitest';
import { seededRandom, syntheticArticle, syntheticCorpus } from '../../bench/synthetic-corpus';
import { analyzeDocument } from '../../lib/engine';

/** The scale benchmark's corpus: reproducible run to run, and varied enough to stand for a reader's. */

const sentencesOf = (text: string) => text.split(/(?<=[.])\s+/).map((s) => s.trim()).filter(Boolean);

describe('synthetic corpus', () => {
  it('gives the same corpus for the same seed, and another for another seed', () => {
    expect(syntheticCorpus(7, 50)).toEqual(syntheticCorpus(7, 50));
    const other = syntheticCorpus(8, 50);
    expect(other.map((d) => d.text)).not.toEqual(syntheticCorpus(7, 50).map((d) => d.text));
  });

  it('keeps article i the same whatever the corpus size (the 100 are the first of the 1,000)', () => {
    expect(syntheticCorpus(3, 1_000).slice(0, 100)).toEqual(syntheticCorpus(3, 100));
    expect(syntheticArticle(3, 999)).toEqual(syntheticCorpus(3, 1_000)[999]);
  });

  it('varies articles: no two alike, few sentences repeated, many dates, both languages', () => {
    const docs = syntheticCorpus(11, 300);
    expect(new Set(docs.map((d) => d.text)).size).toBe(docs.length);
    expect(new Set(docs.map((d) => d.docId)).size).toBe(docs.length);
    const sentences = docs.flatMap((d) => sentencesOf(d.text));
    // A corpus of copies repeats nearly every sentence; this one almost none.
    expect(new Set(sentences).size / sentences.length).toBeGreaterThan(0.97);
    expect(new Set(docs.map((d) => d.published)).size).toBeGreaterThanOrEqual(20);
    const langs = docs.map((d) => d.lang);
    expect(langs.filter((l) => l === 'ar').length).toBeGreaterThan(100);
    expect(langs.filter((l) => l === 'en').length).toBeGreaterThan(100);
    // Figures vary too: many distinct numbers across the corpus.
    const figures = new Set(docs.flatMap((d) => d.text.match(/\d[\d,]*/g) ?? []));
    expect(figures.size).toBeGreaterThan(300);
  });

  it('writes articles the engine reads as claims about Aleppo, in both languages', () => {
    const docs = syntheticCorpus(5, 40).map((d) => analyzeDocument(d));
    for (const lang of ['ar', 'en']) {
      const inLang = docs.filter((d) => d.lang === lang);
      expect(inLang.length).toBeGreaterThan(5);
      const withClaims = inLang.filter((d) => d.claims.length >= 2);
      expect(withClaims.length / inLang.length).toBeGreaterThan(0.9);
    }
    const concepts = new Set(docs.flatMap((d) => d.claims.flatMap((c) => c.frame.places.map((p) => p.id))));
    expect(concepts.size).toBeGreaterThan(15);
  });

  it('draws a uniform-looking stream from the seeded PRNG', () => {
    const next = seededRandom(42);
    const values = Array.from({ length: 10_000 }, next);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });
});
