import type { CueHit, Token } from './layer';
import type { ConceptMention } from './lexicon';
import { getConcept } from './lexicon';
import { ROLE_WORDS } from './roles';
import { MEDIA_TYPES, PEOPLE_TYPES, bare, isClauseBreak, tokenIndexAt, typeOf } from './sentence-tools';

/**
 * Who says a sentence, and where what they say starts: 'قال X إن …', 'X told reporters that …',
 * 'according to X, …', '…, he said'. The speaker is kept out of the reported content, so a claim
 * and a source that quote different people about the same fact still meet.
 */

/** The reported content of a sentence as a token range, and where its speaker is named. */
export interface ContentRange {
  /** First content token (after 'X said that'); 0 when unattributed or the attribution trails. */
  first: number;
  /** One past the last content token (before a trailing '…, he said'). */
  last: number;
  /** Token range naming the speaker. */
  speakerFirst: number;
  speakerLast: number;
  /**
   * First token of the clause the reporting verb is in ('after talks between Kerry and Lavrov,
   * a senior American official said …'): a speaker named there is the one who speaks.
   */
  speakerClause?: number;
}

/** Circumstantial participles ('مشيرا إلى أن', 'warning that') add to a clause, never frame it. */
const PARTICIPLES = /^[وف]?(?:مشيرا|مشيرة|مشيراً|موضحا|موضحاً|مضيفا|مضيفاً|محذرا|محذراً|مؤكدا|مؤكداً|warning|adding|saying|noting)$/i;
/** An attribution further into the sentence than this many tokens does not frame it. */
const MAX_ATTRIBUTION_INDEX = 20;
/** An English attribution verb this close to a sentence's end trails it ('…, he said on Tuesday'). */
const TRAILING_ATTRIBUTION_TAIL = 4;
const ACCORDING = /^(?:[وف]?(?:بحسب|حسب|وفق|وفقا)|according)$/i;
/** English verbs that report content directly, without 'that' ('He said Aleppo would…'). */
const REPORTING_VERB_EN = /^(?:said|says|told|tells|warned|warns|announced|stated|added|acknowledged|insisted|claimed|confirmed|noted|stressed|declared|described|urged)$/;

/**
 * How far after its verb an attribution's 'that' is looked for: a speaker with a title, a body and
 * the agency told ('وأكد ياسر اليوسف، عضو المكتب السياسي في حركة نور الدين الزنكي، لوكالة
 * الصحافة الفرنسية أن') runs to 16 words.
 */
const MAX_SPEAKER_TOKENS = 20;

/** Words that open a side clause after a mid-sentence attribution ('…, the ministry said, as …'). */
const SIDE_CLAUSE_EN = /^(?:as|while|amid|after|adding|but|although|though|even)$/;

/** Words that must follow a mid-sentence 'according to X' for it to be an aside, not a tail. */
const MIN_TAIL_AFTER_ASIDE = 3;

/**
 * Splits a sentence into its attribution and its reported content: 'قال X إن …', 'X told reporters
 * that …', 'X said: …', 'according to X, …', '…, he said'. The whole sentence is content when it
 * is not attributed.
 */
export function findContent(text: string, tokens: Token[], cues: CueHit[], mentions: ConceptMention[], lang: 'ar' | 'en'): ContentRange {
  const all: ContentRange = { first: 0, last: tokens.length, speakerFirst: 0, speakerLast: 0 };
  // The attribution that frames a sentence opens it: 'قال', 'نفت موسكو أن', 'X said'. A cue deep
  // in the sentence is a side clause ('…، محذرا من أن …') and leaves the main clause as content.
  const attribution = cues.find(
    (c) =>
      (c.kind === 'attribution' ||
        c.kind === 'denial' ||
        (lang === 'en' && c.kind === 'opinion' && /^described$/i.test(c.surface)) ||
        (lang === 'ar' && c.kind === 'opinion' && heldByNamedActor(tokens, c, mentions))) &&
      !PARTICIPLES.test(c.surface) &&
      // A trailing '…, a Turkish government source said on Tuesday.' frames a sentence of any length.
      (tokenIndexAt(tokens, c.start) <= MAX_ATTRIBUTION_INDEX ||
        framedAfterPreamble(text, tokens, c, lang) ||
        (lang === 'en' && c.kind === 'attribution' && tokenIndexAt(tokens, c.end - 1) >= tokens.length - TRAILING_ATTRIBUTION_TAIL) ||
        // So does a trailing '…, according to humanitarian sources in Gaziantep.' / '… بحسب مصادر إنسانية في غازي عنتاب'.
        (c.kind === 'attribution' && ACCORDING.test(c.surface.split(/\s+/)[0]!) && phraseEnd(text, tokens, tokenIndexAt(tokens, c.end - 1) + 1) === tokens.length)),
  );
  if (!attribution) return all;
  const from = tokenIndexAt(tokens, attribution.start);
  const range = findContentAt(text, tokens, attribution, mentions, lang, from);
  if (range.speakerFirst === 0 && range.speakerLast > 0) {
    let clause = from;
    while (clause > 0 && !isClauseBreak(text, tokens[clause - 1]!, tokens[clause]!)) clause--;
    if (clause > 0) range.speakerClause = clause;
  }
  return range;
}

