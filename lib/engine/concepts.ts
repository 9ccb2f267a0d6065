import { ConceptMatcher } from './lexicon';
import { normalizeArabic } from './arabic/normalize';
import { tokenizeArabic } from './arabic/tokenize';
import { englishConceptMatcher } from './english/concepts';

/**
 * The two concept matchers, built once on first use (the lexicon has a few thousand forms:
 * building takes milliseconds, and a service worker that never sees an Aleppo page never pays).
 */

let arabic: ConceptMatcher | null = null;

/** The Arabic concept matcher (forms normalised and light-stemmed like the text). */
export function arabicConcepts(): ConceptMatcher {
  arabic ??= new ConceptMatcher('ar', (form) => {
    const norm = normalizeArabic(form);
    return tokenizeArabic(norm, 0, norm.text.length).map((t) => t.stem);
  });
  return arabic;
}

/** The English concept matcher (forms lower-cased and stemmed like the text). */
export function englishConcepts(): ConceptMatcher {
  return englishConceptMatcher();
}
