import type { CueHit, LayerContext, Span, TextLayer, Token } from './layer';
import { WEEKDAY_ONLY_BASE } from './layer';
import type { ActorRole, ClaimFrame, EventMention, FrameSlot, PlaceRole, Quantity, TimeRef } from './types';
import type { ConceptMention, ConceptMatcher } from './lexicon';
import { allConcepts, getConcept, isWithin } from './lexicon';
import { ROLE_WORDS } from './roles';
import { MEDIA_TYPES, PEOPLE_TYPES, bare, isClauseBreak, tokenIndexAt, typeOf } from './sentence-tools';
import { findContent, speakerOf } from './attribution';
import { readSequence } from './sequence';
import { readParties, withCoordinatedAgents } from './parties';
import { departuresOfEvacuees, movementByVerb } from './movement';
import { isDraft } from './draft';
import { avoidanceClauses, concessiveClauses, conditionalClauses } from './conditions';

/**
 * Reads one sentence into a claim frame: who says it, what happens (events, with polarity and
 * whether it is done or only asked for), who does it, where from and where to, how many, when.
 * All offsets in the frame are relative to the sentence (the claim text).
 */

/** A negator reaches this many tokens forward (Arabic 'لا يلاحظون أي انتهاكات': 3). */
const NEGATION_SCOPE = 5;
/** Negative-polarity words: the noun after one is what a negation denies ('أي انتهاكات'). */
const ANY_WORDS = new Set(['اي', 'any', 'no']);
/** Words of what may be done: the event after one is possible, not reported ('يمكن للمدنيين مغادرة'). */
const MODAL_WORDS = new Set(['يمكن', 'بامكان', 'امكان', 'بوسع', 'وسع', 'يستطيع', 'تستطيع', 'يستطيعون', 'can', 'could', 'may', 'might', 'allowed', 'able']);
/** A modal word reaches this many tokens forward ('يمكن للمدنيين والمقاتلين مغادرة': 3). */
const MODAL_REACH = 4;
/** Whether a modal word stands in the MODAL_REACH tokens before token `first`. */
function modalBefore(tokens: Token[], first: number, lang: 'ar' | 'en'): boolean {
  for (let k = Math.max(0, first - MODAL_REACH); k < first; k++) {
    const n = tokens[k]!.norm;
    if (MODAL_WORDS.has(n) || (lang === 'ar' && MODAL_WORDS.has(bare(n, lang)))) return true;
  }
  return false;
}

/** Needs and wants: a negation over one of these does not negate the event after it. */
const MODAL_NOUNS = /^(?:حاجه|داعي|ضروره|need|needs|reason|wish|want)$/;
/**
 * Verbs of holding back that a negator turns into doing: 'لم يفوّت الفرصة لاتهام', 'لم يتردد في',
 * 'لم يتوان عن', 'did not miss the chance to accuse', 'did not hesitate to', 'never failed to'. The
 * negation is of the holding back; the act after it is asserted. Normalised forms, with the
 * conjunction or without, and the English forms lower-case.
 */
const HOLDING_BACK = /^(?:[وف]?[يت]?فوت|[وف]?[يت]?فوته|[وف]?[يت]?تردد|[وف]?[يت]?توان|[وف]?[يت]?تاخر|miss|missed|hesitate|hesitated|fail|failed|shy|shied)$/;
/** A demand or attempt word reaches this many tokens forward ('دعت … لوقف إطلاق النار'). */
const PENDING_SCOPE = 12;
/** An agent sits this close to its event ('بطلب من فرنسا', 'ستضمنان' after 'تركيا وروسيا'). */
const AGENT_DISTANCE = 3;
/** A percentage's base or a count's noun follows the figure within this many tokens. */
const QUANTITY_REACH = 5;

/** Events that move people: only with one of these does 'من' mark where they leave from. */
const MOVEMENT_EVENTS = new Set(['evacuation', 'safe-passage', 'medical-evacuation', 'withdrawal', 'displacement', 'exit', 'departure']);
export interface SentenceReading {
  tokens: Token[];
  mentions: ConceptMention[];
  cues: CueHit[];
  frame: ClaimFrame;
  /** Index of the first content token (after 'X said that'). */
  contentToken: number;
  /** One past the last content token (before '…, he said'). */
  contentEnd: number;
  /**
   * Tokens [from, to) of an attribution inside the content ('، وفق المصدر ذاته،', ', according
   * to the UN,'): who says it, not what is said. Absent without such an aside.
   */
  aside?: [number, number];
}

/**
 * Whether a negated event is only 'not yet' so: English 'yet' between the negator and the event,
 * Arabic 'بعد' right after the event at the end of its clause ('لم تبدأ العملية بعد').
 */
function stillAwaited(text: string, tokens: Token[], m: ConceptMention, lang: 'ar' | 'en'): boolean {
  if (lang === 'en') return tokens.slice(Math.max(0, m.first - NEGATION_SCOPE), m.first).some((t) => t.norm === 'yet');
  const after = tokens[m.last];
  if (!after || after.norm !== 'بعد') return false;
  const next = tokens[m.last + 1];
  return !next || isClauseBreak(text, after, next);
}

/** English denial verbs that also refuse: 'rejected the truce' refuses it. */
const REFUSING_DENIAL = /^(?:reject|rejects|rejected|rejecting)$/;
/** What a denial is of: 'rejected reports that…', 'rejected the accusations'. */
const DENIED_THINGS = /^(?:that|reports?|claims?|accusations?|allegations?|suggestions?|charges?|assertions?)$/;

