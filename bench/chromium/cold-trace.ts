import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { analysedCorpus } from '../scale';
import { fixtureArticle } from '../articles';
import { stopServiceWorkers, traceWhile, type TraceEvent } from './cdp';
import { launchBenchBrowser } from './launch';

/**
 * Where a cold service worker's first answer goes: loads N synthetic articles (argv[2], default
 * 100), lets the worker build and save its index, stops it, and traces the next `checkPage` of the
 * English fixture page (or the Arabic one). Prints the worker thread's timeline (its longest tasks, and any
 * `performance.mark('xref:…')` a local build adds to time the steps of a check) and the functions
 * with the most time in V8's samples, overall and per long task (an unminified build names them:
 * `build: { minify: false }` in wxt.config's vite options). A profiling aid, not part of the bench:
 *   npm run build && [XREF_TRACE_LANG=ar] node --import tsx bench/chromium/cold-trace.ts 10000 [runs] [trace.json]
 */

const articles = Number(process.argv[2] ?? 100);
const runs = Number(process.argv[3] ?? 1);
const traceFile = process.argv[4] || undefined;
/** The fixture page checked: XREF_TRACE_LANG=ar for the Arabic one. */
const lang = process.env.XREF_TRACE_LANG === 'ar' ? 'ar' : 'en';

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string; lineNumber?: number };
}

type BenchWindow = Window & { xrefBench: Record<string, (...args: any[]) => Promise<any>> };

function workerThread(events: TraceEvent[]): { pid: number; tid: number } | null {
  const e = events.find((x) => x.name === 'EvaluateScript' && String((x.args?.data as { url?: string } | undefined)?.url ?? '').endsWith('/background.js'));
  return e ? { pid: e.pid, tid: e.tid } : null;
}

function report(events: TraceEvent[], t0: number): void {
  const thread = workerThread(events);
  if (!thread) {
    console.log('no background.js evaluation in the trace');
    return;
  }
  const on = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
  const tasks = on.filter((e) => e.ph === 'X' && e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const first = tasks[0]?.ts ?? t0;
  const last = tasks.at(-1)!;
  console.log(`worker thread: ${tasks.length} tasks, first at +${((first - t0) / 1000).toFixed(1)} ms, busy ${(tasks.reduce((s, t) => s + (t.dur ?? 0), 0) / 1000).toFixed(1)} ms, span ${((last.ts + (last.dur ?? 0) - first) / 1000).toFixed(1)} ms`);
  const marks = events.filter((e) => e.pid === thread.pid && String(e.name).startsWith('xref:')).sort((a, b) => a.ts - b.ts);
  for (const m of marks) console.log(`  mark ${m.name} +${((m.ts - first) / 1000).toFixed(1)} ms`);
  const named = new Map<string, number>();
  for (const e of on) if (e.ph === 'X' && e.name !== 'RunTask') named.set(e.name, (named.get(e.name) ?? 0) + (e.dur ?? 0));
  console.log('events on the worker thread (inclusive ms):');
  for (const [name, us] of [...named].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`  ${(us / 1000).toFixed(1).padStart(8)}  ${name}`);
  console.log('longest tasks (start, ms):');
  for (const t of [...tasks].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 8)) console.log(`  +${((t.ts - first) / 1000).toFixed(1).padStart(7)}  ${((t.dur ?? 0) / 1000).toFixed(1)}`);

  // V8 samples: self time per function, and inclusive time per function of our bundle.
  const profiles = new Map<string, { startTime: number; nodes: Map<number, ProfileNode>; samples: number[]; deltas: number[] }>();
  for (const e of events as (TraceEvent & { id?: string })[]) {
    if (e.pid !== thread.pid || !e.id) continue;
    const data = e.args?.data as Record<string, any> | undefined;
    if (e.name === 'Profile') profiles.set(e.id, { startTime: (data?.startTime as number) ?? e.ts, nodes: new Map(), samples: [], deltas: [] });
    else if (e.name === 'ProfileChunk') {
      const p = profiles.get(e.id);
      if (!p) continue;
      for (const n of (data?.cpuProfile?.nodes ?? []) as ProfileNode[]) p.nodes.set(n.id, n);
      p.samples.push(...((data?.cpuProfile?.samples ?? []) as number[]));
      p.deltas.push(...((data?.timeDeltas ?? []) as number[]));
    }
  }
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const longest = [...tasks].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 3);
  const perTask = longest.map(() => new Map<string, number>());
  for (const p of profiles.values()) {
    if (!p.samples.some((id) => p.nodes.get(id)?.callFrame.url?.includes('background.js'))) continue;
    let ts = p.startTime;
    const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url?.split('/').pop() ?? ''}:${n.callFrame.lineNumber ?? ''}`;
    for (let i = 0; i < p.samples.length; i++) {
      const dt = p.deltas[i + 1] ?? 0;
      let node = p.nodes.get(p.samples[i]!);
      if (!node) continue;
      if (node.callFrame.functionName === '(idle)') continue;
      self.set(label(node), (self.get(label(node)) ?? 0) + dt);
      ts += p.deltas[i] ?? 0;
      const inTask = longest.findIndex((t) => ts >= t.ts && ts <= t.ts + (t.dur ?? 0));
      const seen = new Set<string>();
      for (; node; node = node.parent !== undefined ? p.nodes.get(node.parent) : undefined) {
        const l = label(node);
        if (seen.has(l)) continue;
        seen.add(l);
        inclusive.set(l, (inclusive.get(l) ?? 0) + dt);
        if (inTask >= 0) perTask[inTask]!.set(l, (perTask[inTask]!.get(l) ?? 0) + dt);
      }
    }
  }
  console.log('self time (ms):');
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(us / 1000).toFixed(1).padStart(8)}  ${name}`);
  console.log('inclusive time (ms):');
  for (const [name, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${(us / 1000).toFixed(1).padStart(8)}  ${name}`);
  longest.forEach((t, i) => {
    console.log(`task at +${((t.ts - first) / 1000).toFixed(1)} ms, ${((t.dur ?? 0) / 1000).toFixed(1)} ms: inclusive`);
    for (const [name, us] of [...perTask[i]!].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${(us / 1000).toFixed(1).padStart(8)}  ${name}`);
  });
}

