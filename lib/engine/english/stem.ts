/**
 * A light English stemmer after Porter (1980): inflections and derivational suffixes come off so
 * that evacuate / evacuated / evacuation / evacuations, fighter / fighters and control / controls /
 * controlled share one key. Precision matters less than agreement here: the stem is a lookup and
 * retrieval key, never shown, and the lexicon's forms are stemmed by the same function.
 */

/** Words this short are left alone: stripping them only makes collisions (as, is, us). */
const MIN_STEMMED_LENGTH = 3;
/** Stems are memoised; a page has a few thousand distinct words, a corpus a few tens of thousands. */
const CACHE_LIMIT = 50_000;

/** Irregular forms the suffix rules cannot reach, mapped to their regular stem. */
const IRREGULAR: Record<string, string> = {
  men: 'man',
  women: 'woman',
  children: 'child',
  people: 'peopl',
  left: 'leav',
  fled: 'flee',
  held: 'hold',
  met: 'meet',
  told: 'tell',
  said: 'sai',
  says: 'sai',
  saying: 'sai',
  began: 'begin',
  begun: 'begin',
  fought: 'fight',
  took: 'take',
  taken: 'take',
  went: 'go',
  gone: 'go',
  shot: 'shoot',
  news: 'news',
  buses: 'bus',
  busses: 'bus',
  lives: 'life',
};

/** British spellings made American before stemming, so neighbourhood and neighborhood meet. */
const BRITISH_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(neighb|hon|fav|lab|col|behavi|arm|harb|rum|vig|endeav|hum|sav|parl)our/, '$1or'],
  [/(al|an|gn|il|or|ar|ic|it|ot|ut)is(e|ed|es|ing|ation|ations)$/, '$1iz$2'],
  [/(defe|offe|lice|prete)nce$/, '$1nse'],
  [/(cent|met|theat|fib)re(s?)$/, '$1er$2'],
  [/^programme/, 'program'],
];

const cache = new Map<string, string>();

function isConsonant(w: string, i: number): boolean {
  const c = w[i];
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return false;
  if (c === 'y') return i === 0 || !isConsonant(w, i - 1);
  return true;
}

/** Porter's m: the number of vowel-consonant sequences in `w`. */
function measure(w: string): number {
  let m = 0;
  let i = 0;
  const n = w.length;
  while (i < n && isConsonant(w, i)) i++;
  while (i < n) {
    while (i < n && !isConsonant(w, i)) i++;
    if (i >= n) break;
    m++;
    while (i < n && isConsonant(w, i)) i++;
  }
  return m;
}

function hasVowel(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (!isConsonant(w, i)) return true;
  return false;
}

function endsDoubleConsonant(w: string): boolean {
  const n = w.length;
  return n >= 2 && w[n - 1] === w[n - 2] && isConsonant(w, n - 1);
}

/** consonant-vowel-consonant at the end, the last not w, x or y (hop, not hoop or snow). */
function endsCvc(w: string): boolean {
  const n = w.length;
  if (n < 3) return false;
  const last = w[n - 1]!;
  return isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1) && !'wxy'.includes(last);
}

/** Replace `suffix` by `replacement` when what remains has measure > `minMeasure`. */
function replaceIf(w: string, rules: ReadonlyArray<readonly [string, string]>, minMeasure: number): string {
  for (const [suffix, replacement] of rules) {
    if (!w.endsWith(suffix)) continue;
    const base = w.slice(0, w.length - suffix.length);
    return measure(base) > minMeasure ? base + replacement : w;
  }
  return w;
}

function step1ab(w: string): string {
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);

  if (w.endsWith('eed')) return measure(w.slice(0, -3)) > 0 ? w.slice(0, -1) : w;
  let base: string | null = null;
  if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) base = w.slice(0, -2);
  else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) base = w.slice(0, -3);
  if (base === null) return w;
  if (base.endsWith('at') || base.endsWith('bl') || base.endsWith('iz')) return base + 'e';
  if (endsDoubleConsonant(base) && !/[lsz]$/.test(base)) return base.slice(0, -1);
  if (measure(base) === 1 && endsCvc(base)) return base + 'e';
  return base;
}

function step1c(w: string): string {
  return w.endsWith('y') && hasVowel(w.slice(0, -1)) ? w.slice(0, -1) + 'i' : w;
}

const STEP2: ReadonlyArray<readonly [string, string]> = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'],
  ['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'],
  ['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'],
  ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble'],
];
const STEP3: ReadonlyArray<readonly [string, string]> = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
const STEP4 = [
  'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou',
  'ism', 'ate', 'iti', 'ous', 'ive', 'ize',
];

function step4(w: string): string {
  // Longest suffix first, as Porter's table is ordered by the penultimate letter.
  let best = '';
  for (const suffix of STEP4) if (w.endsWith(suffix) && suffix.length > best.length) best = suffix;
  if (!best) return w;
  const base = w.slice(0, w.length - best.length);
  if (measure(base) <= 1) return w;
  if (best === 'ion' && !/[st]$/.test(base)) return w;
  return base;
}

function step5(w: string): string {
  if (w.endsWith('e')) {
    const base = w.slice(0, -1);
    const m = measure(base);
    if (m > 1 || (m === 1 && !endsCvc(base))) w = base;
  }
  if (measure(w) > 1 && endsDoubleConsonant(w) && w.endsWith('l')) w = w.slice(0, -1);
  return w;
}

/**
 * The stem of a normalised English word (see normalizeEnglish). Words shorter than three letters,
 * numbers and words outside a–z are returned unchanged; '' for ''.
 */
export function stemEnglish(norm: string): string {
  if (norm.length < MIN_STEMMED_LENGTH || !/^[a-z]+$/.test(norm)) return norm;
  const cached = cache.get(norm);
  if (cached !== undefined) return cached;
  const irregular = IRREGULAR[norm];
  let w = irregular ?? norm;
  if (irregular === undefined) {
    for (const [re, american] of BRITISH_SPELLINGS) w = w.replace(re, american);
    w = step1c(step1ab(w));
    w = replaceIf(w, STEP2, 0);
    w = replaceIf(w, STEP3, 0);
    w = step5(step4(w));
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(norm, w);
  return w;
}