/** Whether a denial cue refuses an event ('rejected the truce') rather than denies a report. */
function refusesRatherThanDenies(tokens: Token[], c: CueHit): boolean {
  if (!REFUSING_DENIAL.test(c.surface)) return false;
  const at = tokenIndexAt(tokens, c.end - 1);
  return !tokens.slice(at + 1, at + 3).some((t) => DENIED_THINGS.test(t.norm));
}

/** English words that may stand between a preposition and its place ('to the western countryside'). */
const PLACE_PREMODIFIERS = new Set(['the', 'a', 'an', 'rebel-held', 'government-held', 'opposition-held', 'northern', 'southern', 'eastern', 'western', 'nearby', 'neighbouring', 'besieged']);

function placeRole(tokens: Token[], m: ConceptMention, lang: 'ar' | 'en', movement: boolean): PlaceRole {
  const words = ROLE_WORDS[lang];
  for (let k = 1; k <= 3; k++) {
    const t = tokens[m.first - k];
    if (!t) break;
    const n = t.norm;
    // 'أشار إلى أن الأحياء الشرقية…': a preposition before 'أن' belongs to the reporting verb.
    if (words.complementizers.has(n)) break;
    // 'to discuss Aleppo': an English preposition reaches its place only over articles and
    // adjectives, not over a verb.
    if (lang === 'en' && k > 1 && !PLACE_PREMODIFIERS.has(tokens[m.first - k + 1]!.norm)) break;
    if (words.toward.has(n) || words.toward.has(bare(n, lang))) return 'destination';
    if (k <= 2 && movement && words.from.has(n)) return 'origin';
    // Arabic 'لمناطق', 'لأماكن': a fused preposition before the place noun itself.
    if (k === 1 && lang === 'ar' && /^ل/.test(n) && words.toward.has(n)) return 'destination';
  }
  return 'location';
}

/** Words that lead from one stop of a route to the next ('إلى الراشدين ثم ريف حلب الغربي', 'to al-Rashideen, then Idlib'). */
const ONWARD = { ar: new Set(['ثم', 'وثم']), en: new Set(['then']) };
/** How many tokens may sit between a stop and the word leading on ('الراشدين الخامسة ثم'). */
const ONWARD_REACH = 3;

/**
 * Roles of a sentence's places, with the next stop of a route read as a destination too: in
 * 'buses will go to al-Rashideen, then the western countryside' the countryside is where they go,
 * though no 'to' stands before it.
 */
function onwardStops(tokens: Token[], places: ConceptMention[], roles: PlaceRole[], lang: 'ar' | 'en'): PlaceRole[] {
  for (let i = 1; i < places.length; i++) {
    if (roles[i] !== 'location' || roles[i - 1] !== 'destination') continue;
    const from = places[i - 1]!.last;
    const to = places[i]!.first;
    if (to - from > ONWARD_REACH) continue;
    for (let k = from; k < to; k++) {
      if (ONWARD[lang].has(tokens[k]!.norm)) {
        roles[i] = 'destination';
        break;
      }
    }
  }
  return roles;
}

function slot<R extends string>(text: string, base: number, m: ConceptMention, role: R): FrameSlot<R> {
  return { id: m.id, role, start: m.start - base, end: m.end - base, surface: text.slice(m.start, m.end) };
}

/** Arabic 'لن' (with a conjunction or without): negates the future. */
const FUTURE_NEGATOR_AR = /^[وف]?لن$/;

