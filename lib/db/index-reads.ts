import Dexie from 'dexie';
import type { RankingSnapshot, StatementRef } from '@/lib/engine';
import { hash32 } from '@/lib/corpus/dedupe';
import { readDocs, withClaims } from './doc-rows';
import { META_RANKING_SNAPSHOT, STATEMENTS_PER_ROW, type StatementRecord, type StoredDoc, type XrefDb } from './schema';

export { META_RANKING_SNAPSHOT } from './schema';

/**
 * The reads the background's corpus index is built from: the ranking snapshot saved after a full
 * build (with the stamp of the corpus it describes), the statements a page's candidates are, the
 * documents that changed since the snapshot, and the whole matched corpus in id-ordered chunks
 * (read while the worker answers).
 */

/** meta key of the key counts that versions before the snapshot saved (deleted when one is saved). */
const META_OLD_INDEX_STATS = 'indexStats';

/**
 * What identifies the matched corpus's content without reading it: the matched ids, the latest
 * `addedAt` (every write path that replaces a document under the same id stamps it anew) and
 * the versions that decide the stored claims. Equal stamps: the same documents, the same claims.
 */
export interface CorpusStamp {
  docs: number;
  idsHash: number;
  lastAddedAt: string;
  engineVersion: string;
}

/** The engine index's ranking side, and the corpus it describes. */
export interface RankingSnapshotRecord {
  stamp: CorpusStamp;
  snapshot: RankingSnapshot;
}

/** The stamp of a corpus whose matched ids are `sortedIds` (in key order). */
export function corpusStamp(sortedIds: readonly string[], lastAddedAt: string, engineVersion: string): CorpusStamp {
  return { docs: sortedIds.length, idsHash: hash32(sortedIds.join('\n')), lastAddedAt, engineVersion };
}

/** The stamp of the documents matched now (hidden ones aside). Reads keys only. */
export async function readCorpusStamp(db: XrefDb, engineVersion: string): Promise<CorpusStamp> {
  const [ids, lastKeys] = await Promise.all([db.docs.where('hidden').equals(0).primaryKeys() as Promise<string[]>, db.docs.orderBy('addedAt').reverse().limit(1).keys()]);
  const last = lastKeys[0];
  return corpusStamp(ids, typeof last === 'string' ? last : '', engineVersion);
}

export function sameStamp(a: CorpusStamp, b: CorpusStamp): boolean {
  return a.docs === b.docs && a.idsHash === b.idsHash && a.lastAddedAt === b.lastAddedAt && a.engineVersion === b.engineVersion;
}

/**
 * The saved ranking snapshot, if it still describes the matched corpus: null when none was saved,
 * the record is not one this code wrote, or the corpus changed since. The record is read at once
 * and the corpus's stamp once `after` is done (seeding, which may change the corpus): a record
 * whose stamp is the corpus's describes it, whenever it was read.
 */
export async function readRankingSnapshot(db: XrefDb, engineVersion: string, after: Promise<unknown> = Promise.resolve()): Promise<RankingSnapshotRecord | null> {
  const [record, stamp] = await Promise.all([db.meta.get(META_RANKING_SNAPSHOT), after.then(() => readCorpusStamp(db, engineVersion))]);
  const value = record?.value as Partial<RankingSnapshotRecord> | undefined;
  if (!value?.stamp || !value.snapshot || typeof value.snapshot !== 'object') return null;
  return sameStamp(stamp, value.stamp) ? (value as RankingSnapshotRecord) : null;
}

export async function writeRankingSnapshot(db: XrefDb, record: RankingSnapshotRecord): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: META_RANKING_SNAPSHOT, value: record });
    await db.meta.delete(META_OLD_INDEX_STATS);
  });
}

/** Whether some stored document (matched or hidden) is in `lang`: one key read; false for none. */
export async function storesDocsIn(db: XrefDb, lang: string): Promise<boolean> {
  return (await db.docs.where('lang').equals(lang).limit(1).primaryKeys()).length > 0;
}

/** The matched documents with these ids, with their claims, in their order; undefined for one missing or hidden. */
export async function readMatchedDocs(db: XrefDb, ids: readonly string[]): Promise<(StoredDoc | undefined)[]> {
  const docs = await readDocs(db, ids);
  return docs.map((d) => (d && d.hidden === 0 ? d : undefined));
}

/** Statements read by key, and which documents were hidden when they were read. */
export interface StatementsRead {
  /**
   * The rows holding the statements asked for, each once (a statement in none: its document was
   * deleted or changed); they hold the statements beside them too.
   */
  rows: StatementRecord[];
  /** Ids of the hidden documents (hiding leaves a document's statements as they are). */
  hidden: Set<string>;
}

/** The first statement of the row that holds statement `n`. */
export function rowStart(n: number): number {
  return n - (n % STATEMENTS_PER_ROW);
}

/** The rows of the statements `refs` name (document id and number; their revision is not read here). */
export async function readStatements(db: XrefDb, refs: readonly Pick<StatementRef, 'docId' | 'n'>[]): Promise<StatementsRead> {
  const keys = new Map<string, [string, number]>();
  for (const { docId, n } of refs) keys.set(`${docId} ${rowStart(n)}`, [docId, rowStart(n)]);
  return db.transaction('r', db.docs, db.statements, async () => {
    const [rows, hidden] = await Promise.all([
      db.statements.bulkGet([...keys.values()]),
      db.docs.where('hidden').equals(1).primaryKeys() as Promise<string[]>,
    ]);
    return { rows: rows.filter((r) => r !== undefined), hidden: new Set(hidden) };
  });
}

/**
 * One chunk of the matched documents in id order, with their claims: at most `limit` after
 * `afterId` ('' for the first). [] when none are left.
 */
export async function readMatchedChunk(db: XrefDb, afterId: string, limit: number): Promise<StoredDoc[]> {
  return db.transaction('r', db.docs, db.statements, async () => {
    const records = await db.docs
      .where('[hidden+docId]')
      .between([0, afterId], [0, Dexie.maxKey], false, true)
      .limit(limit)
      .toArray();
    return withClaims(db, records);
  });
}
