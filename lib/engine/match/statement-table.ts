import type { Claim, CorpusDoc, DocMeta } from '../types';

/**
 * The corpus index's bookkeeping: statements numbered in the order they were added, each with its
 * document, day and retrieval keys (interned as numbers), and per key the statements that carry
 * it; per document its metadata and the revision it was indexed at. Everything the candidate
 * ranking reads is here; the statements' claims (what a full comparison reads) are kept beside it
 * and may be missing, statement by statement, for a table loaded from a snapshot.
 *
 * A snapshot is the table as a few typed arrays and joined strings: IndexedDB stores and returns
 * them with a copy, where 10,000 articles' claims as objects take seconds to read back.
 */

/** Bumped when the snapshot's layout changes: an older snapshot is not read. */
export const SNAPSHOT_FORMAT = 4;
/**
 * Joins the snapshot's string lists: a character no key, id, text key or revision contains (and
 * JSON escapes it in the metadata).
 */
const SEP = '\u0000';

/** A document's metadata as the snapshot keeps it: JSON of [title, outlet, published, lang, url, origin]. */
function metaJson(m: DocMeta): string {
  return JSON.stringify([m.title, m.outlet, m.published, m.lang, m.url, m.origin]);
}

function parseMeta(docId: string, json: string): DocMeta {
  const [title, outlet, published, lang, url, origin] = JSON.parse(json) as [string, string | null, string | null, string, string | null, DocMeta['origin']];
  return { docId, title, outlet, published, lang, url, origin };
}

/** The ranking side of a corpus index, serialisable by structured clone. */
export interface RankingSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** Key names by key id, joined by SEP. */
  keys: string;
  /** Document ids in statement order (ascending ids), joined by SEP. */
  docIds: string;
  /** Per document the whitespace-insensitive identity of its text (see CorpusIndex.sameText). */
  textKeys: string;
  /** Per document the revision it was indexed at (the caller's, '' when none was given). */
  revisions: string;
  /** Per document its metadata (see metaJson), parsed only for a document a match names. */
  metas: string;
  /** Per document its first statement; one more entry: the number of statements. */
  docStarts: Int32Array;
  /** Per statement its document's day number (NaN: undated). */
  entryDays: Float64Array;
  /** Per statement where its key ids start in entryKeys; one more entry: the end. */
  entryKeyStarts: Int32Array;
  entryKeys: Int32Array;
  /**
   * Per key where its statements start in `postings`; one more entry: the end. Derivable from
   * entryKeys, but saved: sorting 1.5 million postings at 10,000 articles costs a cold start more
   * than reading them.
   */
  postingStarts: Int32Array;
  postings: Int32Array;
}

const EMPTY: readonly number[] = [];

export class StatementTable {
  readonly keyIds = new Map<string, number>();
  private readonly keyNames: string[] = [];
  /**
   * Per key id the statements carrying it, by day (undated last), then by number: a date window
   * is one range of each list and the undated tail. A snapshot's lists are views until changed;
   * a list appended to is sorted again when next read.
   */
  private readonly postings: (number[] | Int32Array)[] = [];
  private readonly unsorted = new Set<number>();
  /** Per statement its document's ordinal (-1 once removed) and day. */
  entryDoc: number[] = [];
  entryDays: number[] = [];
  /** Per statement its claim; null until loaded (snapshot) or once removed. */
  claims: (Claim | null)[] = [];
  /** Key ids of the statements numbered below `base.count`, from a snapshot. */
  private base: { count: number; starts: Int32Array; keys: Int32Array } = { count: 0, starts: new Int32Array(1), keys: new Int32Array(0) };
  private readonly addedKeys: number[][] = [];
  /** Documents by ordinal; a removed one keeps its ordinal with first -1. */
  readonly docIds: string[] = [];
  readonly docOrdinal = new Map<string, number>();
  readonly docFirst: number[] = [];
  readonly docCount: number[] = [];
  /** Per document its statements whose claims are loaded. */
  readonly docLoaded: number[] = [];
  /** Per document its metadata, parsed from metaJsons on first use (a snapshot's), null once removed. */
  private readonly metas: (DocMeta | null)[] = [];
  private readonly metaJsons: (string | null)[] = [];
  readonly revisions: string[] = [];
  readonly textKeys = new Map<string, string>();
  /** Statements not removed. */
  live = 0;
  /** Documents indexed with some claims not loaded. */
  unloaded = 0;