function eventMention(
  text: string,
  base: number,
  tokens: Token[],
  m: ConceptMention,
  mentions: ConceptMention[],
  cues: CueHit[],
  lang: 'ar' | 'en',
): EventMention {
  const before = (c: CueHit, scope: number) => {
    const ci = tokenIndexAt(tokens, c.start);
    if (ci >= m.first || m.first - ci > scope) return false;
    for (let k = ci; k < m.first; k++) if (isClauseBreak(text, tokens[k]!, tokens[k + 1]!)) return false;
    return true;
  };
  /** The tokens from a cue's end to the event. */
  const between = (c: CueHit) => tokens.slice(tokenIndexAt(tokens, c.end), m.first);
  const denied = cues.some((c) => c.kind === 'denial' && tokenIndexAt(tokens, c.start) < m.first && !refusesRatherThanDenies(tokens, c));
  // 'لا حاجة لمغادرة' / 'no need to leave': the negation is of a need, not of the leaving.
  // A negator negates the first event after it ('لم يوافقوا على اتفاق الهدنة' refuses an approval;
  // the truce it names is not itself denied).
  const negated = cues.some(
    (c) =>
      c.kind === 'negation' &&
      before(c, NEGATION_SCOPE) &&
      !mentions.some((x) => x.kind === 'event' && x.first >= tokenIndexAt(tokens, c.end) && x.first < m.first && x.last <= m.first) &&
      !between(c).some((t) => MODAL_NOUNS.test(t.norm) || HOLDING_BACK.test(t.norm)) &&
      // 'never called on Moscow to halt the fighting': the negation is of the call.
      !cues.some((d) => d.kind === 'demand' && d.start >= c.end && tokenIndexAt(tokens, d.start) < m.first),
  );
  // Named under a negated verb ('لم يوافقوا على الهدنة'): not reported as having happened; with
  // 'any' before it ('لا يلاحظون أي انتهاكات', 'did not see any violations') it is itself negated.
  const heldBack = (c: CueHit) => between(c).some((t) => HOLDING_BACK.test(t.norm));
  const underNegation = cues.some((c) => c.kind === 'negation' && before(c, NEGATION_SCOPE) && !heldBack(c)) && !negated;
  const anyBefore = ANY_WORDS.has(tokens[m.first - 1]?.norm ?? '');
  // 'لا حاجة لمغادرة' / 'no need to leave': not negated, not reported either: only spoken of.
  const needless = cues.some(
    (c) => c.kind === 'negation' && before(c, NEGATION_SCOPE) && between(c).some((t) => MODAL_NOUNS.test(t.norm)),
  );
  const pending =
    needless ||
    (underNegation && !anyBefore) ||
    cues.some((c) => c.kind === 'demand' && before(c, PENDING_SCOPE)) ||
    soughtByTalks(text, tokens, m, mentions, lang) ||
    prevented(text, tokens, m, mentions);
  const completed = tokens
    .slice(Math.max(0, m.first - 3), m.last + 2)
    .some((t) => ROLE_WORDS[lang].completed.has(t.norm) || ROLE_WORDS[lang].completed.has(bare(t.norm, lang)));
  let agent: string | null = null;
  let best = Infinity;
  for (const a of mentions) {
    if (a.kind !== 'actor' || PEOPLE_TYPES.has(typeOf(a.id)) || MEDIA_TYPES.has(typeOf(a.id))) continue;
    const d = a.first >= m.last ? a.first - m.last : m.first - a.last;
    if (d <= AGENT_DISTANCE && d < best) {
      best = d;
      agent = a.id;
    }
  }
  const planned =
    cues.some((c) => (c.kind === 'future' || c.kind === 'hedge') && (before(c, NEGATION_SCOPE) || (c.start >= m.start && c.end <= m.end))) ||
    modalBefore(tokens, m.first, lang) ||
    // 'لن' is 'will not': what it negates is as much to come as what 'س' or 'will' announce.
    (lang === 'ar' && cues.some((c) => c.kind === 'negation' && FUTURE_NEGATOR_AR.test(c.surface) && before(c, NEGATION_SCOPE)));
  // 'has not yet received the approval', 'لم يبدأ بعد': not happened so far is still awaited.
  const notYet = negated && !denied && stillAwaited(text, tokens, m, lang);
  return {
    id: m.id,
    polarity: denied ? 'denied' : (negated && !notYet) || (underNegation && anyBefore) ? 'negated' : 'asserted',
    pending: pending || notYet,
    completed,
    ...(planned ? { planned } : {}),
    agent,
    start: m.start - base,
    end: m.end - base,
    surface: text.slice(m.start, m.end),
  };
}

/** 'قوات' / 'forces' / 'troops' (normalised, with a fused preposition or conjunction). */
const FORCES_AR = /^[وفبل]{0,2}(?:ال)?قوات$/;
const FORCES_EN = new Set(['forces', 'troops']);
/** Tokens between 'قوات' and the side it belongs to ('قوات الرئيس بشار الأسد'). */
const FORCES_REACH = 2;
let armedForceOf: Map<string, string> | null = null;

/** The armed force of a side (the Syrian government's army, Russia's forces), if the lexicon has one. */
function armedForce(id: string): string | undefined {
  if (!armedForceOf) {
    armedForceOf = new Map();
    for (const c of allConcepts()) if (c.type === 'armed-force' && c.parent && !armedForceOf.has(c.parent)) armedForceOf.set(c.parent, c.id);
  }
  const concept = getConcept(id);
  if (!concept || concept.type === 'armed-force') return undefined;
  for (const a of [id, ...concept.ancestors]) {
    const force = armedForceOf.get(a);
    if (force) return force;
  }
  return undefined;
}

/**
 * The forces of a side are its armed force: 'قوات الرئيس بشار الأسد', "Assad's forces", 'the
 * forces of the regime' name the Syrian army, as 'قوات الأسد' does. A person or government right
 * after 'قوات' (Arabic) or right before 'forces/troops' (English) is re-read as its army. The
 * same array when there is none.
 */
function forcesOfSides(tokens: Token[], lang: 'ar' | 'en', content: ConceptMention[]): ConceptMention[] {
  let out: ConceptMention[] | null = null;
  for (const [i, m] of content.entries()) {
    if (m.kind !== 'actor') continue;
    let forces = false;
    if (lang === 'ar') {
      for (let k = Math.max(0, m.first - FORCES_REACH); k < m.first && !forces; k++) forces = FORCES_AR.test(tokens[k]!.norm);
    } else {
      forces = FORCES_EN.has(tokens[m.last]?.norm ?? '') || (tokens[m.first - 1]?.norm === 'of' && FORCES_EN.has(tokens[m.first - 2]?.norm ?? ''));
    }
    const force = forces ? armedForce(m.id) : undefined;
    if (!force) continue;
    out ??= [...content];
    out[i] = { ...m, id: force };
  }
  return out ?? content;
}

/** Envoys' titles: the body after 'ambassador to' or before 'ambassador' is where they serve. */
const ENVOY_EN = new Set(['ambassador', 'envoy', 'representative', 'delegate']);
const AT_BODY_AR = new Set(['لدى', 'لدي', 'لدا']);
const POST_TYPES = new Set(['un-body']);

