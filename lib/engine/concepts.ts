import { ConceptMatcher } from './lexicon';
import { storedFormStems } from './lexicon/form-stems';
import { normalizeArabic } from './arabic/normalize';
import { tokenizeArabic } from './arabic/tokenize';
import { englishConceptMatcher } from './english/concepts';

/**
 * The two concept matchers, built once on first use (the lexicon has a few thousand forms:
 * building takes milliseconds, and a service worker that never sees an Aleppo page never pays).
 */

let arabic: ConceptMatcher | null = null;

/** The stems of an Arabic lexicon form, normalised and light-stemmed like the text. */
export function stemArabicForm(form: string): string[] {
  const norm = normalizeArabic(form);
  return tokenizeArabic(norm, 0, norm.text.length).map((t) => t.stem);
}

/** The Arabic concept matcher (forms stemmed ahead of time: lexicon/form-stems.ts). */
export function arabicConcepts(): ConceptMatcher {
  arabic ??= new ConceptMatcher('ar', stemArabicForm, storedFormStems('ar'));
  return arabic;
}

/** The English concept matcher (forms lower-cased and stemmed like the text). */
export function englishConcepts(): ConceptMatcher {
  return englishConceptMatcher();
}
