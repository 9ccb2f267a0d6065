import type { LayerContext, Span, TextLayer } from './layer';
import { orderWords } from './sequence';
import type { Claim, ClaimFrame, Lang } from './types';
import type { ConceptMatcher } from './lexicon';
import { getConcept, isWithin } from './lexicon';
import { readSentence, type SentenceReading } from './frames';
import type { NameFinder } from './english/names';
import { tokenIndexAt } from './sentence-tools';
import { WEEKDAYS } from './english/calendar';

/**
 * Which sentences are check-worthy claims about Aleppo, and whether a page is about Aleppo at
 * all. The trade-off is precision first: a highlighted sentence that is an opinion, a resident's
 * feelings or site furniture costs the reader's trust more than a missed background sentence.
 */

/** The city. */
export const ALEPPO = 'aleppo';
/** The concept every Aleppo place sits under, city and countryside: the story's ground. */
export const ALEPPO_AREA = 'aleppo-province';
const END_OF_OPERATION = 'end-of-operation';
const MILITARY_OPERATION = 'military-operation';
/** Events each the other's negation, keyed together (as compare.ts reads them). */
const OPPOSITE_KEYS: Record<string, string> = { approval: 'refusal', refusal: 'approval' };
/** Shorter sentences are headings or fragments; longer ones are run-on scraping accidents. */
const MIN_CLAIM_TOKENS = 5;
const MAX_CLAIM_TOKENS = 120;
/** Lines longer than this are paragraphs, even without a full stop. */
const MAX_HEADING_WORDS = 16;
/** A page needs this many Aleppo mentions to be about Aleppo (one 'ريف حلب' in a Douma story is not). */
const MIN_ALEPPO_MENTIONS = 2;
/** …and Aleppo must be named at least this share as often as the most-named other place. */
const ALEPPO_SHARE_OF_TOP_PLACE = 0.6;
/** Places named by a description that fits other cities too ('الأحياء الشرقية', 'the enclave'). */
const GENERIC_AREAS = new Set(['east-aleppo', 'west-aleppo', 'old-city', 'aleppo-countryside']);
const NAMES_ALEPPO = /حلب|aleppo|alep\b|halab|haleb/i;
/** Place types that are venues of talks, not where the story happens. */
const VENUE_TYPES = new Set(['venue', 'country']);
/** Strong opinion verbs: a belief, not a report ('يرى محللون', 'اعتبر', 'analysts believe'). */
const STRONG_OPINION = /^(?:[وف])?(?:يرى|ترى|يرون|رأى|اعتبر|اعتبرت|يعتبر|تعتبر|يعتقد|أعتقد|اعتقد|نعتقد|أظن|اظن|يبدو|محللون|مراقبون|برأي|believes?|thinks?|considers?|analysts?|observers?|seems?|opinion|hopes?|feels?)$/i;
/**
 * A superlative judgement about the battle ('one of the bloodiest battles of the war', 'تعد من
 * أكثر المعارك دموية'): an assessment, not a report, unless someone is quoted making it.
 */
const SUPERLATIVE_JUDGEMENT = /(?:^|\s)[وف]?(?:تعد|يعد|تعتبر|يعتبر|تبقى|يبقى)\s+(?:\S+\s+){0,5}من\s+(?:أكثر|أشد|أسوأ|أكبر|أبرز|أهم|أعنف)\s|\bone of the (?:most|worst|bloodiest|deadliest|fiercest|biggest|largest)\b/i;
const FIRST_PERSON_EN = /^(?:i|we|our|us|my|me)$/;
/**
 * Site and press-office furniture addressed to the reader: 'please contact the press office',
 * 'follow us', 'تابعونا'. Its nouns ('media requests') can look like the domain's events.
 */
const READER_FURNITURE = /^\s*(?:watch|video|listen|photos|gallery|read more|see also|related|شاهد|فيديو|صور|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا)\s*:|\b(?:please (?:contact|e-?mail|call|visit|follow|share|send|subscribe|see)|for (?:more|further) information|media (?:requests|enquiries|inquiries)|follow us|click here|sign up|subscribe to|read more)\b|تابعونا|للاستفسارات|لمزيد من المعلومات|للمزيد من المعلومات|اشتركوا|اشترك في|انقر هنا/i;

export interface ReadSentence {
  span: Span;
  reading: SentenceReading;
  /** The span is a line of its own without final punctuation: a headline or a subheading. */
  heading: boolean;
}

