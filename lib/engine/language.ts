import type { Lang } from './types';

/**
 * Language detection for pages and their blocks: script first (Arabic letters against Latin
 * ones, and the other scripts news pages come in), then, for Latin text, a count of each
 * language's commonest words to tell English from French, German, Spanish and the rest. The page's
 * `lang` attribute is a hint that settles close calls and blocks too short to judge, never the
 * truth: a page declared "en" whose article is Arabic is Arabic. Long texts are sampled in
 * bounded slices, so the cost does not grow with the page.
 */

/** Texts up to this long are read whole; longer ones through SAMPLE_SLICES slices. */
const SAMPLE_LIMIT_CHARS = 6_000;
const SAMPLE_SLICES = 3;
const SAMPLE_SLICE_CHARS = 2_000;
/** Fewer letters than this and the script alone cannot be trusted: the hint decides. */
const MIN_LETTERS = 12;
/** Between two scripts or two languages, a lead smaller than this share is a tie the hint breaks. */
const TIE_MARGIN = 0.15;
/** Stopword hits needed before a Latin text is given a language without the hint's help. */
const MIN_STOPWORD_HITS = 2;
/** Persian-only letters (پ چ ژ گ ک ی) above this share of Arabic-script letters make it Persian. */
const PERSIAN_SHARE = 0.02;

type Script = 'arabic' | 'latin' | 'cyrillic' | 'greek' | 'hebrew' | 'han' | 'kana' | 'hangul' | 'devanagari' | 'thai';

/** The language a script means when nothing finer is checked. */
const SCRIPT_LANG: Record<Exclude<Script, 'latin' | 'arabic'>, Lang> = {
  cyrillic: 'ru', greek: 'el', hebrew: 'he', han: 'zh', kana: 'ja', hangul: 'ko', devanagari: 'hi', thai: 'th',
};
const HINT_SCRIPT: Record<string, Script> = {
  ar: 'arabic', fa: 'arabic', ur: 'arabic', ru: 'cyrillic', uk: 'cyrillic', el: 'greek', he: 'hebrew',
  zh: 'han', ja: 'kana', ko: 'hangul', hi: 'devanagari', th: 'thai',
};

/** Each language's commonest short words: frequent, and rare in the others. */
const STOPWORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'in', 'is', 'was', 'that', 'for', 'on', 'with', 'said', 'he', 'it', 'by', 'from', 'have', 'has', 'were', 'which', 'this', 'are', 'not', 'but']),
  fr: new Set(['l', 'd', 'qu', 'à', 'sur', 'le', 'la', 'les', 'des', 'et', 'du', 'une', 'un', 'est', 'dans', 'que', 'qui', 'pour', 'pas', 'sur', 'au', 'aux', 'avec', 'ont', 'selon', 'été', 'il', 'elle', 'ce']),
  de: new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'den', 'dem', 'ein', 'eine', 'zu', 'sich', 'auf', 'für', 'im', 'wurde', 'sind', 'auch', 'nach', 'bei', 'des', 'hat']),
  es: new Set(['el', 'la', 'los', 'las', 'de', 'que', 'y', 'en', 'del', 'por', 'con', 'para', 'una', 'es', 'se', 'al', 'fue', 'lo', 'según', 'como', 'más', 'pero', 'su', 'sus']),
  it: new Set(['il', 'di', 'che', 'e', 'la', 'della', 'del', 'per', 'non', 'sono', 'gli', 'nel', 'una', 'alla', 'anche', 'dei', 'ha', 'è', 'con', 'ad', 'secondo', 'delle', 'stato', 'questo']),
  pt: new Set(['o', 'os', 'as', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'uma', 'não', 'para', 'com', 'dos', 'das', 'no', 'na', 'foi', 'por', 'mais', 'segundo', 'ao', 'são']),
  nl: new Set(['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'op', 'te', 'zijn', 'met', 'voor', 'die', 'werd', 'ook', 'aan', 'bij', 'naar', 'heeft', 'worden', 'om', 'uit', 'er']),
  tr: new Set(['ve', 'bir', 'bu', 'için', 'ile', 'da', 'de', 'olarak', 'olan', 'çok', 'daha', 'gibi', 'ama', 'kadar', 'sonra', 'şekilde', 'ise', 'değil', 'dedi', 'en', 'her', 'göre', 'tarafından', 'yer']),
  id: new Set(['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'dalam', 'tidak', 'akan', 'pada', 'juga', 'ke', 'ada', 'oleh', 'telah', 'kata', 'mereka', 'bahwa', 'sudah', 'atau', 'karena', 'saat']),
};

function scriptOf(code: number): Script | null {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff)) return 'latin';
  if ((code >= 0x620 && code <= 0x64a) || (code >= 0x66e && code <= 0x6d3) || (code >= 0x750 && code <= 0x77f) || (code >= 0x8a0 && code <= 0x8ff) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc)) return 'arabic';
  if (code >= 0x400 && code <= 0x4ff) return 'cyrillic';
  if (code >= 0x370 && code <= 0x3ff) return 'greek';
  if (code >= 0x5d0 && code <= 0x5ea) return 'hebrew';
  if (code >= 0x3040 && code <= 0x30ff) return 'kana';
  if (code >= 0x4e00 && code <= 0x9fff) return 'han';
  if (code >= 0xac00 && code <= 0xd7af) return 'hangul';
  if (code >= 0x900 && code <= 0x97f) return 'devanagari';
  if (code >= 0xe00 && code <= 0xe7f) return 'thai';
  return null;
}

