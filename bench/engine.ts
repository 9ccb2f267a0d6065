import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeArticle, CorpusIndex, describeReason, MAX_MATCHES_PER_CLAIM, type CorpusDoc, type DocAnalysis } from '../lib/engine';
import { toSourceMatch } from '../lib/engine/match/corpus-index';
import { fixtureArticle } from './articles';
import { summarize, timeRuns, type Summary } from './stats';
import { findEnglishNames } from '../lib/engine/english/nlp';

/**
 * English claims are analysed with the names the lexicon lacks (compromise), as they are when the
 * corpus holds English statements: the dearer case, and the one measured since the first session.
 */
const WITH_NAMES = { names: findEnglishNames };

/**
 * Engine benchmark: analysis (claims) and matching of the 1,500-word fixture pages against the
 * bundled corpus, timed apart. Steady state is runs after a warm-up in one process; cold is the
 * very first call in a fresh Node process (lexicon matchers and JIT not yet built), run in a
 * child process each time so every cold sample is really cold.
 */

export const BUNDLED_CORPUS = new URL('../public/corpus.json', import.meta.url);

export interface EngineTimings {
  analysis: Summary;
  matching: Summary;
  total: Summary;
}

export interface EngineResult {
  lang: 'ar' | 'en';
  words: number;
  claims: number;
  matchedClaims: number;
  steady: EngineTimings;
  cold: EngineTimings;
}

/** The bundled corpus's documents (public/corpus.json: run `npm run corpus` first). */
export function loadBundledDocs(): CorpusDoc[] {
  return (JSON.parse(readFileSync(BUNDLED_CORPUS, 'utf8')) as { docs: CorpusDoc[] }).docs;
}

/**
 * The matching half of `checkArticle` (lib/engine/index.ts), on an analysis made beforehand:
 * the page's own copy is looked up, each claim matched and its sources shaped with a reason.
 * Returns how many claims found at least one source.
 */
export function matchAnalysis(analysis: DocAnalysis, text: string, index: CorpusIndex): number {
  const excludeDocIds = new Set(index.sameText(text));
  let matched = 0;
  for (const claim of analysis.claims) {
    const matches = index
      .matchClaim(claim, { published: analysis.published, excludeDocIds })
      .slice(0, MAX_MATCHES_PER_CLAIM)
      .map((m) => toSourceMatch(m, describeReason(m.comparison.reason, m.comparison.stance, 'en')));
    if (matches.length > 0) matched++;
  }
  return matched;
}

/** One cold call, in this (fresh) process: what a child process prints. */
export function coldCall(lang: 'ar' | 'en'): { analysis: number; matching: number } {
  const index = new CorpusIndex(loadBundledDocs());
  const page = fixtureArticle(lang);
  const t0 = performance.now();
  const analysis = analyzeArticle(page, WITH_NAMES);
  const t1 = performance.now();
  matchAnalysis(analysis, page.text, index);
  const t2 = performance.now();
  return { analysis: t1 - t0, matching: t2 - t1 };
}

function coldRuns(lang: 'ar' | 'en', runs: number): EngineTimings {
  const script = fileURLToPath(new URL('./cold-call.ts', import.meta.url));
  const samples = Array.from({ length: runs }, () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', script, lang], { encoding: 'utf8' });
    return JSON.parse(out) as { analysis: number; matching: number };
  });
  return {
    analysis: summarize(samples.map((s) => s.analysis)),
    matching: summarize(samples.map((s) => s.matching)),
    total: summarize(samples.map((s) => s.analysis + s.matching)),
  };
}

export interface EngineBenchOptions {
  runs: number;
  coldRuns: number;
  warmUp: number;
}

/** Times both fixture pages; see the module comment for what cold and steady mean. */
export function runEngineBench(opts: EngineBenchOptions): EngineResult[] {
  const index = new CorpusIndex(loadBundledDocs());
  return (['ar', 'en'] as const).map((lang) => {
    const page = fixtureArticle(lang);
    const cold = coldRuns(lang, opts.coldRuns);
    let analysis = analyzeArticle(page, WITH_NAMES);
    let matchedClaims = 0;
    timeRuns(opts.warmUp, () => matchAnalysis(analyzeArticle(page, WITH_NAMES), page.text, index));
    const analysisTimes = timeRuns(opts.runs, () => (analysis = analyzeArticle(page, WITH_NAMES)));
    const matchingTimes = timeRuns(opts.runs, () => (matchedClaims = matchAnalysis(analysis, page.text, index)));
    const totalTimes = timeRuns(opts.runs, () => matchAnalysis(analyzeArticle(page, WITH_NAMES), page.text, index));
    return {
      lang,
      words: page.text.split(/\s+/).filter(Boolean).length,
      claims: analysis.claims.length,
      matchedClaims,
      steady: { analysis: summarize(analysisTimes), matching: summarize(matchingTimes), total: summarize(totalTimes) },
      cold,
    };
  });
}
