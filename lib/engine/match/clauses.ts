import type { Claim } from '../types';
import { getConcept } from '../lexicon';
import { ASPECT_EVENTS } from '../frames';
import { normalizeArabic } from '../arabic/normalize';

/**
 * Sides and clauses of a claim. A side is an actor that acts (a state, a government, a group, a
 * named person), as against the people events happen to. A claim of two clauses ('A, and B') can
 * be met one clause at a time.
 */

const SIDE_TYPES = new Set(['state', 'government', 'un-body', 'org', 'rebel-group', 'armed-force', 'militia', 'jihadist-group', 'ngo', 'person']);

/** Whether a concept is a side: an actor that acts, not a group of people. */
export function isSide(id: string): boolean {
  const c = getConcept(id);
  return !!c && c.kind === 'actor' && SIDE_TYPES.has(c.type);
}

/**
 * 'The West' names the Western states and the EU together: a source's 'اجتماع أوروبي - أميركي'
 * or 'Western ministers' speaks for 'European and US ministers' (vaguer, so never against them).
 */
export const THE_WEST = 'the-west';
const WESTERN_SIDES = new Set(['usa', 'eu', 'france', 'uk', 'germany', 'spain', 'new-zealand']);

/** Whether a side is one 'the West' names (a Western state, the EU, or one of their officials). */
export function isWestern(id: string): boolean {
  const ancestors = getConcept(id)?.ancestors ?? [];
  return WESTERN_SIDES.has(ancestors[ancestors.length - 1] ?? id);
}

/**
 * Separators between the clauses of one reported statement ('، وبأن', ', and', '; ', a second
 * reporting verb 'described … and urged …', and the full stops a scrape left inside a sentence it
 * used as commas).
 */
const CLAUSE_BREAK = /،\s*(?:و|ف|بعد\s)|,\s+after\s|؛|;|\.\s+(?=\S)|,\s+(?:and|while|but)\s|\s(?:and that|وبأن|وأن|وإن)\s|\s(?:and|but)\s(?=(?:urged|urges|called|calls|said|says|warned|warns|added|adds|stressed|insisted|demanded|described)\b)/g;

/**
 * The claim cut at its clause breaks into claims of one clause each, every slot kept with the
 * clause it is named in. [] for a one-clause claim, or one whose clauses do not each name an event.
 */
export function clausesOf(claim: Claim): Claim[] {
  const f = claim.frame;
  const cuts = clauseCuts(claim);
  if (cuts.length === 0) return [];
  const parts: Claim[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const inside = <T extends { start: number }>(xs: T[]) => xs.filter((x) => x.start >= from && x.start < to);
    const events = inside(f.events);
    if (!events.some((e) => !ASPECT_EVENTS.has(e.id))) return [];
    // A clause that leaves out the sides the claim is about ('talks between Ankara and Moscow;
    // the deal provides for…') is not the claim.
    const actors = inside(f.actors);
    // The sides of talks told in another clause ('a truce took effect, after talks between Ankara
    // and Moscow') are that clause's fact, not this one's.
    const partiesElsewhere: readonly string[] = f.parties && !(f.parties.start >= from && f.parties.start < to) ? f.parties.ids : [];
    if (f.actors.some((a) => isSide(a.id) && !actors.some((x) => x.id === a.id) && !partiesElsewhere.includes(a.id))) continue;
    const objectSpans = inside(f.objectSpans ?? []);
    // The clause's own words: the other clauses' stems are not what this one says.
    const words = claim.lang === 'ar' ? normalizeArabic(claim.text.slice(from, to)).text : claim.text.slice(from, to).toLowerCase();
    parts.push({
      ...claim,
      keys: claim.keys.filter((k) => !k.startsWith('S:') || words.includes(k.slice(k.indexOf(':', 2) + 1))),
      frame: {
        ...f,
        events,
        actors,
        places: inside(f.places),
        objects: [...new Set(objectSpans.map((o) => o.id))],
        objectSpans,
        quantities: inside(f.quantities),
        times: inside(f.times),
        parties: f.parties && f.parties.start >= from && f.parties.start < to ? f.parties : undefined,
      },
    });
  }
  return parts;
}

/** Where the claim's clauses start, and its end; [] for a one-clause claim. */
function clauseCuts(claim: Claim): number[] {
  const cuts = [claim.frame.contentStart];
  for (const m of claim.text.matchAll(CLAUSE_BREAK)) if (m.index! > claim.frame.contentStart) cuts.push(m.index!);
  if (cuts.length < 2) return [];
  cuts.push(claim.text.length);
  return cuts;
}

/**
 * How many clauses the claim has, those clausesOf leaves out (they leave out the sides the claim
 * is about) included: each is a fact a source must speak to. 1 for a one-clause claim.
 */
export function clauseCount(claim: Claim): number {
  return Math.max(1, clauseCuts(claim).length - 1);
}

