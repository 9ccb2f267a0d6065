import type { Span } from './layer';

/**
 * Sentence splitting for news text that survives scraping artefacts: '.,' between sentences,
 * '.' where commas belong (fragments such as 'فيتالي تشوركين.' are merged back), quotations
 * that contain full stops, '¢' used as quotation marks, headlines without final punctuation.
 * Shared by the Arabic layer and as the English layer's fallback.
 */

/** Fewer words than this and a fragment is glued to its neighbour: not a sentence. */
const MIN_SENTENCE_WORDS = 4;
/** A quotation running longer than this is taken as unbalanced: stop protecting it. */
const MAX_QUOTE_CHARS = 250;
/** Words that cannot open an Arabic sentence: a fragment starting with one continues the last. */
const CONTINUATION = /^(?:أن|ان|إن|بأن|لأن|التي|الذي|الذين|اللذين|اللتين|حيث|إذ|اذ|مشيرا|مشيرة|مشيراً|موضحا|موضحاً|مضيفا|مضيفاً|بعد أن|قبل أن|نجح|فيما|بينما|وسط)(?=[\s،,])/;
const ENDERS = '.!?؟…';
const CLOSERS = '"»”’\')]¢';

/** A run of non-space characters with a letter or digit in it: a word. */
const WORD_RUN = /\S*?[\p{L}\p{N}]\S*/gu;

/** Whether text has fewer than n words; stops counting at n (every span of a page is asked). */
function fewerWordsThan(text: string, n: number): boolean {
  WORD_RUN.lastIndex = 0;
  let count = 0;
  while (WORD_RUN.exec(text)) if (++count >= n) return false;
  return true;
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /[\s.,،;:؛\-–—•*|]/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? { start, end } : null;
}

/** Raw boundaries: paragraph breaks, terminal punctuation outside quotations, '.,' artefacts. */
function rawSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  let quoteOpen = -1;
  const push = (end: number) => {
    const s = trimSpan(text, start, end);
    if (s) spans.push(s);
    start = end;
    quoteOpen = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (ch === '«' || ch === '“') quoteOpen = i;
    else if (ch === '»' || ch === '”') quoteOpen = -1;
    else if (ch === '"' || ch === '¢') quoteOpen = quoteOpen >= 0 ? -1 : i;
    if (quoteOpen >= 0 && i - quoteOpen > MAX_QUOTE_CHARS) quoteOpen = -1;
    if (!ENDERS.includes(ch)) continue;
    // Decimal points and abbreviations with digits: 3.5, 1.2%
    if (ch === '.' && /[0-9]/.test(text[i - 1] ?? '') && /[0-9]/.test(text[i + 1] ?? '')) continue;
    // Ellipses inside a line ('قبل قليل.. ونحن') do not end a sentence.
    if (ch === '.' && (text[i + 1] === '.' || text[i - 1] === '.')) continue;
    let j = i + 1;
    while (j < text.length && CLOSERS.includes(text[j]!)) j++;
    const artefact = text[j] === ',' || text[j] === '،';
    if (quoteOpen >= 0 && !artefact) continue;
    if (j < text.length && !artefact && !/\s/.test(text[j]!)) continue; // 'U.N.', '2.5'
    push(artefact ? j + 1 : j);
  }
  push(text.length);
  return spans;
}

/** Words that open a new Arabic sentence inside a paragraph. */
const OPENER = /^(?:[وف][\u0621-\u064a]{2,}|كما|لكن|ثم|من جانب|من جهت|بدور|في المقابل|في غضون|يشار|يذكر|حسب|بحسب|وفق|أضاف|أكد|قال|أعلن|أفاد|أشار|ذكر|أوضح|نقل|شدد|حذر|دعا|طالب|اعتبر|كشف)/;
/**
 * Verbs a news sentence opens with, with a conjunction or without: a short fragment that starts
 * with one opens a sentence even where '.' is a comma. (Not any word after و/ف, as OPENER takes:
 * 'فيتالي تشوركين.' is a name cut off by a dot.)
 */
const OPENING_VERB = /^[وف]?(?:كان|كانت|قال|قالت|أعلن|أعلنت|أكد|أكدت|أضاف|أضافت|أفاد|أفادت|أشار|أشارت|ذكر|ذكرت|أوضح|أوضحت|نقل|نقلت|شدد|شددت|حذر|حذرت|دعا|دعت|طالب|طالبت|اعتبر|اعتبرت|كشف|كشفت|تابع|تابعت)(?=[\s.،,]|$)/;
/** When this share of fragments is shorter than a sentence, '.' is being used as a comma. */
const DOT_AS_COMMA_SHARE = 0.2;

/** How many Arabic letters (U+0621-U+064A) the text has (counted: matching them made a string per letter, 0.4 MB a page). */
function arabicLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x064a) n++;
  }
  return n;
}

/**
 * Sentence spans of `text` in order, offsets into `text`. [] for text without words.
 * Linear in the input.
 */
export function splitSentences(text: string): Span[] {
  const raw = rawSentences(text);
  const arabic = arabicLetters(text) > text.length / 4;
  const short = raw.filter((s) => fewerWordsThan(text.slice(s.start, s.end), MIN_SENTENCE_WORDS)).length;
  // A scrape that puts '.' where commas belong: only a sentence opener starts a new sentence.
  const dotAsComma = arabic && raw.length >= 5 && short / raw.length >= DOT_AS_COMMA_SHARE;
  const out: Span[] = [];
  for (const span of raw) {
    const body = text.slice(span.start, span.end);
    const prev = out[out.length - 1];
    const sameParagraph = prev !== undefined && !text.slice(prev.end, span.start).includes('\n');
    const bare = body.replace(/^["«¢]/, '');
    const continues = CONTINUATION.test(body) || (dotAsComma && !OPENER.test(bare));
    // A few unpunctuated words closing a paragraph are a stray subheading ('قصف متجدد'), not
    // the end of the sentence before them.
    const lineEnd = text.indexOf('\n', span.end);
    const strayHeading = !/[.!?؟"»”]$/.test(body) && !text.slice(span.end, lineEnd < 0 ? text.length : lineEnd).trim();
    // Where '.' is a comma, a short fragment that opens a sentence ('وكانت دمشق. المدعومة من
    // روسيا. قد شنت …') starts one: the fragments after it are its own.
    const shortTail = fewerWordsThan(body, MIN_SENTENCE_WORDS) && !(dotAsComma && OPENING_VERB.test(bare));
    if (prev && sameParagraph && !strayHeading && (shortTail || continues)) {
      prev.end = span.end;
      continue;
    }
    if (prev && sameParagraph && fewerWordsThan(text.slice(prev.start, prev.end), MIN_SENTENCE_WORDS) && !/[.!?؟]["»”]?$/.test(text.slice(prev.start, prev.end))) {
      prev.end = span.end;
      continue;
    }
    out.push({ ...span });
  }
  return out;
}
