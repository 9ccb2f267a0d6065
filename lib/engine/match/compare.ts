import type { Claim, ClaimFrame, EventMention, FrameSlot, PlaceRole, Quantity, StanceReason, Stance, TimeRef } from '../types';
import { compatibleConcepts, getConcept, isWithin } from '../lexicon';
import { ALEPPO } from '../claims';
import { ASPECT_EVENTS } from '../frames';
import { isPrecise, range, sameMeasure, timesConflict, type ArticleDays } from './measures';
import { clauseCount, clausesOf, isSide, isWestern, THE_WEST } from './clauses';
import { compareSequences } from '../sequence';
import { AGENTIVE_EVENTS } from '../parties';

/**
 * Compares a claim's frame with one source sentence's frame: how much of the claim the source
 * speaks to (coverage), and whether what it says agrees or disagrees, with the reason.
 *
 * Precision first: a source must name the claim's event and every side the claim makes act, and
 * cover most of the rest; a conflict needs the same slot filled with an incompatible value (a
 * figure of the same measure, a destination, the agent of the same event, a time of the same
 * kind, assertion against denial). A vaguer but compatible statement is never a conflict.
 */

/** Share of the claim's weighted content a source must speak to. */
export const MIN_COVERAGE = 0.6;
/**
 * Share of a claim's content words the engine must have read to match it at all. Measured on the
 * public sample, the team's dev pages and an independently written held-out set: below 0.6 the
 * matches of the held-out set were mostly wrong, and no correct match of the other two was lost.
 */
const MIN_UNDERSTOOD = 0.58;
/** A clause match counts a little less than a match of the whole claim. */
const CLAUSE_DISCOUNT = 0.9;
/** A source that says the opposite must speak to this much of the claim. */
const MIN_POLAR_COVERAGE = 0.75;
/**
 * A claim weighing more than this holds several facts (a long sentence, a scrape that glued
 * sentences together): a source that speaks fully to one of them still speaks to the claim.
 */
const LONG_CLAIM_WEIGHT = 15;

const W = { event: 3, aspect: 1, actor: 2, people: 1, place: 1.5, aleppo: 0.4, object: 2, quantity: 2, time: 1.5, stem: 0.25, stemCap: 1.5 };
/** Objects that set the scene rather than say what the claim is about. */
const BACKGROUND_OBJECTS = new Set(['deadline', 'destinations', 'districts', 'frontlines', 'positions', 'city-area', 'villages', 'homes', 'social-media', 'safe-place', 'checkpoints', 'deal-terms', 'weather']);
/**
 * Whether a source's call can be the claim's call `e`: the claim names what it asks for, and the
 * source names that too. A call that names nothing it asks for (a clause of the claim: 'at
 * France's request') is one no other side's call is known to be.
 */
function asksTheSame(claimEvents: EventMention[], e: EventMention, s: ClaimFrame): boolean {
  let asked = 0;
  for (const x of claimEvents) {
    if (x === e || CALL_EVENTS.has(x.id) || ASPECT_EVENTS.has(x.id) || FRAMING_EVENTS.has(x.id)) continue;
    if (!findEvent(s, x, true)) return false;
    asked++;
  }
  return asked > 0;
}

/** Manners each the other's opposite: leaving all at once is not leaving in batches. */
const OPPOSITE_OBJECTS: Record<string, string> = { 'all-at-once': 'in-batches', 'in-batches': 'all-at-once' };

/** Being allowed to do something: an aspect whose point is what it allows. */
const PERMISSION = 'permission';
/**
 * What a claim of permission alone is about: its salient objects when every event it names is a
 * permission given ('allowed to carry their light weapons'), else [].
 */
export function permittedObjects(frame: ClaimFrame): string[] {
  // Not a permission refused or only asked for: that is the claim's point, and no source of the
  // thing alone speaks to it.
  if (frame.events.length === 0 || !frame.events.every((e) => e.id === PERMISSION && e.polarity === 'asserted' && !e.pending)) return [];
  return frame.objects.filter((o) => !BACKGROUND_OBJECTS.has(o));
}

/** Events that are someone's judgement of a situation rather than something that happened. */
const JUDGEMENT_EVENTS = new Set(['humanitarian-catastrophe', 'responsibility', 'warning']);
/** Events that often only frame another ('under the agreement, fighters leave…'). */
const FRAMING_EVENTS = new Set(['agreement', 'reaching-agreement', 'negotiation']);
/**
 * Broader events that reports use interchangeably with their narrower ones: a ceasefire and a halt
 * to operations, a suspension of fighting; a deal and a deal reached; an operation and an offensive;
 * a meeting of the Council and its emergency session.
 */
const LOOSE_FAMILIES = new Set(['suspension', 'ceasefire', 'halt-military-operations', 'agreement', 'military-operation', 'meeting']);

/**
 * A deal 'under Russian-Turkish sponsorship' is one 'negotiated between Turkey and Russia': two
 * states named as mediators are the parties to the talks. One mediator between others is not.
 */
function jointSponsorship(claim: ClaimFrame, source: ClaimFrame, claimEvent: string, sourceEvent: string): boolean {
  if (claimEvent !== 'mediation' || sourceEvent !== 'negotiation') return false;
  const states = [...new Set(claim.actors.filter((a) => getConcept(a.id)?.type === 'state').map((a) => a.id))];
  return states.length >= 2 && states.every((id) => source.actors.some((x) => compatibleConcepts(x.id, id)) || source.events.some((x) => x.agent && compatibleConcepts(x.agent, id)));
}
/** Aspects that mean the same for matching: a truce 'takes effect' when it 'starts'. */
const SAME_ASPECT = new Set(['start', 'implementation', 'opening']);
/**
 * Places that name a kind of area or a direction rather than a place: compatible with any
 * destination. 'غرب حلب' / 'west of Aleppo' is the city's west or the countryside beyond it (and
 * Idlib lies that way too).
 */