/**
 * Whether a UN body is named as where an envoy serves, not as a side: "France's ambassador to the
 * UN", "Russia's UN ambassador", 'السفير الفرنسي لدى الأمم المتحدة'.
 */
function namesPost(tokens: Token[], m: ConceptMention, lang: 'ar' | 'en'): boolean {
  if (!POST_TYPES.has(typeOf(m.id))) return false;
  if (lang === 'ar') return AT_BODY_AR.has(tokens[m.first - 1]?.norm ?? '');
  if (ENVOY_EN.has(tokens[m.last]?.norm ?? '')) return true;
  let k = m.first - 1;
  if (tokens[k]?.norm === 'the') k--;
  return (tokens[k]?.norm === 'to' || tokens[k]?.norm === 'at') && ENVOY_EN.has(tokens[k - 1]?.norm ?? '');
}

/** English 'hold' verbs: holding a share of a place is controlling it. */
const HOLD_EN = new Set(['hold', 'holds', 'held', 'holding']);
const PERCENT_EN = /^(?:%|percent|per|pc)$/;
/** Words that may stand between 'held' and its figure ('held more than 90 per cent'). */
const APPROXIMATORS_EN = new Set(['more', 'than', 'nearly', 'almost', 'about', 'around', 'some', 'over', 'at', 'least', 'roughly', 'close', 'to', 'up']);
/** Tokens from 'held' to its share's '%' ('held more than 90 per cent'). */
const HOLD_REACH = 5;

/**
 * 'Government forces held 98 per cent of Aleppo': 'held' before a share is control, which the
 * lexicon cannot say of 'held' alone (talks and meetings are held too). A control mention at the
 * verb when the sentence names no control, else null.
 */
function holdingShare(tokens: Token[], content: ConceptMention[]): ConceptMention | null {
  if (content.some((m) => m.kind === 'event' && m.id === 'control')) return null;
  for (let k = 0; k < tokens.length; k++) {
    if (!HOLD_EN.has(tokens[k]!.norm)) continue;
    let digit = false;
    for (let j = k + 1; j < tokens.length && j <= k + HOLD_REACH; j++) {
      const n = tokens[j]!.norm;
      if (/^\d/.test(n)) digit = true;
      else if (!digit && !APPROXIMATORS_EN.has(n)) break; // 'held in Geneva on 95 percent…' is not it
      if (digit && (PERCENT_EN.test(n) || n.endsWith('%'))) return { id: 'control', kind: 'event', first: k, last: k + 1, start: tokens[k]!.start, end: tokens[k]!.end };
    }
  }
  return null;
}

/** Adds a mention read from the sentence's verbs to its mentions, keeping them in text order. */
function insertInOrder(content: ConceptMention[], mention: ConceptMention | null): void {
  if (!mention) return;
  const at = content.findIndex((m) => m.first > mention.first);
  content.splice(at < 0 ? content.length : at, 0, mention);
}

/** Words that make the name next to them a time zone: Arabic before it, English after it. */
const ZONE_BEFORE_AR = new Set(['بتوقيت', 'توقيت', 'وبتوقيت']);
const ZONE_AFTER_EN = new Set(['time']);

/** Whether a mention names the zone of a clock time ('بتوقيت دمشق', 'Damascus time'). */
function namesTimeZone(tokens: Token[], m: ConceptMention, lang: 'ar' | 'en'): boolean {
  return lang === 'ar' ? ZONE_BEFORE_AR.has(tokens[m.first - 1]?.norm ?? '') : ZONE_AFTER_EN.has(tokens[m.last]?.norm ?? '');
}

/** Talks: what they are held for is sought, not reached ('مفاوضات مع روسيا لوقف النار'). */
const TALK_EVENTS = new Set(['negotiation', 'mediation', 'meeting']);
/** Reaching an agreement, and how close what is reached follows it ('التوصل إلى وقف'). */
const REACHING = 'reaching-agreement';
const REACHING_REACH = 2;
/** Tokens between talks and what they are for ('talks with Russia on a ceasefire'). */
const PURPOSE_REACH = 7;
const PURPOSE_WORDS = new Set(['for', 'on', 'to', 'toward', 'towards', 'over', 'about', 'aimed', 'بهدف', 'لاجل', 'اجل', 'سعيا']);

/**
 * Whether an event is what talks are held for: 'محادثات مكثفة مع روسيا لوقف إطلاق النار',
 * 'negotiations with Moscow for a truce'. Such an event is sought, as one called for is.
 */
function soughtByTalks(text: string, tokens: Token[], m: ConceptMention, mentions: ConceptMention[], lang: 'ar' | 'en'): boolean {
  // 'meeting to discuss Aleppo': talks held for talks are the talks.
  if (TALK_EVENTS.has(m.id)) return false;
  // 'محادثات … من أجل التوصل إلى وقف لإطلاق النار': what reaching is sought for is sought too.
  const reaching = mentions.find((x) => x.kind === 'event' && x.id === REACHING && x.last <= m.first && m.first - x.last <= REACHING_REACH);
  if (reaching && soughtByTalks(text, tokens, reaching, mentions, lang)) return true;
  const talk = mentions.find((x) => x.kind === 'event' && TALK_EVENTS.has(x.id) && x.last <= m.first && m.first - x.last < PURPOSE_REACH);
  if (!talk) return false;
  for (let k = talk.last; k < m.first; k++) if (isClauseBreak(text, tokens[k - 1]!, tokens[k]!)) return false;
  const between = tokens.slice(talk.last, m.first);
  if (between.some((t) => PURPOSE_WORDS.has(t.norm))) return true;
  // Arabic: the purpose 'لـ' fused to the event's first word ('لوقف', 'لإجلاء').
  const first = tokens[m.first]!.norm;
  return lang === 'ar' && first.length > 3 && first.startsWith('ل') && !first.startsWith('لا');
}

