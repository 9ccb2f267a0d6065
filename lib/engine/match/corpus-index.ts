import type { Claim, CorpusDoc, DocMeta, SourceMatch, StanceReason, Stance } from '../types';
import { compareClaims, isMatchable, permittedObjects, type Comparison } from './compare';
import { claimNeeds, mayMatch } from './prefilter';
import { getConcept } from '../lexicon';
import { StatementTable, type RankingSnapshot } from './statement-table';

export type { RankingSnapshot } from './statement-table';

/**
 * An inverted index over the corpus's claims (concept ids, stems and figures → claims), so that
 * matching a page costs the claims that share rare keys with it, not a scan of every claim: the
 * corpus grows with the reader's saving and is designed for 10,000 articles.
 */

/** Candidates scored in full per claim, after the cheap key-overlap ranking. */
const MAX_CANDIDATES = 60;
/** Ranked statements kept, per candidate wanted, to fill the candidates after the per-document cap. */
const RANKED_POOL_FACTOR = 4;
/** …of which at most this many from one document. */
const MAX_CANDIDATES_PER_DOC = 8;
/**
 * Postings read to rank one claim's candidates, rarest keys first: past this the commoner keys
 * add little to the ranking and most of its cost in a large corpus.
 */
const POSTINGS_BUDGET = 3_000;
/** A key carried by more than this share of all claims says little: ranking skips it. */
const COMMON_KEY_SHARE = 0.08;
/** Two statements in one source this close in score, pulling opposite ways: the source is mixed. */
const MIXED_MARGIN = 0.08;
/** Bounds and pivot of concept rarity weights (idf / pivot, clamped). */
const RARITY_MIN = 0.5;
const RARITY_MAX = 1.5;
const RARITY_PIVOT = 2;
/** Days between a page and a source beyond which a one-off event is another occurrence. */
const POINT_EVENT_DAYS = 2;
/** …and for states and processes that last (control, siege, talks, presence). */
const LASTING_EVENT_DAYS = 10;
const LASTING_EVENTS = new Set(['control', 'siege', 'negotiation', 'mediation', 'meeting', 'displacement', 'cooperation', 'pressure', 'humanitarian-catastrophe', 'obstruction']);

/** A statement of a document indexed from a snapshot whose claim is not loaded: the `n`th (from 0) of the document. */
export interface StatementRef {
  docId: string;
  n: number;
}

export interface MatchContext {
  /** ISO date of the page being checked, when known. */
  published: string | null;
  excludeDocIds?: ReadonlySet<string>;
}

export interface RawMatch {
  doc: DocMeta;
  claim: Claim;
  comparison: Comparison;
}

/** Whether a UTF-16 unit is one of the characters JavaScript's `\s` matches. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whitespace-insensitive identity of a text: cheap, and exact enough to spot the same file. The
 * hash and length of the text with each run of whitespace made one space and the ends trimmed
 * (`text.replace(/\s+/g, ' ').trim()`), taken in one pass without building that string: a page
 * is keyed on every check, and the copy cost a tenth of the Arabic page's matching. Stored in
 * ranking snapshots, so it must never change (textKey.test compares it with the plain reading).
 */
export function textKey(text: string): string {
  let h = 0;
  let length = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace) {
      h = (Math.imul(h, 31) + 0x20) | 0;
      length++;
      pendingSpace = false;
    }
    h = (Math.imul(h, 31) + c) | 0;
    length++;
  }
  return `${length}:${h}`;
}

/**
 * The `k` best-scored of `items`, best first (ties by index): a bounded min-heap, so ranking the
 * tens of thousands of statements a large corpus touches costs n log k, not a full sort.
 */
