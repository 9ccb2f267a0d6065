import type { Token } from './layer';
import type { ConceptMention } from './lexicon';
import type { EventMention, Parties } from './types';
import { MEDIA_TYPES, PEOPLE_TYPES, oneClause, typeOf } from './sentence-tools';

/**
 * Who the sides of talks or a deal are, and who only brokers them. 'Talks between the Russian
 * military and the rebels', 'مفاوضات بين أنقرة وموسكو', 'توصلت المعارضة وقوات النظام لاتفاق': the
 * two sides named are the parties. 'بوساطة تركية', 'under Russian-Turkish sponsorship', 'Turkey
 * mediated between…': the broker is a mediator, not a party. Reports of the Aleppo deal differ on
 * exactly this (Russia and the rebels negotiated; Turkey and Russia brokered; the regime and the
 * rebels are the sides), so a claim that names the parties is not met by a source that names others.
 */

/** Events whose sides are told as 'between A and B' or 'A and B reached…'. */
const PARTY_EVENTS = new Set(['negotiation', 'mediation', 'meeting', 'agreement', 'reaching-agreement', 'approval', 'ceasefire', 'diplomatic-progress']);
/** Events whose subject pair are the parties ('توصلت المعارضة وقوات النظام لاتفاق', 'Russia and the rebels agreed'). */
const REACHING_EVENTS = new Set(['reaching-agreement', 'approval', 'agreement']);
/** Events whose agent and the sides right after them broker rather than take part. */
const BROKER_EVENTS = new Set(['mediation']);
/** 'between' in either language (Arabic normalised, with its conjunction or without). */
const BETWEEN = new Set(['between', 'بين', 'وبين']);
const AND = new Set(['and', 'و']);
/** Tokens between talks and their 'between' ('agreed directly between', 'دور الوسيط بين'). */
const BETWEEN_REACH = 3;
/** Tokens between 'between' and the first side ('between the Russian military'). */
const SIDE_REACH = 3;
/** Tokens between the first side and the second ('the Russian military and the rebels'). */
const PAIR_REACH = 3;
/** Sides right after a brokering event ('برعاية روسية تركية', 'mediated by Turkey'). */
const BROKER_REACH = 2;

/** Whether a mention is a side that can negotiate: not a group of people, not a news agency. */
function isParty(m: ConceptMention): boolean {
  const type = typeOf(m.id);
  return m.kind === 'actor' && !PEOPLE_TYPES.has(type) && !MEDIA_TYPES.has(type);
}

/** The side joined to `a` by 'and' / 'و' within PAIR_REACH tokens, or null. */
function secondSide(text: string, tokens: Token[], sides: ConceptMention[], a: ConceptMention): ConceptMention | null {
  const b = sides.find((m) => m.first >= a.last && m.first - a.last <= PAIR_REACH && m.id !== a.id);
  if (!b || !oneClause(text, tokens, a.first, b.last)) return null;
  const joined =
    tokens.slice(a.last, b.first).some((t) => AND.has(t.norm)) ||
    // Arabic: the conjunction fused to the second side's first word ('والمعارضة', 'وموسكو').
    (tokens[b.first]!.norm.startsWith('و') && /[\u0600-\u06ff]/.test(tokens[b.first]!.norm));
  return joined ? b : null;
}

function pair(text: string, a: ConceptMention, b: ConceptMention, base: number): Parties {
  return { ids: [a.id, b.id], start: a.start - base, end: b.end - base, surface: text.slice(a.start, b.end) };
}

/**
 * The parties a sentence names for its talks or deal, and its brokers (concept ids, parties left
 * out). `parties` is absent when no pair of sides is named; `mediators` is [] when none is.
 * Offsets are relative to `base` (the sentence start).
 */
