import Dexie from 'dexie';
import type { CorpusDoc } from '@/lib/engine/types';
import { hash32 } from '@/lib/corpus/dedupe';
import type { StoredDoc, XrefDb } from './schema';

/**
 * The reads the background's corpus index is built from: the documents of one date window (what
 * a first answer needs), the whole matched corpus in id-ordered chunks (the rest, read while the
 * worker answers), and the corpus-wide key statistics saved after a full build, which let a
 * window-only index weigh keys exactly as the full one does.
 */

/** meta key of the saved statistics. */
export const META_INDEX_STATS = 'indexStats';

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

/** Corpus-wide counts the engine's index derives its weights from: statements, and per key how
 *  many times statements carry it. */
export interface KeyStats {
  claims: number;
  keys: Record<string, number>;
}

export interface IndexStatsRecord {
  stamp: CorpusStamp;
  stats: KeyStats;
}

/** Empty statistics, to add documents to. */
export function emptyKeyStats(): KeyStats {
  return { claims: 0, keys: Object.create(null) as Record<string, number> };
}

/** Adds (sign 1) or takes away (sign -1) one document's statements and keys. */
export function countDocKeys(stats: KeyStats, doc: Pick<CorpusDoc, 'claims'>, sign: 1 | -1 = 1): void {
  stats.claims += sign * doc.claims.length;
  for (const claim of doc.claims) for (const k of claim.keys) stats.keys[k] = (stats.keys[k] ?? 0) + sign;
}

/** The stamp of a corpus whose matched ids are `sortedIds` (in key order). */
export function corpusStamp(sortedIds: readonly string[], lastAddedAt: string, engineVersion: string): CorpusStamp {
  return { docs: sortedIds.length, idsHash: hash32(sortedIds.join('\n')), lastAddedAt, engineVersion };
}

/** The stamp of the documents matched now (hidden ones aside). Reads keys only. */
export async function readCorpusStamp(db: XrefDb, engineVersion: string): Promise<CorpusStamp> {
  const ids = (await db.docs.where('hidden').equals(0).primaryKeys()) as string[];
  const last = (await db.docs.orderBy('addedAt').reverse().limit(1).keys())[0];
  return corpusStamp(ids, typeof last === 'string' ? last : '', engineVersion);
}

export function sameStamp(a: CorpusStamp, b: CorpusStamp): boolean {
  return a.docs === b.docs && a.idsHash === b.idsHash && a.lastAddedAt === b.lastAddedAt && a.engineVersion === b.engineVersion;
}

/** The saved statistics; null when none were saved or the record is not one this code wrote. */
export async function readIndexStats(db: XrefDb): Promise<IndexStatsRecord | null> {
  const value = (await db.meta.get(META_INDEX_STATS))?.value as Partial<IndexStatsRecord> | undefined;
  if (!value?.stamp || !value.stats || typeof value.stats.claims !== 'number' || typeof value.stats.keys !== 'object') return null;
  return value as IndexStatsRecord;
}

export async function writeIndexStats(db: XrefDb, record: IndexStatsRecord): Promise<void> {
  await db.meta.put({ key: META_INDEX_STATS, value: record });
}

/** ISO day `days` after `day` (negative: before). */
export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The matched documents published from `firstDay` to `lastDay` (ISO days, inclusive), plus the
 * undated ones, in id order (the index's order); null, without reading any document, when the
 * corpus's stamp is no longer `expected` (checked in the same transaction, so they belong together).
 */
export async function readWindowDocs(db: XrefDb, firstDay: string, lastDay: string, expected: CorpusStamp): Promise<StoredDoc[] | null> {
  return db.transaction('r', db.docs, async () => {
    if (!sameStamp(await readCorpusStamp(db, expected.engineVersion), expected)) return null;
    // A stored date is a day (YYYY-MM-DD); '\uffff' keeps a longer date-time of the last day in.
    const dated = await db.docs.where('published').between(firstDay, `${lastDay}\uffff`, true, true).toArray();
    // Undated documents (null is not indexed) match pages of any date: fetch them by key.
    const datedIds = new Set((await db.docs.orderBy('published').primaryKeys()) as string[]);
    const matchedIds = (await db.docs.where('hidden').equals(0).primaryKeys()) as string[];
    const undated = await db.docs.bulkGet(matchedIds.filter((id) => !datedIds.has(id)));
    const docs = [...dated.filter((d) => d.hidden === 0), ...undated.filter((d): d is StoredDoc => d !== undefined)];
    docs.sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0));
    return docs;
  });
}

/**
 * One chunk of the matched documents in id order: at most `limit` after `afterId` ('' for the
 * first). [] when none are left.
 */
export async function readMatchedChunk(db: XrefDb, afterId: string, limit: number): Promise<StoredDoc[]> {
  return db.docs
    .where('[hidden+docId]')
    .between([0, afterId], [0, Dexie.maxKey], false, true)
    .limit(limit)
    .toArray();
}
