import { CorpusIndex, ENGINE_VERSION, type Claim, type CorpusDoc, type MatchContext, type StatementRef } from '@/lib/engine';
import type { StoredDoc, XrefDb } from '@/lib/db/schema';
import {
  corpusStamp,
  readCorpusStamp,
  readMatchedChunk,
  readMatchedDocs,
  readRankingSnapshot,
  readStatements,
  rowStart,
  sameStamp,
  storesDocsIn,
  writeRankingSnapshot,
} from '@/lib/db/index-reads';

/**
 * The background's corpus index after a cold start. Reading 10,000 articles' claims back from
 * IndexedDB takes seconds, so the worker does not wait for them: after each full build it saves
 * the index's ranking side (keys, postings, days: a few typed arrays, see the engine's
 * RankingSnapshot, with the documents' metadata and revisions) with a stamp of the corpus, and a
 * cold start loads that in one read. A page is then answered by ranking its claims' candidates on
 * the snapshot and reading only those statements (stored apart from their documents, see
 * lib/db/schema.ts); the same index ranks as the full one would, so the answer is the same. A
 * statement of another revision than the snapshot's means its document changed: the document is
 * then read whole and indexed anew. The rest of the claims are read in chunks afterwards,
 * yielding between them.
 *
 * When the stamp no longer matches (the corpus changed outside the worker since the save), or no
 * snapshot was saved, the index is built from every document before the first answer, and saved.
 * Changes made through the worker are mirrored in the index and saved again after a quiet time.
 */

/** Documents read per chunk of the full read; the worker answers messages between chunks. */
export const FULL_BUILD_CHUNK_DOCS = 500;
/** Longest wait for a first page before the rest of the claims are read anyway, ms. */
const FULL_LOAD_DELAY_MS = 300;
/** Quiet time after a change before the snapshot is saved again (a burst of changes saves once). */
const SAVE_SNAPSHOT_DELAY_MS = 1_000;
/**
 * Reads of candidate statements for one page before it waits for every document instead: each
 * read loads every statement it asked for or re-reads (or drops) its document, so more rounds
 * only follow changes made outside the worker meanwhile.
 */
const MAX_CANDIDATE_READS = 4;
/** Candidate statements per read while ranking: big enough to amortise a transaction. */
const READ_BATCH_STATEMENTS = 250;