export function readParties(
  text: string,
  base: number,
  tokens: Token[],
  content: ConceptMention[],
  lang: 'ar' | 'en',
): { parties?: Parties; mediators: string[] } {
  const events = content.filter((m) => m.kind === 'event' && PARTY_EVENTS.has(m.id));
  if (events.length === 0) return { mediators: [] };
  const sides = content.filter(isParty);
  let parties: Parties | undefined;
  // 'talks between A and B', 'وساطة بين الفصائل وموسكو'
  for (let k = 0; k < tokens.length && !parties; k++) {
    if (!BETWEEN.has(tokens[k]!.norm)) continue;
    if (!events.some((e) => e.last <= k && k - e.last <= BETWEEN_REACH && oneClause(text, tokens, e.last, k + 1))) continue;
    const a = sides.find((m) => m.first > k && m.first - k <= SIDE_REACH);
    const b = a && secondSide(text, tokens, sides, a);
    if (a && b) parties = pair(text, a, b, base);
  }
  // 'توصلت المعارضة وقوات النظام لاتفاق' (the verb first), 'Russia and the rebels agreed' (the verb after).
  for (const e of events) {
    if (parties || !REACHING_EVENTS.has(e.id)) continue;
    if (lang === 'ar') {
      const a = sides.find((m) => m.first >= e.last && m.first - e.last <= 1);
      const b = a && secondSide(text, tokens, sides, a);
      if (a && b) parties = pair(text, a, b, base);
    } else {
      const b = [...sides].reverse().find((m) => m.last <= e.first && e.first - m.last <= 1);
      const a = b && sides.filter((m) => m.last <= b.first && b.first - m.last <= PAIR_REACH).pop();
      if (a && b && secondSide(text, tokens, sides, a) === b) parties = pair(text, a, b, base);
    }
  }
  const mediators = new Set<string>();
  for (const e of content) {
    if (e.kind !== 'event' || !BROKER_EVENTS.has(e.id)) continue;
    // 'Turkey mediated', 'the Turkish-brokered deal': the side right before; 'بوساطة تركية',
    // 'برعاية روسية تركية', 'mediated by Turkey': the sides right after.
    const before = sides.filter((m) => m.last <= e.first && e.first - m.last <= 1).pop();
    if (before) mediators.add(before.id);
    let at = e.last;
    for (const m of sides) {
      if (m.first < at || m.first - at > BROKER_REACH || BETWEEN.has(tokens[m.first - 1]?.norm ?? '')) continue;
      if (!oneClause(text, tokens, at, m.first + 1)) break;
      mediators.add(m.id);
      at = m.last;
    }
  }
  if (parties) for (const id of parties.ids) mediators.delete(id);
  return { ...(parties ? { parties } : {}), mediators: [...mediators] };
}

/** Events whose agent is the point of a claim (who asks, who guarantees, who brokers). */
export const AGENTIVE_EVENTS = new Set(['request', 'guarantee', 'mediation']);

/**
 * The events with every side their agent is named with: 'تركيا وروسيا اللتين ستضمنان تنفيذه'
 * has Turkey and Russia guarantee, not Russia alone, so 'the US and Russia will guarantee it'
 * is another pair of guarantors. Events without such a pair come back unchanged.
 */
export function withCoordinatedAgents(text: string, base: number, tokens: Token[], content: ConceptMention[], events: EventMention[]): EventMention[] {
  if (!events.some((e) => e.agent && AGENTIVE_EVENTS.has(e.id))) return events;
  const sides = content.filter(isParty);
  return events.map((e) => {
    if (!e.agent || !AGENTIVE_EVENTS.has(e.id)) return e;
    const at = e.start + base;
    // The agent's own mention: the one of its id nearest the event.
    let agent: ConceptMention | undefined;
    for (const m of sides) if (m.id === e.agent && (!agent || Math.abs(m.start - at) < Math.abs(agent.start - at))) agent = m;
    if (!agent) return e;
    const after = secondSide(text, tokens, sides, agent);
    const before = sides.find((m) => m.last <= agent!.first && secondSide(text, tokens, sides, m) === agent);
    const partner = after ?? before;
    return partner && partner.id !== e.agent ? { ...e, agents: [e.agent, partner.id] } : e;
  });
}
