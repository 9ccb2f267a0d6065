import type { Stance, Verdict } from '@/lib/engine/types';

/**
 * The hover card's words, in the two UI languages. Kept here rather than in `_locales` because
 * the card lives in the content script, where every kilobyte counts and `i18n.getMessage` would
 * need each key declared twice; the popup and the other pages use `_locales`.
 */
export interface CardLabels {
  verdict: Record<Verdict, string>;
  stance: Record<Stance, string>;
  fullComparison: string;
  openSource: string;
  close: string;
  noSources: string;
  /** "and N more" under the sources shown. */
  more: (count: number) => string;
  /** Accessible name of a highlighted claim. */
  markLabel: (verdict: Verdict) => string;
  cardLabel: string;
}

const EN: CardLabels = {
  verdict: { corroborated: 'Corroborated', conflicting: 'Conflicting', mixed: 'Mixed', unverified: 'Unverified' },
  stance: { corroborates: 'Corroborates', conflicts: 'Conflicts' },
  fullComparison: 'Full comparison',
  openSource: 'Open source',
  close: 'Close',
  noSources: 'No article in your corpus speaks to this claim.',
  more: (count) => (count === 1 ? 'and 1 more source' : `and ${count} more sources`),
  markLabel: (verdict) => `${EN.verdict[verdict]} claim. Press Enter to see the sources.`,
  cardLabel: 'Cross-check of this claim',
};

const AR: CardLabels = {
  verdict: { corroborated: 'مؤكَّد', conflicting: 'متعارض', mixed: 'متباين', unverified: 'غير متحقَّق منه' },
  stance: { corroborates: 'يؤكِّد', conflicts: 'يتعارض' },
  fullComparison: 'المقارنة الكاملة',
  openSource: 'فتح المصدر',
  close: 'إغلاق',
  noSources: 'لا يتناول أيُّ مقال في مجموعتك هذا الادعاء.',
  more: (count) => (count === 1 ? 'ومصدر آخر' : `و${count} مصادر أخرى`),
  markLabel: (verdict) => `ادعاء ${AR.verdict[verdict]}. اضغط Enter لعرض المصادر.`,
  cardLabel: 'التحقق من هذا الادعاء',
};

/** Labels for a UI language tag ("ar", "ar-SY", "en-GB"…); English for anything but Arabic. */
export function cardLabelsFor(uiLanguage: string | null | undefined): CardLabels {
  return uiLanguage?.toLowerCase().startsWith('ar') ? AR : EN;
}

/** 'ar' or 'en': the UI language the engine's reasons are written in. */
export function uiLangOf(uiLanguage: string | null | undefined): 'ar' | 'en' {
  return uiLanguage?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}
