import type { Token } from './layer';

/**
 * A leaked or draft text is not the deal made: 'under the US-Russian draft leaked on Monday,
 * fighters would have gone to…', 'اتفاق سربت بنوده أمس يفضي بخروج…', 'مسودة الاتفاق'. What it
 * provides for is only proposed; matching keeps it apart from reports of the deal itself, and sets
 * it against other reports of the same draft.
 */

/** English words that make a sentence's terms a draft's. */
const DRAFT_EN = new Set(['leaked', 'leak', 'leaks', 'draft', 'drafts', 'drafted']);
/** Arabic (normalised; the word, its stem or its form without a conjunction). */
const DRAFT_AR = new Set(['سرب', 'سربت', 'سربه', 'سربها', 'تسريب', 'تسريبات', 'مسرب', 'مسربه', 'مسوده', 'مسودات']);

/** Whether a sentence tells a leaked or draft text's terms. false when it names none. */
export function isDraft(tokens: Token[], lang: 'ar' | 'en'): boolean {
  if (lang === 'en') return tokens.some((t) => DRAFT_EN.has(t.norm));
  return tokens.some((t) => DRAFT_AR.has(t.norm) || DRAFT_AR.has(t.stem) || (t.norm.length > 3 && /^[وف]/.test(t.norm) && DRAFT_AR.has(t.norm.slice(1))));
}