/** Reads every sentence of text[range] (the whole text by default); offsets stay global. */
export function readSentences(
  text: string,
  layer: TextLayer,
  matcher: ConceptMatcher,
  ctx: LayerContext,
  range: Span = { start: 0, end: text.length },
): ReadSentence[] {
  const spans = layer.sentences(text.slice(range.start, range.end)).map((s) => ({ start: s.start + range.start, end: s.end + range.start }));
  return spans.map((span) => {
    const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
    const lineEndAt = text.indexOf('\n', span.end);
    const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
    const lineAlone = !text.slice(lineStart, span.start).trim() && !text.slice(span.end, lineEnd).trim();
    // A headline is a short line of its own without final punctuation; a long unpunctuated
    // line is a paragraph whose full stop a scraper dropped.
    const body = text.slice(span.start, span.end);
    const words = body.split(/\s+/).length;
    const endsLine = !text.slice(span.end, lineEnd).trim();
    const heading = endsLine && !/[.!?؟:"»”]\s*$/.test(body) && (lineAlone ? words <= MAX_HEADING_WORDS : words < 4);
    return { span, reading: readSentence(text, span, layer, matcher, ctx), heading };
  });
}

function placesOf(frame: ClaimFrame) {
  return frame.places.map((p) => p.id);
}

/** Whether a frame speaks about Aleppo: it names an Aleppo place, or names no other scene. */
export function isAboutAleppo(frame: ClaimFrame, pageRelevant: boolean): boolean {
  const places = placesOf(frame);
  if (places.some((p) => isWithin(p, ALEPPO_AREA))) return true;
  if (!pageRelevant || frame.elsewhere) return false;
  return !frame.places.some((p) => p.role === 'location' && !VENUE_TYPES.has(getConcept(p.id)?.type ?? '') && !isWithin(p.id, ALEPPO_AREA));
}

/** Why a sentence is not a claim, or null when it is one. */
export function whyNotAClaim(s: ReadSentence, text: string): string | null {
  const { reading, heading } = s;
  const { frame, cues, tokens } = reading;
  if (heading) return 'heading';
  if (tokens.length < MIN_CLAIM_TOKENS) return 'too short';
  if (tokens.length > MAX_CLAIM_TOKENS) return 'too long';
  if (cues.some((c) => c.kind === 'question')) return 'question';
  const body = text.slice(s.span.start, s.span.end);
  if (READER_FURNITURE.test(body)) return 'site furniture';
  if (!frame.speaker && frame.quantities.length === 0 && SUPERLATIVE_JUDGEMENT.test(body)) return 'opinion';
  // Without an event, a sentence is still a claim when it gives a figure of something, or says
  // something dated about a thing in Aleppo ('temperatures fell below zero on Tuesday night').
  const datedThing = frame.objects.length > 0 && frame.places.length > 0 && (frame.times.length > 0 || frame.speaker !== null);
  if (frame.events.length === 0 && !frame.quantities.some((q) => q.counts || q.base) && !datedThing) return 'no event';
  const opinion = cues.find((c) => c.kind === 'opinion');
  // A named side's judgement ('رأى الأسد أن …') is a report of what that side holds: its verb
  // frames the sentence as 'قال' does, and the claim is that they hold it.
  const reported = opinion !== undefined && frame.speaker !== null && tokenIndexAt(tokens, opinion.start) < reading.contentToken;
  if (opinion && ((STRONG_OPINION.test(opinion.surface) && !reported) || !frame.speaker)) return 'opinion';
  const firstPerson = tokens.some((t) => FIRST_PERSON_EN.test(t.norm)) && !frame.speaker && /["“«]/.test(text.slice(s.span.start, s.span.end));
  if (firstPerson) return 'first-person quote';
  if (cues.some((c) => c.kind === 'hedge') && !frame.speaker && frame.quantities.length === 0) return 'speculation';
  return null;
}

/** Counts Aleppo mentions against the most-named other place to judge the page's topic. */
export function judgeRelevance(sentences: ReadSentence[], title: string | null | undefined, text: string): boolean {
  let aleppo = 0;
  const others = new Map<string, number>();
  for (const s of sentences) {
    for (const m of s.reading.mentions) {
      if (m.kind !== 'place') continue;
      // 'the eastern districts', 'the enclave' mean Aleppo only in a story already about it: they
      // count when they name the city, as a district's own name does.
      const generic = GENERIC_AREAS.has(m.id) && !NAMES_ALEPPO.test(text.slice(m.start, m.end));
      if (isWithin(m.id, ALEPPO_AREA)) aleppo += generic ? 0 : 1;
      else if (!VENUE_TYPES.has(getConcept(m.id)?.type ?? '')) others.set(m.id, (others.get(m.id) ?? 0) + 1);
    }
  }
  if (title && NAMES_ALEPPO.test(title)) aleppo += 2;
  const topOther = Math.max(0, ...others.values());
  return aleppo >= MIN_ALEPPO_MENTIONS && aleppo >= topOther * ALEPPO_SHARE_OF_TOP_PLACE;
}

/** Retrieval keys of a frame: concepts with their ancestors, content stems, figures. */
export function frameKeys(reading: SentenceReading, lang: Lang): string[] {
  const keys = new Set<string>();
  for (const m of reading.mentions) {
    if (m.first < reading.contentToken || m.last > reading.contentEnd) continue;
    keys.add(`C:${m.id}`);
    for (const a of getConcept(m.id)?.ancestors ?? []) keys.add(`C:${a}`);
  }
  // Events the frame composed ('did not accept' → refusal, 'stop' + 'operations' → halt) are keys
  // too, so a source that words the event otherwise is still a candidate.
  for (const e of reading.frame.events) {
    keys.add(`C:${e.id}`);
    for (const a of getConcept(e.id)?.ancestors ?? []) keys.add(`C:${a}`);
    // The end of the operation is on the operation's timeline: 'will end within hours' must be
    // found for 'the operations will go on for days'.
    if (e.id === END_OF_OPERATION) keys.add(`C:${MILITARY_OPERATION}`);
    // A source saying the opposite ('refused' against 'accepted') must be found to contradict.
    const other = OPPOSITE_KEYS[e.id];
    if (other) keys.add(`C:${other}`);
  }
  for (const q of reading.frame.quantities) keys.add(`N:${q.unit}:${q.value}`);
  for (const t of reading.tokens.slice(reading.contentToken, reading.contentEnd)) if (t.stem.length >= 3) keys.add(`S:${lang}:${t.stem}`);
  return [...keys];
}

/**
 * Capitalised words that are never a name compromise could add: days, months (not 'May'), zones,
 * and the words that open a quoted sentence inside another ('…: "They will leave"'). Loading the
 * tagger for them alone cost a cold worker ~150 ms on English pages with no unknown name.
 */
const NEVER_NAMES = new Set([
  ...WEEKDAYS,
  'january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'gmt', 'utc', 'am', 'pm',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'it', 'its', 'he', 'she', 'his', 'her', 'they', 'their', 'we', 'our', 'i', 'you',
  'but', 'and', 'or', 'so', 'if', 'when', 'while', 'as', 'in', 'on', 'at', 'after', 'before', 'no', 'not', 'yes', 'mr', 'mrs', 'ms', 'dr',
]);

/**
 * Names in an English sentence's content that no lexicon concept covers: the people, places and
 * organisations compromise recognises (a spokesman, a district, a charity the lexicon lacks).
 * Run per claim, not per page: the tagger costs about half a millisecond a sentence.
 */
function unknownNames(text: string, s: ReadSentence, findNames: NameFinder): string[] {
  const from = s.reading.tokens[s.reading.contentToken]?.start ?? s.span.end;
  const to = s.reading.tokens[s.reading.contentEnd - 1]?.end ?? s.span.end;
  const known = s.reading.mentions;
  // compromise is the costly part of English analysis: ask it only when the content has a
  // capitalised word (not opening the sentence) that no lexicon concept already covers.
  const tokens = s.reading.tokens.slice(s.reading.contentToken, s.reading.contentEnd);
  const unexplained = tokens.some(
    (t) => t.start > s.span.start && /^\p{Lu}/u.test(text.slice(t.start, t.end)) && !NEVER_NAMES.has(t.norm) && !known.some((m) => m.start <= t.start && t.end <= m.end),
  );
  if (!unexplained) return [];
  return [
    ...new Set(
      findNames(text, { start: from, end: to })
        .filter((n) => !known.some((m) => m.start < n.end && n.start < m.end))
        .map((n) => n.surface.toLowerCase().replace(/\s+/g, ' '))
        .filter((n) => n.length > 2),
    ),
  ];
}

/** Function words: what a claim says is in its other words. Normalised Arabic forms. */
const FUNCTION_WORDS = new Set([
  'the', 'and', 'that', 'this', 'these', 'those', 'with', 'from', 'for', 'into', 'onto', 'about', 'after', 'before', 'over', 'under',
  'had', 'has', 'have', 'was', 'were', 'been', 'being', 'are', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'not',
  'their', 'they', 'them', 'his', 'her', 'its', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'also', 'than',
  'then', 'there', 'some', 'any', 'all', 'more', 'most', 'such', 'only', 'just', 'still', 'other', 'out', 'off', 'between', 'during',
  'في', 'من', 'الي', 'علي', 'عن', 'مع', 'ان', 'التي', 'الذي', 'الذين', 'بعد', 'قبل', 'كان', 'كانت', 'قد', 'هذا', 'هذه', 'ذلك', 'تلك',
  'حتي', 'او', 'ثم', 'كما', 'وقد', 'لقد', 'فيما', 'بين', 'خلال', 'نحو', 'حول', 'لدي', 'عند', 'منذ', 'غير', 'كل', 'بعض', 'ايضا', 'وان',
  'بان', 'لان', 'انه', 'انها', 'انهم', 'هو', 'هي', 'هم', 'التي', 'اللذين', 'اللتين', 'الا', 'اما', 'لكن', 'ولكن', 'وهو', 'وهي', 'فقط',
  // modals and 'alone', 'anyone': they shape what a claim says, the frame reads them as such
  'يمكن', 'بامكان', 'بوسع', 'يمكنهم', 'بامكانهم', 'وحدهم', 'وحده', 'وحدها', 'احد', 'alone', 'anyone',
]);

/** A word of three letters or more. */
const WORDLIKE = /\p{L}{3,}/u;

/**
 * Share of a claim's content words (function words aside) that the engine read: named by a
 * lexicon concept, or part of a figure or a time. Low when the claim turns on words the lexicon
 * lacks ('learned of the deal from', 'spoke by telephone'): what it matched is then not what it says.
 */
function understoodShare(s: ReadSentence, lang: Lang): number {
  const { tokens, mentions, contentToken, contentEnd, frame } = s.reading;
  // 'على أن يلحق بهم المدنيون في مرحلة لاحقة': the words that state an order are read too.
  const order = frame.sequence && (lang === 'ar' || lang === 'en') ? orderWords(lang) : null;
  const base = s.span.start;
  const spans = [...frame.quantities, ...frame.times].map((x) => [x.start + base, x.end + base] as const);
  const named = new Uint8Array(tokens.length);
  for (const m of mentions) named.fill(1, m.first, m.last);
  let words = 0;
  let read = 0;
  const [asideFrom, asideTo] = s.reading.aside ?? [0, 0];
  for (let i = contentToken; i < contentEnd; i++) {
    // An attribution aside ('، وفق المصدر ذاته،', ', according to the same source,') says who
    // speaks, not what: its words are not the claim's.
    if (i >= asideFrom && i < asideTo) continue;
    const t = tokens[i]!;
    if (!WORDLIKE.test(t.norm) || FUNCTION_WORDS.has(t.norm) || FUNCTION_WORDS.has(t.norm.replace(/^[وف]/, ''))) continue;
    words++;
    if (named[i] === 1 || order?.has(t.norm) || spans.some(([a, b]) => t.start >= a && t.end <= b)) read++;
  }
  return words === 0 ? 1 : read / words;
}

/**
 * The Claim for a read sentence. `names`: the finder of the names the lexicon lacks, asked for an
 * English sentence's (absent: none are looked up).
 */
export function toClaim(id: string, text: string, s: ReadSentence, lang: Lang, names?: NameFinder): Claim {
  const frame = { ...s.reading.frame, understood: Math.round(understoodShare(s, lang) * 100) / 100 };
  const claim: Claim = {
    id,
    text: text.slice(s.span.start, s.span.end),
    start: s.span.start,
    end: s.span.end,
    lang,
    frame,
    keys: frameKeys(s.reading, lang),
  };
  return names ? withUnknownNames(claim, text, s, names) : claim;
}

/**
 * The claim with the names its sentence has that the lexicon lacks (English only): the same claim
 * {@link toClaim} makes when given `names`. The claim itself is not changed.
 */
export function withUnknownNames(claim: Claim, text: string, s: ReadSentence, names: NameFinder): Claim {
  const entities = claim.lang === 'en' ? unknownNames(text, s, names) : [];
  if (entities.length === 0) return claim;
  return { ...claim, frame: { ...claim.frame, entities }, keys: [...claim.keys, ...entities.map((e) => `E:${e}`)] };
}