async function main(): Promise<void> {
  const corpus = analysedCorpus(2016, 10_000, (l) => console.error(l));
  const docs = corpus.docs.slice(0, articles);
  const b = await launchBenchBrowser();
  try {
    for (let i = 0; i < docs.length; i += 1_000) b.serve(`/chunks/${i}.json`, () => Buffer.from(JSON.stringify(docs.slice(i, i + 1_000))), 'application/json');
    const urls = Array.from({ length: Math.ceil(docs.length / 1_000) }, (_, i) => `${b.baseUrl}/chunks/${i * 1_000}.json`);
    const page: Page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/bench.html`);
    await page.waitForFunction(() => 'xrefBench' in window);
    const api = <T>(fn: string, ...args: unknown[]) => page.evaluate(([f, a]) => (window as unknown as BenchWindow).xrefBench[f as string]!(...(a as unknown[])), [fn, args] as const) as Promise<T>;
    await api('clearSaved');
    await api('load', urls);
    const a = fixtureArticle(lang);
    const fixturePage = { url: `https://bench.example/${lang}/aleppo-evacuation`, text: a.text, title: a.title ?? '', published: a.published ?? null, langHint: lang };
    // A worker that knows the loaded corpus (its full build saves what a cold start reads).
    await stopServiceWorkers(page, b.extensionId);
    await api('check', fixturePage, 1);
    await new Promise((r) => setTimeout(r, 3_000));
    for (let r = 0; r < runs; r++) {
      await stopServiceWorkers(page, b.extensionId);
      let ms = 0;
      const t0 = Date.now();
      const events = await traceWhile(b.context, page, async () => {
        const out = await api<{ times: number[] }>('check', fixturePage, 1);
        ms = out.times[0]!;
      });
      const tsStart = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
      console.log(`\n=== ${articles} articles, cold run ${r + 1}: checkPage ${ms.toFixed(0)} ms (wall ${Date.now() - t0} ms incl. tracing)`);
      report(events, tsStart);
      if (traceFile) writeFileSync(traceFile, JSON.stringify({ traceEvents: events }));
    }
  } finally {
    await b.close();
  }
}

await main();
