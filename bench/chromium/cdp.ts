import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * DevTools-protocol helpers the benchmark needs beyond Playwright: the extension service
 * worker's heap, stopping the worker, and tracing a page's main thread.
 */

/** How long to wait for a CDP answer relayed from the service worker's target. */
const WORKER_CALL_TIMEOUT_MS = 60_000;

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function workerTarget(cdp: CDPSession, extensionId: string): Promise<TargetInfo | null> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  return targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`)) ?? null;
}

/**
 * Sends CDP commands to the extension's service worker through `page`'s session: Playwright
 * gives no session for workers, so this attaches in the (non-flattened) relay mode and matches
 * answers by id. Returns null when the worker is not running.
 */
async function callWorker(cdp: CDPSession, extensionId: string, calls: { method: string; params?: object }[]): Promise<unknown[] | null> {
  const target = await workerTarget(cdp, extensionId);
  if (!target) return null;
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
  const answers: unknown[] = [];
  try {
    for (const [i, call] of calls.entries()) {
      const id = 1_000 + i;
      const answer = new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${call.method}: no answer from the service worker`)), WORKER_CALL_TIMEOUT_MS);
        const onMessage = (e: { sessionId: string; message: string }) => {
          const message = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
          if (e.sessionId !== sessionId || message.id !== id) return;
          clearTimeout(timer);
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          if (message.error) reject(new Error(`${call.method}: ${message.error.message}`));
          else resolve(message.result);
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
      });
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: call.method, params: call.params ?? {} }) });
      answers.push(await answer);
    }
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
  return answers;
}

export interface WorkerHeap {
  /** JS heap in use as found (live objects and garbage not yet collected), bytes. */
  usedBytes: number;
  /** In use after a full garbage collection: what the worker really holds, bytes. */
  retainedBytes: number;
  totalBytes: number;
}

/** The service worker's JS heap (Runtime.getHeapUsage before and after a GC); null if it is stopped. */
export async function workerHeap(page: Page, extensionId: string): Promise<WorkerHeap | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const answers = await callWorker(cdp, extensionId, [
      { method: 'Runtime.getHeapUsage' },
      { method: 'HeapProfiler.collectGarbage' },
      { method: 'Runtime.getHeapUsage' },
    ]);
    if (!answers) return null;
    const before = answers[0] as { usedSize: number; totalSize: number };
    const after = answers[2] as { usedSize: number; totalSize: number };
    return { usedBytes: before.usedSize, retainedBytes: after.usedSize, totalBytes: after.totalSize };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Stops every service worker (CDP ServiceWorker.stopAllWorkers, what Chromium does to an idle
 * worker) and waits until the extension's worker target is gone.
 */
export async function stopServiceWorkers(page: Page, extensionId: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    for (let i = 0; i < 200 && (await workerTarget(cdp, extensionId)); i++) await new Promise((r) => setTimeout(r, 50));
    if (await workerTarget(cdp, extensionId)) throw new Error('the extension service worker did not stop');
  } finally {
    await cdp.send('ServiceWorker.disable').catch(() => undefined);
    await cdp.detach().catch(() => undefined);
  }
}

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown> } & Record<string, unknown>;
}

/** Trace categories: the timeline's tasks and script entries, and V8's sampling profiler. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'toplevel',
].join(',');

/** Records a browser-wide trace while `during` runs; returns its events. `categories`: other than the default (comma-separated). */
export async function traceWhile(context: BrowserContext, page: Page, during: () => Promise<void>, categories: string = TRACE_CATEGORIES): Promise<TraceEvent[]> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories.split(','), recordMode: 'recordAsMuchAsPossible' } });
  try {
    await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => undefined);
  }
  return events;
}
