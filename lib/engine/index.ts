import type { ArticleInput, CheckResult, CheckedClaim, DocAnalysis, Verdict } from './types';
import { analyzeArticle } from './analyze';
import type { NameFinder } from './english/names';
import { CorpusIndex, toSourceMatch } from './match/corpus-index';
import { describeReason } from './match/reasons';

/**
 * The engine's public face: analyse an article, keep a corpus index, check an article against it.
 * Pure TypeScript: runs the same in the service worker, in Node tests and in the command line.
 */

export type * from './types';
export { analyzeArticle, analyzeDocument, lacksNames, withNames, MAX_ANALYSED_CHARS, type AnalyzeOptions } from './analyze';
export type { NameFinder, NameKind, NameMention } from './english/names';
export { CorpusIndex, type MatchContext, type RankingSnapshot, type StatementRef } from './match/corpus-index';
export { describeReason } from './match/reasons';
export { conceptLabel } from './lexicon';
export { detectLanguage } from './language';
export { datelineDate, printedDate, writtenDate } from './written-date';

/** Bumped whenever analysis changes what stored claims look like: stored docs are re-analysed. */
export const ENGINE_VERSION = '7';

/** At most this many sources are listed per claim, best first. */
export const MAX_MATCHES_PER_CLAIM = 8;

export interface CheckOptions {
  uiLang?: 'ar' | 'en';
  /** Corpus documents this page must not match (its own saved copy). */
  excludeDocIds?: string[];
  /** The finder of English names the lexicon lacks (compromise's, english/nlp.ts); absent: none looked up. */
  names?: NameFinder;
}

/** The verdict a list of stances adds up to. */
export function verdictOf(stances: string[]): Verdict {
  const pro = stances.includes('corroborates');
  const con = stances.includes('conflicts');
  return pro && con ? 'mixed' : pro ? 'corroborated' : con ? 'conflicting' : 'unverified';
}

/**
 * Checks an article against the corpus: its claims, each with the sources that corroborate or
 * conflict with it and why. A page not about Aleppo gives `relevant: false` and no claims.
 */
export function checkArticle(input: ArticleInput, index: CorpusIndex, opts: CheckOptions = {}): CheckResult {
  // Names the lexicon lacks are compared only within one language: with no English statement in
  // the corpus, an English page skips looking them up (compromise, the costly part).
  const names = index.hasStatementsIn('en') ? opts.names : undefined;
  return matchAnalysis(analyzeArticle(input, { names }), input.text ?? '', index, opts);
}

/**
 * {@link checkArticle} for an article analysed already (`text`: the article text as given): lets a
 * caller analyse while the index is still being read.
 */
export function matchAnalysis(analysis: DocAnalysis, text: string, index: CorpusIndex, opts: CheckOptions = {}): CheckResult {
  const uiLang = opts.uiLang ?? 'en';
  // A page never matches its own copy in the corpus (a saved page, a seed checked from the CLI).
  const excludeDocIds = new Set([...(opts.excludeDocIds ?? []), ...index.sameText(text)]);
  const claims: CheckedClaim[] = analysis.claims.map((claim) => {
    const matches = index
      .matchClaim(claim, { published: analysis.published, excludeDocIds })
      .slice(0, MAX_MATCHES_PER_CLAIM)
      .map((m) => toSourceMatch(m, describeReason(m.comparison.reason, m.comparison.stance, uiLang)));
    return { id: claim.id, text: claim.text, start: claim.start, end: claim.end, verdict: verdictOf(matches.map((m) => m.stance)), matches };
  });
  return { lang: analysis.lang, relevant: analysis.relevant, claims };
}
