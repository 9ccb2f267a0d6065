import { openXrefDb } from '@/lib/db/schema';
import { storageUsage, toStoredDoc } from '@/lib/db/corpus-store';
import { deleteDocs, writeDocs } from '@/lib/db/doc-rows';
import { readMatchedChunk } from '@/lib/db/index-reads';
import { sendMessage, type CheckPageData } from '@/lib/messaging';
import type { CorpusDoc } from '@/lib/engine/types';

/**
 * The benchmark's extension page (bench.html, added only to the benchmark's private copy of the
 * build, never to the shipped extension). It runs in the extension's origin, so it writes the
 * same IndexedDB database the background reads, through the real Dexie schema, and it asks the
 * background to check pages with the real `checkPage` message (from a tab, as a content script
 * would). bench/chromium/scale.ts drives it through `window.xrefBench`.
 */

/** Documents per Dexie transaction: large enough to amortise a commit, small enough for memory. */
const WRITE_BATCH_DOCS = 500;

export interface LoadTimings {
  docs: number;
  /** Fetching and parsing the analysed documents (not part of a reader's cost). */
  fetchMs: number;
  /** Shaping (toStoredDoc: fingerprints) and writing them through Dexie. */
  writeMs: number;
}

const db = openXrefDb();

const api = {
  /** Removes every saved article, leaving the seeds: each scale starts from the bundled corpus. */
  async clearSaved(): Promise<number> {
    return db.transaction('rw', db.docs, db.statements, async () => {
      const ids = (await db.docs.where('origin').equals('saved').primaryKeys()) as string[];
      await deleteDocs(db, ids);
      return ids.length;
    });
  },

  /** Loads the analysed documents in `chunkUrls` into IndexedDB, one transaction per batch. */
  async load(chunkUrls: string[]): Promise<LoadTimings> {
    let fetchMs = 0;
    let writeMs = 0;
    let docs = 0;
    const addedAt = new Date().toISOString();
    for (const url of chunkUrls) {
      const t0 = performance.now();
      const chunk = (await (await fetch(url)).json()) as CorpusDoc[];
      const t1 = performance.now();
      for (let i = 0; i < chunk.length; i += WRITE_BATCH_DOCS) {
        const batch = chunk.slice(i, i + WRITE_BATCH_DOCS).map((doc) => toStoredDoc(doc, { addedAt }));
        await writeDocs(db, batch);
      }
      fetchMs += t1 - t0;
      writeMs += performance.now() - t1;
      docs += chunk.length;
    }
    return { docs, fetchMs, writeMs };
  },

  /**
   * Reads every document the worker indexes, with its claims, as its full build does
   * (entrypoints/background/index-loader.ts: chunks of 500 in id order, without the yields); ms.
   */
  async readAll(): Promise<{ ms: number; docs: number }> {
    const t0 = performance.now();
    let docs = 0;
    for (let after = ''; ; ) {
      const chunk = await readMatchedChunk(db, after, 500);
      docs += chunk.length;
      if (chunk.length < 500) break;
      after = chunk[chunk.length - 1]!.docId;
    }
    return { ms: performance.now() - t0, docs };
  },

  /** Bytes the extension's origin stores (navigator.storage.estimate), and the document count. */
  async usage(): Promise<{ usage: number | null; docs: number }> {
    const u = await storageUsage(db);
    return { usage: u.usage, docs: u.docs };
  },

  /** Sends `checkPage` `runs` times; the round-trip times in ms and the last answer's claim count. */
  async check(page: CheckPageData, runs: number): Promise<{ times: number[]; claims: number; matched: number }> {
    const times: number[] = [];
    let claims = 0;
    let matched = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const answer = await sendMessage('checkPage', page);
      times.push(performance.now() - t0);
      claims = answer.result?.claims.length ?? 0;
      matched = answer.result?.claims.filter((c) => c.matches.length > 0).length ?? 0;
    }
    return { times, claims, matched };
  },
};

(globalThis as unknown as { xrefBench: typeof api }).xrefBench = api;
document.title = 'xref bench ready';