/** Tokens between a prevention and what it prevents ('بمنع المدنيين الراغبين في مغادرة'). */
const PREVENTED_REACH = 5;

/**
 * Whether an event is what someone prevents: 'تمنع خروج المدنيين', 'prevented civilians from
 * leaving', 'blocking aid deliveries'. It is kept from happening, so it is not reported as
 * happening: it is only spoken of, as a call is.
 */
function prevented(text: string, tokens: Token[], m: ConceptMention, mentions: ConceptMention[]): boolean {
  if (m.id === 'obstruction') return false;
  const stop = mentions.find((x) => x.kind === 'event' && x.id === 'obstruction' && x.last <= m.first && m.first - x.last < PREVENTED_REACH);
  if (!stop) return false;
  for (let k = stop.last; k < m.first; k++) if (isClauseBreak(text, tokens[k - 1]!, tokens[k]!)) return false;
  return true;
}

/** Parts of a city named without the city ('the eastern districts', 'الأحياء الشرقية', 'the old city'). */
const CITY_PARTS = new Set(['east-aleppo', 'west-aleppo', 'old-city']);
/** Words between such a part and the city it belongs to ('of the city of', 'لمدينة'). */
const CITY_OF = new Set(['of', 'the', 'city', 'مدينه', 'لمدينه', 'بمدينه']);

/**
 * Whether a part of a city named without the city belongs to another one: 'الأحياء الشرقية لمدينة
 * الموصل', 'الأحياء الشرقية للموصل', 'the eastern districts of Mosul' (December 2016 news tells of
 * Mosul's eastern districts too). 'الأحياء الشرقية للمدينة', 'of the city', 'لحلب' keep it Aleppo's.
 */
function ofAnotherCity(text: string, tokens: Token[], m: ConceptMention, mentions: ConceptMention[]): boolean {
  if (!CITY_PARTS.has(m.id) || /حلب|aleppo/i.test(text.slice(m.start, m.end))) return false;
  let k = m.last;
  let linked = false;
  while (k < tokens.length && k < m.last + 4 && CITY_OF.has(tokens[k]!.norm)) {
    linked = true;
    k++;
  }
  const t = tokens[k];
  if (!t || (k > m.last && isClauseBreak(text, tokens[k - 1]!, t)) || (k === m.last && k > 0 && isClauseBreak(text, tokens[k - 1]!, t))) return false;
  const place = mentions.find((x) => x.kind === 'place' && x.first <= k && k < x.last);
  if (place) return !isWithin(place.id, 'aleppo-province') && typeOf(place.id) === 'city';
  // 'للموصل': the preposition and the article on another city's name ('للمدينة' is this one).
  // ('للمعارضين' names a side, not a city: only a word the lexicon does not know.)
  const fused = !linked && t.norm.startsWith('لل') && t.norm !== 'للمدينه' && t.norm.length > 4 && !mentions.some((x) => x.first <= k && k < x.last);
  const named = linked && (/^\p{Lu}/u.test(text.slice(t.start, t.end)) || /[\u0600-\u06ff]/.test(t.norm)) && t.norm !== 'city';
  return fused || named;
}

/** Tokens between 'enter' and its 'into force' ('يدخل الاتفاق حيز التنفيذ'). */
const INTO_FORCE_REACH = 3;

/**
 * 'يدخل الاتفاق حيز التنفيذ', 'the deal will enter into force': the entering is the taking effect,
 * not anyone entering a place. The entry mention is dropped when an implementation follows it.
 */
function intoForce(mentions: ConceptMention[]): ConceptMention[] {
  return mentions.filter(
    (m) => m.id !== 'entry' || !mentions.some((x) => x.id === 'implementation' && x.first >= m.last && x.first - m.last <= INTO_FORCE_REACH),
  );
}

/** Actor types that fight: what they make progress in is ground. */
const FORCE_TYPES = new Set(['armed-force', 'militia', 'rebel-group', 'jihadist-group']);

/** Combat events: stopping one of these is a halt of military operations. */
const COMBAT_EVENTS = new Set(['military-operation', 'offensive', 'advance', 'fighting', 'shelling', 'air-strikes', 'gunfire']);
/** A stop word reaches a combat event this many tokens away ('العمليات العسكرية في شرق حلب قد توقفت'). */
const HALT_REACH = 8;

/**
 * 'All military operations in east Aleppo have stopped' is a halt of operations, as is 'وقف
 * العمليات': a stop verb and a combat event in one clause become one halt event.
 */