const VAGUE_PLACES = new Set(['rebel-held-areas', 'government-held-areas', 'northern-syria', 'syria', 'west-of-aleppo']);
/**
 * Events that reports tell of in each other's words: urging a government to do something is
 * pressing it ('urged Damascus to reject' / 'تضغط على الحكومة لكي لا توافق'). Only a fallback
 * when the source has no mention of the claim's own event.
 */
const EQUIVALENT_EVENTS: Record<string, string> = { request: 'pressure', pressure: 'request' };
/** Rounding slack when figures are compared: relative for counts, in points for shares. */
const COUNT_SLACK = 1.02;
const PERCENT_SLACK = 0.5;
/** Events that are someone asking for something: what they ask for is pending through them. */
const CALL_EVENTS = new Set(['request', 'pressure']);
/** Place types a claim names to be precise: a source naming only the city around it is vaguer. */
const PRECISE_PLACE_TYPES = new Set(['district']);

export interface Comparison {
  coverage: number;
  stance: Stance;
  reason: StanceReason;
  /**
   * Set when the source speaks to clauses of the claim, not to the whole: which of its `of`
   * clauses it speaks to (with this stance), so a document's sentences can be added up.
   */
  clauses?: { matched: number[]; of: number };
}

interface Conflict {
  rank: number;
  reason: StanceReason;
}

/**
 * The event a place belongs to: the closest one named before it ('إجلاء المدنيين … إلى غرب حلب',
 * 'leave for Idlib'), else the closest after it. null without events.
 */
function eventNear(frame: ClaimFrame, at: number): string | null {
  const events = frame.events.filter((e) => !ASPECT_EVENTS.has(e.id));
  const before = events.filter((e) => e.start < at).sort((a, b) => b.start - a.start)[0];
  const after = events.filter((e) => e.start >= at).sort((a, b) => a.start - b.start)[0];
  return (before ?? after)?.id ?? null;
}

/**
 * Words between two destinations that make the first a stop on the way to the second: 'إلى
 * الراشدين ثم ريف حلب الغربي', 'وصولاً إلى الراشدين ومنها إلى…', 'to al-Rashideen, then on to
 * Idlib', 'from where they will go to…'. Not 'and': 'fighters to Idlib and civilians to the
 * countryside' are two groups' destinations.
 */
const ONWARD = /(?:^|[\s،,(])(?:و?ثم|و?منها|و?من هناك|then|from there|from where|on to|onward|onwards)(?=$|[\s،,)])/i;
/** How far apart two stops of one route are written, at most (characters). */
const ONWARD_GAP = 60;

/** Events that tell what went wrong with another: the claim's point when it names one. */
const SETBACK_EVENTS = new Set(['collapse', 'delay']);

/** Whether a destination is a stop on a route: another destination follows it, led on to by 'then'. */
function isWaypoint(claim: Claim, p: FrameSlot<PlaceRole>): boolean {
  if (p.role !== 'destination') return false;
  return claim.frame.places.some(
    (x) => x.role === 'destination' && x.start >= p.end && x.start - p.end <= ONWARD_GAP && ONWARD.test(claim.text.slice(p.end, x.start)),
  );
}

/** Whether a frame names this event (or a compatible one, or the same aspect). */
function namesEvent(frame: ClaimFrame, id: string): boolean {
  return frame.events.some((e) => compatibleConcepts(e.id, id) || (SAME_ASPECT.has(e.id) && SAME_ASPECT.has(id)));
}


/**
 * The source's mention of the claim's event. A call for something is not a report of it: a
 * source that only asks for a ceasefire does not speak to one that took effect (and the other
 * way round), unless the claim says it already happened (then the call conflicts with it).
 */
function findEvent(source: ClaimFrame, e: EventMention, claimSaysDone = e.completed): EventMention | undefined {
  // The same event first, then a compatible one, then the same aspect, then an equivalent event
  // (loops rather than filtered copies: this runs for every claim event against every candidate).
  let compatible: EventMention | undefined;
  let aspect: EventMention | undefined;
  let equivalent: EventMention | undefined;
  const sameAspect = SAME_ASPECT.has(e.id);
  const equivalentId = EQUIVALENT_EVENTS[e.id];
  for (const s of source.events) {
    if (!claimSaysDone && s.pending !== e.pending) continue;
    if (s.id === e.id) return s;
    if (!compatible && compatibleConcepts(s.id, e.id)) compatible = s;
    if (!aspect && sameAspect && SAME_ASPECT.has(s.id)) aspect = s;
    if (!equivalent && equivalentId && s.id === equivalentId) equivalent = s;
  }
  return compatible ?? aspect ?? equivalent;
}

/**
 * Compares claim with source. null when the source does not speak to the claim (no shared event,
 * a side of the claim missing, a different measure, or too little coverage).
 */
/**
 * Whether any source can speak to this claim. A claim that turns on words the engine could not
 * read ('learned of the deal from', 'spoke by telephone') is not what its matched words say:
 * better unverified than wrongly matched. The index asks this before ranking, so such a claim
 * costs no candidate reads.
 */
export function isMatchable(claim: Claim): boolean {
  return (claim.frame.understood ?? 1) >= MIN_UNDERSTOOD;
}

export function compareClaims(
  claim: Claim,
  source: Claim,
  days: ArticleDays = { page: null, source: null },
  rarity: (conceptId: string) => number = () => 1,
): Comparison | null {
  if (!isMatchable(claim)) return null;
  const whole = compareFrames(claim, source, days, rarity);
  if (whole) return whole;
  // 'A, and B': a source that contradicts one clause of a two-fact claim contradicts the claim;
  // one that confirms a clause confirms the claim when the rest of its document confirms the
  // other clauses (the index adds them up: a source often tells two facts in two sentences).
  const parts = clausesOnce(claim);
  let first: Comparison | null = null;
  const matched: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const r = compareFrames(parts[i]!, source, days, rarity);
    if (!r || (first && r.stance !== first.stance)) continue;
    first ??= r;
    matched.push(i);
  }
  if (!first) return null;
  return { ...first, coverage: first.coverage * CLAUSE_DISCOUNT, clauses: { matched, of: clauseCount(claim) } };
}

