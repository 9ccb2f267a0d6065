import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../../scripts/chromium-args.mjs';
import { summarize } from '../stats';
import { traceWhile, type TraceEvent } from './cdp';
import { BUILD_DIR, chromiumExecutable, fixtureText } from './launch';
import { newsPage } from './pages';
import { scriptCost } from './trace-analysis';

/**
 * A/B of stage-1 variants on the bench's page without Aleppo, interleaved load by load in one
 * browser: each variant file becomes aleppo-watch.js of its own private copy of the build, whose
 * manifest runs it only under /v<i>/ on the bench server, so each load runs exactly one variant.
 * Per load: the trace's task CPU time and main-thread time of the script, and what the trace's
 * events and V8 samples inside its tasks add up to (--detail).
 *   tsx bench/chromium/stage1-ab.ts --loads=20 [--detail] [--settle=ms] a.js b.js …
 */

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt);
const LOADS = opt('loads', 20);
const SETTLE_MS = opt('settle', 1000);
const DETAIL = args.includes('--detail');
const variants = args.filter((a) => !a.startsWith('--'));

const html = newsPage(fixtureText('unrelated.txt'), { lang: 'en', published: '2024-03-05', site: 'Riverside Courier' });

interface Sample {
  cpu: number;
  main: number;
  breakdown: Record<string, number>;
}

const tdur = (e: TraceEvent) => ((e as TraceEvent & { tdur?: number }).tdur ?? e.dur ?? 0) / 1000;

function breakdown(events: TraceEvent[]): Record<string, number> {
  const entries = events.filter((e) => e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && JSON.stringify(e.args ?? {}).includes('chrome-extension://'));
  if (!entries.length) return {};
  const { pid, tid } = entries[0]!;
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === pid && e.tid === tid && entries.some((x) => x.ts >= e.ts && x.ts <= e.ts + (e.dur ?? 0)));
  const inTask = (ts: number) => tasks.some((t) => ts >= t.ts && ts <= t.ts + (t.dur ?? 0));
  const out: Record<string, number> = { '(tasks)': tasks.length };
  for (const e of events) if (e.pid === pid && e.tid === tid && e.ph === 'X' && e.name !== 'RunTask' && inTask(e.ts)) out[e.name] = (out[e.name] ?? 0) + tdur(e);
  // V8 samples inside those tasks, by leaf frame (a native frame named with its caller in the script).
  const profiles = new Map<string, { start: number; nodes: Map<number, any>; samples: number[]; deltas: number[] }>();
  for (const e of events as any[]) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile' && e.tid === tid) profiles.set(e.id, { start: e.args.data.startTime, nodes: new Map(), samples: [], deltas: [] });
    if (e.name === 'ProfileChunk') {
      const p = profiles.get(e.id);
      if (!p) continue;
      for (const n of e.args.data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
      p.samples.push(...(e.args.data.cpuProfile?.samples ?? []));
      p.deltas.push(...(e.args.data.timeDeltas ?? []));
    }
  }
  for (const p of profiles.values()) {
    let ts = p.start;
    for (let i = 0; i < p.samples.length; i++) {
      ts += p.deltas[i] ?? 0;
      if (!inTask(ts)) continue;
      const dt = p.deltas[i + 1] ?? 0;
      const node = p.nodes.get(p.samples[i]!);
      let name = node?.callFrame.functionName || '(anon)';
      if (node?.callFrame.url) name += `:${node.callFrame.columnNumber}`;
      else {
        let q = node;
        while (q && !q.callFrame.url && q.parent !== undefined) q = p.nodes.get(q.parent);
        if (q?.callFrame.url) name += ` <- ${q.callFrame.functionName || '(anon)'}:${q.callFrame.columnNumber}`;
      }
      out[`S ${name}`] = (out[`S ${name}`] ?? 0) + dt / 1000;
    }
  }
  return out;
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'xref-ab-'));
  const manifest = JSON.parse(readFileSync(join(BUILD_DIR, 'manifest.json'), 'utf8'));
  const dirs = variants.map((file, i) => {
    const dir = join(work, `v${i}`);
    cpSync(BUILD_DIR, dir, { recursive: true });
    cpSync(file, join(dir, 'aleppo-watch.js'));
    manifest.content_scripts = [{ matches: [`http://localhost/v${i}/*`], run_at: 'document_end', js: ['aleppo-watch.js'] }];
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    return dir;
  });
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html));
  await new Promise<void>((r) => server.listen(0, r));
  const port = (server.address() as AddressInfo).port;
  const extArgs = chromiumArgs(dirs[0]!).map((a) => (a.startsWith('--disable-extensions-except=') ? `--disable-extensions-except=${dirs.join(',')}` : a.startsWith('--load-extension=') ? `--load-extension=${dirs.join(',')}` : a));
  const context = await chromium.launchPersistentContext(join(work, 'profile'), { executablePath: chromiumExecutable(), headless: true, args: extArgs, viewport: { width: 1200, height: 900 } });
  const all = variants.map(() => [] as Sample[]);
  try {
    await new Promise((r) => setTimeout(r, 3000));
    for (let i = 0; i <= LOADS; i++) {
      const order = variants.map((_, k) => k);
      if (i % 2) order.reverse();
      for (const v of order) {
        const page = await context.newPage();
        await page.goto('about:blank');
        const events = await traceWhile(context, page, async () => {
          await page.goto(`http://localhost:${port}/v${v}/unrelated.html`, { waitUntil: 'load' });
          await page.waitForTimeout(SETTLE_MS);
        });
        await page.close();
        if (i === 0) continue; // the first load of each apart
        const cost = scriptCost(events, 'chrome-extension://');
        if (cost.entriesMs === 0) throw new Error(`variant ${variants[v]} did not run`);
        all[v]!.push({ cpu: cost.taskCpuMs, main: cost.mainThreadMs, breakdown: DETAIL ? breakdown(events) : {} });
      }
      if (i % 5 === 0) console.error(`load ${i}/${LOADS}, load average ${loadavg()[0]!.toFixed(2)}`);
    }
  } finally {
    await context.close();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
  for (const [k, s] of all.entries()) {
    const c = summarize(s.map((x) => x.cpu));
    const m = summarize(s.map((x) => x.main));
    const mean = s.reduce((a, x) => a + x.cpu, 0) / s.length;
    console.log(`${basename(variants[k]!).padEnd(24)} cpu p50 ${c.p50.toFixed(2)} p95 ${c.p95.toFixed(2)} min ${c.min.toFixed(2)} mean ${mean.toFixed(3)} | main p50 ${m.p50.toFixed(2)} p95 ${m.p95.toFixed(2)} min ${m.min.toFixed(2)} | n ${c.n}`);
    if (DETAIL) {
      const keys = new Set(s.flatMap((x) => Object.keys(x.breakdown)));
      const rows = [...keys]
        .map((key) => [key, s.reduce((a, x) => a + (x.breakdown[key] ?? 0), 0) / s.length] as const)
        .filter(([, ms]) => ms >= 0.005)
        .sort((a, b) => b[1] - a[1]);
      for (const [key, ms] of rows) console.log(`   ${key.padEnd(44)} ${ms.toFixed(3)}`);
    }
  }
  console.log(`load average at the end ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