  get statements(): number {
    return this.entryDoc.length;
  }

  /** How many statements carry this key (0 for an unknown key). */
  /** Whether some statement carries a key starting with `prefix` ('S:en:': an English statement). */
  hasKeyWithPrefix(prefix: string): boolean {
    for (const [key, id] of this.keyIds) if (key.startsWith(prefix) && this.postings[id]!.length > 0) return true;
    return false;
  }

  postingCount(key: string): number {
    const id = this.keyIds.get(key);
    return id === undefined ? 0 : this.postings[id]!.length;
  }

  /** The statements carrying this key, by day (undated last), then number; empty for an unknown key. */
  postingsByDay(key: string): ArrayLike<number> {
    const id = this.keyIds.get(key);
    if (id === undefined) return EMPTY;
    if (this.unsorted.delete(id)) this.mutablePostings(id).sort(this.byDay);
    return this.postings[id]!;
  }

  /** Orders statements by day, undated last, then by number. */
  private readonly byDay = (a: number, b: number): number => {
    const da = this.entryDays[a]!;
    const db = this.entryDays[b]!;
    if (da === db) return a - b;
    if (da !== da) return db !== db ? a - b : 1; // NaN: undated
    if (db !== db) return -1;
    return da - db;
  };

  /** Key ids of statement n. */
  keysOf(n: number): ArrayLike<number> {
    if (n < this.base.count) return this.base.keys.subarray(this.base.starts[n]!, this.base.starts[n + 1]!);
    return this.addedKeys[n - this.base.count]!;
  }

  /** Number of key ids handed out (removed keys keep theirs). */
  get keyIdCount(): number {
    return this.keyNames.length;
  }

  /** Whether statement n carries a key whose id is marked (non-zero) in `marked`. */
  carriesMarked(n: number, marked: Uint8Array): boolean {
    if (n < this.base.count) {
      const keys = this.base.keys;
      for (let j = this.base.starts[n]!, end = this.base.starts[n + 1]!; j < end; j++) if (marked[keys[j]!]) return true;
      return false;
    }
    for (const id of this.addedKeys[n - this.base.count]!) if (marked[id]) return true;
    return false;
  }

