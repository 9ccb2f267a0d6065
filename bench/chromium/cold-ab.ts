import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import type { CheckPageData } from '../../lib/messaging';
import { fixtureArticle } from '../articles';
import { analysedCorpus } from '../scale';
import { summarize } from '../stats';
import { stopServiceWorkers, traceWhile, type TraceEvent } from './cdp';
import { launchBenchBrowser, type BenchBrowser } from './launch';

/**
 * The cold first answer of two or more builds, alternated: each build runs in a browser of its
 * own with the same N synthetic articles (argv: --articles=N, default 10,000; --rounds=R,
 * default 8), and round after round each build answers the English and then the Arabic fixture
 * page from a stopped worker, as `npm run bench` measures it (bench/chromium/scale.ts). This
 * machine's speed drifts within minutes, so only interleaved figures compare. Not part of the bench:
 *   npx tsx bench/chromium/cold-ab.ts --rounds=10 main=/tmp/main-build .output/chrome-mv3
 * A build is `label=dir` or a directory (labelled by its position). With --cpu each answer is traced
 * (tasks only, no sampling) and the worker thread's CPU time until the answer is reported too: on
 * this shared machine wall time measures other people's work as much as ours.
 */

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const articles = option('articles', 10_000);
const rounds = option('rounds', 8);
const cpu = args.includes('--cpu');
/** Just enough to find the worker's thread and its tasks' thread time. */
const CPU_CATEGORIES = 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline';

/** CPU time of the service worker's thread (the one that evaluated background.js), ms. */
function workerCpuMs(events: TraceEvent[]): number {
  const script = events.find((e) => e.name === 'EvaluateScript' && String((e.args?.data as { url?: string } | undefined)?.url ?? '').endsWith('/background.js'));
  if (!script) return Number.NaN;
  const tasks = events.filter((e) => e.pid === script.pid && e.tid === script.tid && e.ph === 'X' && e.name === 'RunTask');
  return tasks.reduce((sum, t) => sum + ((t as TraceEvent & { tdur?: number }).tdur ?? 0), 0) / 1000;
}
const builds = args
  .filter((a) => !a.startsWith('--'))
  .map((a, i) => (a.includes('=') ? { label: a.split('=')[0]!, dir: a.slice(a.indexOf('=') + 1) } : { label: `build${i + 1}`, dir: a }));
if (builds.length < 1) throw new Error('usage: cold-ab.ts [--articles=N] [--rounds=R] [label=]dir …');

type BenchWindow = Window & { xrefBench: Record<string, (...a: any[]) => Promise<any>> };

interface Variant {
  label: string;
  browser: BenchBrowser;
  page: Page;
  times: { en: number[]; ar: number[] };
  cpu: { en: number[]; ar: number[] };
}

function fixturePage(lang: 'ar' | 'en'): CheckPageData {
  const a = fixtureArticle(lang);
  return { url: `https://bench.example/${lang}/aleppo-evacuation`, text: a.text, title: a.title ?? '', published: a.published ?? null, langHint: lang };
}

async function main(): Promise<void> {
  const corpus = analysedCorpus(2016, Math.max(articles, 100), (l) => console.error(l));
  const docs = corpus.docs.slice(0, articles);
  const pages = { en: fixturePage('en'), ar: fixturePage('ar') };
  const variants: Variant[] = [];
  try {
    for (const { label, dir } of builds) {
      const browser = await launchBenchBrowser(dir);
      const urls: string[] = [];
      for (let i = 0; i < docs.length; i += 1_000) urls.push(browser.serve(`/chunks/${i}.json`, () => Buffer.from(JSON.stringify(docs.slice(i, i + 1_000))), 'application/json'));
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/bench.html`);
      await page.waitForFunction(() => 'xrefBench' in window);
      const api = (fn: string, ...a: unknown[]) => page.evaluate(([f, x]) => (window as unknown as BenchWindow).xrefBench[f as string]!(...(x as unknown[])), [fn, a] as const);
      await api('clearSaved');
      await api('load', urls);
      // The first start after the load builds the index and saves the snapshot cold starts read.
      await stopServiceWorkers(page, browser.extensionId);
      await api('check', pages.en, 1);
      await new Promise((r) => setTimeout(r, 4_000));
      variants.push({ label, browser, page, times: { en: [], ar: [] }, cpu: { en: [], ar: [] } });
      console.error(`${label}: ${docs.length} articles loaded`);
    }
    const loads: number[] = [];
    for (let r = 0; r < rounds; r++) {
      loads.push(loadavg()[0]!);
      // Alternate which build goes first, so neither always follows the other's work.
      const order = r % 2 === 0 ? variants : [...variants].reverse();
      for (const v of order) {
        for (const lang of ['en', 'ar'] as const) {
          await stopServiceWorkers(v.page, v.browser.extensionId);
          const check = () => v.page.evaluate((p) => (window as unknown as BenchWindow).xrefBench.check!(p, 1), pages[lang]);
          let out: { times: number[] } | undefined;
          if (cpu) {
            const events = await traceWhile(v.browser.context, v.page, async () => void (out = await check()), CPU_CATEGORIES);
            v.cpu[lang].push(workerCpuMs(events));
          } else out = await check();
          v.times[lang].push(out!.times[0]!);
          // As the bench's next cold start does: the worker's full read after its answer would
          // otherwise go on beside the other build's cold start.
          await stopServiceWorkers(v.page, v.browser.extensionId);
        }
      }
      console.error(`round ${r + 1}: ${variants.map((v) => `${v.label} en ${v.times.en.at(-1)!.toFixed(0)} ar ${v.times.ar.at(-1)!.toFixed(0)}${cpu ? ` (cpu ${v.cpu.en.at(-1)!.toFixed(0)}, ${v.cpu.ar.at(-1)!.toFixed(0)})` : ''}`).join(' | ')}`);
    }
    console.log(`${docs.length} articles, ${rounds} rounds, load ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)}`);
    for (const v of variants) {
      const en = summarize(v.times.en);
      const ar = summarize(v.times.ar);
      console.log(`${v.label.padEnd(12)} en p50 ${en.p50.toFixed(0)} min ${en.min.toFixed(0)} max ${en.max.toFixed(0)} | ar p50 ${ar.p50.toFixed(0)} min ${ar.min.toFixed(0)} max ${ar.max.toFixed(0)} (n=${en.n})`);
      if (cpu) {
        const [ce, ca] = [summarize(v.cpu.en), summarize(v.cpu.ar)];
        console.log(`${''.padEnd(12)} worker CPU: en p50 ${ce.p50.toFixed(0)} min ${ce.min.toFixed(0)} | ar p50 ${ca.p50.toFixed(0)} min ${ca.min.toFixed(0)}`);
      }
    }
  } finally {
    for (const v of variants) {
      await stopServiceWorkers(v.page, v.browser.extensionId).catch(() => undefined);
      await v.browser.close();
    }
  }
}

await main();