function composeHalts(text: string, events: EventMention[]): EventMention[] {
  const stop = events.find((e) => e.id === 'suspension');
  if (!stop) return events;
  const combat = events.find((e) => COMBAT_EVENTS.has(e.id) && Math.abs(e.start - stop.start) <= HALT_REACH * 8 && !/[.؟?!]/.test(text.slice(Math.min(e.end, stop.end), Math.max(e.start, stop.start))));
  if (!combat) return events;
  const first = combat.start < stop.start ? combat : stop;
  const last = combat.start < stop.start ? stop : combat;
  const halt: EventMention = {
    ...combat,
    id: 'halt-military-operations',
    polarity: stop.polarity !== 'asserted' ? stop.polarity : combat.polarity,
    pending: stop.pending || combat.pending,
    start: first.start,
    end: last.end,
    surface: text.slice(first.start, last.end),
  };
  return [halt, ...events.filter((e) => e !== stop && e !== combat)];
}

/** A negator this many tokens before an approval makes it a refusal ('لم يوافقوا على', 'not to accept'). */
const REFUSAL_REACH = 2;

/**
 * 'Did not accept' is a refusal, as 'rejected' is: an approval right after a negator becomes a
 * refusal held as the sentence holds it (asserted, or denied under 'نفى أن'), so 'rejected the
 * truce' and 'لم يوافقوا على الهدنة' meet, and 'لكي لا توافق' meets 'to reject'.
 */
function composeRefusals(text: string, base: number, tokens: Token[], cues: CueHit[], events: EventMention[]): EventMention[] {
  const refused = events.map((e) => {
    if (e.id !== 'approval') return e;
    const at = tokenIndexAt(tokens, e.start + base);
    const negator = cues.find((c) => {
      if (c.kind !== 'negation') return false;
      const end = tokenIndexAt(tokens, c.end - 1);
      return end < at && at - end <= REFUSAL_REACH && !tokens.slice(end + 1, at).some((t, i) => isClauseBreak(text, tokens[end + i]!, t));
    });
    if (!negator) return e;
    return { ...e, id: 'refusal', polarity: e.polarity === 'negated' ? 'asserted' : e.polarity };
  });
  // What is refused ('رفضوا اتفاق الهدنة', 'rejected the truce') is not reported as happening,
  // as under a negator: it is only spoken of.
  return refused.map((e) => {
    const at = tokenIndexAt(tokens, e.start + base);
    const refusal = refused.find((r) => {
      if (r.id !== 'refusal' || r.start >= e.start) return false;
      const from = tokenIndexAt(tokens, r.end + base - 1);
      return at - from <= NEGATION_SCOPE && !tokens.slice(from, at).some((t, i) => i + from + 1 < tokens.length && isClauseBreak(text, t, tokens[from + i + 1]!));
    });
    return refusal && !e.pending ? { ...e, pending: true } : e;
  });
}

/** Demand verbs that make their subject a requester ('دعت فرنسا … لعقد جلسة', 'Britain called for'). */
const CALL_VERBS = /^(?:[وف]?(?:دعا|دعت|يدعو|تدعو|طالب|طالبت|يطالب|تطالب|طلب|طلبت)|called|calls|urged|urges|asked|demanded|requested)$/i;

/**
 * Who asked for something is a role claims turn on (a session 'at the request of Britain' against
 * one France called for): a calling verb with an actor next to it is read as a request by it.
 */
function requestsFromCalls(text: string, base: number, tokens: Token[], cues: CueHit[], content: ConceptMention[], lang: 'ar' | 'en'): EventMention[] {
  const out: EventMention[] = [];
  for (const c of cues) {
    if (c.kind !== 'demand' || !CALL_VERBS.test(c.surface.split(/\s+/)[0]!)) continue;
    const at = tokenIndexAt(tokens, c.start);
    const actor = content.find(
      (m) =>
        m.kind === 'actor' &&
        !PEOPLE_TYPES.has(typeOf(m.id)) &&
        (lang === 'ar' ? m.first > at && m.first <= at + 2 : m.last <= at && m.last >= at - 3),
    );
    if (!actor) continue;
    // 'never called on', 'did not ask', 'لم تطالب': a call said not to have been made.
    const negated = cues.some((n) => n.kind === 'negation' && n.end <= c.start && at - tokenIndexAt(tokens, n.end - 1) <= 2);
    out.push({ id: 'request', polarity: negated ? 'negated' : 'asserted', pending: false, completed: false, agent: actor.id, start: c.start - base, end: c.end - base, surface: text.slice(c.start, c.end) });
  }
  return out;
}

/** Events that say how another event goes (starts, takes effect, is put off), not what happens. */
export const ASPECT_EVENTS = new Set(['start', 'implementation', 'resumption', 'suspension', 'delay', 'permission', 'opening']);

/**
 * The event a time is given for: the closest event mention, preferring one that says what happens
 * over an aspect ('scheduled to start at 3 p.m.' times the meeting). null without events.
 */
function nearestEvent(events: EventMention[], start: number, end: number): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const substantive = events.filter((e) => !ASPECT_EVENTS.has(e.id));
  for (const e of substantive.length > 0 ? substantive : events) {
    const d = e.start >= end ? e.start - end : start >= e.end ? start - e.end : 0;
    if (d < bestDistance) {
      bestDistance = d;
      best = e.id;
    }
  }
  return best;
}

/** Aspects that say when something takes effect: a time beside one is that moment. */
const TAKING_EFFECT = new Set(['start', 'implementation', 'opening']);

/**
 * The taking-effect aspect a time is given for: the event mention closest to it, when that is one
 * ('ألا يدخل الاتفاق حيز التنفيذ قبل مطلع الأسبوع', 'the truce took effect at noon'). null otherwise.
 */
