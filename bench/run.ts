import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { fixtureArticle } from './articles';
import { runEngineBench, type EngineResult } from './engine';
import { analysedCorpus, runNodeScale, type NodeScaleResult } from './scale';
import { measureContentScript, type ContentPageResult } from './chromium/content-cost';
import { BUILD_DIR, fixtureText, launchBenchBrowser } from './chromium/launch';
import { newsPage } from './chromium/pages';
import { measureScaleInChromium, type ChromiumScaleResult } from './chromium/scale';
import { printReport } from './report';

/**
 * `npm run bench` (through scripts/bench.mjs): the engine on the two 1,500-word fixture pages,
 * corpus scale to 10,000 synthetic articles in Node and in Chromium, and the content script's
 * cost on pages in Chromium; prints a table and writes bench/results.json.
 * Options: --quick (small n, 100 and 1,000 articles), --only=engine,scale,chromium; a quick or
 * partial run writes bench/out/results.partial.json instead, leaving the full results alone.
 */

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = new Set((args.find((a) => a.startsWith('--only='))?.slice(7) ?? 'engine,scale,chromium').split(','));
/** The synthetic corpus's seed: fixed, so every run benchmarks the same articles. */
const SEED = 2016;
const SCALES = quick ? [100, 1_000] : [100, 1_000, 10_000];
const RUNS = quick ? { engine: 10, cold: 2, warmUp: 3, match: 10, build: 1, check: 5, chromiumCold: 1, pages: 2 } : { engine: 30, cold: 5, warmUp: 5, match: 30, build: 3, check: 15, chromiumCold: 3, pages: 7 };
/** A full run's results are the ones to keep; a quick or partial run must not replace them. */
const RESULTS_FILE = quick || args.some((a) => a.startsWith('--only=')) ? new URL('./out/results.partial.json', import.meta.url) : new URL('./results.json', import.meta.url);

const log = (line: string) => console.error(line);

function bundleSizes(): { file: string; bytes: number; gzipBytes: number }[] {
  // Stage 1 runs on every page; stage 2 (the page checker) is injected on Aleppo pages only.
  return ['aleppo-watch.js', 'page-checker.js', 'background.js'].map((file) => {
    const body = readFileSync(join(BUILD_DIR, file));
    return { file, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
  });
}

function scaleRatios(node: NodeScaleResult[], chromium: ChromiumScaleResult[] | undefined) {
  const ratio = (big: number, small: number) => Math.round((big / small) * 10) / 10;
  const [n0, n1] = [node[0]!, node.at(-1)!];
  const [c0, c1] = [chromium?.[0], chromium?.at(-1)];
  return {
    nodeMatchP95: { ar: ratio(n1.match.ar.p95, n0.match.ar.p95), en: ratio(n1.match.en.p95, n0.match.en.p95) },
    ...(c0 && c1 ? { chromiumCheckPageP95: { ar: ratio(c1.checkPage.ar.p95, c0.checkPage.ar.p95), en: ratio(c1.checkPage.en.p95, c0.checkPage.en.p95) } } : {}),
  };
}

function environment() {
  const git = (...a: string[]) => {
    try {
      return execFileSync('git', a, { encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  };
  let chromium: string | null = null;
  try {
    chromium = execFileSync(process.env.CHROME_PATH || '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    chromium = null;
  }
  return { date: new Date().toISOString(), commit: git('rev-parse', '--short', 'HEAD'), node: process.version, chromium, cpus: cpus().length, loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100) };
}

async function main(): Promise<void> {
  const env = environment();
  const results: {
    environment: ReturnType<typeof environment> & { loadAverageAtEnd?: number[] };
    quick: boolean;
    /** The parts this run measured (--only): a partial run's file has only those sections. */
    parts: string[];
    engine?: EngineResult[];
    scale?: {
      seed: number;
      engineHash: string;
      analysisCached: boolean;
      node: NodeScaleResult[];
      chromium?: ChromiumScaleResult[];
      /** p95 at the largest scale over p95 at the smallest, per page language. */
      ratios?: { nodeMatchP95: { ar: number; en: number }; chromiumCheckPageP95?: { ar: number; en: number } };
    };
    contentScript?: ContentPageResult[];
    bundles?: ReturnType<typeof bundleSizes>;
  } = { environment: env, quick, parts: [...only] };

  if (only.has('engine')) {
    log('engine: the two 1,500-word fixture pages against the bundled corpus…');
    results.engine = runEngineBench({ runs: RUNS.engine, coldRuns: RUNS.cold, warmUp: RUNS.warmUp });
  }
  const needCorpus = only.has('scale');
  const corpus = needCorpus ? (log(`scale: generating and analysing ${SCALES.at(-1)} synthetic articles (cached in bench/out/)…`), analysedCorpus(SEED, SCALES.at(-1)!, log)) : null;
  if (corpus) {
    log('scale: index and matching in Node…');
    results.scale = { seed: SEED, engineHash: corpus.engineHash, analysisCached: corpus.cached, node: runNodeScale(corpus, SCALES, { runs: RUNS.match, buildRuns: RUNS.build }) };
  }
  if (only.has('chromium') || only.has('scale')) {
    log('chromium: launching with the built extension…');
    const browser = await launchBenchBrowser();
    // The content script first, against the bundled corpus only; the scale test then fills the
    // database (and empties it again when it ends).
    try {
      if (only.has('chromium')) {
        log('chromium: the content script on pages (traced)…');
        const pages = [
          { name: 'no Aleppo (en)', path: '/unrelated.html', html: newsPage(fixtureText('unrelated.txt'), { lang: 'en', published: '2024-03-05', site: 'Riverside Courier' }), highlights: false },
          { name: 'Aleppo article (en)', path: '/aleppo-en.html', html: newsPage(fixtureText('en-aleppo-evacuation.txt'), { lang: 'en', published: '2016-12-15', site: 'Northern Ledger' }), highlights: true },
          { name: 'Aleppo article (ar)', path: '/aleppo-ar.html', html: newsPage(fixtureText('ar-aleppo-evacuation.txt'), { lang: 'ar', published: '2016-12-15', site: 'صحيفة الشمال' }), highlights: true },
        ];
        results.contentScript = [];
        for (const p of pages) {
          results.contentScript.push(await measureContentScript(browser, p.name, browser.serve(p.path, p.html), p.highlights, RUNS.pages));
        }
      }
      if (corpus && results.scale) {
        log('chromium: IndexedDB load, cold start and checkPage at each scale…');
        const page = (lang: 'ar' | 'en') => {
          const a = fixtureArticle(lang);
          return { url: `https://bench.example/${lang}/aleppo-evacuation`, text: a.text, title: a.title ?? '', published: a.published ?? null, langHint: lang };
        };
        results.scale.chromium = await measureScaleInChromium(browser, corpus.docs, SCALES, { ar: page('ar'), en: page('en') }, { runs: RUNS.check, coldRuns: RUNS.chromiumCold });
      }
    } finally {
      await browser.close();
    }
  }
  if (results.scale) results.scale.ratios = scaleRatios(results.scale.node, results.scale.chromium);
  if (only.has('chromium')) results.bundles = bundleSizes();
  results.environment.loadAverageAtEnd = loadavg().map((x) => Math.round(x * 100) / 100);
  mkdirSync(new URL('./out/', import.meta.url), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  printReport(results);
  log(`results → ${relative(process.cwd(), fileURLToPath(RESULTS_FILE))}`);
}

main().catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exit(1);
});
