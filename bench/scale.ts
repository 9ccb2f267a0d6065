import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle, analyzeDocument, CorpusIndex, type CorpusDoc } from '../lib/engine';
import { fixtureArticle } from './articles';
import { findEnglishNames } from '../lib/engine/english/nlp';
import { loadBundledDocs, matchAnalysis } from './engine';
import { summarize, timeRuns, type Summary } from './stats';
import { syntheticArticle } from './synthetic-corpus';

/**
 * Corpus scale in Node: the synthetic corpus analysed once (cached in bench/out/ under a hash of
 * the engine's sources, so an engine change is never benchmarked on stale claims), then at each
 * scale the index built over the bundled seeds plus the first N synthetic articles, and the two
 * fixture pages matched against it.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = join(ROOT, 'bench/out');

export interface AnalysedCorpus {
  seed: number;
  engineHash: string;
  docs: CorpusDoc[];
  /** Time analyzeDocument took for each document, ms, in order. */
  analysisMs: number[];
  /** Whether the analyses were read from bench/out (timed in an earlier run). */
  cached: boolean;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A hash of every engine source and lexicon file: it changes whenever analysis may change. */
export function engineHash(): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(join(ROOT, 'lib/engine')).filter((f) => /\.(ts|json)$/.test(f) && !f.endsWith('.test.ts')).sort()) {
    hash.update(file).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}

/** The first `count` synthetic articles of `seed`, analysed; from bench/out when the engine is unchanged. */
export function analysedCorpus(seed: number, count: number, log: (line: string) => void): AnalysedCorpus {
  const hash = engineHash();
  const cacheFile = join(OUT_DIR, `synthetic-${seed}-${count}-${hash}.json`);
  if (existsSync(cacheFile)) {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as Omit<AnalysedCorpus, 'cached'>;
    return { ...cached, cached: true };
  }
  const docs: CorpusDoc[] = [];
  const analysisMs: number[] = [];
  for (let i = 0; i < count; i++) {
    const article = syntheticArticle(seed, i);
    const t0 = performance.now();
    docs.push(analyzeDocument(article, { names: findEnglishNames }));
    analysisMs.push(performance.now() - t0);
    if ((i + 1) % 1_000 === 0) log(`  analysed ${i + 1}/${count} synthetic articles`);
  }
  mkdirSync(OUT_DIR, { recursive: true });
  // Analyses by an older engine are never read again: drop them (80 MB each at 10,000).
  for (const name of readdirSync(OUT_DIR)) {
    if (name.startsWith(`synthetic-${seed}-${count}-`) && name !== basename(cacheFile)) rmSync(join(OUT_DIR, name), { force: true });
  }
  writeFileSync(cacheFile, JSON.stringify({ seed, engineHash: hash, docs, analysisMs }));
  return { seed, engineHash: hash, docs, analysisMs, cached: false };
}

export interface NodeScaleResult {
  articles: number;
  claims: number;
  /** analyzeDocument over the N articles, summed, ms. */
  analyseMs: number;
  /** Building the CorpusIndex over seeds + N articles, ms per build. */
  indexBuild: Summary;
  /** Matching one 1,500-word page's claims (analysis done beforehand), per language, ms. */
  match: { ar: Summary; en: Summary };
  /** Heap the index holds (after a GC, against before building it), bytes; null without --expose-gc. */
  indexHeapBytes: number | null;
}

function heapAfterGc(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export function runNodeScale(corpus: AnalysedCorpus, scales: number[], opts: { runs: number; buildRuns: number }): NodeScaleResult[] {
  const seeds = loadBundledDocs();
  const pages = (['ar', 'en'] as const).map((lang) => {
    const page = fixtureArticle(lang);
    return { lang, text: page.text, analysis: analyzeArticle(page, { names: findEnglishNames }) };
  });
  return scales.map((n) => {
    const docs = [...seeds, ...corpus.docs.slice(0, n)];
    const before = heapAfterGc();
    let index = new CorpusIndex(docs);
    const after = heapAfterGc();
    const buildTimes = timeRuns(opts.buildRuns, () => (index = new CorpusIndex(docs)));
    const match = Object.fromEntries(
      pages.map((p) => {
        timeRuns(2, () => matchAnalysis(p.analysis, p.text, index));
        return [p.lang, summarize(timeRuns(opts.runs, () => matchAnalysis(p.analysis, p.text, index)))];
      }),
    ) as NodeScaleResult['match'];
    return {
      articles: n,
      claims: corpus.docs.slice(0, n).reduce((sum, d) => sum + d.claims.length, 0),
      analyseMs: Math.round(corpus.analysisMs.slice(0, n).reduce((a, b) => a + b, 0)),
      indexBuild: summarize(buildTimes),
      match,
      indexHeapBytes: before !== null && after !== null ? after - before : null,
    };
  });
}
