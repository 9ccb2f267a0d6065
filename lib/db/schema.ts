import Dexie, { type EntityTable } from 'dexie';
import type { CorpusDoc } from '@/lib/engine/types';

/**
 * The whole IndexedDB schema, in one place. Change it only by adding a version below with an
 * `.upgrade()` that carries the reader's saved articles across.
 */

/** A corpus document as stored: the engine's document plus bookkeeping for the corpus manager. */
export interface StoredDoc extends CorpusDoc {
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
}

/** Small key/value records: the bundled corpus version installed, the reader's settings. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

export type XrefDb = Dexie & {
  docs: EntityTable<StoredDoc, 'docId'>;
  meta: EntityTable<MetaRecord, 'key'>;
};

export const DB_NAME = 'aleppo-xref';

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
  return db;
}
