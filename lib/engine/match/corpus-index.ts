import type { Claim, CorpusDoc, SourceMatch, StanceReason, Stance } from '../types';
import { compareClaims, type Comparison } from './compare';
import { getConcept } from '../lexicon';

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

interface Entry {
  docId: string;
  claim: Claim;
}

export interface MatchContext {
  /** ISO date of the page being checked, when known. */
  published: string | null;
  excludeDocIds?: ReadonlySet<string>;
}

export interface RawMatch {
  doc: CorpusDoc;
  claim: Claim;
  comparison: Comparison;
}

/** Whitespace-insensitive identity of a text: cheap, and exact enough to spot the same file. */
function textKey(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  let h = 0;
  for (let i = 0; i < t.length; i++) h = (Math.imul(h, 31) + t.charCodeAt(i)) | 0;
  return `${t.length}:${h}`;
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

function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.slice(0, 10));
  return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
}

/** A claim's day offset further than this from its page is taken as a misreading, not a date. */
const MAX_EVENT_DAY_OFFSET = 31;

/**
 * The day the claim's event happened, as a day number: the page's date moved by the one day the
 * claim gives ('on Thursday' in a Tuesday story is five days back), or the page's date. A source
 * reports the same one-off event when it is dated near this day. null when the page is undated.
 */
function eventDay(claim: Claim, published: string | null): number | null {
  const page = dayNumber(published);
  if (page === null) return null;
  const days = claim.frame.times.filter((t) => t.kind === 'day' && (t.bound ?? 'at') === 'at' && t.value > -MAX_EVENT_DAY_OFFSET && t.value < MAX_EVENT_DAY_OFFSET);
  if (days.length === 1) return page + days[0]!.value;
  const said = claim.frame.saidOn;
  return said !== undefined && Math.abs(said) < MAX_EVENT_DAY_OFFSET ? page + said : page;
}

export class CorpusIndex {
  private readonly docs = new Map<string, CorpusDoc>();
  private readonly entries: (Entry | null)[] = [];
  /** Day number of each entry's document (NaN when undated), for the date window. */
  private readonly entryDays: number[] = [];
  /** Scratch scores, one slot per entry, reused between queries (zeroed after each). */
  private scores = new Float64Array(0);
  private readonly postings = new Map<string, number[]>();
  private readonly byDoc = new Map<string, number[]>();
  private readonly textKeys = new Map<string, string>();
  private live = 0;

  constructor(docs?: Iterable<CorpusDoc>) {
    for (const d of docs ?? []) this.add(d);
  }

  /** Number of documents. */
  get size(): number {
    return this.docs.size;
  }

  has(docId: string): boolean {
    return this.docs.has(docId);
  }

  /** The document with this id, or undefined. */
  get(docId: string): CorpusDoc | undefined {
    return this.docs.get(docId);
  }

  /** Adds a document, replacing any with the same docId. */
  add(doc: CorpusDoc): void {
    if (this.docs.has(doc.docId)) this.remove(doc.docId);
    this.docs.set(doc.docId, doc);
    this.textKeys.set(doc.docId, textKey(doc.text));
    const ids: number[] = [];
    for (const claim of doc.claims) {
      const n = this.entries.length;
      this.entries.push({ docId: doc.docId, claim });
      this.entryDays.push(dayNumber(doc.published) ?? Number.NaN);
      ids.push(n);
      for (const k of claim.keys) {
        let list = this.postings.get(k);
        if (!list) this.postings.set(k, (list = []));
        list.push(n);
      }
    }
    this.live += ids.length;
    this.byDoc.set(doc.docId, ids);
  }

  /** Removes a document; nothing happens for an unknown id. */
  remove(docId: string): void {
    const ids = this.byDoc.get(docId);
    if (!ids) return;
    for (const n of ids) {
      const e = this.entries[n];
      if (!e) continue;
      for (const k of e.claim.keys) {
        const list = this.postings.get(k);
        if (!list) continue;
        const at = list.indexOf(n);
        if (at >= 0) list.splice(at, 1);
        if (list.length === 0) this.postings.delete(k);
      }
      this.entries[n] = null;
    }
    this.live -= ids.length;
    this.byDoc.delete(docId);
    this.docs.delete(docId);
    this.textKeys.delete(docId);
  }

  /** Documents whose text is this text (whitespace aside): a page's own copy in the corpus. */
  sameText(text: string): string[] {
    const key = textKey(text);
    return [...this.textKeys].filter(([, k]) => k === key).map(([id]) => id);
  }