function aspectOf(events: EventMention[], start: number, end: number): string | null {
  let best: EventMention | null = null;
  let bestDistance = Infinity;
  for (const e of events) {
    const d = e.start >= end ? e.start - end : start >= e.end ? start - e.end : 0;
    if (d < bestDistance) {
      bestDistance = d;
      best = e;
    }
  }
  return best && TAKING_EFFECT.has(best.id) ? best.id : null;
}

/** A bare clock time opening a sentence: a live blog's post time ('09:45 Lavrov says…'). */
const POST_TIME = /^\d{1,2}[:.]\d{2}$/;

/** Whether a time is the post time a live blog puts before an entry, not the time of its event. */
function isPostTime(text: string, span: Span, t: TimeRef): boolean {
  return t.kind === 'clock' && !text.slice(span.start, t.start).trim() && POST_TIME.test(t.surface.trim());
}

/** Attaches to each figure what it counts (the noun after it) or, for a share, its whole. */
function describeQuantities(quantities: Quantity[], tokens: Token[], mentions: ConceptMention[], base: number): Quantity[] {
  return quantities.map((q) => {
    const at = tokenIndexAt(tokens, q.end);
    // From the figure on, its own words included: '82 مدنيا على الأقل، بينهم 11 امرأة' counts
    // civilians, not the women after its bound.
    const after = mentions.filter((m) => m.start >= q.start && m.first <= at + QUANTITY_REACH);
    const counts = q.counts ?? after.find((m) => m.kind === 'actor' || m.kind === 'object')?.id ?? null;
    const share = q.unit === 'percent' ? after.find((m) => m.kind === 'place')?.id ?? null : null;
    return { ...q, counts, base: share, start: q.start - base, end: q.end - base };
  });
}

/**
 * Words that say a thing is lacking: 'without (any) weapons', 'من دون (أي) سلاح', 'with no arms'
 * (normalised forms). Giving a thing up ('after laying down their arms') is left out: it is told of
 * other deals too, and would set a source against itself.
 */
const WITHOUT = new Set(['without', 'no', 'بدون', 'دون', 'بلا', 'غير']);
/** Words allowed between 'without' and the thing: 'any', 'their', 'أي'. */
const WITHOUT_FILLERS = new Set(['any', 'their', 'its', 'اي']); // normalised: أي → اي

/** An object's span in the claim, marked absent (and taking in its 'without') when it is said to be lacking. */
function objectSpan(tokens: Token[], m: ConceptMention, base: number): { id: string; start: number; end: number; absent?: boolean } {
  let k = m.first - 1;
  if (k >= 0 && WITHOUT_FILLERS.has(tokens[k]!.norm)) k--;
  const lead = tokens[k];
  if (lead && k >= m.first - 2 && WITHOUT.has(bare(lead.norm, /[a-z]/.test(lead.norm) ? 'en' : 'ar'))) {
    // 'من دون': the preposition goes with it.
    const from = k > 0 && tokens[k - 1]!.norm === 'من' && lead.norm === 'دون' ? k - 1 : k;
    return { id: m.id, start: tokens[from]!.start - base, end: m.end - base, absent: true };
  }
  return { id: m.id, start: m.start - base, end: m.end - base };
}

/**
 * Reads the sentence text[span] with a language layer and its concept matcher. The frame is
 * empty (no events, no actors…) for a sentence that names nothing from the lexicon.
 */
