import { CorpusIndex, ENGINE_VERSION, type Claim, type CorpusDoc } from '@/lib/engine';
import type { XrefDb } from '@/lib/db/schema';
import {
  corpusStamp,
  countDocKeys,
  emptyKeyStats,
  readCorpusStamp,
  readIndexStats,
  readMatchedChunk,
  readWindowDocs,
  sameStamp,
  shiftDay,
  writeIndexStats,
  type IndexStatsRecord,
  type KeyStats,
} from '@/lib/db/index-reads';

/**
 * The background's corpus index after a cold start. Reading 10,000 articles back from IndexedDB
 * takes seconds, so the full index is built in chunks, yielding between them, while the first
 * pages are answered from an index of their date window only: the documents a page's claims can
 * match (the engine compares sources within 2 days of the page for one-off events, 10 for lasting
 * ones, and undated sources always).
 *
 * The full build starts once the first page's window index is built (the two would compete for
 * the same reads), or after a short wait when no page asks.
 *
 * A window index must give the very answer the full one would. The engine weighs a key by how
 * many statements of the WHOLE corpus carry it, so the window index also holds one placeholder
 * document, dated far outside the window, whose statements carry the keys of the documents left
 * out, as often as they do: the same counts, hence the same weights and candidates, and since the
 * placeholder is never in a page's window it is never a candidate itself. Those counts are saved
 * after each full build with a stamp of the corpus; when the stamp no longer matches (the corpus
 * changed since), or the page has no date, the answer waits for the full index instead.
 */

/** Days either side of a page's date whose sources are loaded first: the engine's longest window. */
export const FIRST_ANSWER_WINDOW_DAYS = 10;
/** Documents read per chunk of the full build; the worker answers messages between chunks. */
export const FULL_BUILD_CHUNK_DOCS = 500;
/** How far the placeholder of the other documents is dated from the page: never in its window. */
const PLACEHOLDER_OFFSET_DAYS = 3_650;
const PLACEHOLDER_DOC_ID = '\u0000other-documents';
/** Longest wait for a first page before the full build starts anyway, ms. */
const FULL_BUILD_DELAY_MS = 300;
/** Quiet time after a change before the counts are saved again (a burst of changes saves once). */
const SAVE_COUNTS_DELAY_MS = 1_000;

/** A change of the stored corpus to mirror in the index. */
type Change = { kind: 'add'; doc: CorpusDoc & { addedAt?: string } } | { kind: 'remove'; docId: string };

/**
 * The page's day (ISO) as the engine reads it: its first ten characters parsed, rounded to the day
 * number the engine compares (corpus-index.ts `dayNumber`); null when the page is undated.
 */
