import type { TraceEvent } from './cdp';

/**
 * What a trace says about one script's cost on a page's main thread. Two views, because neither
 * alone is complete: the timeline's script entries (EvaluateScript, FunctionCall with the
 * script's URL) are exact but miss async continuations (an `await` resumes in a microtask that
 * names no script), while V8's sampling profiler sees every stack that runs the script's code,
 * continuations included, at ~0.2 ms resolution, but not compiling it. The main-thread time we
 * report is the entries plus the samples that fall outside them. A task counts as the script's when it ran any of it.
 */

export interface ScriptCost {
  /** Main-thread time of the script: its timeline entries (compile and run included) plus the
   *  sampled time with its code on the stack outside them (async continuations), ms. */
  mainThreadMs: number;
  /** Main-thread time with the script's code on the stack (V8 samples), ms. */
  sampledMs: number;
  /** Sum of the timeline's top-level script entries for the script (exact, no continuations), ms. */
  entriesMs: number;
  /** CPU time (thread time) of the main-thread tasks that ran any of the script's code, ms:
   *  unlike the wall-clock figures it leaves out the time the thread waited for a core, which on
   *  a shared two-core machine is often most of it. The tasks' other work (little) is included. */
  taskCpuMs: number;
  /** Longest main-thread task that ran any of the script's code, ms (0 when none did). */
  longestTaskMs: number;
  /** Tasks of 50 ms or more that ran the script's code. */
  longTasks: number;
  /** The functions of the script with the most self time (name → ms), for profiling. */
  hotFunctions: { name: string; ms: number }[];
}

/** The RAIL / Long Tasks API threshold. */
export const LONG_TASK_MS = 50;
const HOT_FUNCTIONS = 5;

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string; lineNumber?: number };
}

interface Profile {
  pid: number;
  tid: number;
  startTime: number;
  nodes: Map<number, ProfileNode>;
  samples: number[];
  timeDeltas: number[];
}

function profilesOf(events: TraceEvent[]): Profile[] {
  const byId = new Map<string, Profile>();
  for (const e of events as (TraceEvent & { id?: string })[]) {
    const data = e.args?.data as Record<string, any> | undefined;
    if (e.name === 'Profile' && e.id) {
      byId.set(`${e.pid}:${e.id}`, { pid: e.pid, tid: e.tid, startTime: data?.startTime ?? e.ts, nodes: new Map(), samples: [], timeDeltas: [] });
    } else if (e.name === 'ProfileChunk' && e.id) {
      const p = byId.get(`${e.pid}:${e.id}`);
      if (!p) continue;
      for (const n of (data?.cpuProfile?.nodes ?? []) as ProfileNode[]) p.nodes.set(n.id, n);
      p.samples.push(...((data?.cpuProfile?.samples ?? []) as number[]));
      p.timeDeltas.push(...((data?.timeDeltas ?? []) as number[]));
    }
  }
  return [...byId.values()];
}

/** Cost on the main thread that evaluated `scriptUrl`; all zero when the script never ran. */
export function scriptCost(events: TraceEvent[], scriptUrl: string): ScriptCost {
  const none: ScriptCost = { mainThreadMs: 0, sampledMs: 0, entriesMs: 0, taskCpuMs: 0, longestTaskMs: 0, longTasks: 0, hotFunctions: [] };
  const urlOf = (e: TraceEvent) => {
    const data = e.args?.data as { url?: string; scriptName?: string } | undefined;
    return data?.url ?? data?.scriptName ?? '';
  };
  const entries = events.filter((e) => e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && urlOf(e).startsWith(scriptUrl));
  if (entries.length === 0) return none;
  const { pid, tid } = entries[0]!;
  const onThread = (e: { pid: number; tid: number }) => e.pid === pid && e.tid === tid;

  // Top-level entries only: a FunctionCall inside an EvaluateScript is already counted.
  entries.sort((a, b) => a.ts - b.ts);
  let entriesUs = 0;
  let coveredUntil = -Infinity;
  const topLevel: TraceEvent[] = [];
  for (const e of entries.filter(onThread)) {
    if (e.ts >= coveredUntil) {
      entriesUs += e.dur ?? 0;
      coveredUntil = e.ts + (e.dur ?? 0);
      topLevel.push(e);
    }
  }
  const insideEntry = (ts: number) => topLevel.some((e) => ts >= e.ts && ts <= e.ts + (e.dur ?? 0));

  // Samples whose stack holds a frame of the script, with their timestamps.
  const scriptSamples: { ts: number; dt: number; self: string }[] = [];
  for (const p of profilesOf(events).filter(onThread)) {
    const inScript = new Map<number, string | null>();
    const frameOf = (id: number): string | null => {
      if (inScript.has(id)) return inScript.get(id)!;
      const node = p.nodes.get(id);
      let found: string | null = null;
      if (node?.callFrame.url?.startsWith(scriptUrl)) found = `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber ?? 0}`;
      else if (node?.parent !== undefined) found = frameOf(node.parent);
      inScript.set(id, found);
      return found;
    };
    let ts = p.startTime;
    for (let i = 0; i < p.samples.length; i++) {
      ts += p.timeDeltas[i] ?? 0;
      const dt = p.timeDeltas[i + 1] ?? 0;
      const node = p.nodes.get(p.samples[i]!);
      const frame = frameOf(p.samples[i]!);
      if (frame !== null) {
        const own = node?.callFrame.url?.startsWith(scriptUrl) ? frame : `${node?.callFrame.functionName || '(native)'} ← ${frame}`;
        scriptSamples.push({ ts, dt, self: own });
      }
    }
  }
  const sampledUs = scriptSamples.reduce((sum, s) => sum + s.dt, 0);
  const continuationsUs = scriptSamples.filter((s) => !insideEntry(s.ts)).reduce((sum, s) => sum + s.dt, 0);
  const hot = new Map<string, number>();
  for (const s of scriptSamples) hot.set(s.self, (hot.get(s.self) ?? 0) + s.dt);

  // Main-thread tasks that ran the script: any script sample or entry inside them.
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && onThread(e));
  const ranScript = (t: TraceEvent) => {
    const end = t.ts + (t.dur ?? 0);
    return scriptSamples.some((s) => s.ts >= t.ts && s.ts <= end) || entries.some((e) => e.ts >= t.ts && e.ts <= end);
  };
  const ranTasks = tasks.filter(ranScript);
  const scriptTasks = ranTasks.map((t) => (t.dur ?? 0) / 1000);
  const threadTime = (t: TraceEvent) => ((t as TraceEvent & { tdur?: number }).tdur ?? 0) / 1000;
  return {
    mainThreadMs: (entriesUs + continuationsUs) / 1000,
    sampledMs: sampledUs / 1000,
    entriesMs: entriesUs / 1000,
    taskCpuMs: ranTasks.reduce((sum, t) => sum + threadTime(t), 0),
    longestTaskMs: Math.max(0, ...scriptTasks),
    longTasks: scriptTasks.filter((d) => d >= LONG_TASK_MS).length,
    hotFunctions: [...hot]
      .sort((a, b) => b[1] - a[1])
      .slice(0, HOT_FUNCTIONS)
      .map(([name, us]) => ({ name, ms: Math.round(us / 10) / 100 })),
  };
}