  /**
   * How distinctive a concept is in this corpus, around 1: 0.5 for one named in most statements,
   * up to 1.5 for a rare one. Unknown concepts count as rare.
   */
  readonly rarity = (conceptId: string): number => {
    const df = this.postings.get(`C:${conceptId}`)?.length ?? 0;
    if (this.live === 0) return 1;
    const idf = Math.log(1 + this.live / Math.max(1, df));
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
  private candidates(claim: Claim, ctx: MatchContext): number[] {
    const eventKeys = new Set(claim.frame.events.flatMap((e) => [`C:${e.id}`, ...(getConcept(e.id)?.ancestors ?? []).map((a) => `C:${a}`)]));
    const common = Math.max(50, this.live * COMMON_KEY_SHARE);
    if (this.scores.length < this.entries.length) this.scores = new Float64Array(Math.max(1024, this.entries.length * 2));
    const scores = this.scores;
    const touched: number[] = [];
    const page = eventDay(claim, ctx.published);
    const days = this.window(claim);
    const entryDays = this.entryDays;
    const keys = [...new Set([...claim.keys, ...eventKeys])]
      .map((k) => ({ k, list: this.postings.get(k) ?? [] }))
      .filter((x) => x.list.length > 0)
      .sort((a, b) => a.list.length - b.list.length);
    let used = 0;
    let scanned = 0;
    for (const { k, list } of keys) {
      if (used >= 2 && (list.length > common || scanned + list.length > POSTINGS_BUDGET)) continue;
      used++;
      scanned += list.length;
      const idf = Math.log(1 + this.live / list.length) * (k.startsWith('S:') ? 0.5 : 1);
      for (let i = 0; i < list.length; i++) {
        const n = list[i]!;
        if (page !== null) {
          const d = entryDays[n]!;
          if (d === d && Math.abs(d - page) > days) continue; // d === d: not NaN (undated)
        }
        if (scores[n] === 0) touched.push(n);
        scores[n] = scores[n]! + idf;
      }
    }
    const ranked = topByScore(touched, scores, MAX_CANDIDATES * RANKED_POOL_FACTOR);
    // Best first, testing the event condition only until MAX_CANDIDATES pass.
    // A few statements per document are enough to find its best: the rest of the budget goes to
    // other documents.
    const out: number[] = [];
    const perDoc = new Map<string, number>();
    for (const n of ranked) {
      if (out.length === MAX_CANDIDATES) break;
      const entry = this.entries[n];
      if (!entry?.claim.keys.some((k) => eventKeys.has(k))) continue;
      const taken = perDoc.get(entry.docId) ?? 0;
      if (taken >= MAX_CANDIDATES_PER_DOC) continue;
      perDoc.set(entry.docId, taken + 1);
      out.push(n);
    }
    for (const n of touched) scores[n] = 0;
    return out;
  }

  private inTime(claim: Claim, doc: CorpusDoc, ctx: MatchContext): boolean {
    const years = claim.frame.times.filter((t) => t.kind === 'year').map((t) => t.value);
    const docYear = doc.published ? Number(doc.published.slice(0, 4)) : null;
    if (docYear && years.length > 0 && !years.includes(docYear)) return false;
    const page = eventDay(claim, ctx.published);
    const source = dayNumber(doc.published);
    if (page === null || source === null) return true;
    return Math.abs(page - source) <= this.window(claim);
  }

  /**
   * The sources that speak to a claim: per document its best statement, unless the document
   * pulls both ways with nearly equal weight (then it is left out). [] when none does.
   */
  matchClaim(claim: Claim, ctx: MatchContext): RawMatch[] {
    const perDoc = new Map<string, RawMatch[]>();
    const page = dayNumber(ctx.published);
    for (const n of this.candidates(claim, ctx)) {
      const e = this.entries[n]!;
      if (ctx.excludeDocIds?.has(e.docId)) continue;
      const doc = this.docs.get(e.docId)!;
      if (!this.inTime(claim, doc, ctx)) continue;
      const day = this.entryDays[n]!;
      const comparison = compareClaims(claim, e.claim, { page, source: Number.isNaN(day) ? null : day }, this.rarity);
      if (!comparison) continue;
      const list = perDoc.get(e.docId) ?? [];
      list.push({ doc, claim: e.claim, comparison });
      perDoc.set(e.docId, list);
    }
    const out: RawMatch[] = [];
    for (const list of perDoc.values()) {
      list.sort((a, b) => b.comparison.coverage - a.comparison.coverage);
      const best = list[0]!;
      const rival = list.find((m) => m.comparison.stance !== best.comparison.stance);
      if (rival && best.comparison.coverage - rival.comparison.coverage < MIXED_MARGIN) continue;
      out.push(best);
    }
    return out.sort((a, b) => b.comparison.coverage - a.comparison.coverage);
  }
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
