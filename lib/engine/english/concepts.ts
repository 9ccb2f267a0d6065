import { ConceptMatcher, getConcept } from '../lexicon';
import { tokenizeEnglish } from './tokenize';
import { storedFormStems } from '../lexicon/form-stems';

/**
 * The lexicon seen from English: one ConceptMatcher over the `en` forms, stemmed by this layer's
 * own tokenizer so forms and page text produce the same keys, and the counted-noun lookup the
 * figure parser uses ("82 civilians" → civilians).
 */

/** How far after a figure the counted noun may start ("82 Syrian civilians", "98% of the city"). */
const COUNTED_NOUN_WINDOW_CHARS = 48;
/** Words between a figure and what it counts that say nothing about what is counted. */
const SKIPPED_AFTER_FIGURE = new Set(['of', 'the', 'more', 'other', 'additional', 'further', 'its', 'their', 'those', 'these', 'them', 'all']);
/** Words that end the figure's noun phrase: prepositions, verbs and conjunctions. */
const PHRASE_BREAKERS = new Set([
  'into', 'in', 'to', 'from', 'at', 'on', 'by', 'for', 'with', 'across', 'through', 'towards', 'and',
  'or', 'but', 'were', 'was', 'had', 'have', 'has', 'are', 'is', 'be', 'been', 'will', 'would', 'who', 'that',
]);
/** How many unknown words (adjectives: "Syrian", "trapped") may stand before the counted noun. */
const MAX_MODIFIER_WORDS = 1;

let matcher: ConceptMatcher | null = null;

/** The stems of an English lexicon form, as this layer tokenizes it; [] for a form with no words. */
export function stemEnglishForm(form: string): string[] {
  return tokenizeEnglish(form, { start: 0, end: form.length }).map((t) => t.stem);
}

/** The English concept matcher, built on first use (forms stemmed ahead of time: lexicon/form-stems.ts). */
export function englishConceptMatcher(): ConceptMatcher {
  matcher ??= new ConceptMatcher('en', stemEnglishForm, storedFormStems('en'));
  return matcher;
}

/**
 * The concept a figure counts, read from the words right after it (text[from, spanEnd)): an
 * actor or object for counts ("82 civilians", "20 buses"), also a place for shares ("98% of the
 * city"). null when the next noun is not in the lexicon or names an event.
 */
export function countedConceptAfter(text: string, from: number, spanEnd: number, unit: 'count' | 'percent'): string | null {
  const end = Math.min(spanEnd, text.length, from + COUNTED_NOUN_WINDOW_CHARS);
  if (end <= from) return null;
  const tokens = tokenizeEnglish(text, { start: from, end });
  let skipped = 0;
  while (skipped < tokens.length && SKIPPED_AFTER_FIGURE.has(tokens[skipped]!.norm)) skipped++;
  // Forms may open with a skipped word ("the Kremlin"), so match from the figure on.
  const first = englishConceptMatcher().find(tokens)[0];
  if (!first || first.first > skipped + MAX_MODIFIER_WORDS) return null;
  // The word between may describe the noun ("82 unarmed civilians"), not start a new phrase
  // ("most of them into government-held areas").
  for (let k = skipped; k < first.first; k++) if (PHRASE_BREAKERS.has(tokens[k]!.norm)) return null;
  // A word between figure and noun must not end the phrase ("82, civilians" is a list), and a
  // mention inside a compound is a modifier, not the counted noun ("98% of the rebel-held east").
  if (/[.;:!?,]/.test(text.slice(from, first.start)) || /^[-‐]\p{L}/u.test(text.slice(first.end, first.end + 2))) return null;
  const kind = getConcept(first.id)?.kind;
  if (kind === 'event') return null;
  if (kind === 'place' && unit !== 'percent') return null;
  return first.id;
}
