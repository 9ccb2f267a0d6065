import { describe, expect, it } from 'vitest';
import { analyzeArticle, checkArticle, MAX_ANALYSED_CHARS } from '../../lib/engine';
import { seedIndex } from './corpus-fixture';

/** The engine never throws on what a page hands it, and answers 'nothing here' plainly. */
describe('bad input', () => {
  it.each([
    ['empty text', ''],
    ['only whitespace and punctuation', ' \n\n ..,، ؟ \t'],
    ['binary garbage', String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 65536))],
    ['control characters', '\u0000\u0001\u0002\u001b[31m\u200f\u202e'.repeat(500)],
    ['an unpaired surrogate soup', '\ud800\udc00\ud800'.repeat(1000)],
  ])('%s: no claims, no error', (_name, text) => {
    const result = checkArticle({ text }, seedIndex());
    expect(result.relevant).toBe(false);
    expect(result.claims).toEqual([]);
  });

  it('reads a page in another language as that language and checks nothing', () => {
    const text = "Alep : un accord de cessez-le-feu a été conclu mardi soir pour permettre l'évacuation des combattants et des civils de l'est de la ville, a annoncé la Turquie.";
    expect(analyzeArticle({ text, langHint: 'fr' })).toMatchObject({ lang: 'fr', relevant: false, claims: [] });
  });

  it('checks a one-line English selection too short for stopwords to place', () => {
    const result = analyzeArticle({ text: 'France requested the emergency Security Council meeting.', title: 'Aleppo' });
    expect(result.lang).toBe('en');
    expect(result.claims).toHaveLength(1);
  });

  it('takes the letters over a wrong lang attribute', () => {
    const text = 'أعلنت تركيا أن وقف إطلاق النار بات سارياً في الأحياء الشرقية من مدينة حلب. وقالت موسكو إن العمليات العسكرية في حلب توقفت.';
    expect(analyzeArticle({ text, langHint: 'en' }).lang).toBe('ar');
  });

  it('analyses a 5 MB text only up to its limit, keeping every claim inside it', () => {
    const sentence = 'وأعلنت تركيا أن وقف إطلاق النار بات سارياً في شرق حلب منذ مساء الثلاثاء. ';
    const text = sentence.repeat(Math.ceil(5_000_000 / sentence.length));
    const result = analyzeArticle({ text, published: '2016-12-13' });
    expect(result.relevant).toBe(true);
    expect(result.claims.length).toBeGreaterThan(0);
    for (const c of result.claims) expect(c.end).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
  });

  it('treats a malformed date as unknown rather than failing', () => {
    const text = 'أعلنت تركيا أن وقف إطلاق النار بات سارياً في الأحياء الشرقية من مدينة حلب. وقالت موسكو إن العمليات العسكرية في حلب توقفت.';
    expect(() => checkArticle({ text, published: 'yesterday-ish' }, seedIndex())).not.toThrow();
  });
});