/**
 * What compareFrames reads of a claim or a source regardless of the other side, worked out once
 * per claim object: a page's claim meets up to 60 candidates, and a corpus statement meets every
 * page that shares its keys. Claims are never changed after analysis, so the memo cannot go stale;
 * it is weakly held, so it goes with the claim.
 */
interface FrameParts {
  /** The claim's events, compatible ones counted once ('evacuated safely' is one evacuation). */
  claimEvents: EventMention[];
  /** Whether an event other than an aspect or a framing one is named. */
  framed: boolean;
  saysDone: boolean;
  /** Who the statement names as acting or speaking, as concept ids. */
  actorIds: string[];
  stems: string[];
  stemSet: Set<string>;
  /** Objects the statement says are lacking ('without weapons'), and not also said to be there. */
  absent: Set<string>;
  /** Actors once per concept, places once per concept and role, objects once. */
  actors: ClaimFrame['actors'];
  places: ClaimFrame['places'];
  objects: string[];
}

const partsMemo = new WeakMap<Claim, FrameParts>();
const clausesMemo = new WeakMap<Claim, Claim[]>();

function partsOf(claim: Claim): FrameParts {
  let parts = partsMemo.get(claim);
  if (parts) return parts;
  const f = claim.frame;
  const claimEvents = f.events.filter((e, i) => !f.events.slice(0, i).some((x) => compatibleConcepts(x.id, e.id)));
  const actorIds = [...f.actors.map((a) => a.id), ...f.events.map((e) => e.agent).filter((x): x is string => !!x)];
  if (f.speaker) actorIds.push(f.speaker);
  const stems = stemKeys(claim);
  parts = {
    claimEvents,
    framed: claimEvents.some((e) => !ASPECT_EVENTS.has(e.id) && !FRAMING_EVENTS.has(e.id)),
    saysDone: f.events.some((e) => e.completed),
    actorIds,
    stems,
    stemSet: new Set(stems),
    actors: dedupe(f.actors, (x) => x.id),
    places: dedupe(f.places, (x) => `${x.id}/${x.role}`),
    objects: [...new Set(f.objects)],
    absent: new Set((f.objectSpans ?? []).filter((o) => o.absent && !f.objectSpans!.some((x) => x.id === o.id && !x.absent)).map((o) => o.id)),
  };
  partsMemo.set(claim, parts);
  return parts;
}

function clausesOnce(claim: Claim): Claim[] {
  let clauses = clausesMemo.get(claim);
  if (!clauses) clausesMemo.set(claim, (clauses = clausesOf(claim)));
  return clauses;
}