export function readSentence(
  text: string,
  span: Span,
  layer: TextLayer,
  matcher: ConceptMatcher,
  ctx: LayerContext,
): SentenceReading {
  const lang = layer.lang;
  const tokens = layer.tokens(text, span);
  const mentions = matcher.find(tokens);
  // Times before cues: the Arabic layer's cues reuse the reading of times ('لن … قبل الجمعة').
  const rawTimes = layer.times(text, span, ctx);
  const cues = layer.cues(text, span, tokens);
  const range = findContent(text, tokens, cues, mentions, lang);
  const contentToken = range.first;
  const speaker = speakerOf(mentions, range);
  // An attribution aside inside the content ('، بحسب مصدر تركي،', ', according to officials
  // familiar with the talks,') names the source: what it names is not the claim's.
  const inAside = (m: ConceptMention) => range.speakerFirst > range.first && range.speakerLast < range.last && m.first >= range.speakerFirst && m.last <= range.speakerLast;
  // What an 'if' clause names is supposed, not reported ('… if Washington had done its part'), and
  // what a 'to avoid' clause names is feared, not reported.
  const conditions = [...conditionalClauses(text, tokens, lang), ...avoidanceClauses(text, tokens, lang)];
  // Who a 'despite' clause names is the background the claim stands against, not a side of its
  // event ('shelling resumed despite the Russian announcement'); what happened there stays, as the
  // claim's setting ('did not stop despite the ongoing talks' is not any later report of a halt).
  const concessions = concessiveClauses(text, tokens, lang);
  // 'بتوقيت دمشق', 'Damascus time', 'Turkish time': a place or state naming a time zone is no side.
  const zone = (m: ConceptMention) => m.kind !== 'event' && m.kind !== 'object' && (namesTimeZone(tokens, m, lang) || namesPost(tokens, m, lang));
  const inCondition = (m: ConceptMention) =>
    zone(m) ||
    conditions.some(([from, to]) => m.first >= from && m.last <= to) || (m.kind === 'actor' && concessions.some(([from, to]) => m.first >= from && m.last <= to));
  const content = departuresOfEvacuees(
    text,
    tokens,
    forcesOfSides(
      tokens,
      lang,
      intoForce(mentions.filter((m) => m.first >= range.first && m.last <= range.last && !MEDIA_TYPES.has(typeOf(m.id)) && !inAside(m) && !inCondition(m))),
    ),
  );
  // 'would go first to the western countryside', 'تعبر الحافلات … وصولاً إلى الراشدين'.
  insertInOrder(content, movementByVerb(text, tokens, content, lang, MOVEMENT_EVENTS, (p) => placeRole(tokens, p, lang, false) === 'destination'));
  insertInOrder(content, lang === 'en' ? holdingShare(tokens, content) : null);
  const movement = content.some((m) => m.kind === 'event' && MOVEMENT_EVENTS.has(m.id));
  const base = span.start;
  let events = composeHalts(
    text.slice(base),
    composeRefusals(text, base, tokens, cues, content.filter((m) => m.kind === 'event').map((m) => eventMention(text, base, tokens, m, content, cues, lang))),
  );
  if (!events.some((e) => e.id === 'request')) events.push(...requestsFromCalls(text, base, tokens, cues, content, lang));
  events = withCoordinatedAgents(text, base, tokens, content, events);
  // 'the progress of Syrian troops': progress made by an army is its advance, not talks'.
  for (const [i, e] of events.entries()) {
    if (e.id === 'diplomatic-progress' && e.agent && FORCE_TYPES.has(typeOf(e.agent))) events[i] = { ...e, id: 'advance' };
  }
  const actors: FrameSlot<ActorRole>[] = content
    .filter((m) => m.kind === 'actor' && m.id !== speaker)
    .map((m) => slot<ActorRole>(text, base, m, PEOPLE_TYPES.has(getConcept(m.id)?.type ?? '') ? 'patient' : 'agent'));
  const elsewhere = content.filter((m) => m.kind === 'place' && ofAnotherCity(text, tokens, m, mentions));
  const placeMentions = content.filter((m) => m.kind === 'place' && !elsewhere.includes(m));
  const places = onwardStops(tokens, placeMentions, placeMentions.map((m) => placeRole(tokens, m, lang, movement)), lang).map((role, i) => slot(text, base, placeMentions[i]!, role));
  const objects = [...new Set(content.filter((m) => m.kind === 'object').map((m) => m.id))];
  // A time inside the attribution ('officials said on Saturday that …') dates the speaking,
  // not the event; a figure there ('after two brief encounters in Hamburg, an official said…')
  // is no figure of what is reported.
  const contentFrom = tokens[range.first]?.start ?? span.end;
  const contentTo = tokens[range.last - 1]?.end ?? span.end;
  const attributed = !(range.first === 0 && range.last === tokens.length);
  const quantities = describeQuantities(
    layer.quantities(text, span).filter((q) => !attributed || (q.start >= contentFrom && q.end <= contentTo)),
    tokens,
    mentions,
    base,
  ).map((q) => ({ ...q, event: nearestEvent(events, q.start, q.end) }));
  const inAttribution = (t: TimeRef) => t.start < contentFrom || t.end > contentTo;
  // A range ('last week, … an official said') is taken at its middle, as the event's own day is.
  const saidRange = range.first === 0 && range.last === tokens.length ? undefined : rawTimes.find((t) => inAttribution(t) && t.kind === 'day' && t.value > WEEKDAY_ONLY_BASE);
  const saidOn = saidRange ? Math.round((saidRange.value + saidRange.max) / 2) : undefined;
  const times: TimeRef[] = rawTimes
    .filter((t) => !isPostTime(text, span, t))
    .filter((t) => range.first === 0 && range.last === tokens.length ? true : t.start >= contentFrom && t.end <= contentTo)
    .map((t) => {
      const aspect = aspectOf(events, t.start - base, t.end - base);
      return { ...t, event: nearestEvent(events, t.start - base, t.end - base), ...(aspect ? { aspect } : {}), start: t.start - base, end: t.end - base };
    });
  const sequence = readSequence(text, tokens, content, lang);
  const { parties, mediators } = readParties(text, base, tokens, content, lang);
  const frame: ClaimFrame = {
    events,
    actors,
    places,
    objects,
    objectSpans: content.filter((m) => m.kind === 'object').map((m) => objectSpan(tokens, m, base)),
    quantities,
    times,
    polarity: events[0]?.polarity ?? 'asserted',
    speaker,
    contentStart: contentToken > 0 ? (tokens[contentToken]?.start ?? span.end) - base : 0,
    ...(saidOn !== undefined ? { saidOn } : {}),
    ...(sequence.length > 0 ? { sequence } : {}),
    ...(parties ? { parties } : {}),
    ...(mediators.length > 0 ? { mediators } : {}),
    ...(isDraft(tokens, lang) ? { draft: true as const } : {}),
    ...(elsewhere.length > 0 ? { elsewhere: true as const } : {}),
  };
  const aside = range.speakerFirst > range.first && range.speakerLast < range.last ? ([range.speakerFirst, range.speakerLast] as [number, number]) : undefined;
  return { tokens, mentions, cues, frame, contentToken, contentEnd: range.last, ...(aside ? { aside } : {}) };
}