/** The text to judge: whole when short, else slices from its start, middle and end. */
function sample(text: string): string {
  if (text.length <= SAMPLE_LIMIT_CHARS) return text;
  const parts: string[] = [];
  const step = (text.length - SAMPLE_SLICE_CHARS) / (SAMPLE_SLICES - 1);
  for (let k = 0; k < SAMPLE_SLICES; k++) {
    const at = Math.floor(k * step);
    parts.push(text.slice(at, at + SAMPLE_SLICE_CHARS));
  }
  return parts.join('\n');
}

/** The primary subtag of a `lang` attribute, lower-cased ("en-GB" → "en"); null when unusable. */
function primaryTag(hint: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(hint ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** Arabic script: Arabic unless Persian-only letters are common (پ چ ژ گ ک ی). */
function arabicScriptLang(text: string, arabicLetters: number): Lang {
  const persian = (text.match(/[پچژگکی]/g) ?? []).length;
  return persian > arabicLetters * PERSIAN_SHARE && !/[ةى]/.test(text) ? 'fa' : 'ar';
}

/** How much a stopword says: 1 when one language has it, 1/n when n languages share it (de, la). */
const STOPWORD_WEIGHT = new Map<string, number>();
for (const set of Object.values(STOPWORDS)) for (const w of set) STOPWORD_WEIGHT.set(w, (STOPWORD_WEIGHT.get(w) ?? 0) + 1);
for (const [w, n] of STOPWORD_WEIGHT) STOPWORD_WEIGHT.set(w, 1 / n);

/** A Latin-script text's language by stopwords; the hint settles ties and thin evidence. */
function latinLang(text: string, hint: string | null): Lang {
  const hits: Record<string, number> = {};
  for (const lang of Object.keys(STOPWORDS)) hits[lang] = 0;
  // Elisions split off (l'ONU → l, onu) so French articles count.
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const w of words) {
    const weight = STOPWORD_WEIGHT.get(w);
    if (weight === undefined) continue;
    for (const lang in STOPWORDS) if (STOPWORDS[lang]!.has(w)) hits[lang]! += weight;
  }
  const ranked = Object.entries(hits).sort((a, b) => b[1] - a[1]);
  const [bestLang, best] = ranked[0]!;
  const hintIsLatin = hint !== null && HINT_SCRIPT[hint] === undefined;
  if (best < MIN_STOPWORD_HITS) return hintIsLatin ? hint : 'und';
  if (hint && hits[hint] !== undefined && hits[hint]! >= best * (1 - TIE_MARGIN)) return hint;
  return bestLang;
}

/**
 * The language of a text: 'ar', 'en', another BCP-47 primary tag, or 'und' when the text has no
 * letters (or too few, with no usable hint). `hint` is the page's declared language.
 */
export function detectLanguage(text: string, hint?: string | null): Lang {
  const h = primaryTag(hint);
  if (typeof text !== 'string' || text.length === 0) return 'und';
  const body = sample(text);
  // Counted per script in first-seen order (ties rank by it), without a map update per letter:
  // the engine asks this of every paragraph of a page.
  const seen: Script[] = [];
  const tally: number[] = [];
  let letters = 0;
  let last: Script | null = null;
  let lastAt = -1;
  for (let i = 0; i < body.length; i++) {
    const script = scriptOf(body.charCodeAt(i));
    if (!script) continue;
    if (script !== last) {
      last = script;
      lastAt = seen.indexOf(script);
      if (lastAt < 0) {
        lastAt = seen.push(script) - 1;
        tally.push(0);
      }
    }
    tally[lastAt]!++;
    letters++;
  }
  if (letters === 0) return 'und';
  const counts = new Map<Script, number>(seen.map((sc, k) => [sc, tally[k]!]));
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  let [script, top] = ranked[0]!;
  const hintScript: Script | undefined = h ? (HINT_SCRIPT[h] ?? 'latin') : undefined;
  // Close between two scripts (a bilingual page) or too little to tell: the hint's script wins.
  if (hintScript && hintScript !== script && (counts.get(hintScript) ?? 0) >= top * (1 - TIE_MARGIN)) {
    script = hintScript;
    top = counts.get(hintScript)!;
  }
  if (letters < MIN_LETTERS && h && hintScript === script) return h;
  if (script === 'arabic') return h && HINT_SCRIPT[h] === 'arabic' && h !== 'ar' ? h : arabicScriptLang(body, top);
  if (script === 'latin') return latinLang(body, h);
  if (script === 'han' && (counts.get('kana') ?? 0) > 0) return 'ja';
  return h && HINT_SCRIPT[h] === script ? h : SCRIPT_LANG[script];
}

/**
 * The language of each block of a page (paragraphs, quotes, headings), in order. Blocks too short
 * to judge take the page's language when it fits their script (the page's own language comes
 * from all blocks, with `hint`); a block without letters is 'und'. [] for no blocks.
 */
export function detectBlockLanguages(blocks: string[], hint?: string | null): Lang[] {
  if (!Array.isArray(blocks) || blocks.length === 0) return [];
  let joined = '';
  for (const b of blocks) {
    if (joined.length > SAMPLE_LIMIT_CHARS * 4) break;
    if (typeof b === 'string') joined += b.slice(0, SAMPLE_LIMIT_CHARS) + '\n';
  }
  const page = detectLanguage(joined, hint);
  const pageHint = page === 'und' ? (hint ?? null) : page;
  return blocks.map((b) => (typeof b === 'string' ? detectLanguage(b, pageHint) : 'und'));
}
