import { normalizeArabicWord } from './arabic/normalize';

/**
 * The few grammatical words the frame builder reads roles from, per language: where reported
 * content starts ('أن', 'that'), which preposition makes a place a destination or an origin, what
 * marks an event as done already. Matched on tokens' normalised forms (Arabic without و/ف/ب/ل).
 */

export interface RoleWords {
  /** Complementisers that open reported content after an attribution verb. */
  complementizers: Set<string>;
  /** Prepositions before a destination / an origin. */
  toward: Set<string>;
  from: Set<string>;
  /** Words saying the event happened already. */
  completed: Set<string>;
  /** Words that introduce an agent after the event ('بطلب من', 'at the request of', 'by'). */
  agentMarkers: Set<string>;
}

const ar = (words: string[]) => new Set(words.map(normalizeArabicWord));

export const ROLE_WORDS: Record<'ar' | 'en', RoleWords> = {
  ar: {
    complementizers: ar(['أن', 'إن', 'بأن', 'أنه', 'إنه', 'أنها', 'إنها', 'أنهم', 'إنهم', 'بأنه', 'بأنها', 'قائلا']),
    toward: ar(['إلى', 'الى', 'إلي', 'نحو', 'باتجاه', 'اتجاه', 'صوب', 'لمناطق', 'لأماكن', 'حتى', 'وجهتها', 'وجهته', 'وجهتهم', 'وجهتهن']),
    from: ar(['من', 'عن']),
    completed: ar(['بالفعل', 'فعلا', 'سبق']),
    agentMarkers: ar(['طلب', 'بطلب', 'بدعوة', 'برعاية', 'بوساطة', 'بين', 'قبل']),
  },
  en: {
    complementizers: new Set(['that']),
    toward: new Set(['to', 'towards', 'toward', 'into', 'for', 'destination']),
    from: new Set(['from', 'out']),
    completed: new Set(['already']),
    agentMarkers: new Set(['by', 'request', 'between', 'of']),
  },
};
