import { readFileSync } from 'node:fs';
import type { ArticleInput } from '../lib/engine/types';

/**
 * The engine benchmark's pages: a 1,500-word Arabic and a 1,500-word English news article about
 * the Aleppo evacuation (bench/fixtures/), cut to exactly PAGE_WORDS words at paragraph
 * boundaries where possible, so both languages are timed on the same length.
 */

export const PAGE_WORDS = 1_500;
/** The day both fixture articles report (the first evacuation day). */
export const FIXTURE_PUBLISHED = '2016-12-15';

export const FIXTURE_FILES = {
  ar: new URL('./fixtures/ar-aleppo-evacuation.txt', import.meta.url),
  en: new URL('./fixtures/en-aleppo-evacuation.txt', import.meta.url),
} as const;

/** The first `words` words of `text`, keeping its paragraph breaks. */
export function firstWords(text: string, words: number): string {
  const out: string[] = [];
  let left = words;
  for (const paragraph of text.split(/\n\s*\n/)) {
    if (left <= 0) break;
    const taken = paragraph.split(/\s+/).filter(Boolean).slice(0, left);
    left -= taken.length;
    if (taken.length > 0) out.push(taken.join(' '));
  }
  return out.join('\n\n');
}

/** The fixture page in `lang`, as the engine receives it from a content script. */
export function fixtureArticle(lang: 'ar' | 'en'): ArticleInput & { text: string } {
  const text = firstWords(readFileSync(FIXTURE_FILES[lang], 'utf8'), PAGE_WORDS);
  const title = text.split('\n')[0]!;
  return { text, title, published: FIXTURE_PUBLISHED, langHint: lang };
}
