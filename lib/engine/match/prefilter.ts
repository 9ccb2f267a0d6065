import type { Claim, ClaimFrame, Quantity } from '../types';
import { compatibleConcepts } from '../lexicon';
import { clausesOf, isSide, isWestern, THE_WEST } from './clauses';
import { sameMeasure } from './measures';

/**
 * Conditions a source statement must meet for compareClaims (compare.ts) to find that it speaks
 * to a claim, cheap enough to test before the full comparison: at 10,000 articles most of the 60
 * candidates of a claim fail them, and a full comparison costs a clause split and a frame walk
 * per candidate.
 *
 * compareClaims tries the whole claim, then each of its clauses (clausesOf); each try returns null
 * when (compareFrames):
 * - a side the claim makes act (an actor that is not a patient) is neither among the source's
 *   actors, event agents or speaker — unless an event of the claim names that side as its agent
 *   (then a source that tells the event without saying who acted, or names a rival agent, may
 *   still count), or names it a party of talks or a deal (a source naming another pair
 *   contradicts it): such sides are left out here;
 * - the claim gives a figure that counts or measures something (`counts` or `base`) and the
 *   source gives no figure of the same measure.
 * So a source that fails every try's conditions is one compareClaims returns null for. These are
 * necessary conditions only, never sufficient: whatever passes is compared in full. The tests
 * (prefilter.test.ts) check on real pages and corpora that nothing compareClaims accepts is
 * ever filtered out; a change of those two rules in compare.ts must change them here too.
 */

/** What one try (the whole claim or one clause) needs of a source. */
interface Needs {
  /** Side concept ids that must each meet a compatible actor, agent or speaker. */
  sides: string[];
  /** Figures of which the source must give one of the same measure ([] for none needed). */
  measured: Quantity[];
}

/** A claim's conditions, one per reading compareClaims tries. */
export type ClaimNeeds = readonly Needs[];

function needsOf(part: Claim): Needs {
  const f = part.frame;
  // The parties of talks or a deal are left out too: a source naming another pair contradicts it.
  const sides = f.actors.filter((a) => a.role !== 'patient' && isSide(a.id) && !f.events.some((e) => e.agent === a.id || e.agents?.includes(a.id)) && !f.parties?.ids.includes(a.id)).map((a) => a.id);
  return { sides: [...new Set(sides)], measured: f.quantities.filter((q) => q.counts || q.base) };
}

/** The conditions of a claim (computed once per claim, tested per candidate). */
export function claimNeeds(claim: Claim): ClaimNeeds {
  return [claim, ...clausesOf(claim)].map(needsOf);
}

function hasSide(s: ClaimFrame, side: string): boolean {
  if (s.speaker && compatibleConcepts(s.speaker, side)) return true;
  for (const a of s.actors) if (compatibleConcepts(a.id, side)) return true;
  for (const e of s.events) if (e.agent && compatibleConcepts(e.agent, side)) return true;
  // 'The West' speaks for a Western side (compare.ts).
  return isWestern(side) && (s.speaker === THE_WEST || s.actors.some((a) => a.id === THE_WEST) || s.events.some((e) => e.agent === THE_WEST));
}

/** false when compareClaims is sure to find that this source does not speak to the claim. */
export function mayMatch(needs: ClaimNeeds, source: Claim): boolean {
  const s = source.frame;
  return needs.some(
    (n) => n.sides.every((side) => hasSide(s, side)) && (n.measured.length === 0 || n.measured.some((q) => s.quantities.some((x) => sameMeasure(q, x)))),
  );
}
