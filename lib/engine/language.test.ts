import { describe, expect, it } from 'vitest';
import { detectBlockLanguages, detectLanguage } from './language';

const ARABIC = 'قالت وزارة الدفاع الروسية إن الجيش السوري بات يسيطر على معظم أحياء حلب الشرقية بعد انسحاب المسلحين.';
const ENGLISH = 'The Syrian army said on Tuesday that it had taken control of almost all of eastern Aleppo.';

describe('detectLanguage', () => {
  it.each([
    ['English wire copy', ENGLISH, undefined, 'en'],
    ['Arabic news text', ARABIC, undefined, 'ar'],
    ['Arabic article on a page declared English', ARABIC, 'en', 'ar'],
    ['English article on a page declared Arabic', ENGLISH, 'ar', 'en'],
    ['French', "Le Conseil de sécurité de l'ONU s'est réuni en urgence sur la situation à Alep.", 'en', 'fr'],
    ['German', 'Die syrische Armee hat nach eigenen Angaben die Kontrolle über die Stadt übernommen.', undefined, 'de'],
    ['Spanish', 'El ejército sirio dijo que controla la ciudad de Alepo, según la agencia.', undefined, 'es'],
    ['Italian', "L'esercito siriano ha detto che controlla la città di Aleppo, secondo il ministero della difesa.", undefined, 'it'],
    ['Turkish', 'Türkiye ve Rusya, Halep için bir ateşkes konusunda anlaştı, dedi bakan.', undefined, 'tr'],
    ['Russian', 'Российские военные заявили, что сирийская армия контролирует Алеппо.', undefined, 'ru'],
    ['Persian', 'ارتش سوریه کنترل حلب را به دست گرفت و گروه‌های مسلح از شهر خارج شدند.', undefined, 'fa'],
    ['a short name takes the Latin hint', 'Aleppo', 'en-GB', 'en'],
    ['a short name without a hint', 'Aleppo', undefined, 'und'],
    ['digits and punctuation', '12:00 — 98% ... 2016', 'en', 'und'],
    ['empty text', '', 'en', 'und'],
    ['binary garbage', '\u0000\u0001\u0002\uFFFD\uFFFD\u0007'.repeat(50), undefined, 'und'],
  ])('%s', (_, text, hint, lang) => {
    expect(detectLanguage(text, hint)).toBe(lang);
  });

  it('lets the hint break a tie between two scripts', () => {
    const mixed = `${ENGLISH} ${ARABIC}`;
    expect(detectLanguage(mixed, 'en')).toBe('en');
    expect(detectLanguage(mixed, 'ar')).toBe('ar');
  });

  it('reads the article, not a long page, in bounded time', () => {
    const long = `${ARABIC}\n`.repeat(60_000); // ~6 MB
    const t0 = performance.now();
    expect(detectLanguage(long, 'en')).toBe('ar');
    expect(performance.now() - t0).toBeLessThan(50);
  });
});

describe('detectBlockLanguages', () => {
  it('tells quoted Arabic blocks apart on an English page', () => {
    expect(detectBlockLanguages([ENGLISH, ARABIC, ENGLISH], 'en')).toEqual(['en', 'ar', 'en']);
  });

  it('gives short Latin blocks the page language and wordless blocks und', () => {
    expect(detectBlockLanguages([ENGLISH, 'Idlib', '— 12 —', ENGLISH], 'ar')).toEqual(['en', 'en', 'und', 'en']);
  });

  it('returns [] for no blocks', () => {
    expect(detectBlockLanguages([])).toEqual([]);
  });
});