function compareFrames(claim: Claim, source: Claim, days: ArticleDays, rarity: (conceptId: string) => number): Comparison | null {
  const c = claim.frame;
  const s = source.frame;
  // A leaked draft's terms are not the deal's: each speaks only to its own kind.
  if (!c.draft !== !s.draft) return null;
  const mine = partsOf(claim);
  const theirs = partsOf(source);
  // A judgement ('the worst humanitarian tragedy', 'bears responsibility', a warning) is a fact
  // about who made it: only the same voice corroborates or contradicts it.
  // So is a call ('urged that residents be evacuated'): when all the claim reports is asked for,
  // the claim is that its speaker asked, and another voice wanting the same does not speak to it.
  const onlyAsked = c.events.some((e) => !ASPECT_EVENTS.has(e.id)) && c.events.every((e) => ASPECT_EVENTS.has(e.id) || e.pending);
  if (c.speaker && (onlyAsked || c.events.some((e) => JUDGEMENT_EVENTS.has(e.id)))) {
    const voices = [s.speaker, ...s.actors.map((a) => a.id)].filter((x): x is string => !!x);
    if (!voices.some((v) => compatibleConcepts(v, c.speaker!))) return null;
  }
  let total = 0;
  let covered = 0;
  const conflicts: Conflict[] = [];
  const agreements: StanceReason[] = [];
  let eventMatched = false;

  // Set when a side of the claim is missing from the source, tolerated because the source does
  // not say who acted: enough to agree, never enough to contradict.
  let sideLeftOpen = false;
  const sourceActors = theirs.actorIds;
  const conflictingAgents = new Set<string>();

  // Compatible events are one unit: 'evacuated safely' names one evacuation, not two.
  const { claimEvents, framed, saysDone } = mine;
  // Claim events the source leaves unspoken that are the claim's point: said not to be so, or
  // only asked for or needless ('no need to leave, as Aleppo will be under government control'
  // is not met by a report of the control alone). What a matched call asks for is its own.
  let unmatchedNegated = 0;
  let unmatchedAsked = 0;
  let callMet = false;
  const leftUnspoken = (e: EventMention) => {
    // So is what went wrong with it: 'the deal unravelled', 'the evacuation was delayed' is not
    // met by a report of the deal or the evacuation alone (a delay is an aspect, still the point).
    if (SETBACK_EVENTS.has(e.id) && e.polarity === 'asserted' && !e.pending) {
      unmatchedNegated++;
      return;
    }
    if (ASPECT_EVENTS.has(e.id) || (framed && FRAMING_EVENTS.has(e.id))) return;
    if (e.polarity !== 'asserted') unmatchedNegated++;
    else if (e.pending) unmatchedAsked++;
  };
  for (const e of claimEvents) {
    // The rarer an event in the corpus, the more it is the point of the claim: 'the worst
    // humanitarian tragedy' weighs more than one more evacuation in an evacuation corpus.
    const w = ASPECT_EVENTS.has(e.id) || (framed && FRAMING_EVENTS.has(e.id)) ? W.aspect : W.event * rarity(e.id);
    total += w;
    // An operation the claim times ('will go on for several more days') is met by the source's
    // timing of its end ('will end within hours'): one timeline, so the times can differ.
    const m =
      findEvent(s, e, saysDone) ??
      opposite(s, e, saysDone) ??
      (OPERATION_TIMELINE.has(e.id) && c.times.some((t) => t.event === e.id && t.kind === 'span') ? s.events.find((x) => OPERATION_TIMELINE.has(x.id) && s.times.some((t) => t.event === x.id && t.kind === 'span')) : undefined);
    if (!m) {
      leftUnspoken(e);
      continue;
    }
    const polar = e.polarity !== m.polarity && (e.polarity === 'asserted' || m.polarity === 'asserted');
    // 'No bus has left' against 'they can leave by bus until Wednesday night': what did not happen
    // is no answer to what may or will, and the other way round.
    if (polar && !!e.planned !== !!m.planned) {
      leftUnspoken(e);
      continue;
    }
    // 'No progress on Aleppo' does not speak to 'talks were held': a broader event said to happen
    // is not what the claim says did not (and the other way round).
    if (polar && m.id !== e.id && !isWithin(m.id, e.id) && !isEquivalent(m.id, e.id)) {
      leftUnspoken(e);
      continue;
    }
    // A broader event is vaguer ('talks' for 'significant progress', 'an evacuation' for 'a safe
    // exit', 'talks' for 'Turkish mediation'): it neither corroborates nor contradicts.
    if (m.id !== e.id && isWithin(e.id, m.id) && !LOOSE_FAMILIES.has(m.id) && !jointSponsorship(c, s, e.id, m.id)) {
      leftUnspoken(e);
      continue;
    }
    if (CALL_EVENTS.has(e.id)) callMet = true;
    covered += w;
    // An aspect alone ('allowed to') is the claim's event only when it names no other.
    if (!ASPECT_EVENTS.has(e.id) || claimEvents.every((x) => ASPECT_EVENTS.has(x.id))) eventMatched = true;
    // 'An official denied that Damascus had agreed': only a source that says Damascus agreed
    // contradicts it, not one where others reached a deal.
    const agentMissing = !!e.agent && isSide(e.agent) && !sourceActors.some((id) => compatibleConcepts(id, e.agent!));
    if (polar && agentMissing) sideLeftOpen = true;
    if (polar) {
      const code = m.polarity === 'denied' || e.polarity === 'denied' ? 'denied' : 'negated';
      conflicts.push({ rank: 0, reason: { code, claimValue: e.surface, sourceValue: m.surface, conceptId: e.id } });
    } else if ((e.completed && m.pending) || (e.pending && m.completed)) {
      conflicts.push({ rank: 5, reason: { code: 'pending', claimValue: e.surface, sourceValue: m.surface, conceptId: e.id } });
    }
    // Only the same role: the mediator of a 'mediation' is not a party to the 'talks between'.
    // With every side the agent is named with: 'the US and Russia will guarantee it' against
    // 'Turkey and Russia, who will guarantee it' names another guarantor.
    // A call by another side is another call unless it asks for what the claim's does: 'at France's
    // request the Council met' is not contradicted by the UN asking Syria to admit monitors.
    if (AGENTIVE_EVENTS.has(e.id) && m.id === e.id && e.agent && m.agent && isSide(m.agent) && (!CALL_EVENTS.has(e.id) || asksTheSame(claimEvents, e, s))) {
      const theirAgents = m.agents ?? [m.agent];
      const myAgents = e.agents ?? [e.agent];
      // A source naming fewer ('at France's request' for 'requested by France and Britain') is vaguer.
      for (const agent of theirAgents.length >= myAgents.length ? myAgents : []) {
        if (!isSide(agent) || theirAgents.some((x) => compatibleConcepts(agent, x))) continue;
        if (s.actors.some((a) => compatibleConcepts(a.id, agent))) continue;
        conflictingAgents.add(agent);
        conflicts.push({ rank: 4, reason: { code: 'actor-differs', claimValue: label(c, agent), sourceValue: theirAgents.map((x) => label(s, x)).join(' + '), conceptId: agent, sourceConceptId: m.agent } });
      }
    }
  }
  // 'Fighters will be allowed to carry their light weapons': what is permitted is the thing the
  // claim names, and a source that has the fighters leave with it ('سيكون بإمكان مقاتلي المعارضة
  // حمل أسلحة خفيفة', 'بسلاحهم الخفيف') speaks to it without a word for the permission. The
  // object must then be met (below); a permission said not to be given stays unspoken (above).
  const permitted = eventMatched ? [] : permittedObjects(c);
  if (!eventMatched && permitted.length === 0) return null;
  if (unmatchedNegated > 0 || (unmatchedAsked > 0 && !callMet)) return null;

  // The sides of the talks or the deal: another pair, or a party the source has only brokering,
  // is another account. Of the one deal it contradicts the claim when no side is shared; of talks
  // or meetings, which recur, it is only another meeting.
  const sides = compareParties(c, s);
  if (sides === 'other') return null;
  if (sides === 'differs') {
    if (!namesDeal(c) || !namesDeal(s)) return null;
    for (const id of c.parties!.ids) conflictingAgents.add(id);
    conflicts.push({ rank: 4, reason: { code: 'actor-differs', claimValue: c.parties!.surface, sourceValue: s.parties!.surface, conceptId: c.parties!.ids[0], sourceConceptId: s.parties!.ids[0] } });
  }

  for (const a of mine.actors) {
    const people = a.role === 'patient';
    const w = people ? W.people : W.actor;
    total += w;
    // A named person is met by that person, not by the state they serve: 'Putin discussed' is not
    // spoken to by 'Russia mediated' (vaguer), as a state is by its officials.
    const named = getConcept(a.id)?.type === 'person';
    if (sourceActors.some((id) => (named ? isWithin(id, a.id) : compatibleConcepts(id, a.id))) || (!named && sourceActors.includes(THE_WEST) && isWestern(a.id))) {
      covered += w;
      continue;
    }
    if (conflictingAgents.has(a.id)) {
      covered += w;
      continue;
    }
    // A side the claim makes act must be in the source, unless the source tells the same event
    // without saying who did it ('the operation will end' for 'the government offensive will end').
    // The sides of talks the claim names are its point ('talks between the Russian military and
    // the rebels'): a source that does not say who talked is vaguer.
    const party = c.parties?.ids.includes(a.id) ?? false;
    // …but not when the source gives one of those events another side as its agent ('regime
    // forces prevent civilians leaving' is no silence on who blocks them, for 'militias blocked').
    const actsIn = (e: EventMention) => e.agent === a.id || (e.agents?.includes(a.id) ?? false);
    const unsaid =
      !party &&
      c.events.some((e) => actsIn(e) && s.events.some((x) => compatibleConcepts(x.id, e.id) && !x.agent)) &&
      !c.events.some((e) => actsIn(e) && s.events.some((x) => compatibleConcepts(x.id, e.id) && !!x.agent && isSide(x.agent) && !compatibleConcepts(x.agent, a.id)));
    if (!people && isSide(a.id) && !unsaid) return null;
    if (!people && isSide(a.id)) sideLeftOpen = true;
  }

  // Where people are taken is the point of a claim that says so: a source silent on it does not
  // speak to the claim.
  // A kind of area ('to rebel-held areas') is silent on which one.
  if (c.places.some((p) => p.role === 'destination' && !isVague(p.id)) && !s.places.some((p) => p.role === 'destination' && !isVague(p.id))) return null;

  for (const p of mine.places) {
    const w = p.id === ALEPPO ? W.aleppo : W.place;
    total += w;
    // A destination is met by a destination: where people are besieged is not where they go.
    // A kind of area ('rebel-held areas') is compatible with Idlib but does not say Idlib.
    const same = s.places.find((x) => compatibleConcepts(x.id, p.id) && (p.role === 'location' || x.role === p.role) && (!isVague(x.id) || isVague(p.id)));
    // A neighbourhood is the point of a claim that names one: a source that names only the city
    // or its east is vaguer ('captured Sheikh Saeed' against 'controls most of east Aleppo').
    if (PRECISE_PLACE_TYPES.has(getConcept(p.id)?.type ?? '') && !s.places.some((x) => isWithin(x.id, p.id))) return null;
    if (same) {
      covered += w;
      if (p.role === 'destination') agreements.push({ code: 'same-place', claimValue: p.surface, sourceValue: same.surface, conceptId: p.id });
      continue;
    }
    if ((p.role === 'destination' || p.role === 'origin') && !isWaypoint(claim, p)) {
      // The same role for the same event: where evacuees go, not where the buses arrived.
      // A stop on the way ('to al-Rashideen, then the countryside') is no other destination.
      const claimEvent = eventNear(c, p.start);
      const rival = s.places.find((x) => {
        if (x.role !== p.role || isVague(x.id) || isWaypoint(source, x)) return false;
        const sourceEvent = eventNear(s, x.start);
        return !claimEvent || !sourceEvent || compatibleConcepts(claimEvent, sourceEvent);
      });
      const claimSame = c.places.filter((x) => x.role === p.role);
      if (rival && !claimSame.some((x) => compatibleConcepts(x.id, rival.id)) && !isVague(p.id)) {
        covered += w;
        conflicts.push({ rank: 3, reason: { code: 'place-differs', claimValue: p.surface, sourceValue: rival.surface, conceptId: p.id, sourceConceptId: rival.id } });
      }
    }
  }

  // The thing a claim is about (light weapons, buses, monitors) must be in the source too.
  const salient = c.objects.filter((o) => !BACKGROUND_OBJECTS.has(o));
  let objectMet = salient.length === 0;
  for (const o of mine.objects) {
    const w = BACKGROUND_OBJECTS.has(o) ? W.aspect / 2 : W.object * rarity(o);
    total += w;
    // What is permitted must be told as precisely: 'weapons' laid down are not 'light weapons' kept.
    const met = permitted.includes(o) ? s.objects.find((x) => isWithin(x, o)) : s.objects.find((x) => compatibleConcepts(x, o));
    // 'in one go' against 'in batches': the same manner slot, filled the other way.
    const opposite = met ? undefined : s.objects.find((x) => OPPOSITE_OBJECTS[o] === x);
    if (opposite) {
      covered += w;
      objectMet = true;
      conflicts.push({ rank: 1, reason: { code: 'negated', claimValue: objectSurface(claim, o), sourceValue: objectSurface(source, opposite), conceptId: o, sourceConceptId: opposite } });
      continue;
    }
    if (met) {
      covered += w;
      if (!BACKGROUND_OBJECTS.has(o)) objectMet = true;
      // 'leave without any weapons' against 'leave with their light weapons'.
      if (mine.absent.has(o) !== theirs.absent.has(met)) {
        conflicts.push({ rank: 1, reason: { code: 'negated', claimValue: objectSurface(claim, o), sourceValue: objectSurface(source, met), conceptId: o } });
      }
    }
  }
  if (!objectMet) return null;

  // The order a claim states is its point ('civilians first, then the fighters'): a source that
  // states none among the same groups or places is vaguer; one that reverses it conflicts.
  const order = compareSequences(c.sequence, s.sequence);
  if (order?.stance === 'silent') return null;
  if (order) {
    total += W.place;
    covered += W.place;
    const reason: StanceReason = { code: order.stance === 'agrees' ? 'same-order' : 'order-differs', claimValue: conceptSurface(c, order.claimItem!, claim.lang), sourceValue: conceptSurface(s, order.sourceItem!, source.lang), conceptId: order.claimItem, sourceConceptId: order.sourceItem };
    if (order.stance === 'differs') conflicts.push({ rank: 3, reason });
    else agreements.unshift(reason);
  }

  // A figure is the point of a claim that gives one: a source without a figure of the same
  // measure does not speak to it. Likewise a clock time.
  const measured = c.quantities.filter((q) => q.counts || q.base);
  if (measured.length > 0 && !measured.some((q) => s.quantities.some((x) => sameMeasure(q, x)))) return null;
  // A figure with a value ('six neighbourhoods', 'at least 82') is, over a vague one ('tens of
  // thousands of civilians'): a source that meets only the vague one does not speak to the claim.
  const precise = measured.filter((q) => q.approx !== 'vague');
  if (precise.length > 0 && !precise.some((q) => s.quantities.some((x) => sameMeasure(q, x)))) return null;
  // A clock time alone is the point; with a day ('5 a.m. on Wednesday') the day can contradict.
  if (c.times.some((t) => t.kind === 'clock') && !c.times.some((t) => t.kind === 'day') && !s.times.some((t) => t.kind === 'clock')) return null;
  // So is a year ('divided since 2012') or a month ('since July', 'as early as June'): a source that
  // names none is vaguer.
  if (c.times.some((t) => t.kind === 'year') && !s.times.some((t) => t.kind === 'year')) return null;
  for (const t of c.times) {
    if (t.kind === 'month' && !s.times.some((x) => x.kind === 'month' && sameMonthEvent(claim, t, source, x))) return null;
  }
  // So is a delay ('within hours', 'for several more days'): a source that times nothing is silent on it.
  if (c.times.some((t) => t.kind === 'span') && !s.times.some((t) => t.kind === 'span' || t.kind === 'day')) return null;

  for (const q of c.quantities) {
    const rivals = s.quantities.filter((x) => x.unit === q.unit);
    const measuredAlike = rivals.filter((x) => sameMeasure(q, x));
    const same = measuredAlike.filter((x) => !partOfGroup(claim, q, x));
    // A source that gives only the whole is silent on the part the claim counts: on the claim,
    // unless it meets the claim's own whole ('82 civilians, among them 11 women').
    if (same.length === 0 && measuredAlike.length > 0 && (q.counts || q.base)) {
      if (!c.quantities.some((w) => w !== q && s.quantities.some((x) => sameMeasure(w, x) && !partOfGroup(claim, w, x)))) return null;
      continue;
    }
    if (q.unit === 'percent' && same.length === 0 && rivals.length > 0 && q.base && rivals.every((x) => x.base && x.base !== q.base)) {
      return null; // a share of another whole (the eastern districts vs the city): another fact
    }
    total += W.quantity;
    if (same.length === 0) continue;
    covered += W.quantity;
    const [lo, hi] = range(q);
    // Rounding slack: 2% of a count, half a point of a share ('more than 99%' is not 98%).
    const slack = (v: number) => (q.unit === 'percent' ? v + PERCENT_SLACK : v * COUNT_SLACK);
    const agreeing = same.find((x) => {
      const [a, b] = range(x);
      return a <= slack(hi) && lo <= slack(b);
    });
    // A vaguer figure is neither for nor against ('tens of thousands' against 'about 50,000',
    // 'more than 90%' against '98%'): only one as precise, or the same bound ('at least 82'
    // against '82'), says the same.
    // So is a size against a bound ('dozens' against 'more than 80'): two imprecise figures agree
    // only when they are of one kind.
    const otherKind = agreeing && (isPrecise(q) !== isPrecise(agreeing) || (!isPrecise(q) && q.approx !== agreeing.approx));
    if (agreeing && otherKind && q.value !== agreeing.value) {
      if (measured.length > 0) return null;
      continue;
    }
    if (agreeing) {
      const exact = q.approx === 'exact' && agreeing.approx === 'exact' && q.value === agreeing.value;
      agreements.unshift({ code: exact ? 'same-figure' : 'compatible-figure', claimValue: q.surface, sourceValue: agreeing.surface, conceptId: q.base ?? q.counts ?? undefined });
    } else {
      conflicts.push({ rank: 1, reason: { code: 'figure-differs', claimValue: q.surface, sourceValue: same[0]!.surface, conceptId: q.base ?? q.counts ?? undefined } });
    }
  }

  // The deal's taking effect is its truce's and its evacuation's start.
  const dealTimed = namesDealOrItsTerms(c) && namesDealOrItsTerms(s);
  let timeAgreed = false;
  let timeDiffers: Conflict | null = null;
  // A delay counts from when it was said: 'on Tuesday night, Churkin said the operation would be
  // over within hours', in a Saturday analysis, is Tuesday's 'within hours'. The same voice's
  // delay in both is one statement told on two days: it counts from one moment.
  const oneVoice = !!c.speaker && !!s.speaker && compatibleConcepts(c.speaker, s.speaker);
  const spanDays = oneVoice ? { page: null, source: null } : c.saidOn !== undefined && days.page !== null ? { ...days, page: days.page + c.saidOn } : days;
  for (const t of c.times) {
    // Times compare only when given for the same event: a meeting 'tomorrow' says nothing about
    // when an offensive ends.
    const sameEvent = s.times.filter((x) =>
      t.kind === 'month' && x.kind === 'month'
        ? sameMonthEvent(claim, t, source, x)
        : (x.event && oneTimeline(t.event, x.event)) ||
          // When the deal takes effect, however each words what takes effect ('the agreement …
          // will take effect within hours' for 'the deal will not take effect before next week').
          (!!t.aspect && !!x.aspect && dealTimed) ||
          ((!t.event || namesEvent(s, t.event)) && (!x.event || namesEvent(c, x.event))),
    );
    const rivals = sameEvent.map((x) => ({ x, conflict: timesConflict(t, x, t.kind === 'span' ? spanDays : days) })).filter((r) => r.conflict !== null);
    // A delay is the claim's point ('would leave within hours'): a source that tells the same
    // event but times only something else is silent on it. (One that does not tell that event
    // may speak to the claim's other facts: 'operations ended, and the rebels could leave in the
    // coming hours' against 'the operation will end within hours'.)
    if (rivals.length === 0 && t.kind === 'span' && t.event && namesEvent(s, t.event)) return null;
    if (rivals.length === 0) {
      total += W.time / 3;
      continue;
    }
    total += W.time;
    covered += W.time;
    const agree = rivals.find((r) => r.conflict === false);
    if (agree) {
      agreements.push({ code: 'same-time', claimValue: t.surface, sourceValue: agree.x.surface });
      if (alternativeTimes(claim, t)) timeAgreed = true;
    } else if (alternativeTimes(claim, t)) timeDiffers ??= { rank: 2, reason: { code: 'time-differs', claimValue: t.surface, sourceValue: rivals[0]!.x.surface } };
    else conflicts.push({ rank: 2, reason: { code: 'time-differs', claimValue: t.surface, sourceValue: rivals[0]!.x.surface } });
  }
  // 'late on Tuesday or early on Wednesday': one alternative the source gives is enough.
  if (timeDiffers && !timeAgreed) conflicts.push(timeDiffers);

  // Names the lexicon lacks meet only the same name in the same language.
  if (claim.lang === source.lang) {
    for (const name of c.entities ?? []) {
      total += W.people;
      if (s.entities?.includes(name)) covered += W.people;
    }
  }

  if (claim.lang === source.lang) {
    const claimStems = mine.stems;
    const sourceStems = theirs.stemSet;
    const w = Math.min(W.stem, W.stemCap / Math.max(1, claimStems.length));
    for (const k of claimStems) {
      total += w;
      if (sourceStems.has(k)) covered += w;
    }
  }

  const coverage = total === 0 ? 0 : Math.min(1, covered / Math.min(total, LONG_CLAIM_WEIGHT));
  if (coverage < MIN_COVERAGE) return null;
  if (conflicts.length > 0) {
    conflicts.sort((a, b) => a.rank - b.rank);
    // Saying the opposite needs the same statement: the same sides and most of the rest.
    const polar = conflicts[0]!.reason.code === 'denied' || conflicts[0]!.reason.code === 'negated';
    if (polar && (sideLeftOpen || coverage < MIN_POLAR_COVERAGE)) return null;
    return { coverage, stance: 'conflicts', reason: conflicts[0]!.reason };
  }
  // With a day ('at 5 p.m. on Tuesday'), a source without a clock can contradict the day but
  // cannot confirm the hour: on the day alone it is vaguer.
  if (c.times.some((t) => t.kind === 'clock') && !s.times.some((t) => t.kind === 'clock')) return null;
  const shared = claimEvents.find((e) => !ASPECT_EVENTS.has(e.id) && findEvent(s, e)) ?? claimEvents.find((e) => findEvent(s, e)) ?? claimEvents[0]!;
  return { coverage, stance: 'corroborates', reason: agreements[0] ?? { code: 'same-event', claimValue: shared.surface, sourceValue: findEvent(s, shared)?.surface ?? shared.surface, conceptId: shared.id } };
}