export function pageDay(published: string | null | undefined): string | null {
  if (!published) return null;
  const t = Date.parse(published.slice(0, 10));
  return Number.isNaN(t) ? null : new Date(Math.round(t / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
}

/** Statements carrying each key as often as `stats` counts it (and as many statements). */
function placeholderClaims(stats: KeyStats): Claim[] {
  const claims: { keys: string[] }[] = Array.from({ length: stats.claims }, () => ({ keys: [] }));
  for (const [key, count] of Object.entries(stats.keys)) for (let i = 0; i < count; i++) claims[i]!.keys.push(key);
  // Only `keys` is ever read from them: they are counted, never compared.
  return claims as unknown as Claim[];
}

/** `total` minus `part`; null when `part` is not contained in it (the counts are stale). */
function subtractStats(total: KeyStats, docs: readonly CorpusDoc[]): KeyStats | null {
  const rest: KeyStats = { claims: total.claims, keys: { ...total.keys } };
  for (const doc of docs) countDocKeys(rest, doc, -1);
  if (rest.claims < 0) return null;
  for (const [key, count] of Object.entries(rest.keys)) {
    if (count < 0) return null;
    if (count === 0) delete rest.keys[key];
  }
  // Each left-out statement carries at least one key once: more key uses than statements is fine,
  // a key used more often than there are statements cannot be.
  return Object.values(rest.keys).every((c) => c <= rest.claims) ? rest : null;
}

/**
 * An index over the documents of the window around `day` (ISO) and the undated ones, plus the
 * placeholder that makes its key counts those of `saved`: it answers a page of that day exactly
 * as an index over the whole corpus would. null when `saved` does not describe the stored corpus.
 */
export async function buildWindowIndex(db: XrefDb, day: string, saved: IndexStatsRecord): Promise<CorpusIndex | null> {
  if (saved.stamp.engineVersion !== ENGINE_VERSION) return null;
  const docs = await readWindowDocs(db, shiftDay(day, -FIRST_ANSWER_WINDOW_DAYS), shiftDay(day, FIRST_ANSWER_WINDOW_DAYS), saved.stamp);
  if (!docs) return null;
  const others = subtractStats(saved.stats, docs);
  if (!others) return null;
  const index = new CorpusIndex(docs);
  if (others.claims > 0) {
    index.add({
      docId: PLACEHOLDER_DOC_ID,
      title: '',
      outlet: null,
      published: shiftDay(day, -PLACEHOLDER_OFFSET_DAYS),
      lang: 'en',
      url: null,
      origin: 'saved',
      text: '',
      claims: placeholderClaims(others),
    });
  }
  return index;
}

const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class IndexLoader {
  private fullIndex: CorpusIndex | null = null;
  private fullBuild: Promise<CorpusIndex> | null = null;
  private readonly savedStats: Promise<IndexStatsRecord | null>;
  /** Changes made while the full build runs, replayed on it once built. */
  private readonly pending: Change[] = [];
  private readonly windows = new Map<string, Promise<CorpusIndex | null>>();
  /** What the full index holds, to save its counts again after a change (see saveCounts). */
  private readonly stats = emptyKeyStats();
  private readonly ids = new Set<string>();
  private lastAddedAt = '';
  private saveTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly db: XrefDb,
    private readonly chunkDocs: number = FULL_BUILD_CHUNK_DOCS,
  ) {
    this.savedStats = readIndexStats(db).catch(() => null);
    // The full build waits for a first page (it would compete with that page's reads), but not
    // for long when none comes (the worker was woken for something else).
    setTimeout(() => {
      if (this.windows.size === 0) this.full().catch((e: unknown) => console.error('Building the corpus index failed', e));
    }, FULL_BUILD_DELAY_MS);
  }

  /** The index over every matched document, once built (starting its build if not started). */
  index(): Promise<CorpusIndex> {
    return this.full();
  }

  private full(): Promise<CorpusIndex> {
    return (this.fullBuild ??= this.buildFull());
  }

  /** Whether the full index is built. */
  get complete(): boolean {
    return this.fullIndex !== null;
  }

  /**
   * An index that answers a page of this date exactly as the full one would: the full index when
   * built, else (when the saved counts still describe the corpus) one over the page's window.
   */
  async indexFor(published: string | null | undefined): Promise<CorpusIndex> {
    const day = pageDay(published);
    if (this.fullIndex || day === null || this.pending.length > 0) return this.full();
    let window = this.windows.get(day);
    if (!window) {
      window = this.buildWindow(day)
        .catch((e: unknown) => {
          console.warn('window index failed; waiting for the full index', e);
          return null;
        })
        .finally(() => void this.full().catch(() => undefined));
      this.windows.set(day, window);
    }
    return (await window) ?? this.full();
  }

  /** Mirrors a stored document (saved, imported, shown again) in the index. */
  async add(doc: CorpusDoc & { addedAt?: string }): Promise<void> {
    await this.apply({ kind: 'add', doc });
  }

  /** Mirrors a deleted or hidden document. */
  async remove(docId: string): Promise<void> {
    await this.apply({ kind: 'remove', docId });
  }

  /**
   * Saves the counts of the full index with the stamp of what it holds, so the next cold start
   * can answer from a window again. If the database holds something else by then (a write not
   * yet mirrored here), the stamps differ and that start simply waits for its full index.
   */
  async saveCounts(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (!this.fullIndex) return;
    const stamp = corpusStamp([...this.ids].sort(), this.lastAddedAt, ENGINE_VERSION);
    await writeIndexStats(this.db, { stamp, stats: this.stats });
  }

  private async apply(change: Change): Promise<void> {
    // Window indexes were built from counts that predate the change: from now on pages wait for
    // the full index (which has the change) instead.
    this.windows.clear();
    if (!this.fullIndex) {
      this.pending.push(change);
      await this.full();
      return;
    }
    this.applyToFull(this.fullIndex, change);
    this.scheduleSaveCounts();
  }

  private applyToFull(index: CorpusIndex, change: Change): void {
    const docId = change.kind === 'add' ? change.doc.docId : change.docId;
    const old = index.get(docId);
    if (old) countDocKeys(this.stats, old, -1);
    this.ids.delete(docId);
    if (change.kind === 'add') {
      index.add(change.doc);
      countDocKeys(this.stats, change.doc);
      this.ids.add(docId);
      const addedAt = (change.doc as { addedAt?: string }).addedAt ?? '';
      if (addedAt > this.lastAddedAt) this.lastAddedAt = addedAt;
    } else index.remove(docId);
  }

  private scheduleSaveCounts(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      this.saveCounts().catch((e: unknown) => console.warn('saving index counts failed', e));
    }, SAVE_COUNTS_DELAY_MS);
  }

  private async buildWindow(day: string): Promise<CorpusIndex | null> {
    const saved = await this.savedStats;
    if (!saved || this.pending.length > 0) return null;
    const index = await buildWindowIndex(this.db, day, saved);
    return this.pending.length > 0 ? null : index;
  }

  private async buildFull(): Promise<CorpusIndex> {
    const before = await readCorpusStamp(this.db, ENGINE_VERSION);
    const index = new CorpusIndex();
    let afterId = '';
    for (;;) {
      const chunk = await readMatchedChunk(this.db, afterId, this.chunkDocs);
      for (const doc of chunk) {
        index.add(doc);
        countDocKeys(this.stats, doc);
        this.ids.add(doc.docId);
      }
      if (chunk.length < this.chunkDocs) break;
      afterId = chunk[chunk.length - 1]!.docId;
      await yieldToEvents();
    }
    this.lastAddedAt = before.lastAddedAt;
    const after = await readCorpusStamp(this.db, ENGINE_VERSION);
    // Counts are saved only for a corpus that did not change while it was read.
    if (sameStamp(before, after) && this.pending.length === 0) {
      await writeIndexStats(this.db, { stamp: after, stats: this.stats }).catch((e: unknown) => console.warn('saving index counts failed', e));
    }
    const changed = this.pending.length > 0;
    for (const change of this.pending.splice(0)) this.applyToFull(index, change);
    this.fullIndex = index;
    this.windows.clear();
    if (changed) this.scheduleSaveCounts();
    return index;
  }
}