const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class IndexLoader {
  /** The index pages are answered from: a snapshot's (claims loaded on demand) or a full build. */
  private readonly live: Promise<CorpusIndex>;
  private loadingAll: Promise<CorpusIndex> | null = null;
  private asked = false;
  /** Whether changes arrived before the index was open (then the build's stamp is not saved). */
  private changedEarly = false;
  private lastAddedAt = '';
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  /** {@link mayHaveStatementsIn}'s answers by language. */
  private readonly storedLangs = new Map<string, Promise<boolean>>();

  /**
   * @param after what must finish before the corpus is read (seeding): the snapshot is read at
   *   once, and checked against the corpus after.
   */
  constructor(
    private readonly db: XrefDb,
    private readonly chunkDocs: number = FULL_BUILD_CHUNK_DOCS,
    after: Promise<unknown> = Promise.resolve(),
  ) {
    // Asked before the snapshot is read: asked later, the key read waits behind that 16 MB read
    // in IndexedDB and answers after it, too late to be of use.
    this.mayHaveStatementsIn('en');
    this.live = this.open(after);
    // The full read waits for a first page (it would compete with that page's reads), but not
    // for long when none comes (the worker was woken for something else).
    this.live.then(
      () => setTimeout(() => {
        if (!this.asked) this.loadAll().catch((e: unknown) => console.error('Reading the corpus index failed', e));
      }, FULL_LOAD_DELAY_MS),
      () => undefined,
    );
  }

  /** Says a page is being analysed: the full read waits for its answer. */
  expectPage(): void {
    this.asked = true;
  }

  /** The index with every document's claims loaded (reading them, if not done yet). */
  index(): Promise<CorpusIndex> {
    return this.loadAll();
  }

  /**
   * The index, ready to match these claims: the documents their candidates come from are loaded.
   * It answers them as the full index would.
   */
  /** Whether the corpus holds statements in `lang` (known from the snapshot, before any read). */
  async hasStatementsIn(lang: string): Promise<boolean> {
    return (await this.live).hasStatementsIn(lang);
  }

  /**
   * Whether the corpus likely holds statements in `lang`, known long before the index is open (a
   * cold worker waits ~100 ms at 10,000 articles for its snapshot): some stored document is in
   * that language: one key read (English's made at once, when the loader is created). For work
   * worth starting early only; {@link hasStatementsIn} decides. false when the read fails.
   */
  mayHaveStatementsIn(lang: string): Promise<boolean> {
    let stored = this.storedLangs.get(lang);
    if (!stored) this.storedLangs.set(lang, (stored = storesDocsIn(this.db, lang).catch(() => false)));
    return stored;
  }

  async indexFor(claims: readonly Claim[], ctx: MatchContext): Promise<CorpusIndex> {
    this.asked = true;
    try {
      const index = await this.live;
      await this.readCandidates(index, claims, ctx);
      for (let round = 1; round < MAX_CANDIDATE_READS; round++) {
        const refs = index.statementsToLoad(claims, ctx);
        if (refs.length === 0) return index;
        await this.loadStatements(index, refs);
      }
      return await this.loadAll();
    } finally {
      void this.loadAll().catch((e: unknown) => console.error('Reading the corpus index failed', e));
    }
  }

  /**
   * Loads the claims' candidate statements, ranking claim after claim and sending each batch of
   * reads off before ranking on, so IndexedDB reads while the worker ranks.
   */
  private async readCandidates(index: CorpusIndex, claims: readonly Claim[], ctx: MatchContext): Promise<void> {
    const requested = new Set<string>();
    const reads: Promise<void>[] = [];
    let batch: StatementRef[] = [];
    const send = () => {
      const refs = batch;
      batch = [];
      reads.push(this.loadStatements(index, refs));
    };
    for (const claim of claims) {
      for (const ref of index.statementsToLoad([claim], ctx)) {
        const key = `${ref.docId} ${ref.n}`;
        if (requested.has(key)) continue;
        requested.add(key);
        batch.push(ref);
      }
      if (batch.length >= READ_BATCH_STATEMENTS) {
        send();
        // Dexie starts a read in a later microtask: let it start before ranking on.
        await yieldToEvents();
      }
    }
    if (batch.length > 0) send();
    await Promise.all(reads);
  }

  /**
   * Reads statements by key into the index. A document hidden since the snapshot is dropped; one
   * whose statement is missing or of another revision (deleted or changed since) is read whole
   * and indexed anew, or dropped.
   */
  private async loadStatements(index: CorpusIndex, refs: readonly StatementRef[]): Promise<void> {
    const { rows, hidden } = await readStatements(this.db, refs);
    const read = new Map(rows.map((r) => [`${r.docId} ${r.n}`, r]));
    const changed = new Set<string>();
    for (const ref of refs) {
      if (hidden.has(ref.docId)) {
        index.remove(ref.docId);
        continue;
      }
      if (changed.has(ref.docId)) continue;
      const row = read.get(`${ref.docId} ${rowStart(ref.n)}`);
      const claim = row?.claims[ref.n - row.n];
      if (!row || !claim || !index.loadStatement(ref.docId, ref.n, row.rev, claim)) changed.add(ref.docId);
    }
    // The statements read beside those asked for are loaded too (of the same revision only).
    for (const row of rows) {
      if (!changed.has(row.docId) && !hidden.has(row.docId)) row.claims.forEach((claim, i) => index.loadStatement(row.docId, row.n + i, row.rev, claim));
    }
    if (changed.size === 0) return;
    const ids = [...changed];
    const docs = await readMatchedDocs(this.db, ids);
    ids.forEach((id, i) => this.loadInto(index, id, docs[i]));
  }

  /** Whether every document's claims are loaded. */
  get complete(): boolean {
    return this.loadingAll !== null && this.allLoaded;
  }

  private allLoaded = false;

  /** Mirrors a stored document (saved, imported, shown again) in the index. */
  async add(doc: CorpusDoc & { addedAt?: string; rev?: string }): Promise<void> {
    if (!this.allLoaded) this.changedEarly = true;
    const index = await this.live;
    index.add(doc, doc.rev);
    if ((doc.addedAt ?? '') > this.lastAddedAt) this.lastAddedAt = doc.addedAt!;
    this.scheduleSave();
  }

  /** Mirrors a deleted or hidden document. */
  async remove(docId: string): Promise<void> {
    if (!this.allLoaded) this.changedEarly = true;
    const index = await this.live;
    index.remove(docId);
    this.scheduleSave();
  }

  /**
   * Saves the index's snapshot with the stamp of what it holds, so the next cold start can use
   * it. If the database holds something else by then (a write not yet mirrored here), the stamps
   * differ and that start builds its index from the documents instead.
   */
  async saveSnapshot(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    const index = await this.live;
    const stamp = corpusStamp(index.docIds().sort(), this.lastAddedAt, ENGINE_VERSION);
    await writeRankingSnapshot(this.db, { stamp, snapshot: index.toSnapshot() });
  }

  /** A stored document read for `id`: its claims loaded, or it replaces or drops what changed. */
  private loadInto(index: CorpusIndex, id: string, doc: StoredDoc | undefined): void {
    if (!doc) index.remove(id);
    else if (!index.load(doc, doc.rev)) index.add(doc, doc.rev);
  }

  private async open(after: Promise<unknown>): Promise<CorpusIndex> {
    const saved = readRankingSnapshot(this.db, ENGINE_VERSION, after).catch((e: unknown) => {
      console.warn('reading the ranking snapshot failed', e);
      return null;
    });
    await after;
    const record = await saved;
    if (record) {
      try {
        const index = CorpusIndex.fromSnapshot(record.snapshot);
        this.lastAddedAt = record.stamp.lastAddedAt;
        return index;
      } catch (e) {
        console.warn('the ranking snapshot is unreadable; building the index from the documents', e);
      }
    }
    return this.buildFull();
  }

  /** An index of every matched document, read in chunks; saved when the corpus held still. */
  private async buildFull(): Promise<CorpusIndex> {
    const before = await readCorpusStamp(this.db, ENGINE_VERSION);
    const index = new CorpusIndex();
    await this.readAll(index);
    this.lastAddedAt = before.lastAddedAt;
    this.allLoaded = true;
    const after = await readCorpusStamp(this.db, ENGINE_VERSION);
    // A snapshot is saved only for a corpus that did not change while it was read.
    if (sameStamp(before, after) && !this.changedEarly) {
      await writeRankingSnapshot(this.db, { stamp: after, snapshot: index.toSnapshot() }).catch((e: unknown) => console.warn('saving the ranking snapshot failed', e));
    } else this.scheduleSave();
    return index;
  }

  /** Loads the claims of every document of the index (a snapshot's, once). */
  private loadAll(): Promise<CorpusIndex> {
    return (this.loadingAll ??= this.live.then(async (index) => {
      if (!this.allLoaded) await this.readAll(index);
      this.allLoaded = true;
      return index;
    }));
  }

  /**
   * Reads every matched document in chunks into `index`: into an empty one, all of them; into a
   * snapshot's, the claims of those it holds (documents it does not hold were added outside the
   * worker after the snapshot was checked, and wait for the next start, as before).
   */
  private async readAll(index: CorpusIndex): Promise<void> {
    const fresh = index.size === 0;
    const seen = new Set<string>();
    let afterId = '';
    for (;;) {
      const chunk = await readMatchedChunk(this.db, afterId, this.chunkDocs);
      for (const doc of chunk) {
        seen.add(doc.docId);
        if (fresh) index.add(doc, doc.rev);
        else if (index.has(doc.docId) && !index.isLoaded(doc.docId)) this.loadInto(index, doc.docId, doc);
      }
      if (chunk.length < this.chunkDocs) break;
      afterId = chunk[chunk.length - 1]!.docId;
      await yieldToEvents();
    }
    // Still not loaded and not stored: deleted outside the worker.
    if (!fresh) for (const id of index.docIds()) if (!seen.has(id) && !index.isLoaded(id)) index.remove(id);
  }

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      this.saveSnapshot().catch((e: unknown) => console.warn('saving the ranking snapshot failed', e));
    }, SAVE_SNAPSHOT_DELAY_MS);
  }
}
