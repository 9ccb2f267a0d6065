import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundledCorpus, titleFromText } from './build';

const SEEDS = resolve(import.meta.dirname, '../../seeds');

describe('buildBundledCorpus', () => {
  const corpus = buildBundledCorpus(SEEDS);

  it('holds every seed under its file name, with the metadata we could establish', () => {
    expect(corpus.docs.map((d) => d.docId)).toEqual([
      '000_a46ec351ea799547',
      '001_7d8f754c79b70d61',
      '002_a8476a3b33d16d22',
      '003_c4c60020cb983868',
      '004_7456d795c60e2cad',
    ]);
    const albayan = corpus.docs.find((d) => d.docId.startsWith('004'))!;
    expect(albayan).toMatchObject({ outlet: 'Al Bayan', published: '2016-12-09', lang: 'ar', origin: 'seed', title: 'روسيا تعلن وقف العمليات العسكرية في حلب' });
    expect(albayan.url).toMatch(/^http:\/\/www\.albayan\.ae\//);
  });

  it('keeps the seed texts exactly as scraped', () => {
    for (const d of corpus.docs) expect(d.text).toBe(readFileSync(join(SEEDS, `${d.docId}.txt`), 'utf8'));
  });

  it('pre-analyses each seed into evidence statements that point back into its text', () => {
    for (const d of corpus.docs) {
      expect(d.claims.length).toBeGreaterThan(3);
      for (const c of d.claims) expect(d.text.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('is deterministic, and versioned by its content', () => {
    expect(JSON.stringify(buildBundledCorpus(SEEDS))).toBe(JSON.stringify(corpus));
    const copy = mkdtempSync(join(tmpdir(), 'seeds-'));
    cpSync(SEEDS, copy, { recursive: true });
    const file = join(copy, '003_c4c60020cb983868.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('98%', '97%'));
    expect(buildBundledCorpus(copy).corpusVersion).not.toBe(corpus.corpusVersion);
  });

  it('names a seed without a headline by its first sentence', () => {
    expect(titleFromText('وقالت أطراف في المعارضة إن الاتفاق تم. ثم شيء آخر')).toBe('وقالت أطراف في المعارضة إن الاتفاق تم');
    expect(titleFromText('كلمة '.repeat(40)).length).toBeLessThanOrEqual(91);
  });
});
