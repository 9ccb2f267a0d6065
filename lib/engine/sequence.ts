import type { Token } from './layer';
import type { ConceptMention } from './lexicon';
import { compatibleConcepts } from './lexicon';
import { PEOPLE_TYPES, bare, isClauseBreak, typeOf } from './sentence-tools';

/**
 * Order within a claim: who leaves first and who follows ('civilians first, then the fighters',
 * 'إخلاء المدنيين أولا يليهم مقاتلو المعارضة'), where convoys go first and where next ('أولا إلى
 * ريف حلب الغربي ثم الشمالي', 'first to the western countryside and then on to the northern').
 * Deals are told by their order, and a report that reverses it says something else.
 *
 * An item is a group of people or a place; rank 0 is what is said to come first, 1 what follows.
 */

export interface SequenceItem {
  id: string;
  rank: 0 | 1;
}

/** Tokens between a marker and the item it orders ('إخلاء المدنيين أولا', 'first to the western countryside'). */
const ITEM_REACH = 4;
/** A 'later' looks back for its item only this far ('المدنيون في مرحلة لاحقة'). */
const THEN_BACK_REACH = 2;

type Lang = 'ar' | 'en';

/** Markers as normalised token sequences (Arabic normalised: ة → ه, ى → ي). */
const FIRST: Record<Lang, string[][]> = {
  ar: [['اولا'], ['بدايه'], ['ابتداء'], ['في', 'البدايه'], ['في', 'المرحله', 'الاولي'], ['بالمرحله', 'الاولي'], ['كمرحله', 'اولي']],
  en: [['first'], ['firstly'], ['initially'], ['at', 'first'], ['in', 'the', 'first', 'phase'], ['in', 'the', 'first', 'stage']],
};
const THEN: Record<Lang, string[][]> = {
  ar: [['ثم'], ['يليهم'], ['يليه'], ['يليها'], ['تليهم'], ['تليها'], ['يلحق'], ['تلحق'], ['يتبعهم'], ['بعد', 'ذلك']],
  en: [['then'], ['followed', 'by'], ['after', 'that']],
};
/** 'Then' markers that come after what they order ('المدنيون في مرحلة لاحقة', 'the fighters later'). */
const LATER: Record<Lang, string[][]> = {
  ar: [['لاحقا'], ['بعدهم'], ['في', 'مرحله', 'لاحقه'], ['في', 'مرحله', 'ثانيه'], ['في', 'المرحله', 'الثانيه'], ['بالمرحله', 'الثانيه']],
  en: [['later'], ['afterwards'], ['following'], ['in', 'a', 'second', 'phase'], ['in', 'the', 'second', 'phase'], ['in', 'a', 'second', 'stage'], ['in', 'the', 'second', 'stage']],
};
/**
 * 'After' markers between two groups: the group after the marker goes first, the one before it
 * follows ('civilians will be moved out only after the fighters have left', 'لن يخرج المدنيون إلا
 * بعد خروج المقاتلين'). Read only with a group on each side within ITEM_REACH.
 */
const AFTER: Record<Lang, string[][]> = {
  ar: [['الا', 'بعد'], ['بعد', 'خروج'], ['بعد', 'اخراج'], ['بعد', 'اجلاء']],
  en: [['only', 'after'], ['after']],
};

/**
 * A direction word left alone after 'then' names the countryside of that side when the order is
 * of countrysides ('أولا إلى ريف حلب الغربي ثم الشمالي', 'the western and then the northern').
 */
const DIRECTIONS: Record<string, string> = {
  الشمالي: 'north', الغربي: 'west', الجنوبي: 'south', الشرقي: 'east', northern: 'north', western: 'west', southern: 'south', eastern: 'east',
};
const COUNTRYSIDE = /^aleppo-(north|west|south|east)-countryside$/;

/** The first words of a language's order markers, with the Arabic proclitics bare() strips. */
function markerFirsts(lang: Lang): Set<string> {
  return (MARKER_FIRSTS[lang] ??= new Set(
    [...FIRST[lang], ...THEN[lang], ...LATER[lang], ...AFTER[lang]].flatMap((p) => (lang === 'ar' ? ['', 'و', 'ف', 'ب', 'ل'].map((c) => c + p[0]!) : [p[0]!])),
  ));
}
const MARKER_FIRSTS: Partial<Record<Lang, Set<string>>> = {};