/** Words a sentence's circumstantial preamble opens with ('After meeting Kerry in Hamburg, Lavrov announced that …'). */
const PREAMBLE_OPENERS = {
  en: new Set(['after', 'before', 'barely', 'just', 'shortly', 'hours', 'days', 'earlier', 'later', 'on', 'in', 'at', 'during', 'following', 'amid', 'speaking', 'while', 'as', 'since', 'having']),
  ar: new Set(['بعد', 'وبعد', 'قبل', 'وقبل', 'عقب', 'وعقب', 'اثر', 'واثر', 'خلال', 'وخلال', 'في', 'وفي', 'على', 'وعلى', 'ومن', 'من', 'منذ', 'ومنذ', 'وسط', 'ووسط', 'بينما']),
};
/** Tokens a reporting verb's 'that' may follow it by ('announced that', 'أعلن وزير الخارجية الروسي أن'). */
const THAT_REACH = 8;

/**
 * A reporting verb past the sentence's first words that still frames it: the sentence opens with
 * a circumstantial preamble ('Barely a week before the deal, after meeting John Kerry in Hamburg,
 * Sergei Lavrov announced that …', 'وبعد لقائه كيري في هامبورغ، أعلن لافروف أن …'), a clause
 * break comes just before the speaker, and a 'that' follows the verb. What the preamble tells is
 * when and where it was said, not what was said.
 */
function framedAfterPreamble(text: string, tokens: Token[], cue: CueHit, lang: 'ar' | 'en'): boolean {
  if (cue.kind !== 'attribution' || PARTICIPLES.test(cue.surface) || ACCORDING.test(cue.surface.split(/\s+/)[0]!)) return false;
  if (!PREAMBLE_OPENERS[lang].has(tokens[0]?.norm ?? '')) return false;
  const at = tokenIndexAt(tokens, cue.start);
  const words = ROLE_WORDS[lang].complementizers;
  let that = -1;
  for (let k = at; k < Math.min(tokens.length, at + THAT_REACH); k++) {
    if (k > at && isClauseBreak(text, tokens[k - 1]!, tokens[k]!)) break;
    if (words.has(tokens[k]!.norm) || words.has(bare(tokens[k]!.norm, lang))) {
      that = k;
      break;
    }
  }
  if (that < 0) return false;
  // The speaker's clause starts at the last clause break before the verb, a few words back at most.
  for (let k = at; k > Math.max(0, at - MAX_SPEAKER_TOKENS / 2); k--) if (isClauseBreak(text, tokens[k - 1]!, tokens[k]!)) return true;
  return false;
}

/** Arabic verbs of judging and describing that report what their subject holds ('رأى', 'اعتبرت', 'وصف'). */
const JUDGING_VERB_AR = /^[وف]?(?:رأى|يرى|ترى|اعتبر|اعتبرت|يعتبر|تعتبر|وصف|وصفت|يصف|تصف)$/;
/** How far after such a verb its subject is looked for (VSO: 'رأى الرئيس السوري بشار الأسد أن'). */
const HOLDER_REACH = 2;

/**
 * Whether an Arabic verb of judging is said by a named side: 'رأى الرئيس السوري بشار الأسد أن …',
 * 'لافروف وصف المشاورات بأنها …', 'وصفت وزارة الخارجية التركية … بأنه …'. Then, as with 'قال', the
 * sentence reports what that side holds. Analysts, observers or activists holding a view
 * ('ويرى محللون أن') are no named side: that is the page's own assessment.
 */
function heldByNamedActor(tokens: Token[], cue: CueHit, mentions: ConceptMention[]): boolean {
  return JUDGING_VERB_AR.test(cue.surface) && holderOf(tokenIndexAt(tokens, cue.start), mentions) !== undefined;
}

/** The named side right after (VSO) or right before (SVO) the verb at token `at`. */
function holderOf(at: number, mentions: ConceptMention[]): ConceptMention | undefined {
  const named = (m: ConceptMention) => m.kind === 'actor' && !PEOPLE_TYPES.has(typeOf(m.id)) && !MEDIA_TYPES.has(typeOf(m.id));
  return mentions.find((m) => named(m) && m.first > at && m.first <= at + HOLDER_REACH) ?? mentions.find((m) => named(m) && m.last === at);
}