function topByScore(items: number[], scores: Float64Array, k: number): number[] {
  const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  const heap: number[] = [];
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && better(heap[worst]!, heap[l]!)) worst = l;
      if (r < heap.length && better(heap[worst]!, heap[r]!)) worst = r;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
      i = worst;
    }
  };
  for (const n of items) {
    if (heap.length < k) {
      heap.push(n);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!better(heap[parent]!, heap[i]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (better(n, heap[0]!)) {
      heap[0] = n;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}

/** The first index of `list` whose item meets `pred` (false up to some index, true from it on); list.length if none. */
function firstIndex(list: ArrayLike<number>, pred: (n: number) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(list[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.slice(0, 10));
  return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
}

/** A claim's day offset further than this from its page is taken as a misreading, not a date. */
const MAX_EVENT_DAY_OFFSET = 31;

/**
 * The day the claim's event happened, as a day number: the page's date moved by the one day the
 * claim gives ('on Thursday' in a Tuesday story is five days back; 'last week' its middle), or the
 * page's date. A source
 * reports the same one-off event when it is dated near this day. null when the page is undated.
 */
function eventDay(claim: Claim, published: string | null): number | null {
  const page = dayNumber(published);
  if (page === null) return null;
  const days = claim.frame.times.filter((t) => t.kind === 'day' && (t.bound ?? 'at') === 'at' && t.value > -MAX_EVENT_DAY_OFFSET && t.value < MAX_EVENT_DAY_OFFSET);
  // A range ('last week') is taken at its middle.
  if (days.length === 1) return page + Math.round((days[0]!.value + days[0]!.max) / 2);
  const said = claim.frame.saidOn;
  return said !== undefined && Math.abs(said) < MAX_EVENT_DAY_OFFSET ? page + said : page;
}

export class CorpusIndex {
  private table: StatementTable;
  /** Scratch scores, one slot per statement, reused between queries (zeroed after each). */
  private scores = new Float64Array(0);
  /** Bumped by every add and remove: ranks computed before are stale. */
  private version = 0;
  /** Scratch marks of the event keys' ids while ranking one claim (cleared after). */
  private eventMarks = new Uint8Array(0);
  /**
   * Candidates ranked by {@link docsToLoad}, kept for the matching that follows it (and used once:
   * every other match ranks afresh).
   */
  private readonly ranked = new WeakMap<Claim, { published: string | null; version: number; candidates: number[] }>();

  constructor(docs?: Iterable<CorpusDoc>) {
    this.table = new StatementTable();
    for (const d of docs ?? []) this.add(d);
  }

  /**
   * An index over a snapshot's documents that ranks exactly as the index it was taken from, with
   * no claim loaded yet: before matching claims, load the statements {@link statementsToLoad}
   * names. Throws on a malformed snapshot.
   */
  static fromSnapshot(snapshot: RankingSnapshot): CorpusIndex {
    const index = new CorpusIndex();
    index.table = StatementTable.fromSnapshot(snapshot);
    return index;
  }

  /**
   * What ranking needs of this index, as typed arrays: {@link fromSnapshot} gives an index that
   * answers as this one does (statements in document id order, as a fresh build numbers them).
   */
  toSnapshot(): RankingSnapshot {
    return this.table.toSnapshot();
  }

  /**
   * Whether the corpus holds statements in this language (their stems are keys: 'S:en:…'), loaded
   * or not: names the lexicon lacks are compared only within one language.
   */
  hasStatementsIn(lang: string): boolean {
    return this.table.hasKeyWithPrefix(`S:${lang}:`);
  }

  /** Number of documents. */
  get size(): number {
    return this.table.docOrdinal.size;
  }

  /** Documents with claims not loaded (only after {@link fromSnapshot}). */
  get unloaded(): number {
    return this.table.unloaded;
  }

  has(docId: string): boolean {
    return this.table.docOrdinal.has(docId);
  }

  /** Ids of the documents, in no particular order. */
  docIds(): string[] {
    return [...this.table.docOrdinal.keys()];
  }

  /** Whether the document is indexed with all its claims (false for an unknown one). */
  isLoaded(docId: string): boolean {
    const ord = this.table.docOrdinal.get(docId);
    return ord !== undefined && this.table.isLoaded(ord);
  }

  /**
   * The document with this id as indexed: its metadata and claims (not its text). undefined for
   * an unknown one, and while some of its claims are not loaded.
   */
  get(docId: string): (DocMeta & { claims: Claim[] }) | undefined {
    const ord = this.table.docOrdinal.get(docId);
    if (ord === undefined || !this.table.isLoaded(ord)) return undefined;
    const first = this.table.docFirst[ord]!;
    return { ...this.table.meta(ord)!, claims: this.table.claims.slice(first, first + this.table.docCount[ord]!) as Claim[] };
  }

  /**
   * Adds a document, replacing any with the same docId. `revision` (no NUL in it) names the
   * stored version it is, so that a snapshot's statements are loaded only from that version.
   */
  add(doc: CorpusDoc, revision = ''): void {
    this.version++;
    this.table.remove(doc.docId);
    this.table.add(doc, dayNumber(doc.published) ?? Number.NaN, textKey(doc.text), revision);
  }

  /** Removes a document; nothing happens for an unknown id. */
  remove(docId: string): void {
    if (this.table.remove(docId)) this.version++;
  }

  /**
   * Gives a document of a snapshot all its claims, read at `revision`. false when it is not
   * indexed, or it is another revision, or its statements differ from the indexed ones (it
   * changed since the snapshot: {@link add} it instead).
   */
  load(doc: { docId: string; claims: readonly Claim[] }, revision: string): boolean {
    return this.table.load(doc.docId, revision, doc.claims);
  }

  /**
   * Gives the `n`th statement of a snapshot's document its claim, read at `revision`. false when
   * the document is not indexed, or the claim is of another revision or not the statement indexed
   * (the document changed since the snapshot: {@link add} it, whole, instead).
   */
  loadStatement(docId: string, n: number, revision: string, claim: Claim): boolean {
    return this.table.loadStatement(docId, n, revision, claim);
  }

  /**
   * The statements matching these claims would compare whose claims are not loaded: [] when the
   * index can match them (always, unless it came from a snapshot). Each once, in the order ranked.
   */
  statementsToLoad(claims: readonly Claim[], ctx: MatchContext): StatementRef[] {
    if (this.table.unloaded === 0) return [];
    const seen = new Set<number>();
    const out: StatementRef[] = [];
    const t = this.table;
    for (const claim of claims) {
      for (const n of this.candidates(claim, ctx, true)) {
        const ord = t.entryDoc[n]!;
        const docId = t.docIds[ord]!;
        if (t.claims[n] || seen.has(n) || ctx.excludeDocIds?.has(docId)) continue;
        seen.add(n);
        out.push({ docId, n: n - t.docFirst[ord]! });
      }
    }
    return out;
  }

  /**
   * Documents whose text is this text (whitespace aside): a page's own copy in the corpus. One
   * pass over the documents' text identities: cheaper than building a map of them for the one
   * lookup a page makes (a cold worker at 10,000 articles spent 6-9 ms building it).
   */
  sameText(text: string): string[] {
    const key = textKey(text);
    const out: string[] = [];
    for (const [id, k] of this.table.textKeys) if (k === key) out.push(id);
    return out;
  }

  /**
   * How distinctive a concept is in this corpus, around 1: 0.5 for one named in most statements,
   * up to 1.5 for a rare one. Unknown concepts count as rare.
   */
  readonly rarity = (conceptId: string): number => {
    const df = this.table.postingCount(`C:${conceptId}`);
    const live = this.table.live;
    if (live === 0) return 1;
    const idf = Math.log(1 + live / Math.max(1, df));
    return Math.min(RARITY_MAX, Math.max(RARITY_MIN, idf / RARITY_PIVOT));
  };

  /** Days either side of the page's date within which a source may report the same event. */
  private window(claim: Claim): number {
    return claim.frame.events.every((e) => LASTING_EVENTS.has(e.id)) ? LASTING_EVENT_DAYS : POINT_EVENT_DAYS;
  }

  /**
   * Claim numbers worth comparing in full: those in the page's date window, ranked by the rarity
   * of the keys they share, best first. Keys carried by a large share of the corpus are skipped
   * once two rarer ones have been used, and scores live in a reused typed array: at 10,000
   * articles the posting lists are long and this loop is the cost of matching.
   */
  private candidates(claim: Claim, ctx: MatchContext, keep = false): number[] {
    const cached = this.ranked.get(claim);
    if (cached) this.ranked.delete(claim);
    const candidates = cached && cached.version === this.version && cached.published === ctx.published ? cached.candidates : this.rank(claim, ctx);
    if (keep) this.ranked.set(claim, { published: ctx.published, version: this.version, candidates });
    return candidates;
  }

  private rank(claim: Claim, ctx: MatchContext): number[] {
    if (!isMatchable(claim)) return [];
    const eventKeys = new Set(claim.frame.events.flatMap((e) => [`C:${e.id}`, ...(getConcept(e.id)?.ancestors ?? []).map((a) => `C:${a}`)]));
    // A permission is met by a source telling what it permits (compare.ts permittedObjects).
    for (const o of permittedObjects(claim.frame)) eventKeys.add(`C:${o}`);
    const table = this.table;
    if (this.eventMarks.length < table.keyIdCount) this.eventMarks = new Uint8Array(table.keyIdCount * 2);
    const eventMarks = this.eventMarks;
    const eventKeyIds: number[] = [];
    for (const k of eventKeys) {
      const id = table.keyIds.get(k);
      if (id !== undefined) eventKeyIds.push(id);
    }
    for (const id of eventKeyIds) eventMarks[id] = 1;
    const live = table.live;
    const common = Math.max(50, live * COMMON_KEY_SHARE);
    if (this.scores.length < table.statements) this.scores = new Float64Array(Math.max(1024, table.statements * 2));
    const scores = this.scores;
    const touched: number[] = [];
    const page = eventDay(claim, ctx.published);
    const days = this.window(claim);
    const entryDays = table.entryDays;
    const keys = [...new Set([...claim.keys, ...eventKeys])]
      .map((k) => ({ k, count: table.postingCount(k) }))
      .filter((x) => x.count > 0)
      .sort((a, b) => a.count - b.count);
    let used = 0;
    let scanned = 0;
    const addRange = (list: ArrayLike<number>, from: number, to: number, idf: number) => {
      for (let i = from; i < to; i++) {
        const n = list[i]!;
        if (scores[n] === 0) touched.push(n);
        scores[n] = scores[n]! + idf;
      }
    };
    for (const { k, count } of keys) {
      if (used >= 2 && (count > common || scanned + count > POSTINGS_BUDGET)) continue;
      used++;
      scanned += count;
      const idf = Math.log(1 + live / count) * (k.startsWith('S:') ? 0.5 : 1);
      const list = table.postingsByDay(k);
      if (page === null) {
        addRange(list, 0, list.length, idf);
        continue;
      }
      // Lists are by day, undated last: the window is one range, and the undated are always in.
      const undated = firstIndex(list, (n) => entryDays[n] !== entryDays[n]);
      addRange(list, firstIndex(list, (n) => !(entryDays[n]! < page - days)), firstIndex(list, (n) => !(entryDays[n]! <= page + days)), idf);
      addRange(list, undated, list.length, idf);
    }
    const ranked = topByScore(touched, scores, MAX_CANDIDATES * RANKED_POOL_FACTOR);
    // Best first, testing the event condition only until MAX_CANDIDATES pass.
    // A few statements per document are enough to find its best: the rest of the budget goes to
    // other documents.
    const out: number[] = [];
    const perDoc = new Map<number, number>();
    for (const n of ranked) {
      if (out.length === MAX_CANDIDATES) break;
      const doc = table.entryDoc[n]!;
      if (doc < 0 || !table.carriesMarked(n, eventMarks)) continue;
      const taken = perDoc.get(doc) ?? 0;
      if (taken >= MAX_CANDIDATES_PER_DOC) continue;
      perDoc.set(doc, taken + 1);
      out.push(n);
    }
    for (const n of touched) scores[n] = 0;
    for (const id of eventKeyIds) eventMarks[id] = 0;
    return out;
  }

  /** The claim's test of a source's date: its year among those the claim gives, its day in the window. */
  private timeTest(claim: Claim, ctx: MatchContext): (doc: DocMeta, day: number) => boolean {
    const years = claim.frame.times.filter((t) => t.kind === 'year').map((t) => t.value);
    const page = eventDay(claim, ctx.published);
    const days = this.window(claim);
    return (doc, day) => {
      const docYear = doc.published ? Number(doc.published.slice(0, 4)) : null;
      // A source cannot report a year after its own ('in 2017'); it can tell of earlier ones ('divided
      // since 2012').
      if (docYear && years.length > 0 && Math.min(...years) > docYear) return false;
      // day: the document's day number as dayNumber reads it, NaN when undated.
      return page === null || day !== day || Math.abs(page - day) <= days;
    };
  }

  /**
   * The sources that speak to a claim: per document its best statement, unless the document
   * pulls both ways with nearly equal weight (then it is left out). [] when none does.
   */
  matchClaim(claim: Claim, ctx: MatchContext): RawMatch[] {
    const perDoc = new Map<string, RawMatch[]>();
    const page = dayNumber(ctx.published);
    const needs = claimNeeds(claim);
    const inTime = this.timeTest(claim, ctx);
    for (const n of this.candidates(claim, ctx)) {
      const docId = this.table.docIds[this.table.entryDoc[n]!]!;
      if (ctx.excludeDocIds?.has(docId)) continue;
      const source = this.table.claims[n];
      const doc = source ? this.table.meta(this.table.entryDoc[n]!) : null;
      if (!doc || !source) throw new Error(`CorpusIndex: a statement of ${docId} is not loaded (load the statements statementsToLoad names first)`);
      const day = this.table.entryDays[n]!;
      if (!inTime(doc, day) || !mayMatch(needs, source)) continue;
      const comparison = compareClaims(claim, source, { page, source: Number.isNaN(day) ? null : day }, this.rarity);
      if (!comparison) continue;
      const list = perDoc.get(docId) ?? [];
      list.push({ doc, claim: source, comparison });
      perDoc.set(docId, list);
    }
    const out: RawMatch[] = [];
    for (const [docId, all] of perDoc) {
      const list = confirmedClauses(all);
      if (list.length === 0) {
        perDoc.delete(docId);
        continue;
      }
      list.sort((a, b) => b.comparison.coverage - a.comparison.coverage);
      const best = list[0]!;
      const rival = list.find((m) => m.comparison.stance !== best.comparison.stance);
      if (rival && best.comparison.coverage - rival.comparison.coverage < MIXED_MARGIN) continue;
      out.push(best);
    }
    return out.sort((a, b) => b.comparison.coverage - a.comparison.coverage);
  }
}

/**
 * A document's matches without the corroborations of single clauses its other sentences do not
 * complete: 'the deal covers the fighters alone, and civilians can stay unharmed' is not confirmed
 * by a source that only says the deal covers the fighters' exit.
 */
function confirmedClauses(list: RawMatch[]): RawMatch[] {
  const partial = list.filter((m) => m.comparison.stance === 'corroborates' && m.comparison.clauses);
  if (partial.length === 0) return list;
  if (list.some((m) => m.comparison.stance === 'corroborates' && !m.comparison.clauses)) return list;
  const of = partial[0]!.comparison.clauses!.of;
  const covered = new Set(partial.flatMap((m) => m.comparison.clauses!.matched));
  return covered.size >= of ? list : list.filter((m) => !partial.includes(m));
}

/** Shapes a raw match for the contract: the source's metadata, its sentence, the reason. */
export function toSourceMatch(m: RawMatch, reason: string): SourceMatch {
  const { doc, claim, comparison } = m;
  return {
    docId: doc.docId,
    title: doc.title,
    outlet: doc.outlet,
    published: doc.published,
    lang: doc.lang,
    origin: doc.origin,
    stance: comparison.stance as Stance,
    score: Math.round(comparison.coverage * 100) / 100,
    evidence: claim.text,
    evidenceStart: claim.start,
    evidenceEnd: claim.end,
    reason,
    reasonDetail: comparison.reason as StanceReason,
  };
}
