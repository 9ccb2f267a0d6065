import type { Span } from '../layer';

/**
 * English sentence splitting for news text: terminal punctuation ends a sentence unless it closes
 * an abbreviation (Gen., No. 2, Dec. 13, U.N. Security Council) or sits inside a quotation that
 * the sentence goes on after ("Is it over?" he asked.). Line breaks end a sentence too: headlines,
 * Q&A headings, bylines and list items carry no final punctuation, and a paragraph break ("\n\n")
 * always ends one. Offsets are exact into the text; spans are trimmed of surrounding whitespace.
 */

/** Longest sentence kept whole; a run-on longer than this (a table, a scraped menu) is cut. */
export const MAX_SENTENCE_CHARS = 2_000;

/** Abbreviations after which a full stop never ends the sentence: titles and reference words. */
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cmdr', 'adm',
  'brig', 'sen', 'rep', 'gov', 'pres', 'amb', 'rev', 'fr', 'st', 'mt', 'ft', 'no', 'nos', 'vol',
  'art', 'fig', 'vs', 'v', 'approx', 'est', 'dept', 'sec', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur',
  'thurs', 'fri', 'sat', 'sun', 'e.g', 'i.e', 'cf', 'al', 'ibid',
]);
/** Abbreviations that read as reference words only before a number (No. 2, Art. 5). */
const BEFORE_NUMBER_ONLY = new Set(['no', 'nos', 'art', 'vol', 'fig', 'sec']);
/**
 * Words that open a new sentence after an abbreviation that can also end one (U.S., p.m., Inc.):
 * "at 3 p.m. The convoy left" splits, "the U.N. Security Council" and "the U.N. said" do not.
 */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'there', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'after',
  'before', 'as', 'when', 'while', 'if', 'since', 'his', 'her', 'its', 'their', 'our', 'my',
  'some', 'many', 'most', 'all', 'no', 'not', 'one', 'two', 'three', 'earlier', 'later', 'meanwhile',
  'however', 'also', 'still', 'both', 'each', 'other', 'others', 'what', 'who', 'why', 'how', 'where',
]);
/** Words that name a time zone after "p.m.": the sentence goes on. */
const ZONE_WORDS = new Set(['gmt', 'utc', 'et', 'est', 'edt', 'cet', 'bst', 'local', 'damascus', 'moscow', 'syrian', 'syria', 'turkish', 'ankara', 'istanbul', 'beirut', 'new', 'washington', 'eastern', 'paris', 'geneva', 'london']);
const CLOSERS = '"\'”’»)]';
const OPENERS_AFTER_BREAK = /["'“‘«(\[\p{Lu}\p{N}\p{Lo}¿¡*•–—-]/u;

/** The word ending just before index `dot` (letters and inner dots: "U.N", "p.m", "Gen"). */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

/** The word starting at `i`, lower-cased (letters only). */
function wordAt(text: string, i: number): string {
  let j = i;
  while (j < text.length && /\p{L}/u.test(text[j]!)) j++;
  return text.slice(i, j).toLowerCase();
}

/** Whether the full stop at `dot`, followed by whitespace then text[next], ends a sentence. */
function fullStopEnds(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  const lower = word.toLowerCase();
  const nextChar = text[next] ?? '';
  if (lower === '' ) return true;
  if (BEFORE_NUMBER_ONLY.has(lower)) return !/\p{N}/u.test(nextChar);
  if (NEVER_FINAL.has(lower)) return false;
  // A single capital is an initial (John F. Kennedy); in an abbreviation chain it is U.N., U.S.
  const dotted = word.includes('.');
  const initial = /^\p{Lu}$/u.test(word);
  if (initial && !dotted) return false;
  if (lower === 'a.m' || lower === 'p.m') {
    // "at 5 p.m. Later, he left" splits; "3 p.m. GMT" and "7 p.m. Damascus time" do not.
    return /\p{Lu}/u.test(nextChar) && !ZONE_WORDS.has(wordAt(text, next));
  }
  if (dotted || /^(?:inc|ltd|co|corp|jr|sr|etc|bros)$/.test(lower)) {
    // "at 3 p.m. (1300 GMT)" goes on; a quotation opening after it starts a new sentence.
    if (!/\p{Lu}/u.test(nextChar)) return /["“]/.test(nextChar);
    return SENTENCE_OPENERS.has(wordAt(text, next));
  }
  // Ordinary word: the next sentence opens with a capital, a digit or a quotation.
  return OPENERS_AFTER_BREAK.test(nextChar);
}

function pushTrimmed(text: string, out: Span[], start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return;
  // Cut run-ons at the last whitespace before the limit so no span exceeds it.
  while (end - start > MAX_SENTENCE_CHARS) {
    let cut = start + MAX_SENTENCE_CHARS;
    const floor = start + MAX_SENTENCE_CHARS / 2;
    while (cut > floor && !/\s/.test(text[cut]!)) cut--;
    if (cut <= floor) cut = start + MAX_SENTENCE_CHARS;
    pushTrimmed(text, out, start, cut);
    start = cut;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (/[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push({ start, end });
}

/** Whether a line break at `nl` continues the sentence: a soft wrap inside a running sentence. */
function softWrap(text: string, nl: number, lineStart: number): boolean {
  let j = nl + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
  if (text[j] === '\n') return false;
  // The line so far must end mid-sentence (a comma or a word) and the next start in lower case.
  let k = nl - 1;
  while (k >= lineStart && /\s/.test(text[k]!)) k--;
  return k >= lineStart && /[\p{Ll},;]/u.test(text[k]!) && /\p{Ll}/u.test(text[j] ?? '');
}

/**
 * Sentence spans of `text` in text order, offsets into `text`, no span longer than
 * MAX_SENTENCE_CHARS. [] for text without letters or digits. Linear in the input.
 */
export function splitEnglishSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      if (!softWrap(text, i, lineStart)) {
        pushTrimmed(text, out, start, i);
        start = i + 1;
      }
      lineStart = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // Runs of terminal marks ("?!", "...") end together at the last one.
    let j = i + 1;
    while (j < n && '.!?…'.includes(text[j]!)) j++;
    while (j < n && CLOSERS.includes(text[j]!)) j++;
    if (j < n && !/\s/.test(text[j]!)) {
      i = j - 1;
      continue; // 3.5, U.N., "word."word
    }
    let next = j;
    while (next < n && /[ \t\r\u00a0]/.test(text[next]!)) next++;
    if (next >= n || text[next] === '\n') {
      pushTrimmed(text, out, start, j);
      start = j;
      i = j - 1;
      continue;
    }
    const closedQuote = j > i + 1 && CLOSERS.includes(text[j - 1]!);
    let ends: boolean;
    if (ch === '.' && j - i === 1) ends = fullStopEnds(text, i, next);
    else if (closedQuote && /\p{Ll}/u.test(text[next]!)) ends = false; // "Is it over?" he asked.
    else ends = ch === '.' && j - i > 1 && !closedQuote ? OPENERS_AFTER_BREAK.test(text[next]!) : !/\p{Ll}/u.test(text[next]!);
    if (ends) {
      pushTrimmed(text, out, start, j);
      start = j;
    }
    i = j - 1;
  }
  pushTrimmed(text, out, start, n);
  return out;
}
