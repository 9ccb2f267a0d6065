/**
 * English word normalisation: the `norm` of a token. Lower case, typographic apostrophes and
 * quotes made straight, diacritics folded (Müftüoğlu → muftuoglu, François → francois), so that
 * wire copy that drops accents and pages that keep them produce the same keys.
 */

/** Letters that Unicode decomposition does not split into a base letter plus a mark. */
const UNDECOMPOSABLE: Record<string, string> = {
  ı: 'i',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
};

const MARKS = /\p{M}+/gu;
const UNDECOMPOSABLE_RE = /[ıøßæœđðłþ]/g;
const QUOTES_RE = /[‘’‚‛′`´]/g;
const DOUBLE_QUOTES_RE = /[“”„‟″«»]/g;
/** Only text outside ASCII needs the slow path. */
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Lower-cased, quote-straightened, diacritic-folded form of `word`. Non-Latin letters (Arabic
 * quoted in an English page) pass through lower-cased. '' for ''.
 */
export function normalizeEnglish(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .replace(QUOTES_RE, "'")
    .replace(DOUBLE_QUOTES_RE, '"')
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(UNDECOMPOSABLE_RE, (ch) => UNDECOMPOSABLE[ch] ?? ch)
    .normalize('NFC');
}
