import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticle, CorpusIndex, type CheckResult, type CheckedClaim } from '../../lib/engine';
import { buildBundledCorpus } from '../../lib/corpus/build';

/**
 * Leave one out: each seed is checked as if a reader opened it, against the other four. The
 * expectations come from reading the seeds (see seeds/sources.json for their dates).
 */

const corpus = buildBundledCorpus(resolve(import.meta.dirname, '../../seeds'));
const byId = Object.fromEntries(corpus.docs.map((d) => [d.docId.slice(0, 3), d]));

function checkSeed(prefix: string): CheckResult {
  const seed = byId[prefix]!;
  const others = new CorpusIndex(corpus.docs.filter((d) => d !== seed));
  return checkArticle({ text: seed.text, title: seed.title, published: seed.published, langHint: 'ar' }, others);
}

const results = Object.fromEntries(['000', '001', '002', '003', '004'].map((p) => [p, checkSeed(p)]));

function claim(prefix: string, fragment: string): CheckedClaim {
  const found = results[prefix]!.claims.find((c) => c.text.includes(fragment));
  expect(found, `seed ${prefix} has a claim containing «${fragment}»`).toBeDefined();
  return found!;
}

function stanceOf(c: CheckedClaim, prefix: string): string | undefined {
  return c.matches.find((m) => m.docId.startsWith(prefix))?.stance;
}

describe('seeds, leave one out', () => {
  it('reads every seed as an Arabic article about Aleppo with claims', () => {
    for (const r of Object.values(results)) {
      expect(r.lang).toBe('ar');
      expect(r.relevant).toBe(true);
      expect(r.claims.length).toBeGreaterThan(3);
    }
  });

  it("finds 003's 98% and 002's 'more than 90%' compatible: never a conflict", () => {
    const c = claim('003', '98%');
    expect(stanceOf(c, '002')).not.toBe('conflicts');
  });

  it('has 000 and 002 agree that fighters leave with light weapons', () => {
    expect(stanceOf(claim('000', 'أسلحة خفيفة'), '002')).toBe('corroborates');
    expect(stanceOf(claim('002', 'أسلحتهم الخفيفة'), '000')).toBe('corroborates');
  });

  it("corroborates 001's 'the operation ends within hours' with Churkin's words in 000", () => {
    expect(stanceOf(claim('001', 'ستنتهي خلال ساعات'), '000')).toBe('corroborates');
  });

  it("corroborates Ahrar al-Sham's evacuation statement across 000 and 001", () => {
    expect(stanceOf(claim('000', 'أحرار الشام'), '001')).toBe('corroborates');
  });

  it("leaves 001's 82 civilians unverified: no other seed gives the figure", () => {
    const c = claim('001', '82 مدنيا');
    expect(c.matches.filter((m) => m.reasonDetail.code.includes('figure'))).toEqual([]);
  });

  it("does not match 004's halt of 8-9 December with the 13 December reports", () => {
    const c = claim('004', 'وقف الجيش السوري العمليات العسكرية');
    expect(c.matches.map((m) => m.docId.slice(0, 3))).not.toContain('000');
  });

  it('takes no site furniture or sign-off for a claim', () => {
    const all = Object.values(results).flatMap((r) => r.claims.map((c) => c.text));
    for (const junk of ['المصدر: وكالات', 'ضرار نفاع', 'الحجم الطبيعي', 'Email', 'قصف متجدد', 'اتهامات الأسد']) {
      expect(all.filter((t) => t.includes(junk))).toEqual([]);
    }
  });

  it('gives every match a source sentence and a reason', () => {
    for (const r of Object.values(results)) {
      for (const c of r.claims) {
        for (const m of c.matches) {
          const doc = corpus.docs.find((d) => d.docId === m.docId)!;
          expect(doc.text.slice(m.evidenceStart, m.evidenceEnd)).toBe(m.evidence);
          expect(m.reason).toMatch(/\S/);
        }
      }
    }
  });
});
