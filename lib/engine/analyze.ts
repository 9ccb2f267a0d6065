import type { ArticleInput, Claim, CorpusDoc, DocAnalysis, Lang } from './types';
import type { TextLayer } from './layer';
import type { ConceptMatcher } from './lexicon';
import { arabicLayer } from './arabic/layer';
import { englishLayer } from './english/layer';
import { arabicConcepts, englishConcepts } from './concepts';
import { detectLanguage } from './language';
import { datelineDate } from './written-date';
import { isAboutAleppo, judgeRelevance, readSentences, toClaim, whyNotAClaim, withUnknownNames, type ReadSentence } from './claims';
import type { NameFinder } from './english/names';

/**
 * Article analysis: language, topic, and the claims (for a page being read) or the evidence
 * statements (for a corpus document). Pure and synchronous.
 */

/** Text beyond this is not analysed: a 5 MB page is read up to here, linearly, and no further. */
export const MAX_ANALYSED_CHARS = 200_000;
/** At most this many claims are reported for one page (the reader cannot use more). */
export const MAX_CLAIMS_PER_PAGE = 80;

interface Block {
  start: number;
  end: number;
  lang: 'ar' | 'en';
}

function layerFor(lang: 'ar' | 'en'): { layer: TextLayer; matcher: ConceptMatcher } {
  return lang === 'ar' ? { layer: arabicLayer, matcher: arabicConcepts() } : { layer: englishLayer, matcher: englishConcepts() };
}

/**
 * Paragraph blocks with their own language: an English wire story quoting an Arabic statement,
 * or an Arabic page with an English quote, is read with the right layer for each paragraph.
 */
function blocksOf(text: string, pageLang: 'ar' | 'en'): Block[] {
  const blocks: Block[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    const start = m.index!;
    const end = start + m[0].length;
    const lang = detectLanguage(m[0]);
    const blockLang = lang === 'ar' || lang === 'en' ? lang : pageLang;
    const last = blocks[blocks.length - 1];
    if (last && last.lang === blockLang) last.end = end;
    else blocks.push({ start, end, lang: blockLang });
  }
  return blocks;
}

/** Latin text too short for stopwords to tell its language ('France requested the session.'). */
const SHORT_TEXT_SAMPLE = 2_000;

/**
 * The article's language. A short Latin text the detector cannot place is English when it names
 * the domain's concepts in English: a selection or a one-line claim still gets checked.
 */
function languageOf(text: string, hint: string | null): Lang {
  const lang = detectLanguage(text, hint);
  if (lang !== 'und' || !/[A-Za-z]/.test(text) || /[\u0600-\u06ff]/.test(text)) return lang;
  const sample = text.slice(0, SHORT_TEXT_SAMPLE);
  return englishConcepts().find(englishLayer.tokens(sample, { start: 0, end: sample.length })).length > 0 ? 'en' : lang;
}

interface Reading {
  lang: Lang;
  relevant: boolean;
  sentences: { s: ReadSentence; lang: 'ar' | 'en' }[];
  published: string | null;
  text: string;
}

function read(input: ArticleInput): Reading {
  const text = (input.text ?? '').slice(0, MAX_ANALYSED_CHARS);
  // A page that gives no date of its own may still print one in its dateline.
  const published = input.published ? input.published.slice(0, 10) : datelineDate(text);
  const lang = languageOf(text, input.langHint ?? null);
  if (lang !== 'ar' && lang !== 'en') return { lang, relevant: false, sentences: [], published, text };
  const ctx = { published };
  const sentences: Reading['sentences'] = [];
  for (const block of blocksOf(text, lang)) {
    const { layer, matcher } = layerFor(block.lang);
    for (const s of readSentences(text, layer, matcher, ctx, block)) sentences.push({ s, lang: block.lang });
  }
  const relevant = judgeRelevance(
    sentences.map((x) => x.s),
    input.title,
    text,
  );
  return { lang, relevant, sentences, published, text };
}

export interface AnalyzeOptions {
  /**
   * The finder of the names the lexicon lacks in English claims (compromise's tagger, see
   * english/names.ts); absent, none are looked up. Names are compared only with statements in the
   * same language, so a check against a corpus with no English statements can leave them out and
   * get the same answer; {@link withNames} adds them to an analysis made without.
   */
  names?: NameFinder;
}

/** The sentence each page claim was read from, for {@link withNames}. */
const readFrom = new WeakMap<Claim, { text: string; s: ReadSentence }>();

/**
 * The check-worthy claims about Aleppo in an article. For a page in another language, or one not
 * about Aleppo, `relevant` is false and `claims` is [].
 */
export function analyzeArticle(input: ArticleInput, opts: AnalyzeOptions = {}): DocAnalysis {
  const r = read(input);
  if (!r.relevant) return { lang: r.lang, relevant: false, claims: [], published: r.published };
  const claims: Claim[] = [];
  for (const { s, lang } of r.sentences) {
    if (claims.length >= MAX_CLAIMS_PER_PAGE) break;
    if (whyNotAClaim(s, r.text) !== null || !isAboutAleppo(s.reading.frame, true)) continue;
    const claim = toClaim(`c${claims.length + 1}`, r.text, s, lang, opts.names);
    if (!opts.names && lang === 'en') readFrom.set(claim, { text: r.text, s });
    claims.push(claim);
  }
  return { lang: r.lang, relevant: true, claims, published: r.published };
}

/**
 * The analysis {@link analyzeArticle} gives with `names`, from one it gave without: the English
 * claims get the names the lexicon lacks, nothing is read again. Lets a caller analyse before it
 * knows whether names are needed (and before the finder is loaded), and pay for them only then.
 */
export function withNames(analysis: DocAnalysis, names: NameFinder): DocAnalysis {
  const claims = analysis.claims.map((claim) => {
    const from = readFrom.get(claim);
    return from ? withUnknownNames(claim, from.text, from.s, names) : claim;
  });
  return { ...analysis, claims };
}

/** Whether {@link withNames} could add anything: the analysis has English claims read without names. */
export function lacksNames(analysis: DocAnalysis): boolean {
  return analysis.claims.some((c) => readFrom.has(c));
}

/**
 * A corpus document with its evidence statements: every sentence that reports an event or a
 * figure about Aleppo (not only the check-worthy ones: a source's background sentence can still
 * corroborate a page's claim). Headings count too; questions and beliefs do not.
 */
export function analyzeDocument(doc: Omit<CorpusDoc, 'claims'>, opts: AnalyzeOptions = {}): CorpusDoc {
  const r = read({ text: doc.text, title: doc.title, published: doc.published, langHint: doc.lang });
  const claims: Claim[] = [];
  for (const { s, lang } of r.sentences) {
    const why = s.heading ? null : whyNotAClaim(s, r.text);
    if (why !== null && why !== 'too short' && why !== 'speculation') continue;
    if (s.reading.frame.events.length === 0 && s.reading.frame.quantities.length === 0) continue;
    if (!isAboutAleppo(s.reading.frame, r.relevant)) continue;
    claims.push(toClaim(`e${claims.length + 1}`, r.text, s, lang, opts.names));
  }
  return { ...doc, lang: r.lang === 'und' ? doc.lang : r.lang, claims };
}
