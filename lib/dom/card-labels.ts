import type { Stance, Verdict } from '@/lib/engine/types';

/**
 * The hover card's words, in the two UI languages, worded as the popup's `_locales` strings
 * (verdictX, stanceX, noSources, openSource…) so the reader meets the same words everywhere.
 * A plain table rather than `browser.i18n`, so the card renders the same under jsdom in tests.
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
  fullComparison: 'Show comparison',
  openSource: 'Open source',
  close: 'Close',
  noSources: 'No report in the corpus speaks to this claim yet.',
  more: (count) => (count === 1 ? 'and 1 more source' : `and ${count} more sources`),
  markLabel: (verdict) => `${EN.verdict[verdict]} claim. Press Enter to see the sources.`,
  cardLabel: 'Cross-check of this claim',
};

const AR: CardLabels = {
  verdict: { corroborated: 'مؤكَّد', conflicting: 'متعارض', mixed: 'متباين', unverified: 'غير متحقَّق منه' },
  stance: { corroborates: 'يؤكّد', conflicts: 'يعارض' },
  fullComparison: 'عرض المقارنة',
  openSource: 'فتح المصدر',
  close: 'إغلاق',
  noSources: 'لا يتناول أي تقرير في المجموعة هذا الادعاء بعد.',
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