/** Every word of the order markers of a language: what a claim that states an order reads in them. */
export function orderWords(lang: Lang): Set<string> {
  return (ORDER_WORDS[lang] ??= new Set([...FIRST[lang], ...THEN[lang], ...LATER[lang]].flat()));
}
const ORDER_WORDS: Partial<Record<Lang, Set<string>>> = {};

/** Determiners that make English 'first' an adjective ('the first convoy', 'for the first time'). */
const DETERMINERS = new Set(['the', 'a', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
/** What may follow Arabic 'بداية' used as an adverb ('بداية إلى ريف حلب'), not a noun ('بداية الأسبوع'). */
const AFTER_ADVERB_BIDAYA = new Set(['الي', 'نحو', 'باتجاه', 'من', 'الى']);

function markerAt(tokens: Token[], i: number, phrases: string[][], lang: Lang): number {
  const first = tokens[i]!.norm;
  const firstBare = lang === 'ar' ? bare(first, lang) : first;
  for (const p of phrases) {
    if (i + p.length > tokens.length || (p[0] !== first && p[0] !== firstBare)) continue;
    let ok = true;
    for (let k = 1; k < p.length && ok; k++) ok = tokens[i + k]!.norm === p[k];
    if (ok) return p.length;
  }
  return 0;
}

/** Whether the 'first' at i orders (an adverb) rather than names a first of many ('the first buses'). */
function ordersHere(text: string, tokens: Token[], i: number, len: number, lang: Lang): boolean {
  if (len > 1) return true;
  const n = tokens[i]!.norm;
  if (lang === 'en') return !DETERMINERS.has(tokens[i - 1]?.norm ?? '');
  if (bare(n, lang) === 'بدايه' || n === 'بدايه') {
    const next = tokens[i + 1];
    return !next || isClauseBreak(text, tokens[i]!, next) || AFTER_ADVERB_BIDAYA.has(next.norm);
  }
  return true;
}

/** Actor types that leave in an order: groups of people, and the rebel groups ('the rebels'). */
const MOVING_TYPES = new Set([...PEOPLE_TYPES, 'rebel-group']);

/** Whether a mention can be put in order: a group of people, or a place (not the city itself). */
function orderable(m: ConceptMention): boolean {
  return (m.kind === 'actor' && MOVING_TYPES.has(typeOf(m.id))) || (m.kind === 'place' && m.id !== 'aleppo');
}

/** Whether two items are one in an order: compatible concepts, or fighters and a rebel group. */
export function sameItem(a: string, b: string): boolean {
  if (compatibleConcepts(a, b)) return true;
  const fighting = (id: string) => id === 'fighters' || typeOf(id) === 'rebel-group';
  return fighting(a) && fighting(b);
}

/**
 * How a source's order stands to a claim's: 'agrees' when they put the same item first (or the
 * same pair in the same order), 'differs' when one puts first what the other puts later,
 * 'silent' when the source states no order among the claim's items. null when the claim states
 * no order (it has no item marked first: a lone 'ثم' is told of any sequence of events).
 */
export function compareSequences(claim: SequenceItem[] | undefined, source: SequenceItem[] | undefined): { stance: 'agrees' | 'differs' | 'silent'; claimItem?: string; sourceItem?: string } | null {
  if (!claim?.some((x) => x.rank === 0)) return null;
  const theirs = source ?? [];
  for (const x of claim) {
    const rival = theirs.find((y) => sameItem(x.id, y.id) && y.rank !== x.rank);
    if (rival) {
      // Name what each puts first.
      const claimFirst = x.rank === 0 ? x.id : claim.find((c) => c.rank === 0)!.id;
      const sourceFirst = rival.rank === 0 ? rival.id : theirs.find((y) => y.rank === 0)?.id ?? x.id;
      return { stance: 'differs', claimItem: claimFirst, sourceItem: sourceFirst };
    }
  }
  for (const x of claim) {
    if (x.rank === 0 && theirs.some((y) => y.rank === 0 && sameItem(x.id, y.id))) return { stance: 'agrees', claimItem: x.id, sourceItem: x.id };
  }
  return { stance: 'silent' };
}

/** The item of each kind (people, place) nearest the marker: after it for 'then', either side for 'first'. */
function itemsNear(items: ConceptMention[], first: number, last: number, rank: 0 | 1, back: boolean): ConceptMention[] {
  const out: ConceptMention[] = [];
  for (const kind of ['actor', 'place'] as const) {
    let best: ConceptMention | null = null;
    let bestD = Infinity;
    for (const m of items) {
      if (m.kind !== kind) continue;
      const after = m.first > last ? m.first - last : Infinity;
      const before = m.last <= first ? first - m.last + 1 : Infinity;
      // 'then' names what follows it; 'في مرحلة لاحقة', 'later' come after their item.
      // 'First' orders the group before it ('المدنيين أولا', 'the fighters to leave first') and
      // the place after it ('أولا إلى ريف حلب', 'first to the western countryside'); either
      // the other way round when that side has none.
      const near = kind === 'actor' ? before : after;
      const far = kind === 'actor' ? after : before;
      const d = rank === 0 ? (near <= ITEM_REACH ? near : far + ITEM_REACH) : back ? (before <= THEN_BACK_REACH ? before : Infinity) : after;
      if (d <= (rank === 0 ? ITEM_REACH * 2 : ITEM_REACH) && d < bestD) {
        best = m;
        bestD = d;
      }
    }
    if (best) out.push(best);
  }
  return out;
}

/** The group of people nearest before token i, within ITEM_REACH * 2 tokens; undefined if none. */
function nearestBefore(items: ConceptMention[], i: number): ConceptMention | undefined {
  let best: ConceptMention | undefined;
  for (const m of items) if (m.kind === 'actor' && m.last <= i && i - m.last <= ITEM_REACH * 2 && (!best || m.last > best.last)) best = m;
  return best;
}

/**
 * The order a sentence states among its groups of people and places, from its content mentions.
 * [] when it states none (no 'first'/'then' marker next to a group or a place).
 */
export function readSequence(text: string, tokens: Token[], content: ConceptMention[], lang: Lang): SequenceItem[] {
  const items = content.filter(orderable);
  if (items.length === 0) return [];
  // Most sentences have no marker: look for a marker's first word before anything else.
  const firsts = markerFirsts(lang);
  if (!tokens.some((t) => firsts.has(t.norm))) return [];
  const ranks = new Map<string, 0 | 1 | -1>();
  for (let i = 0; i < tokens.length; i++) {
    if (!firsts.has(tokens[i]!.norm)) continue;
    // A mention's `last` is one past its last token.
    if (items.some((m) => m.first <= i && i < m.last)) continue;
    let rank: 0 | 1 = 0;
    let back = false;
    let len = markerAt(tokens, i, FIRST[lang], lang);
    if (len && !ordersHere(text, tokens, i, len, lang)) len = 0;
    if (!len && (len = markerAt(tokens, i, THEN[lang], lang))) rank = 1;
    if (!len && (len = markerAt(tokens, i, LATER[lang], lang))) [rank, back] = [1, true];
    if (!len && (len = markerAt(tokens, i, AFTER[lang], lang))) {
      // The group after 'after' first, the group before it next; both must be there.
      const later = itemsNear(items, i, i + len - 1, 1, true).find((m) => m.kind === 'actor') ?? nearestBefore(items, i);
      const earlier = items.find((m) => m.kind === 'actor' && m.first >= i + len && m.first - (i + len - 1) <= ITEM_REACH);
      if (later && earlier && !sameItem(later.id, earlier.id)) {
        for (const [id, r] of [[earlier.id, 0], [later.id, 1]] as const) {
          const had = ranks.get(id);
          ranks.set(id, had === undefined || had === r ? r : -1);
        }
      }
      i += len - 1;
      continue;
    }
    if (!len) continue;
    const near = itemsNear(items, i, i + len - 1, rank, back);
    const put = (id: string) => {
      const had = ranks.get(id);
      ranks.set(id, had === undefined || had === rank ? rank : -1);
    };
    near.forEach((m) => put(m.id));
    if (rank === 1 && !back && !near.some((m) => m.kind === 'place')) {
      const side = DIRECTIONS[tokens[i + len]?.norm ?? ''];
      const earlier = [...ranks.keys()].find((id) => COUNTRYSIDE.test(id) && ranks.get(id) === 0);
      if (side && earlier) put(`aleppo-${side}-countryside`);
    }
    i += len - 1;
  }
  const out: SequenceItem[] = [];
  for (const [id, rank] of ranks) if (rank !== -1) out.push({ id, rank });
  return out;
}
