import type { Stance, StanceReason } from '../types';
import { conceptLabel, getConcept } from '../lexicon';

/**
 * One short sentence saying why a source corroborates or conflicts, in the reader's UI language,
 * naming the values that differ as each text wrote them (and, for concepts, in both languages:
 * 'Idlib / إدلب').
 */

type UiLang = 'ar' | 'en';

const TEMPLATES: Record<StanceReason['code'], Record<UiLang, string>> = {
  'same-figure': { en: 'same figure: {c}', ar: 'الرقم نفسه: {c}' },
  'compatible-figure': { en: 'compatible figures: {c} and {s}', ar: 'رقمان متوافقان: {c} و{s}' },
  'same-place': { en: 'same place: {c}', ar: 'المكان نفسه: {c}' },
  'same-actor': { en: 'same actor: {c}', ar: 'الطرف نفسه: {c}' },
  'same-time': { en: 'same time: {c}', ar: 'التوقيت نفسه: {c}' },
  'same-event': { en: 'reports the same: {c}', ar: 'يورد الأمر نفسه: {c}' },
  'figure-differs': { en: 'the figure differs: {c} vs {s}', ar: 'الرقم مختلف: {c} مقابل {s}' },
  'place-differs': { en: 'the place differs: {c} vs {s}', ar: 'المكان مختلف: {c} مقابل {s}' },
  'actor-differs': { en: 'a different actor: {c} vs {s}', ar: 'طرف مختلف: {c} مقابل {s}' },
  'order-differs': { en: 'the order differs: {c} first vs {s} first', ar: 'الترتيب مختلف: {c} أولاً مقابل {s} أولاً' },
  'same-order': { en: 'same order: {c} first', ar: 'الترتيب نفسه: {c} أولاً' },
  'time-differs': { en: 'the time differs: {c} vs {s}', ar: 'التوقيت مختلف: {c} مقابل {s}' },
  denied: { en: 'the source reports a denial: "{s}"', ar: 'المصدر ينقل نفياً: «{s}»' },
  negated: { en: 'the source says the opposite: "{s}"', ar: 'المصدر يقول العكس: «{s}»' },
  pending: { en: 'the source says it has not happened yet: "{s}"', ar: 'المصدر يقول إنه لم يحدث بعد: «{s}»' },
};

/** A value as written, with the concept's name in the other language when they differ. */
function named(surface: string | undefined, conceptId: string | undefined, ui: UiLang): string {
  const text = (surface ?? '').trim();
  if (!conceptId || !getConcept(conceptId)) return text;
  const inUi = conceptLabel(conceptId, ui);
  const written = text || inUi;
  const arabicWritten = /[\u0600-\u06ff]/.test(written);
  if ((ui === 'ar') === arabicWritten) return written;
  return `${written} / ${inUi}`;
}

/**
 * The reason as one short sentence in `uiLang`. Always returns a sentence, falling back to the
 * stance alone ('corroborates') for a reason without values.
 */
export function describeReason(reason: StanceReason, stance: Stance, uiLang: UiLang): string {
  const template = TEMPLATES[reason.code]?.[uiLang];
  if (!template) return stance === 'corroborates' ? (uiLang === 'ar' ? 'يؤيد' : 'corroborates') : uiLang === 'ar' ? 'يناقض' : 'conflicts';
  const concept = reason.code === 'figure-differs' || reason.code.endsWith('figure') ? undefined : reason.conceptId;
  const c = named(reason.claimValue, concept, uiLang);
  const s = named(reason.sourceValue, reason.code.endsWith('figure') ? undefined : reason.sourceConceptId ?? concept, uiLang);
  return template.replace('{c}', c).replace('{s}', s);
}
