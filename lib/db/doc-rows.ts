import Dexie from 'dexie';
import type { Claim } from '@/lib/engine/types';
import { toRecords, type DocRecord, type StatementRecord, type StoredDoc, type XrefDb } from './schema';

/**
 * Documents as `docs` rows and `statements` rows, kept in step: every write puts a document's row
 * and all its statements with one revision, every delete takes both, and a reader of whole
 * documents reads both in one transaction. Call the writers inside a read-write transaction on
 * `docs` and `statements` (with whatever else the caller changes), so that a failure leaves
 * neither half written.
 */

/**
 * A revision no earlier write of a document had: the time and a random part (clocks can go
 * back). One per write is enough; the documents of one write may share it.
 */
export function newRevision(): string {
  return `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
}

/** Key ranges of the statements of these documents ([docId, n] for every n). */
function statementRanges(ids: readonly string[]): [[string, number], [string, unknown]][] {
  return ids.map((id) => [
    [id, Dexie.minKey],
    [id, Dexie.maxKey],
  ]);
}

/** The statements of these documents, in key order (by document id, then n). */
function statementsOf(db: XrefDb, ids: readonly string[]): Promise<StatementRecord[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.statements.where('[docId+n]').inAnyRange(statementRanges(ids)).toArray();
}

/** Documents with their claims: each record with the statements of its revision, in order. */
function join(records: readonly (DocRecord | undefined)[], statements: readonly StatementRecord[]): (StoredDoc | undefined)[] {
  const claims = new Map<string, Claim[]>();
  for (const s of statements) {
    const list = claims.get(s.docId);
    if (list) list.push(...s.claims);
    else claims.set(s.docId, [...s.claims]);
  }
  const revOf = new Map(statements.map((s) => [s.docId, s.rev]));
  return records.map((r) => {
    if (!r) return undefined;
    const list = revOf.get(r.docId) === r.rev ? (claims.get(r.docId) ?? []) : [];
    // Written in one transaction with the record: anything else is a broken database.
    if (list.length !== r.claimCount) throw new Error(`the statements of ${r.docId} are not those of its record`);
    const { claimCount: _count, ...doc } = r;
    return { ...doc, claims: list };
  });
}

/** Adds documents (none of them stored yet: fails on an id already stored) with their statements. */
export async function addDocs(db: XrefDb, docs: readonly StoredDoc[]): Promise<void> {
  const split = docs.map(toRecords);
  await db.docs.bulkAdd(split.map((s) => s.record));
  await db.statements.bulkAdd(split.flatMap((s) => s.statements));
}

/** Writes documents with their statements, replacing any stored under the same ids. */
export async function putDocs(db: XrefDb, docs: readonly StoredDoc[]): Promise<void> {
  // One read of the keys between the first and the last id, not a lookup per id (Dexie walks a
  // cursor for anyOf: one round trip per id, seconds for a batch of hundreds).
  const ids = docs.map((d) => d.docId).sort();
  const wanted = new Set(ids);
  const inRange = ids.length === 0 ? [] : ((await db.docs.where(':id').between(ids[0]!, ids[ids.length - 1]!, true, true).primaryKeys()) as string[]);
  const stored = inRange.filter((id) => wanted.has(id));
  // A replaced document may have had more statements than its new revision.
  if (stored.length > 0) await db.statements.where('[docId+n]').inAnyRange(statementRanges(stored)).delete();
  const split = docs.map(toRecords);
  await db.docs.bulkPut(split.map((s) => s.record));
  await db.statements.bulkPut(split.flatMap((s) => s.statements));
}

/** {@link putDocs} in a transaction of its own: for a writer that changes nothing else with them. */
export async function writeDocs(db: XrefDb, docs: readonly StoredDoc[]): Promise<void> {
  await db.transaction('rw', db.docs, db.statements, () => putDocs(db, docs));
}

/** Deletes documents and their statements; ids not stored are ignored. */
export async function deleteDocs(db: XrefDb, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.docs.bulkDelete([...ids]);
  await db.statements.where('[docId+n]').inAnyRange(statementRanges(ids)).delete();
}

/** The documents with these ids, with their claims, in their order; undefined for a missing one. */
export async function readDocs(db: XrefDb, ids: readonly string[]): Promise<(StoredDoc | undefined)[]> {
  return db.transaction('r', db.docs, db.statements, async () => {
    const records = await db.docs.bulkGet([...ids]);
    return join(records, await statementsOf(db, records.filter((r) => r !== undefined).map((r) => r.docId)));
  });
}

/**
 * Documents of `records` (read in the same transaction, in id order) with their claims: one key
 * range of `statements` from the first to the last, what lies between for other documents
 * dropped.
 */
export async function withClaims(db: XrefDb, records: readonly DocRecord[]): Promise<StoredDoc[]> {
  if (records.length === 0) return [];
  const statements = await db.statements
    .where('[docId+n]')
    .between([records[0]!.docId, Dexie.minKey], [records[records.length - 1]!.docId, Dexie.maxKey], true, true)
    .toArray();
  const wanted = new Set(records.map((r) => r.docId));
  return join(records, statements.filter((s) => wanted.has(s.docId))) as StoredDoc[];
}