  private keyId(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) {
      id = this.keyNames.length;
      this.keyIds.set(key, id);
      this.keyNames.push(key);
      this.postings.push([]);
    }
    return id;
  }

  private mutablePostings(id: number): number[] {
    const list = this.postings[id]!;
    if (Array.isArray(list)) return list;
    const copy = Array.from(list);
    this.postings[id] = copy;
    return copy;
  }

  /** The metadata of the document with this ordinal; null once removed. */
  meta(ord: number): DocMeta | null {
    const known = this.metas[ord];
    if (known !== null || this.docFirst[ord] === -1) return known ?? null;
    const parsed = parseMeta(this.docIds[ord]!, this.metaJsons[ord]!);
    this.metas[ord] = parsed;
    return parsed;
  }

  /** Whether every claim of the document with this ordinal is loaded. */
  isLoaded(ord: number): boolean {
    return this.docFirst[ord] !== -1 && this.docLoaded[ord] === this.docCount[ord];
  }

  /** Adds a document (not already in the table) with its claims, at the caller's revision. */
  add(doc: CorpusDoc, day: number, textKey: string, revision: string): void {
    const ord = this.docIds.length;
    this.docIds.push(doc.docId);
    this.docOrdinal.set(doc.docId, ord);
    this.docFirst.push(this.entryDoc.length);
    this.docCount.push(doc.claims.length);
    this.docLoaded.push(doc.claims.length);
    // The metadata only: the text and the claims array are not kept (the claims are, one by one).
    const { docId, title, outlet, published, lang, url, origin } = doc;
    this.metas.push({ docId, title, outlet, published, lang, url, origin });
    this.metaJsons.push(null);
    this.revisions.push(revision);
    this.textKeys.set(doc.docId, textKey);
    for (const claim of doc.claims) {
      const n = this.entryDoc.length;
      this.entryDoc.push(ord);
      this.entryDays.push(day);
      this.claims.push(claim);
      const ids = claim.keys.map((k) => this.keyId(k));
      this.addedKeys.push(ids);
      for (const id of ids) {
        this.mutablePostings(id).push(n);
        this.unsorted.add(id);
      }
    }
    this.live += doc.claims.length;
  }

  /** Removes a document; false when it is not in the table. */
  remove(docId: string): boolean {
    const ord = this.docOrdinal.get(docId);
    if (ord === undefined) return false;
    const first = this.docFirst[ord]!;
    for (let n = first; n < first + this.docCount[ord]!; n++) {
      for (const id of Array.from(this.keysOf(n))) {
        const list = this.mutablePostings(id);
        const at = list.indexOf(n);
        if (at >= 0) list.splice(at, 1);
      }
      this.entryDoc[n] = -1;
      this.claims[n] = null;
    }
    if (!this.isLoaded(ord)) this.unloaded--;
    this.live -= this.docCount[ord]!;
    this.docOrdinal.delete(docId);
    this.docFirst[ord] = -1;
    this.metas[ord] = null;
    this.metaJsons[ord] = null;
    this.textKeys.delete(docId);
    return true;
  }

  /** Whether `claim` is the one indexed as statement n (its keys, in order, are). */
  private indexedAs(n: number, claim: Claim): boolean {
    const ids = this.keysOf(n);
    const keys = claim.keys;
    if (keys.length !== ids.length) return false;
    for (let j = 0; j < keys.length; j++) if (this.keyIds.get(keys[j]!) !== ids[j]) return false;
    return true;
  }

  /**
   * Gives statement `i` of a document loaded from a snapshot its claim. false when the document is
   * not in the table, or the claim is of another revision of it, or not the one indexed (the
   * document changed: it must be added anew, all of it, so that no statement of one revision
   * is matched beside another's).
   */
  loadStatement(docId: string, i: number, revision: string, claim: Claim): boolean {
    const ord = this.docOrdinal.get(docId);
    if (ord === undefined || revision !== this.revisions[ord] || i < 0 || i >= this.docCount[ord]!) return false;
    const n = this.docFirst[ord]! + i;
    if (this.claims[n]) return true;
    if (!this.indexedAs(n, claim)) return false;
    this.claims[n] = claim;
    if (++this.docLoaded[ord]! === this.docCount[ord]) this.unloaded--;
    return true;
  }

  /**
   * Gives a document loaded from a snapshot all its claims. false when the document is not in the
   * table or its statements are not the ones indexed (then it must be added anew).
   */
  load(docId: string, revision: string, claims: readonly Claim[]): boolean {
    const ord = this.docOrdinal.get(docId);
    if (ord === undefined) return false;
    if (this.isLoaded(ord)) return revision === this.revisions[ord];
    const first = this.docFirst[ord]!;
    if (revision !== this.revisions[ord] || claims.length !== this.docCount[ord]) return false;
    for (let i = 0; i < claims.length; i++) if (!this.indexedAs(first + i, claims[i]!)) return false;
    for (let i = 0; i < claims.length; i++) this.claims[first + i] = claims[i]!;
    this.docLoaded[ord] = claims.length;
    this.unloaded--;
    return true;
  }

  /** The table as a snapshot: live statements only, documents in id order. */
  toSnapshot(): RankingSnapshot {
    const ords = [...this.docOrdinal.values()].sort((a, b) => (this.docIds[a]! < this.docIds[b]! ? -1 : 1));
    const newKey = new Int32Array(this.keyNames.length).fill(-1);
    const keyNames: string[] = [];
    const docStarts = new Int32Array(ords.length + 1);
    const entryDays = new Float64Array(this.live);
    const entryKeyStarts = new Int32Array(this.live + 1);
    let total = 0;
    for (const ord of ords) {
      for (let n = this.docFirst[ord]!; n < this.docFirst[ord]! + this.docCount[ord]!; n++) total += this.keysOf(n).length;
    }
    const entryKeys = new Int32Array(total);
    let used = 0;
    let e = 0;
    ords.forEach((ord, i) => {
      docStarts[i] = e;
      const first = this.docFirst[ord]!;
      for (let n = first; n < first + this.docCount[ord]!; n++) {
        entryDays[e] = this.entryDays[n]!;
        entryKeyStarts[e] = used;
        const ids = this.keysOf(n);
        for (let j = 0; j < ids.length; j++) {
          let id = newKey[ids[j]!]!;
          if (id < 0) {
            id = keyNames.length;
            newKey[ids[j]!] = id;
            keyNames.push(this.keyNames[ids[j]!]!);
          }
          entryKeys[used++] = id;
        }
        e++;
      }
    });
    docStarts[ords.length] = e;
    entryKeyStarts[e] = used;
    // Postings by a counting sort of the statements' keys, taken in day order: each key's list is
    // by day (undated last), then by number, as postingsByDay gives it.
    const postingStarts = new Int32Array(keyNames.length + 1);
    for (const id of entryKeys) postingStarts[id + 1]!++;
    for (let k = 0; k < keyNames.length; k++) postingStarts[k + 1]! += postingStarts[k]!;
    const fill = postingStarts.slice(0, keyNames.length);
    const postings = new Int32Array(entryKeys.length);
    const order = Array.from({ length: e }, (_, n) => n);
    const undated = (n: number) => entryDays[n] !== entryDays[n];
    order.sort((a, b) => (undated(a) !== undated(b) ? (undated(a) ? 1 : -1) : entryDays[a]! - entryDays[b]! || a - b));
    for (const n of order) {
      for (let j = entryKeyStarts[n]!; j < entryKeyStarts[n + 1]!; j++) postings[fill[entryKeys[j]!]!++] = n;
    }
    return {
      format: SNAPSHOT_FORMAT,
      keys: keyNames.join(SEP),
      docIds: ords.map((o) => this.docIds[o]!).join(SEP),
      textKeys: ords.map((o) => this.textKeys.get(this.docIds[o]!)!).join(SEP),
      revisions: ords.map((o) => this.revisions[o]!).join(SEP),
      metas: ords.map((o) => this.metaJsons[o] ?? metaJson(this.metas[o]!)).join(SEP),
      docStarts,
      entryDays,
      entryKeyStarts,
      entryKeys,
      postingStarts,
      postings,
    };
  }

  /** A table of a snapshot's documents, their claims not loaded. Throws on a malformed snapshot. */
  static fromSnapshot(s: RankingSnapshot): StatementTable {
    const t = new StatementTable();
    if (s.format !== SNAPSHOT_FORMAT) throw new Error('ranking snapshot of another format');
    const docIds = s.docIds === '' ? [] : s.docIds.split(SEP);
    const textKeys = s.textKeys === '' ? [] : s.textKeys.split(SEP);
    const metas = s.metas === '' ? [] : s.metas.split(SEP);
    // One empty revision is an empty string joined: there is one per document all the same.
    const revisions = docIds.length === 0 ? [] : s.revisions.split(SEP);
    const keyNames = s.keys === '' ? [] : s.keys.split(SEP);
    const statements = s.entryDays.length;
    if (textKeys.length !== docIds.length || metas.length !== docIds.length || revisions.length !== docIds.length || s.docStarts.length !== docIds.length + 1 || s.docStarts[docIds.length] !== statements || s.entryKeyStarts.length !== statements + 1 || s.entryKeyStarts[statements] !== s.entryKeys.length) {
      throw new Error('malformed ranking snapshot');
    }
    keyNames.forEach((k, i) => t.keyIds.set(k, i));
    t.keyNames.push(...keyNames);
    if (s.postingStarts.length !== keyNames.length + 1 || s.postingStarts[keyNames.length] !== s.postings.length || s.postings.length !== s.entryKeys.length) {
      throw new Error('malformed ranking snapshot');
    }
    for (let k = 0; k < keyNames.length; k++) t.postings.push(s.postings.subarray(s.postingStarts[k]!, s.postingStarts[k + 1]!));
    t.base = { count: statements, starts: s.entryKeyStarts, keys: s.entryKeys };
    const entryDoc = new Array<number>(statements).fill(0);
    docIds.forEach((id, ord) => {
      const first = s.docStarts[ord]!;
      const end = s.docStarts[ord + 1]!;
      t.docIds.push(id);
      t.docOrdinal.set(id, ord);
      t.docFirst.push(first);
      t.docCount.push(end - first);
      t.docLoaded.push(0);
      t.metas.push(null);
      t.metaJsons.push(metas[ord]!);
      t.revisions.push(revisions[ord]!);
      t.textKeys.set(id, textKeys[ord]!);
      entryDoc.fill(ord, first, end);
    });
    t.entryDoc = entryDoc;
    t.entryDays = Array.from(s.entryDays);
    t.claims = new Array<Claim | null>(statements).fill(null);
    t.live = statements;
    // A document without statements has nothing to load.
    t.unloaded = docIds.filter((_, ord) => t.docCount[ord]! > 0).length;
    return t;
  }
}
