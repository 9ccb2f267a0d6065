/**
 * A light stemmer of the light10 family (Larkey, Ballesteros & Connell 2007), on normalised text
 * (ة already ه, ى already ي). Light stemming strips the conjunction, the article and a few
 * suffixes and nothing else: root stemmers would merge مقاتلين (fighters) with قتلى (the dead),
 * which is exactly the distinction a claim turns on.
 *
 * `stemCandidates` adds dictionary-checked alternatives for the clitics light10 leaves on (ب/ل/ك/ف
 * before a bare noun, the future س and the imperfect prefixes ي/ت/ن on verbs, object pronouns):
 * the caller keeps an alternative only if the lexicon knows it, so they never pollute retrieval.
 */

const ARTICLES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
/** Pronoun suffixes light10 leaves on; stripped only in candidates. */
const PRONOUN_SUFFIXES = ['هما', 'هم', 'هن', 'كم', 'نا', 'ها', 'ه'];

/** The light10 stem of a normalised Arabic word; non-Arabic words come back unchanged. */
export function stemArabic(word: string): string {
  if (!/[\u0621-\u064a]/.test(word)) return word;
  let w = word;
  if (w.length >= 4 && w.startsWith('و')) w = w.slice(1);
  for (const art of ARTICLES) {
    if (w.startsWith(art) && w.length - art.length >= 2) {
      w = w.slice(art.length);
      break;
    }
  }
  for (const suf of SUFFIXES) {
    if (w.length - suf.length >= 2 && w.endsWith(suf)) w = w.slice(0, -suf.length);
  }
  return w;
}

/**
 * Further stems a word may have once clitics light10 keeps are removed, most likely first,
 * excluding the primary stem. [] for words with nothing more to strip.
 */
export function stemCandidates(word: string): string[] {
  if (!/[\u0621-\u064a]/.test(word) || word.length < 4) return [];
  const out = new Set<string>();
  const bases = [word];
  let w = word;
  if (w.startsWith('و') || w.startsWith('ف')) {
    w = w.slice(1);
    bases.push(w);
  }
  for (const base of [...bases]) {
    // Prepositions fused to a bare noun: بسلاحهم، لمقاتلي، كمحاولة.
    if (/^[بلك]/.test(base) && base.length >= 4) bases.push(base.slice(1));
    // Future and imperfect verbs: سيجلون، ستغادر، يخرجون، نؤكد.
    const verb = base.replace(/^س?(?=[يتنا])/, '');
    if (verb !== base) bases.push(verb);
    if (/^[يتنا]/.test(verb) && verb.length >= 4) bases.push(verb.slice(1));
  }
  for (const base of bases) {
    for (const suf of PRONOUN_SUFFIXES) {
      if (base.endsWith(suf) && base.length - suf.length >= 3) bases.push(base.slice(0, -suf.length));
    }
  }
  const primary = stemArabic(word);
  for (const base of bases) {
    const s = stemArabic(base);
    if (s !== primary && s.length >= 2) out.add(s);
    if (base !== word && base.length >= 2 && base !== primary) out.add(base);
  }
  return [...out];
}
