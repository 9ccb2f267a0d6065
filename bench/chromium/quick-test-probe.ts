import { mentionsAleppo, quickPageText } from '@/lib/dom/quick-test';

/**
 * Injected into benchmark pages (main world) to time the content script's first question alone,
 * `mentionsAleppo(quickPageText(document))`, as stage 1 (entrypoints/aleppo-watch.ts) asks it.
 * performance.now() is coarsened in pages (0.1 ms), so each sample is the mean of a batch of
 * runs. Returns one time per batch, in ms per run.
 */
(globalThis as unknown as { xrefQuickTest: (batches: number, perBatch: number) => { times: number[]; mentions: boolean } }).xrefQuickTest = (batches, perBatch) => {
  const times: number[] = [];
  let mentions = false;
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < perBatch; i++) mentions = mentionsAleppo(quickPageText(document));
    times.push((performance.now() - t0) / perBatch);
  }
  return { times, mentions };
};
