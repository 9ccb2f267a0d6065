import type { Summary } from './stats';
import type { EngineResult } from './engine';
import type { NodeScaleResult } from './scale';
import type { ChromiumScaleResult } from './chromium/scale';
import type { ContentPageResult } from './chromium/content-cost';

/** The targets (issue 6), checked against the measured figures in the printed table. */
export const TARGETS = {
  arabicPageMs: 10,
  englishPageMs: 60,
  match10kP95Ms: 30,
  match10kOver100: 3,
  coldWorkerMs: 300,
  contentNoAleppoMs: 1,
  highlightsAfterReadyMs: 150,
  longTaskMs: 50,
  contentBundleGzipBytes: 15_000,
} as const;

interface Results {
  environment: { date: string; cpus: number; loadAverageAtStart: number[]; loadAverageAtEnd?: number[]; chromium: string | null; node: string };
  engine?: EngineResult[];
  scale?: { node: NodeScaleResult[]; chromium?: ChromiumScaleResult[] };
  contentScript?: ContentPageResult[];
  bundles?: { file: string; bytes: number; gzipBytes: number }[];
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 0.1 ? x.toFixed(2) : x.toFixed(3));
const spread = (s: Summary) => `${ms(s.p50)} / ${ms(s.p95)} (${ms(s.min)}–${ms(s.max)}, n=${s.n})`;
const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES');
const kb = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 1024).toFixed(1)} kB`);
const mb = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

function table(title: string, head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\n${title}\n${line(head)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

/** Prints the results as Markdown tables (p50 / p95 (min–max, n) in ms unless said). */
export function printReport(r: Results): void {
  const env = r.environment;
  console.log(`bench ${env.date} · ${env.cpus} cores, load ${env.loadAverageAtStart.join(' ')} → ${env.loadAverageAtEnd?.join(' ') ?? '?'} · Node ${env.node} · ${env.chromium ?? 'no Chromium'}`);
  if (r.engine) {
    table(
      'Engine: 1,500-word page vs the bundled corpus (ms, p50 / p95 (min–max, n))',
      ['page', 'claims', 'analysis', 'matching', 'analysis + matching', 'cold first call (total)', 'target'],
      r.engine.map((e) => {
        const target = e.lang === 'ar' ? TARGETS.arabicPageMs : TARGETS.englishPageMs;
        return [e.lang, `${e.claims} (${e.matchedClaims} matched)`, spread(e.steady.analysis), spread(e.steady.matching), spread(e.steady.total), spread(e.cold.total), `< ${target} ms p50: ${verdict(e.steady.total.p50 < target)}`];
      }),
    );
  }
  if (r.scale) {
    const base = r.scale.node[0]!;
    table(
      'Corpus scale in Node: bundled seeds + N synthetic articles',
      ['articles', 'claims', 'analyse all', 'index build', 'match ar page', 'match en page', 'p95 vs 100', 'index heap'],
      r.scale.node.map((s) => [
        String(s.articles),
        String(s.claims),
        `${ms(s.analyseMs)} ms`,
        `${ms(s.indexBuild.p50)} ms`,
        spread(s.match.ar),
        spread(s.match.en),
        `ar ${(s.match.ar.p95 / base.match.ar.p95).toFixed(1)}x · en ${(s.match.en.p95 / base.match.en.p95).toFixed(1)}x`,
        mb(s.indexHeapBytes),
      ]),
    );
    const chromium = r.scale.chromium;
    if (chromium && chromium.length > 0) {
      const c0 = chromium[0]!;
      table(
        'Corpus scale in Chromium (extension, Dexie, service worker)',
        ['articles', 'IndexedDB load', 'storage', 'read all back', 'cold worker → first answer: en page', 'ar page', 'after a change', 'checkPage ar', 'checkPage en', 'p95 vs 100', 'worker heap (retained)'],
        chromium.map((s) => [
          String(s.articles),
          `${ms(s.loadMs)} ms`,
          mb(s.storageBytes),
          `${ms(s.readAllMs)} ms`,
          spread(s.coldFirstAnswer),
          s.coldFirstAnswerAr ? spread(s.coldFirstAnswerAr) : 'n/a',
          s.coldAfterChangeMs === undefined ? 'n/a' : `${ms(s.coldAfterChangeMs)} ms`,
          spread(s.checkPage.ar),
          spread(s.checkPage.en),
          `ar ${(s.checkPage.ar.p95 / c0.checkPage.ar.p95).toFixed(1)}x · en ${(s.checkPage.en.p95 / c0.checkPage.en.p95).toFixed(1)}x`,
          s.workerHeap ? `${mb(s.workerHeap.usedBytes)} (${mb(s.workerHeap.retainedBytes)})` : 'n/a',
        ]),
      );
    }
    const top = r.scale.node.at(-1)!;
    if (top.articles >= 10_000) {
      const worst = Math.max(top.match.ar.p95, top.match.en.p95);
      const ratio = Math.max(top.match.ar.p95 / base.match.ar.p95, top.match.en.p95 / base.match.en.p95);
      console.log(`\nat 10,000: match p95 ${ms(worst)} ms (target < ${TARGETS.match10kP95Ms}: ${verdict(worst < TARGETS.match10kP95Ms)}), ${ratio.toFixed(1)}x the 100-article p95 (target ≤ ${TARGETS.match10kOver100}x: ${verdict(ratio <= TARGETS.match10kOver100)})`);
      const at10k = chromium?.find((c) => c.articles === top.articles);
      for (const [page, cold] of [['English', at10k?.coldFirstAnswer], ['Arabic', at10k?.coldFirstAnswerAr]] as const) {
        if (cold) console.log(`at 10,000: cold worker to first answer, ${page} page, p50 ${ms(cold.p50)} ms (target < ${TARGETS.coldWorkerMs}: ${verdict(cold.p50 < TARGETS.coldWorkerMs)})`);
      }
    }
  }
  if (r.contentScript) {
    table(
      'Content script in Chromium (traced main thread; first load apart, then p50 / p95 (min–max, n))',
      ['page', 'first load: main thread', 'main thread', 'its tasks\' CPU time', 'quick test alone: first call, warm', 'longest task', 'highlights after DOMContentLoaded', 'after load event', 'long tasks ≥50 ms'],
      r.contentScript.map((c) => [
        c.page,
        `${ms(c.first.cost.mainThreadMs)} ms`,
        spread(c.steady.mainThreadMs),
        c.steady.taskCpuMs ? spread(c.steady.taskCpuMs) : '—',
        `${ms(c.steady.quickTestFirstMs.p50)} ms, ${ms(c.steady.quickTestMs.p50)} ms`,
        spread(c.steady.longestTaskMs),
        c.steady.highlightAfterReadyMs ? spread(c.steady.highlightAfterReadyMs) : '—',
        c.steady.highlightAfterLoadMs ? spread(c.steady.highlightAfterLoadMs) : '—',
        String(c.longTasks),
      ]),
    );
  }
  if (r.bundles) {
    table(
      'Bundles (.output/chrome-mv3)',
      ['file', 'size', 'gzip', 'target'],
      r.bundles.map((b) => [b.file, kb(b.bytes), kb(b.gzipBytes), b.file !== 'background.js' ? `< 15 kB gzip: ${verdict(b.gzipBytes < TARGETS.contentBundleGzipBytes)}` : '']),
    );
  }
}