function stemKeys(claim: Claim): string[] {
  return claim.keys.filter((k) => k.startsWith('S:'));
}

/** A gap this short between two times can join them as alternatives. */
const MAX_OR_GAP = 24;
const OR_WORD = /(?:^|[\s,،])(?:or|أو|او)(?:$|\s)/i;

/**
 * Whether a claim gives time `t` as one of alternatives ('late on Tuesday or early on Wednesday',
 * 'ليل الثلاثاء أو صباح الأربعاء'): another time of its kind a few words away, 'or' between them.
 */
function alternativeTimes(claim: Claim, t: TimeRef): boolean {
  const text = claim.text;
  return claim.frame.times.some((o) => {
    if (o === t || o.kind !== t.kind) return false;
    const [a, b] = o.start > t.start ? [t, o] : [o, t];
    const gap = text.slice(a.end, b.start);
    return gap.length <= MAX_OR_GAP && OR_WORD.test(gap);
  });
}

/** Words that give a figure as a part of a larger one: 'among the dead, 11 women', 'بينهم'. */
const PART_MARKER = /(?:^|[\s،,(])(?:among|including|of whom|of them|بين|بينهم|منهم|ومنهم|وبينهم|بينها)\s+(?:\S+\s+){0,3}$/i;
/** How far before a figure its part marker may stand ('بين القتلى ١١'). */
const PART_MARKER_REACH = 24;
/** …or after it, in the figure's clause ('11 women were among the dead', '١١ امرأة من بين القتلى'). */
const PART_MARKER_AFTER = /^[^.;:،,]{0,30}?(?:\bamong\b|من بين)/i;

/**
 * Whether the claim's figure counts a part of what the source's figure counts: '11 women'
 * against '82 civilians', or a figure the claim gives 'among' others ('بين القتلى ١١ امرأة'
 * against 'dozens executed'). A part is not the whole: the two neither agree nor differ.
 */
function partOfGroup(claim: Claim, q: Quantity, x: Quantity): boolean {
  if (q.counts && x.counts && q.counts !== x.counts && (isWithin(q.counts, x.counts) || isWithin(x.counts, q.counts))) return true;
  // A part told as such still meets the same part ('among them 3,000 fighters' / 'including 3,000 fighters').
  return partMarked(claim, q) && !(q.counts && x.counts && isWithin(x.counts, q.counts));
}

/** Between two coordinated figures ('١١ امرأة و١٣ طفلاً', '11 women and 13 children'). */
const COORDINATED = /^\s*\S+\s*(?:و|and|,|،)\s*$/;

/** Whether a part marker stands before this figure, or before the figure it is coordinated with. */
function partMarked(claim: Claim, q: Quantity): boolean {
  if (PART_MARKER.test(claim.text.slice(Math.max(0, q.start - PART_MARKER_REACH), q.start))) return true;
  if (PART_MARKER_AFTER.test(claim.text.slice(q.end))) return true;
  const before = claim.frame.quantities.find((p) => p.end <= q.start && COORDINATED.test(claim.text.slice(p.end, q.start)));
  return !!before && partMarked(claim, before);
}

/** How a statement words an object (with its 'without' when lacking); the label without a span. */
function objectSurface(claim: Claim, id: string): string {
  const span = claim.frame.objectSpans?.find((o) => o.id === id);
  return span ? claim.text.slice(span.start, span.end) : (getConcept(id)?.label[claim.lang === 'ar' ? 'ar' : 'en'] ?? id);
}

/** Punctuation that ends a clause in a statement's text. */
const CLAUSE_MARK = /[،,;؛.:]/;

/**
 * The events of the clause a time stands in ('تحت الحصار وقصف كثيف منذ يوليو الماضي': the siege
 * and the shelling), else the one it was given for.
 */
function clauseEvents(claim: Claim, t: TimeRef): string[] {
  const text = claim.text;
  let from = t.start;
  while (from > 0 && !CLAUSE_MARK.test(text[from - 1]!)) from--;
  let to = t.end;
  while (to < text.length && !CLAUSE_MARK.test(text[to]!)) to++;
  const ids = claim.frame.events.filter((e) => e.start >= from && e.end <= to && !ASPECT_EVENTS.has(e.id)).map((e) => e.id);
  return ids.length > 0 ? ids : t.event ? [t.event] : [];
}

/**
 * Whether two months are given for one event: a month dates every event of its clause, since
 * states that last are told in pairs ('besieged and heavily shelled since July').
 */
function sameMonthEvent(claim: Claim, t: TimeRef, source: Claim, x: TimeRef): boolean {
  const mine = clauseEvents(claim, t);
  const theirs = clauseEvents(source, x);
  if (mine.length === 0 || theirs.length === 0) return true;
  return mine.some((a) => theirs.some((b) => compatibleConcepts(a, b)));
}

/** How a frame words a concept (an actor or a place), else its label in the statement's language. */
function conceptSurface(frame: ClaimFrame, id: string, lang: string): string {
  return frame.actors.find((a) => a.id === id)?.surface ?? frame.places.find((p) => p.id === id)?.surface ?? getConcept(id)?.label[lang === 'ar' ? 'ar' : 'en'] ?? id;
}

function label(frame: ClaimFrame, id: string): string {
  return frame.actors.find((a) => a.id === id)?.surface ?? getConcept(id)?.label.en ?? id;
}

/**
 * How long an operation goes on and when it ends are one timeline: 'the operations will go on
 * for several more days' against 'the operation will end within hours'.
 */
const OPERATION_TIMELINE = new Set(['military-operation', 'offensive', 'end-of-operation']);
function oneTimeline(a: string | null | undefined, b: string): boolean {
  return !!a && OPERATION_TIMELINE.has(a) && OPERATION_TIMELINE.has(b);
}

/** The side a concept belongs to at the top (Russia for its army and its defence ministry). */
function sideOf(id: string): string {
  const ancestors = getConcept(id)?.ancestors ?? [];
  return ancestors[ancestors.length - 1] ?? id;
}

/**
 * How a source's sides of the talks or deal stand to the claim's: 'same' (the same pair, or both
 * named as joint brokers: 'under Russian-Turkish sponsorship' for 'talks between Ankara and
 * Moscow'), 'differs' (no side shared), 'other' (one side shared, or a party of the claim only
 * brokering in the source), 'silent' (the claim names no pair, or the source says nothing of it).
 */
export function compareParties(claim: ClaimFrame, source: ClaimFrame): 'same' | 'differs' | 'other' | 'silent' {
  if (!claim.parties) return 'silent';
  const mine = new Set(claim.parties.ids.map(sideOf));
  if (source.parties) {
    const theirs = new Set(source.parties.ids.map(sideOf));
    const shared = [...mine].filter((x) => theirs.has(x)).length;
    // 'Talks between Ankara and Moscow' against 'the regime and the rebels agreed through Turkish
    // mediation': the claim's pair brokered the sides' deal, which is another level, not another pair.
    if (shared === 0) return [...mine].some((x) => (source.mediators ?? []).some((m) => sideOf(m) === x)) ? 'silent' : 'differs';
    if (shared === mine.size && mine.size === theirs.size) return 'same';
    // A claim of mediation is about the broker: the sides it went between are told variously
    // ('between the factions and Russia', 'the rebels and the Russian-backed regime').
    return claim.events.some((e) => e.id === 'mediation') ? 'silent' : 'other';
  }
  const brokers = new Set((source.mediators ?? []).map(sideOf));
  const brokering = [...mine].filter((x) => brokers.has(x)).length;
  if (brokering === 0) return 'silent';
  return brokering === mine.size ? 'same' : 'other';
}

/** Whether a frame tells of the deal or the truce itself, not only of talks. */
function namesDeal(frame: ClaimFrame): boolean {
  return frame.events.some((e) => isWithin(e.id, 'agreement') || isWithin(e.id, 'ceasefire'));
}

/** Whether a frame tells of the deal, the truce or the evacuation the deal provides for. */
function namesDealOrItsTerms(frame: ClaimFrame): boolean {
  return namesDeal(frame) || frame.events.some((e) => isWithin(e.id, 'evacuation'));
}

/** Events each the other's negation: accepting is not refusing ('accepted a truce' / 'لم يوافقوا'). */
const OPPOSITE_EVENTS: Record<string, string> = { approval: 'refusal', refusal: 'approval' };

/**
 * The source's mention of the claim event's opposite, read as the claim's event held the other
 * way: 'رفضوا الهدنة' is 'did not accept the truce' for a claim that they accepted it.
 */
function opposite(source: ClaimFrame, e: EventMention, claimSaysDone: boolean): EventMention | undefined {
  const other = OPPOSITE_EVENTS[e.id];
  const m = other ? source.events.find((x) => x.id === other && (claimSaysDone || x.pending === e.pending)) : undefined;
  if (!m) return undefined;
  const flipped = m.polarity === 'asserted' ? 'negated' : m.polarity === 'negated' ? 'asserted' : m.polarity;
  return { ...m, id: e.id, polarity: flipped };
}

/** Whether two events are told of in each other's words (EQUIVALENT_EVENTS). */
function isEquivalent(a: string, b: string): boolean {
  return EQUIVALENT_EVENTS[a] === b;
}

/** Places that name a kind of area rather than a place ('rebel-held areas', 'safe places'). */
function isVague(id: string): boolean {
  return VAGUE_PLACES.has(id);
}

function dedupe<T>(items: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
