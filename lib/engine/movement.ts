import type { Token } from './layer';
import type { ConceptMention } from './lexicon';
import { getConcept } from './lexicon';
import { isClauseBreak, oneClause } from './sentence-tools';

/**
 * People or buses going somewhere in everyday verbs: 'all fighters and civilians would go first to
 * the western Aleppo countryside', 'تعبر الحافلات طريق الراموسة وصولاً إلى الراشدين', 'ينتقل
 * المقاتلون إلى إدلب'. Such a verb says nothing of evacuation alone ('go on', 'تعبر عن قلقها'),
 * so it is read as one only with a destination after it and someone or something that is moved:
 * then it is the departure the evacuation words name.
 */

/** The event such a movement is. */
const MOVEMENT_EVENT = 'evacuation';
/** English movement verbs (lower-case forms). */
const MOVE_EN = new Set([
  'go', 'goes', 'went', 'gone', 'move', 'moves', 'moved', 'travel', 'travels', 'travelled', 'traveled', 'proceed', 'proceeds', 'proceeded',
  'cross', 'crosses', 'crossed', 'pass', 'passes', 'passed', 'drive', 'drives', 'drove', 'driven',
]);
/** Arabic movement verbs, as a token's stem or clitic-free alternative (normalised). */
const MOVE_AR = new Set(['ذهب', 'يذهب', 'ذهبوا', 'انتقل', 'نتقل', 'ينتقل', 'انتقلوا', 'اتجه', 'تجه', 'يتجه', 'اتجهت', 'سلك', 'سلكت', 'يسلك', 'عبر', 'عبروا', 'سار', 'سير', 'وصولا']);
/** 'عبر' alone is also the preposition 'via': only its verb forms move anyone. */
const PREPOSITION_AR = new Set(['عبر', 'وعبر']);
/** Tokens between the verb and its destination ('go first to the western countryside'). */
const MOVE_REACH = 5;
/** Who or what is moved: groups of people, fighting groups, vehicles. */
const MOVER_TYPES = new Set(['rebel-group', 'jihadist-group', 'transport']);
const MOVER_PEOPLE = new Set(['evacuees', 'civilians', 'fighters', 'wounded', 'children', 'women', 'displaced-people', 'men-of-fighting-age']);

function isMover(m: ConceptMention): boolean {
  const type = getConcept(m.id)?.type ?? '';
  return MOVER_TYPES.has(type) || (type === 'people' && MOVER_PEOPLE.has(m.id));
}

function movesAt(t: Token, lang: 'ar' | 'en'): boolean {
  if (lang === 'en') return MOVE_EN.has(t.norm);
  if (PREPOSITION_AR.has(t.norm)) return false;
  return MOVE_AR.has(t.norm) || MOVE_AR.has(t.stem) || (t.alts?.some((a) => MOVE_AR.has(a)) ?? false);
}

/**
 * The movement event a sentence tells in everyday verbs, as a mention at the verb; null when it
 * names a movement event already, names no one moved, or no verb leads to a destination.
 * `isDestination` says whether a place mention is where something goes.
 */
export function movementByVerb(
  text: string,
  tokens: Token[],
  content: ConceptMention[],
  lang: 'ar' | 'en',
  movementEvents: ReadonlySet<string>,
  isDestination: (m: ConceptMention) => boolean,
): ConceptMention | null {
  if (content.some((m) => m.kind === 'event' && movementEvents.has(m.id)) || !content.some(isMover)) return null;
  for (const p of content) {
    if (p.kind !== 'place' || !isDestination(p)) continue;
    for (let k = p.first - 1; k >= Math.max(0, p.first - MOVE_REACH); k--) {
      if (isClauseBreak(text, tokens[k]!, tokens[k + 1]!)) break;
      if (content.some((m) => m.first <= k && k < m.last)) continue;
      if (movesAt(tokens[k]!, lang)) return { id: MOVEMENT_EVENT, kind: 'event', first: k, last: k + 1, start: tokens[k]!.start, end: tokens[k]!.end };
    }
  }
  return null;
}

/**
 * Buses or civilians that 'pull out' are leaving, not a force retreating: 'the first buses are
 * expected to pull out late on Tuesday'. Fighters pulling out stay a withdrawal (a force can
 * retreat), and so does every other withdrawal word: buses that 'withdrew' ('انسحبت الحافلات')
 * left empty, which is no evacuation. The mover stands this close to the verb.
 */
const PULL_OUT_REACH = 4;
const PULL_OUT = /^pull/i;
const DEPARTING_PEOPLE = new Set(['evacuees', 'civilians', 'wounded', 'children', 'women', 'displaced-people']);

function departsAsEvacuee(m: ConceptMention): boolean {
  const type = getConcept(m.id)?.type ?? '';
  return type === 'transport' || (type === 'people' && DEPARTING_PEOPLE.has(m.id));
}

/**
 * `content` with each withdrawal whose nearest mover, within PULL_OUT_REACH tokens in its clause,
 * is a vehicle or civilians read as the evacuation it is. The same array when there is none.
 */
export function departuresOfEvacuees(text: string, tokens: Token[], content: ConceptMention[]): ConceptMention[] {
  if (!content.some((m) => m.kind === 'event' && m.id === 'withdrawal')) return content;
  return content.map((m) => {
    if (m.kind !== 'event' || m.id !== 'withdrawal' || !PULL_OUT.test(text.slice(m.start, m.end))) return m;
    let nearest: ConceptMention | null = null;
    let best = Infinity;
    for (const x of content) {
      if (x.kind === 'event' || x.kind === 'place') continue;
      const d = x.last <= m.first ? m.first - x.last : x.first >= m.last ? x.first - m.last : 0;
      if (d <= PULL_OUT_REACH && d < best && oneClause(text, tokens, Math.min(x.first, m.first) + 1, Math.max(x.first, m.first) + 1)) {
        best = d;
        nearest = x;
      }
    }
    return nearest && departsAsEvacuee(nearest) ? { ...m, id: MOVEMENT_EVENT } : m;
  });
}
