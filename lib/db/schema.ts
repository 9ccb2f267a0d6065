import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Claim, CorpusDoc } from '@/lib/engine/types';

/**
 * The whole IndexedDB schema, in one place. Change it only by adding a version below with an
 * `.upgrade()` that carries the reader's saved articles across.
 *
 * Since version 3 a document's claims are stored apart from it, one `statements` row each: a cold
 * service worker reads the few statements a page's candidates are (and ranks them on the saved
 * snapshot, which holds the documents' metadata), not whole documents. A document and its
 * statements are written and deleted together, in one transaction (lib/db/doc-rows.ts), and
 * carry the same revision.
 */

/** The bookkeeping a stored document carries beside the engine's document. */
interface DocBookkeeping {
  /** 1 when the reader hid a seed (seeds are hidden, never destroyed); 0 otherwise. */
  hidden: 0 | 1;
  /** Normalised canonical URL, '' when unknown: used to spot a second save of the same page. */
  canonicalUrl: string;
  /** Fingerprint of the normalised text, to spot near-duplicates (syndicated agency copy). */
  fingerprint: string;
  /** ISO date-time when the document entered the database. */
  addedAt: string;
  /** Bundled-corpus version a seed came from; '' for saved articles. */
  corpusVersion: string;
  /**
   * Names this version of the document and its statements: every write of a document gives it a
   * new one (newRevision), and its statements carry it, so a reader of single statements can
   * tell one revision's from another's.
   */
  rev: string;
}

/** A corpus document as the store hands it out and takes it in: with its claims. */
export interface StoredDoc extends CorpusDoc, DocBookkeeping {}

/** A row of `docs`: the document without its claims (they are in `statements`), and their count. */
export interface DocRecord extends Omit<CorpusDoc, 'claims'>, DocBookkeeping {
  claimCount: number;
}

/**
 * Claims per `statements` row. One claim a row would read least for a page's candidates, but
 * IndexedDB costs per row (writing, reading everything, storage): a few a row read a little more
 * and cost rows a few times fewer.
 */
export const STATEMENTS_PER_ROW = 4;

/**
 * A row of `statements`: claims `n` to `n + claims.length - 1` (from 0, text order; `n` a multiple
 * of STATEMENTS_PER_ROW) of document `docId`, at revision `rev`.
 */
export interface StatementRecord {
  docId: string;
  n: number;
  rev: string;
  claims: Claim[];
}

/** Small key/value records: the bundled corpus version installed, the reader's settings. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

export type XrefDb = Dexie & {
  docs: EntityTable<DocRecord, 'docId'>;
  statements: Table<StatementRecord, [string, number]>;
  meta: EntityTable<MetaRecord, 'key'>;
};

export const DB_NAME = 'aleppo-xref';
/** meta key of the ranking snapshot saved after a full build (lib/db/index-reads.ts). */
export const META_RANKING_SNAPSHOT = 'rankingSnapshot';

/** The revision the version 3 upgrade gives the documents it splits. */
export const UPGRADE_REVISION = 'v3';
/** Documents split per step of the version 3 upgrade (their claims are held meanwhile). */
const UPGRADE_CHUNK_DOCS = 200;

/** A stored document as its `docs` row and its `statements` rows. */
export function toRecords(doc: StoredDoc): { record: DocRecord; statements: StatementRecord[] } {
  const { claims, ...rest } = doc;
  return {
    record: { ...rest, claimCount: claims.length },
    statements: Array.from({ length: Math.ceil(claims.length / STATEMENTS_PER_ROW) }, (_, i) => {
      const n = i * STATEMENTS_PER_ROW;
      return { docId: doc.docId, n, rev: doc.rev, claims: claims.slice(n, n + STATEMENTS_PER_ROW) };
    }),
  };
}

/** Moves the claims of every stored document (seeds, saved, hidden) into `statements`. */
async function splitClaims(tx: Transaction): Promise<void> {
  const docs = tx.table('docs');
  const statements = tx.table('statements');
  let after: string | null = null;
  for (;;) {
    const range = after === null ? docs.orderBy(':id') : docs.where(':id').above(after);
    const chunk = (await range.limit(UPGRADE_CHUNK_DOCS).toArray()) as (StoredDoc & Partial<DocRecord>)[];
    if (chunk.length === 0) break;
    const split = chunk.map((d) => toRecords({ ...d, claims: d.claims ?? [], rev: UPGRADE_REVISION }));
    await statements.bulkPut(split.flatMap((s) => s.statements));
    await docs.bulkPut(split.map((s) => s.record));
    after = chunk[chunk.length - 1]!.docId;
  }
  // The ranking snapshot of version 2 is of another format: it would only be read and refused.
  await tx.table('meta').delete(META_RANKING_SNAPSHOT);
}

/** Opens (and on first use creates) the database. `name` lets tests use a fresh one each. */
export function openXrefDb(name: string = DB_NAME): XrefDb {
  const db = new Dexie(name) as XrefDb;
  db.version(1).stores({
    docs: 'docId, origin, lang, published, canonicalUrl, fingerprint, hidden',
    meta: 'key',
  });
  // v2 (indexes only, no data changes): `addedAt` dates the corpus's last change cheaply, and
  // `[hidden+docId]` pages through the matched documents in id order (the index's build order).
  db.version(2).stores({
    docs: 'docId, origin, lang, published, canonicalUrl, fingerprint, hidden, addedAt, [hidden+docId]',
    meta: 'key',
  });
  // v3: claims move to `statements`, keyed [docId+n] (a document's statements are one key range,
  // so no index on docId is needed).
  db.version(3)
    .stores({
      docs: 'docId, origin, lang, published, canonicalUrl, fingerprint, hidden, addedAt, [hidden+docId]',
      statements: '[docId+n]',
      meta: 'key',
    })
    .upgrade(splitClaims);
  return db;
}
