import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../bench/chromium/cdp';
import { scriptCost } from '../../bench/chromium/trace-analysis';
import { summarize } from '../../bench/stats';

/** The benchmark's reading of Chromium traces: what it calls the content script's time. */

const SCRIPT = 'chrome-extension://abc/content-scripts/content.js';
const PID = 7;
const TID = 1;

const task = (ts: number, dur: number, tdur?: number): TraceEvent => ({ name: 'RunTask', cat: 'toplevel', ph: 'X', ts, dur, pid: PID, tid: TID, ...(tdur === undefined ? {} : { tdur }) });
const entry = (name: string, ts: number, dur: number, url = SCRIPT): TraceEvent => ({ name, cat: 'devtools.timeline', ph: 'X', ts, dur, pid: PID, tid: TID, args: { data: { url } } });

/** A profile whose samples alternate between the page's own code (node 2) and the script's (3, 4). */
function profile(startTime: number, samples: number[], deltas: number[]): TraceEvent[] {
  const nodes = [
    { id: 1, callFrame: { functionName: '(root)', url: '' } },
    { id: 2, parent: 1, callFrame: { functionName: 'pageCode', url: 'http://localhost/app.js' } },
    { id: 3, parent: 1, callFrame: { functionName: 'check', url: SCRIPT, lineNumber: 10 } },
    { id: 4, parent: 3, callFrame: { functionName: 'querySelector', url: '' } },
  ];
  return [
    { name: 'Profile', cat: 'disabled-by-default-v8.cpu_profiler', ph: 'P', ts: startTime, pid: PID, tid: TID, id: '0x1', args: { data: { startTime } } } as TraceEvent,
    { name: 'ProfileChunk', cat: 'disabled-by-default-v8.cpu_profiler', ph: 'P', ts: startTime, pid: PID, tid: TID, id: '0x1', args: { data: { cpuProfile: { nodes, samples }, timeDeltas: deltas } } } as TraceEvent,
  ];
}

describe('scriptCost', () => {
  it('adds the async continuations the profiler saw to the script entries, and finds its long task', () => {
    const events = [
      task(0, 4_000),
      entry('EvaluateScript', 100, 3_000),
      task(10_000, 60_000),
      task(80_000, 30_000),
      // Samples at 10,000 + cumulative deltas: two in the script (one of them in a DOM call it
      // made), 1 ms each, inside the 60 ms task; one in page code in the 30 ms task.
      ...profile(10_000, [3, 4, 2, 2], [0, 1_000, 1_000, 70_000, 1_000]),
    ];
    const cost = scriptCost(events, SCRIPT);
    expect(cost.entriesMs).toBe(3);
    expect(cost.sampledMs).toBe(2);
    expect(cost.mainThreadMs).toBe(5);
    expect(cost.longestTaskMs).toBe(60);
    expect(cost.longTasks).toBe(1);
    expect(cost.hotFunctions.map((f) => f.name)).toEqual(['check:10', 'querySelector ← check:10']);
  });

  it('gives the CPU time of the tasks the script ran in, not the time they waited for a core', () => {
    const events = [
      task(0, 4_000, 1_000),
      entry('EvaluateScript', 100, 3_000),
      task(10_000, 9_000, 2_000),
      task(30_000, 9_000, 5_000),
      // One sample in the script in the second task (a continuation); the third is the page's.
      ...profile(10_000, [3, 2], [0, 1_000, 20_000]),
    ];
    expect(scriptCost(events, SCRIPT).taskCpuMs).toBe(3);
  });

  it('counts a FunctionCall nested in an EvaluateScript once', () => {
    const events = [task(0, 5_000), entry('EvaluateScript', 0, 4_000), entry('FunctionCall', 1_000, 2_000)];
    expect(scriptCost(events, SCRIPT).entriesMs).toBe(4);
  });

  it('gives zero for a trace in which the script never ran (other scripts only)', () => {
    const events = [task(0, 90_000), entry('EvaluateScript', 0, 80_000, 'http://localhost/app.js'), ...profile(0, [2, 2], [0, 1_000, 1_000])];
    expect(scriptCost(events, SCRIPT)).toEqual({ mainThreadMs: 0, sampledMs: 0, entriesMs: 0, taskCpuMs: 0, longestTaskMs: 0, longTasks: 0, hotFunctions: [] });
  });
});

describe('summarize', () => {
  it('reports nearest-rank percentiles, so p95 of 20 runs is the 19th', () => {
    const runs = Array.from({ length: 20 }, (_, i) => i + 1).reverse();
    expect(summarize(runs)).toEqual({ n: 20, p50: 10, p95: 19, min: 1, max: 20 });
    expect(summarize([])).toEqual({ n: 0, p50: 0, p95: 0, min: 0, max: 0 });
  });
});
