import type { Page } from 'playwright-core';
import { summarize, type Summary } from '../stats';
import { traceWhile } from './cdp';
import type { BenchBrowser } from './launch';
import { scriptCost, type ScriptCost } from './trace-analysis';

/**
 * The content script's cost on pages, from Chromium traces (both stages together; on a page
 * without Aleppo only stage 1 runs): main-thread time, the longest task it
 * ran in, and, on an Aleppo article, the time from the article being ready (DOMContentLoaded:
 * its text is in the DOM) and from the load event to the first highlight. Each run opens the page
 * in a fresh tab; the first run of a page (content script not yet in V8's code cache) is kept
 * apart from the rest.
 */

/** How long a page without Aleppo is traced after its load event: everything the content script
 *  does there must fall inside it. Stage 1 once looked again at load, +1.5 s and +5 s, and the
 *  1.5 s this used to be left the last look out; now it looks again only when the page changes. */
const SETTLE_MS = 6_000;
const HIGHLIGHT_TIMEOUT_MS = 60_000;
/** The quick test is timed in batches (see quick-test-probe.ts). */
const QUICK_TEST_BATCHES = 9;
const QUICK_TEST_PER_BATCH = 50;

export interface PageRun {
  cost: ScriptCost;
  /** ms from DOMContentLoaded / the load event to the first highlight; null on a page without any. */
  highlightAfterReadyMs: number | null;
  highlightAfterLoadMs: number | null;
  highlights: number;
  /** Stage 1's quick test (mentionsAleppo(quickPageText(document))) alone on this page, warm: median over batches, ms per run. */
  quickTestMs: number;
  /** …and its first call on the page (what the content script pays), ms (0.1 ms resolution). */
  quickTestFirstMs: number;
}

export interface ContentPageResult {
  page: string;
  first: PageRun;
  steady: {
    mainThreadMs: Summary;
    /** CPU time of the tasks the content script ran in (see ScriptCost.taskCpuMs). */
    taskCpuMs: Summary;
    longestTaskMs: Summary;
    highlightAfterReadyMs: Summary | null;
    highlightAfterLoadMs: Summary | null;
    /** The quick Aleppo test alone (what a minimal first-stage script would cost), warm, ms. */
    quickTestMs: Summary;
    quickTestFirstMs: Summary;
  };
  /** Tasks of 50 ms or more over all runs. */
  longTasks: number;
  highlights: number;
  hotFunctions: ScriptCost['hotFunctions'];
}

/** Records when the first highlight enters the page (main world; sees the content script's DOM). */
function watchHighlights(): void {
  const w = window as unknown as { __xrefFirstHighlight?: number };
  new MutationObserver((records, observer) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeType === 1 && ((n as Element).hasAttribute('data-xref-claim') || (n as Element).querySelector('[data-xref-claim]'))) {
          w.__xrefFirstHighlight = performance.now();
          observer.disconnect();
          return;
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

async function runOnce(b: BenchBrowser, url: string, expectHighlights: boolean): Promise<PageRun> {
  const page: Page = await b.context.newPage();
  try {
    await page.addInitScript(watchHighlights);
    await page.goto('about:blank');
    const events = await traceWhile(b.context, page, async () => {
      await page.goto(url, { waitUntil: 'load' });
      if (expectHighlights) await page.waitForSelector('[data-xref-claim]', { state: 'attached', timeout: HIGHLIGHT_TIMEOUT_MS });
      await page.waitForTimeout(expectHighlights ? 300 : SETTLE_MS);
    });
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        ready: nav.domContentLoadedEventEnd,
        load: nav.loadEventEnd,
        first: (window as unknown as { __xrefFirstHighlight?: number }).__xrefFirstHighlight ?? null,
        highlights: new Set([...document.querySelectorAll('[data-xref-claim]')].map((e) => e.getAttribute('data-xref-claim'))).size,
      };
    });
    await page.addScriptTag({ content: b.quickTestProbe });
    // The first call apart: it is the one the content script makes (cold code, cold regexes).
    const quickFirst = await page.evaluate(() => (window as unknown as { xrefQuickTest: (b: number, n: number) => { times: number[] } }).xrefQuickTest(1, 1));
    const quick = await page.evaluate(
      ([batches, perBatch]) => (window as unknown as { xrefQuickTest: (b: number, n: number) => { times: number[] } }).xrefQuickTest(batches, perBatch),
      [QUICK_TEST_BATCHES, QUICK_TEST_PER_BATCH] as const,
    );
    // Every script of the extension that ran in the page: stage 1 (aleppo-watch.js, on every
    // page) and stage 2 (page-checker.js, injected on Aleppo pages).
    const cost = scriptCost(events, `chrome-extension://${b.extensionId}/`);
    return {
      cost,
      highlightAfterReadyMs: timing.first === null ? null : timing.first - timing.ready,
      highlightAfterLoadMs: timing.first === null ? null : timing.first - timing.load,
      highlights: timing.highlights,
      quickTestMs: summarize(quick.times).p50,
      quickTestFirstMs: quickFirst.times[0]!,
    };
  } finally {
    await page.close();
  }
}

const orNull = (values: (number | null)[]): Summary | null => (values.some((v) => v === null) ? null : summarize(values as number[]));

/** Opens `url` `runs` + 1 times (the first apart) and summarises the content script's cost. */
export async function measureContentScript(b: BenchBrowser, name: string, url: string, expectHighlights: boolean, runs: number): Promise<ContentPageResult> {
  const first = await runOnce(b, url, expectHighlights);
  const rest: PageRun[] = [];
  for (let i = 0; i < runs; i++) rest.push(await runOnce(b, url, expectHighlights));
  const hot = new Map<string, number>();
  for (const r of rest) for (const f of r.cost.hotFunctions) hot.set(f.name, (hot.get(f.name) ?? 0) + f.ms / rest.length);
  return {
    page: name,
    first,
    steady: {
      mainThreadMs: summarize(rest.map((r) => r.cost.mainThreadMs)),
      taskCpuMs: summarize(rest.map((r) => r.cost.taskCpuMs)),
      longestTaskMs: summarize(rest.map((r) => r.cost.longestTaskMs)),
      highlightAfterReadyMs: orNull(rest.map((r) => r.highlightAfterReadyMs)),
      highlightAfterLoadMs: orNull(rest.map((r) => r.highlightAfterLoadMs)),
      quickTestMs: summarize(rest.map((r) => r.quickTestMs)),
      quickTestFirstMs: summarize(rest.map((r) => r.quickTestFirstMs)),
    },
    longTasks: [first, ...rest].reduce((n, r) => n + r.cost.longTasks, 0),
    highlights: first.highlights,
    hotFunctions: [...hot].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([fn, ms]) => ({ name: fn, ms: Math.round(ms * 100) / 100 })),
  };
}