/** 'وصف X Y بأنه Z': what is described (Y) is part of what is said, not of who says it. */
const DESCRIBING_VERB_AR = /^[وف]?(?:وصف|وصفت|يصف|تصف)$/;

/**
 * Arabic prepositions that make a following 'أن' a clause of condition or time, as written. Not
 * 'إلى': 'أشار إلى أن' reports.
 */
const SUBORDINATING_AR = new Set(['على', 'بعد', 'قبل', 'دون', 'بدون']);

/** Longest 'according to …' source phrase read to its comma or the sentence's end. */
const ACCORDING_PHRASE = 10;

/**
 * Where the phrase starting at token `from` ends: the first clause break or the sentence's end, if
 * within ACCORDING_PHRASE tokens; -1 when it runs longer.
 */
function phraseEnd(text: string, tokens: Token[], from: number): number {
  let end = from;
  while (end < tokens.length && end < from + ACCORDING_PHRASE && !(end > from && isClauseBreak(text, tokens[end - 1]!, tokens[end]!))) end++;
  return end === tokens.length || (end > from && end < tokens.length && isClauseBreak(text, tokens[end - 1]!, tokens[end]!)) ? end : -1;
}

function findContentAt(text: string, tokens: Token[], attribution: CueHit, mentions: ConceptMention[], lang: 'ar' | 'en', from: number): ContentRange {
  const all: ContentRange = { first: 0, last: tokens.length, speakerFirst: 0, speakerLast: 0 };
  const after = tokenIndexAt(tokens, attribution.end - 1) + 1;
  if (lang === 'ar' && DESCRIBING_VERB_AR.test(attribution.surface)) {
    const holder = holderOf(from, mentions);
    if (holder && holder.first > from) return { first: holder.last, last: tokens.length, speakerFirst: from, speakerLast: holder.last };
    if (holder) return { first: after, last: tokens.length, speakerFirst: holder.first, speakerLast: after };
  }
  if (ACCORDING.test(attribution.surface.split(/\s+/)[0]!)) {
    // 'بحسب المصادر التي توقعت إجلاء…' / 'According to the UN, …': the speaker is the phrase right
    // after the cue (its first actor, or two words), the rest is content; trailing '…, according
    // to X' keeps what comes before.
    const actor = mentions.find((m) => m.kind === 'actor' && m.first >= after && m.first <= after + 2);
    let speakerEnd = actor ? actor.last : Math.min(tokens.length, after + 2);
    // 'according to people familiar with the talks', 'according to officials who asked not to be
    // named': the source runs to the end of its phrase (a comma or the sentence's end). So does an
    // Arabic one that closes the sentence ('… بحسب مصادر إنسانية في غازي عنتاب').
    const end = phraseEnd(text, tokens, after);
    if (lang === 'en' ? end >= 0 : end === tokens.length) speakerEnd = Math.max(speakerEnd, end);
    for (let i = after; i < speakerEnd && i + 1 < tokens.length; i++) if (isClauseBreak(text, tokens[i]!, tokens[i + 1]!)) speakerEnd = i + 1;
    if (from <= 1) return { first: speakerEnd, last: tokens.length, speakerFirst: from, speakerLast: speakerEnd };
    // A parenthetical 'X، بحسب مصدر تركي، Y' / 'X, according to the UN, Y': the speaker is the
    // phrase after the cue, and the claim both what comes before and after it.
    if (tokens.length - speakerEnd >= MIN_TAIL_AFTER_ASIDE) return { first: 0, last: tokens.length, speakerFirst: from, speakerLast: speakerEnd };
    return { first: 0, last: from, speakerFirst: from, speakerLast: tokens.length };
  }
  if (lang === 'en' && from > 3) {
    // '…, Churkin said.' / '…, Erdogan's spokesman Ibrahim Kalin said in a statement.': the
    // speaker runs back to the comma before the verb. So it does before a side clause ('…, the
    // Defence Ministry said on Tuesday, as militant-held pockets continued to collapse').
    let start = from;
    while (start > Math.max(1, from - 8) && !isClauseBreak(text, tokens[start - 1]!, tokens[start]!)) start--;
    let tail = after;
    while (tail < Math.min(tokens.length, after + TRAILING_ATTRIBUTION_TAIL) && !isClauseBreak(text, tokens[tail - 1]!, tokens[tail]!)) tail++;
    const sideClause = tail < tokens.length && tail < after + TRAILING_ATTRIBUTION_TAIL && SIDE_CLAUSE_EN.test(tokens[tail]!.norm);
    const afterComma = start > 1 && isClauseBreak(text, tokens[start - 1]!, tokens[start]!);
    if (after >= tokens.length - TRAILING_ATTRIBUTION_TAIL || (afterComma && sideClause)) return { first: 0, last: start, speakerFirst: start, speakerLast: sideClause ? tail : tokens.length };
  }
  const words = ROLE_WORDS[lang].complementizers;
  for (let i = from; i < Math.min(tokens.length, from + MAX_SPEAKER_TOKENS); i++) {
    const t = tokens[i]!;
    // '… said Aleppo was X and urged that …': the 'that' of a second reporting verb does not
    // open the first one's content, nor does the 'and that' of a second reported clause ('said
    // Aleppo would be under government control and that arrangements were in place').
    if (lang === 'en' && i >= after && REPORTING_VERB_EN.test(t.norm)) break;
    if (lang === 'en' && i > after && tokens[i - 1]!.norm === 'and' && words.has(t.norm)) break;
    // 'على أن يدخل حيز التنفيذ', 'بعد أن', 'قبل أن': 'أن' after a preposition opens a clause of
    // condition or time, not what the reporting verb says.
    // Only after what is said has begun: 'شدد البيان على أن…' reports. Read on the raw text:
    // normalised, 'على' is also the name 'علي' ('أحمد قره علي إن…') and 'أن' is 'إن'.
    const subordinate =
      lang === 'ar' &&
      i > 0 &&
      SUBORDINATING_AR.has(text.slice(tokens[i - 1]!.start, tokens[i - 1]!.end)) &&
      !text.startsWith('إ', t.start) &&
      mentions.some((m) => m.kind === 'event' && m.first >= after && m.last < i);
    if (!subordinate && (words.has(t.norm) || words.has(bare(t.norm, lang)))) return { first: i + 1, last: tokens.length, speakerFirst: 0, speakerLast: i + 1 };
    // 'رجح اليوسف ألا يدخل…': 'ألا' is 'أن لا', and its negation belongs to what is said.
    if (lang === 'ar' && i > from && t.norm === 'الا') return { first: i, last: tokens.length, speakerFirst: 0, speakerLast: i };
    const next = tokens[i + 1];
    // 'X said: …', but not the colon of a clock time ('15:00').
    const clock = !!next && /^\d+$/.test(t.norm) && /^\d+$/.test(next.norm);
    // Not a quote inside what an English verb already reports ('said the operation would be over
    // "within the next few hours."'): what is said began right after the verb.
    const quoteInContent = lang === 'en' && i >= after && REPORTING_VERB_EN.test(tokens[after - 1]?.norm ?? '');
    if (next && !clock && !quoteInContent && /[:"«“¢]/.test(text.slice(t.end, next.start))) return { first: i + 1, last: tokens.length, speakerFirst: 0, speakerLast: i + 1 };
  }
  if (lang === 'en' && REPORTING_VERB_EN.test(tokens[after - 1]?.norm ?? '')) {
    return { first: after, last: tokens.length, speakerFirst: 0, speakerLast: after };
  }
  if (lang === 'en') {
    // 'Officials, quoted by Anadolu, said buses…': the aside's cue is not the reporting verb; the
    // next one is.
    for (let i = after; i < Math.min(tokens.length - 1, from + 14); i++) {
      if (!REPORTING_VERB_EN.test(tokens[i]!.norm)) continue;
      const first = words.has(tokens[i + 1]!.norm) ? i + 2 : i + 1;
      return { first, last: tokens.length, speakerFirst: 0, speakerLast: i + 1 };
    }
  }
  return all;
}

export function speakerOf(mentions: ConceptMention[], range: ContentRange): string | null {
  const all = mentions.filter((m) => m.first >= range.speakerFirst && m.last <= range.speakerLast);
  const near = range.speakerClause === undefined ? [] : all.filter((m) => m.first >= range.speakerClause! && m.kind === 'actor' && !PEOPLE_TYPES.has(typeOf(m.id)) && !MEDIA_TYPES.has(typeOf(m.id)));
  const region = near.length > 0 ? near : all;
  const actors = region.filter((m) => m.kind === 'actor' && !PEOPLE_TYPES.has(typeOf(m.id)));
  const sides = actors.filter((m) => !MEDIA_TYPES.has(typeOf(m.id)));
  // A named person speaks, and a name follows its titles: 'Russia's U.N. envoy Vitaly Churkin' is
  // Churkin, not the title's usual holder. Without a person, the most specific side speaks.
  const persons = sides.filter((m) => typeOf(m.id) === 'person');
  if (persons.length > 0) return persons[persons.length - 1]!.id;
  const depth = (m: ConceptMention) => getConcept(m.id)?.ancestors.length ?? 0;
  const best = sides.reduce<ConceptMention | undefined>((a, m) => (!a || depth(m) > depth(a) ? m : a), undefined);
  return (best ?? actors[0])?.id ?? null;
}
