import type { Page } from 'playwright-core';
import type { CheckPageData } from '../../lib/messaging';
import type { CorpusDoc } from '../../lib/engine/types';
import { summarize, type Summary } from '../stats';
import { stopServiceWorkers, workerHeap, type WorkerHeap } from './cdp';
import type { BenchBrowser } from './launch';

/**
 * Corpus scale in Chromium, through the real extension: at each scale the saved articles are
 * replaced by the first N synthetic ones (Dexie, the real schema, from the benchmark's extension
 * page), the storage the origin uses is read, and `checkPage` is timed after the service worker
 * is stopped: once right after loading (the corpus changed outside the worker: it builds its
 * index from every document), then the cold starts proper (it loads its saved snapshot), then
 * warm answers for the two fixture pages. The worker's heap is read last.
 */

/** Synthetic documents per fetched chunk (and so per bench-page fetch). */
const CHUNK_DOCS = 1_000;

export interface ChromiumScaleResult {
  articles: number;
  /** Writing the N articles through Dexie (toStoredDoc + bulkPut), ms; fetching them is apart. */
  loadMs: number;
  fetchMs: number;
  /** navigator.storage.estimate().usage of the extension's origin after loading, bytes. */
  storageBytes: number | null;
  /** Reading every indexed document back from IndexedDB, as the worker's cold start does, ms. */
  readAllMs: number;
  /**
   * First checkPage answer after the service worker was stopped, ms (English page), once the
   * worker has seen the corpus (its saved ranking snapshot describes it).
   */
  coldFirstAnswer: Summary;
  /**
   * The same for the Arabic page: no English name finder to load (names are compared within a
   * language; the worker imports compromise only for an English page).
   */
  coldFirstAnswerAr?: Summary;
  /**
   * The same, for the first start after the articles were loaded (by the bench page, outside the
   * worker): the saved snapshot is stale, so the worker builds its index from every document.
   */
  coldAfterChangeMs: number;
  /** Warm checkPage round trips (analysis + matching + messaging), per language, ms. */
  checkPage: { ar: Summary; en: Summary };
  workerHeap: WorkerHeap | null;
  claims: { ar: number; en: number };
}

export interface ScalePages {
  ar: CheckPageData;
  en: CheckPageData;
}

interface BenchApi {
  clearSaved(): Promise<number>;
  load(urls: string[]): Promise<{ docs: number; fetchMs: number; writeMs: number }>;
  usage(): Promise<{ usage: number | null; docs: number }>;
  readAll(): Promise<{ ms: number; docs: number }>;
  check(page: CheckPageData, runs: number): Promise<{ times: number[]; claims: number; matched: number }>;
}

type BenchWindow = Window & { xrefBench: BenchApi };

async function openBenchPage(b: BenchBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/bench.html`);
  await page.waitForFunction(() => 'xrefBench' in window);
  return page;
}

export async function measureScaleInChromium(
  b: BenchBrowser,
  docs: CorpusDoc[],
  scales: number[],
  pages: ScalePages,
  opts: { runs: number; coldRuns: number },
): Promise<ChromiumScaleResult[]> {
  const chunkUrls = (n: number) => {
    const urls: string[] = [];
    for (let start = 0; start < n; start += CHUNK_DOCS) {
      const end = Math.min(n, start + CHUNK_DOCS);
      urls.push(b.serve(`/chunks/${start}-${end}.json`, () => Buffer.from(JSON.stringify(docs.slice(start, end))), 'application/json'));
    }
    return urls;
  };
  const page = await openBenchPage(b);
  const results: ChromiumScaleResult[] = [];
  try {
    for (const n of scales) {
      await page.evaluate(() => (window as unknown as BenchWindow).xrefBench.clearSaved());
      const load = await page.evaluate((urls) => (window as unknown as BenchWindow).xrefBench.load(urls), chunkUrls(n));
      const usage = await page.evaluate(() => (window as unknown as BenchWindow).xrefBench.usage());
      const readAll = await page.evaluate(() => (window as unknown as BenchWindow).xrefBench.readAll());
      await stopServiceWorkers(page, b.extensionId);
      const afterChange = await page.evaluate((p) => (window as unknown as BenchWindow).xrefBench.check(p, 1), pages.en);
      const cold: number[] = [];
      const coldAr: number[] = [];
      const coldCheck = async (p: CheckPageData) => {
        await stopServiceWorkers(page, b.extensionId);
        return (await page.evaluate((data) => (window as unknown as BenchWindow).xrefBench.check(data, 1), p)).times[0]!;
      };
      // Alternated, so the two languages see the same machine.
      for (let i = 0; i < opts.coldRuns; i++) {
        cold.push(await coldCheck(pages.en));
        coldAr.push(await coldCheck(pages.ar));
      }
      const warm = async (p: CheckPageData) => page.evaluate(([data, runs]) => (window as unknown as BenchWindow).xrefBench.check(data, runs), [p, opts.runs] as const);
      const ar = await warm(pages.ar);
      const en = await warm(pages.en);
      results.push({
        articles: n,
        loadMs: Math.round(load.writeMs),
        fetchMs: Math.round(load.fetchMs),
        storageBytes: usage.usage,
        readAllMs: Math.round(readAll.ms),
        coldFirstAnswer: summarize(cold),
        coldFirstAnswerAr: summarize(coldAr),
        coldAfterChangeMs: Math.round(afterChange.times[0]!),
        checkPage: { ar: summarize(ar.times), en: summarize(en.times) },
        workerHeap: await workerHeap(page, b.extensionId),
        claims: { ar: ar.claims, en: en.claims },
      });
    }
  } finally {
    // Leave the extension as it was: the bundled corpus only, and no index of the synthetic one.
    await page.evaluate(() => (window as unknown as BenchWindow).xrefBench.clearSaved()).catch(() => undefined);
    await stopServiceWorkers(page, b.extensionId).catch(() => undefined);
    await page.close();
  }
  return results;
}
