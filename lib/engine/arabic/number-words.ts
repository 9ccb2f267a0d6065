import { normalizeArabicWord } from './normalize';
import { readingsOf, type ScanToken } from './word-scan';

/**
 * Arabic number words and the grammar that joins them: 'خمسة وعشرون', 'ثلاث مئة', 'ثلاثة آلاف',
 * 'مليون ومئتا ألف', '75 ألفا', 'عشرات الآلاف'. Forms are listed as written in news copy (with
 * and without hamza, مئة/مائة, nominative and oblique case) and normalised when the module loads.
 */

type WordClass = 'unit' | 'ten' | 'hundred' | 'mult' | 'vague';

export interface NumberWord {
  cls: WordClass;
  /** unit/ten/hundred: the value; mult: the multiplier; vague: the lower bound of the count. */
  value: number;
  /** vague: the upper bound (عشرات → 99). */
  max?: number;
  /** A plural multiplier (آلاف، ملايين): a count by itself when nothing comes before it. */
  plural?: boolean;
}

const UNIT_FORMS: [number, string[]][] = [
  [1, ['واحد', 'واحدة', 'أحد', 'إحدى', 'احدى']],
  [2, ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثني', 'اثنتا', 'اثنتي']],
  [3, ['ثلاث', 'ثلاثة']],
  [4, ['أربع', 'أربعة']],
  [5, ['خمس', 'خمسة']],
  [6, ['ست', 'ستة']],
  [7, ['سبع', 'سبعة']],
  [8, ['ثمان', 'ثماني', 'ثمانية']],
  [9, ['تسع', 'تسعة']],
  [10, ['عشر', 'عشرة']],
];
const TEN_STEMS: [number, string][] = [
  [20, 'عشر'], [30, 'ثلاث'], [40, 'أربع'], [50, 'خمس'], [60, 'ست'], [70, 'سبع'], [80, 'ثمان'], [90, 'تسع'],
];
const HUNDRED_PREFIXES: [number, string[]][] = [
  [300, ['ثلاث']], [400, ['أربع']], [500, ['خمس']], [600, ['ست']], [700, ['سبع']], [800, ['ثمان', 'ثماني']], [900, ['تسع']],
];
const MULTIPLIERS: [number, string[], boolean][] = [
  [1000, ['ألف', 'ألفا', 'ألفاً'], false],
  [1000, ['آلاف', 'ألوف', 'الاف'], true],
  [1e6, ['مليون', 'مليونا', 'ملیون'], false],
  [1e6, ['ملايين'], true],
  [1e9, ['مليار', 'مليارا', 'بليون'], false],
  [1e9, ['مليارات'], true],
];
/** Vague counts: 'عشرات' is twenty to ninety-nine; 'بضعة' three to nine. */
const VAGUE: [number, number, string[]][] = [
  [20, 99, ['عشرات']],
  [200, 999, ['مئات']],
  [3, 9, ['بضع', 'بضعة', 'عدة']],
];

const LEXICON = new Map<string, NumberWord>();
function add(form: string, word: NumberWord): void {
  LEXICON.set(normalizeArabicWord(form), word);
}
for (const [value, forms] of UNIT_FORMS) for (const f of forms) add(f, { cls: 'unit', value });
for (const [value, stem] of TEN_STEMS) {
  add(stem + 'ون', { cls: 'ten', value });
  add(stem + 'ين', { cls: 'ten', value });
}
for (const h of ['مئة', 'مائة']) add(h, { cls: 'hundred', value: 100 });
for (const f of ['مئتان', 'مئتين', 'مائتان', 'مائتين', 'مئتا', 'مئتي', 'مائتا', 'مائتي']) add(f, { cls: 'hundred', value: 200 });
for (const [value, prefixes] of HUNDRED_PREFIXES) {
  for (const p of prefixes) for (const h of ['مئة', 'مائة']) add(p + h, { cls: 'hundred', value });
}
for (const [value, forms, plural] of MULTIPLIERS) for (const f of forms) add(f, { cls: 'mult', value, plural });
add('ألفان', { cls: 'mult', value: 2000 });
add('ألفين', { cls: 'mult', value: 2000 });
add('ألفي', { cls: 'mult', value: 2000 });
add('مليونان', { cls: 'mult', value: 2e6 });
add('مليونين', { cls: 'mult', value: 2e6 });
for (const [value, max, forms] of VAGUE) for (const f of forms) add(f, { cls: 'vague', value, max });

/** 'عدة' (several) is a figure only before a multiplier: 'عدة آلاف', not 'عدة حافلات'. */
const NEEDS_MULTIPLIER = new Set([normalizeArabicWord('عدة')]);
const HALF = normalizeArabicWord('نصف');
const TEEN_TAIL = new Set([normalizeArabicWord('عشر'), normalizeArabicWord('عشرة')]);

export interface WordLookup {
  word: NumberWord;
  /** Normalised clitic characters in front of the number word. */
  prefix: number;
  definite: boolean;
  conj: boolean;
}

/** The number word a token spells, with its clitics; null for any other word. */
export function lookupNumberWord(tok: ScanToken | undefined): WordLookup | null {
  if (!tok || tok.kind !== 'word') return null;
  for (const r of readingsOf(tok)) {
    const word = LEXICON.get(r.word);
    // Two-letter units after ب/ل are too often other words ('لست' is 'I am not').
    if (word && !(word.cls === 'unit' && r.word.length < 3 && r.prefix > 0 && !r.conj)) {
      return { word, prefix: r.prefix, definite: r.definite, conj: r.conj };
    }
  }
  return null;
}

export interface ParsedNumber {
  value: number;
  max: number;
  vague: boolean;
  /** Index of the last token of the figure. */
  last: number;
  /** Clitic characters before the figure's first word (trimmed from its surface). */
  prefix: number;
  /** The figure's first word carries the article: an ordinal ('العشرين') or a definite count. */
  definite: boolean;
  /** First token when a lead word belongs to the figure ('بين' in 'بين 50 و60'); else the start. */
  first?: number;
  /** Made of a lone 'one' word ('أحد', 'إحدى', 'واحد'): 'one of', rarely a figure. */
  loneOne: boolean;
}

/** A multiplier right after token `i` ('ألف', 'آلاف', 'مليون'…), with no conjunction or article. */
function multiplierAfter(tokens: ScanToken[], i: number): WordLookup | null {
  const next = lookupNumberWord(tokens[i + 1]);
  return next && next.word.cls === 'mult' && next.prefix === 0 ? next : null;
}

/** Is token j the word 'half' joined by و ('ونصف' or 'و نصف')? Returns its last index or -1. */
function halfAt(tokens: ScanToken[], j: number): number {
  const t = tokens[j];
  if (t?.kind !== 'word') return -1;
  if (t.text === 'و' + HALF) return j;
  return t.text === 'و' && tokens[j + 1]?.text === HALF ? j + 1 : -1;
}

/**
 * Reads a figure starting at token i: digits with an optional multiplier ('75 ألف', '1.5 مليون'),
 * number words joined by و ('مئة وخمسة وعشرون'), or a vague count ('عشرات الآلاف'). null when
 * token i starts no figure. Digits are parsed by the caller and passed as `digitValue`.
 */
export function parseNumberAt(tokens: ScanToken[], i: number, digitValue: number | null): ParsedNumber | null {
  if (digitValue !== null) {
    const mult = multiplierAfter(tokens, i);
    if (!mult) return { value: digitValue, max: digitValue, vague: false, last: i, prefix: 0, definite: false, loneOne: false };
    let value = digitValue * mult.word.value;
    let last = i + 1;
    // 'مليون ونصف' / '2 مليون ونصف': a half of the multiplier.
    const half = halfAt(tokens, last + 1);
    if (half >= 0) {
      value += mult.word.value / 2;
      last = half;
    }
    return { value, max: value, vague: false, last, prefix: 0, definite: false, loneOne: false };
  }
  const first = lookupNumberWord(tokens[i]);
  if (!first) return null;
  if (first.word.cls === 'vague' || (first.word.cls === 'mult' && first.word.plural)) {
    return parseVague(tokens, i, first);
  }
  return parseWords(tokens, i, first);
}

function parseVague(tokens: ScanToken[], i: number, first: WordLookup): ParsedNumber | null {
  let lo = first.word.value;
  let hi = first.word.max ?? first.word.value;
  if (first.word.cls === 'mult') {
    // A plural multiplier alone ('آلاف المدنيين') is two to nine of it; hi as the brief's 9999.
    lo = 2 * first.word.value;
    hi = 10 * first.word.value - 1;
  }
  let last = i;
  const next = lookupNumberWord(tokens[i + 1]);
  // The scale a following word gives: 'عشرات الآلاف' ×1000; 'بضع مئات' ×100, 'عدة عشرات' ×10.
  let scale = 0;
  if (next && !next.conj && first.word.cls === 'vague') {
    if (next.word.cls === 'mult') scale = next.word.value;
    else if (next.word.cls === 'vague' && first.word.value < 10 && next.word.value >= 20) scale = next.word.value / 2;
  }
  if (scale > 0) {
    lo *= scale;
    hi = (hi + 1) * scale - 1;
    last = i + 1;
  } else if (NEEDS_MULTIPLIER.has(tokens[i]!.text.slice(first.prefix))) {
    return null;
  }
  return { value: lo, max: hi, vague: true, last, prefix: first.prefix, definite: first.definite, loneOne: false };
}

function parseWords(tokens: ScanToken[], i: number, first: WordLookup): ParsedNumber {
  let total = 0;
  let current = 0;
  let lastCls: WordClass | 'teen' = first.word.cls;
  let lastMult = 0;
  /** Largest value a further و-joined word may have: nothing after a ten ('خمسة وعشرون' ends). */
  let cap = 0;
  if (first.word.cls === 'mult') {
    total = first.word.value;
    lastMult = first.word.value;
    cap = first.word.value - 1;
  } else {
    current = first.word.value;
    cap = first.word.cls === 'ten' ? 0 : 99;
  }
  let last = i;
  for (let j = i + 1; j < tokens.length; j = last + 1) {
    const half = lastCls === 'mult' ? halfAt(tokens, j) : -1;
    if (half >= 0) {
      total += lastMult / 2; // 'مليون ونصف'
      last = half;
      break;
    }
    let at = j;
    let conj = false;
    if (tokens[j]!.kind === 'word' && tokens[j]!.text === 'و') {
      conj = true;
      at = j + 1;
    }
    const next = lookupNumberWord(tokens[at]);
    if (!next || next.definite || next.word.cls === 'vague') break;
    if (next.prefix > (next.conj ? 1 : 0)) break; // 'بثلاثة' after a figure starts another phrase
    conj ||= next.conj;
    const w = next.word;
    if (!conj && w.cls === 'mult') {
      total += (current || 1) * w.value;
      current = 0;
      lastMult = w.value;
      cap = w.value - 1;
      lastCls = 'mult';
    } else if (!conj && lastCls === 'unit' && current < 10 && TEEN_TAIL.has(tokens[at]!.text)) {
      current += 10; // 'أحد عشر', 'خمسة عشر'
      lastCls = 'teen';
      cap = 0;
    } else if (!conj && lastCls === 'unit' && current < 10 && w.cls === 'hundred' && w.value === 100) {
      current *= 100; // 'ثلاث مئة'
      lastCls = 'hundred';
      cap = 99;
    } else if (conj && lastCls === 'unit' && w.cls === 'ten') {
      current += w.value; // units before tens: 'خمسة وعشرون'
      lastCls = 'ten';
      cap = 0;
    } else if (conj && w.cls !== 'mult' && w.value <= cap && (lastCls === 'hundred' || lastCls === 'mult')) {
      current += w.value; // big-endian parts: 'مئة وخمسة', 'ثلاثة آلاف وخمسمئة'
      lastCls = w.cls;
      cap = w.cls === 'ten' ? 0 : 99;
    } else break;
    last = at;
  }
  const value = total + current;
  const loneOne = last === i && first.word.cls === 'unit' && first.word.value === 1;
  return { value, max: value, vague: false, last, prefix: first.prefix, definite: first.definite, loneOne };
}
