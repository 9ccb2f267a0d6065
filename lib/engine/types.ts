/**
 * The engine's public data shapes. Everything here is plain, JSON-serialisable data: claims are
 * analysed once (in the background, in the CLI, or when the corpus is built) and then stored in
 * IndexedDB or in the bundled corpus file, and sent between extension contexts.
 */

/** 'ar', 'en', or another BCP-47 primary tag for pages the engine only recognises. */
export type Lang = string;

export type Verdict = 'corroborated' | 'conflicting' | 'mixed' | 'unverified';
export type Stance = 'corroborates' | 'conflicts';

/** How a claim is held: stated as fact, stated as not so, or reported as denied by someone. */
export type Polarity = 'asserted' | 'negated' | 'denied';

/** What the text knows about an article besides its words. */
export interface ArticleInput {
  text: string;
  title?: string | null;
  /** Publication date, ISO 8601 (date or date-time), when the page or metadata gives one. */
  published?: string | null;
  /** The page's declared language (`<html lang>`): a hint, never the truth. */
  langHint?: string | null;
}

export type QuantityUnit = 'percent' | 'count';

/** A figure in a sentence: "98%", "82 مدنيا", "أكثر من 75 ألف", "tens of thousands". */
export interface Quantity {
  /** The value, or the lower bound of a range or a vague figure ("عشرات" → 20). */
  value: number;
  /** Upper bound where the figure is a range or vague ("عشرات" → 99); equal to value if exact. */
  max: number;
  unit: QuantityUnit;
  /** exact: "82"; more: "more than 90%"; less: "under 100"; about: "نحو 70%"; vague: "آلاف". */
  approx: 'exact' | 'more' | 'less' | 'about' | 'vague';
  /** Concept id of what is counted or measured (civilians, city area…), when known. */
  counts?: string | null;
  /** For percentages: concept id of the whole it is a share of (the city, the eastern districts). */
  base?: string | null;
  /** In a claim frame: the event the figure is given for (the nearest event mention), if any. */
  event?: string | null;
  /** Offsets of the figure: into the text a layer analysed; in a claim frame, into the claim text. */
  start: number;
  end: number;
  /** The figure as written, for display. */
  surface: string;
}

/**
 * A time a claim gives for its event. Clock times are minutes since midnight in GMT when the
 * text says GMT (or local Syria time, UTC+2 in December 2016, converted); days are relative to
 * the article's date where it is known.
 */
export interface TimeRef {
  kind: 'clock' | 'day' | 'span' | 'year' | 'month';
  /** clock: minutes after midnight GMT; day: days after the article's date (0 = same day);
   *  span: expected delay in hours (within hours → 0..12, several days → 48..240);
   *  year: the calendar year; month: months since year 0 (year × 12 + month − 1), 'since July',
   *  'منتصف تشرين الثاني', 'last month'. */
  value: number;
  max: number;
  /** 'before' for "not before Friday", 'after'… kept simple: most claims give a point. */
  bound?: 'at' | 'by' | 'not-before';
  /** In a claim frame: the event the time is given for (the nearest event mention), if any. */
  event?: string | null;
  /**
   * In a claim frame: the aspect the time is given for when it stands closest to one ('يدخل حيز
   * التنفيذ خلال ساعات', 'takes effect at 5 p.m.'): when what `event` names takes effect. Absent
   * otherwise.
   */
  aspect?: string;
  /** Offsets: into the text a layer analysed; in a claim frame, into the claim text. */
  start: number;
  end: number;
  surface: string;
}

export type ActorRole = 'agent' | 'patient' | 'speaker' | 'guarantor' | 'mediator' | 'requester' | 'addressee' | 'other';
export type PlaceRole = 'location' | 'origin' | 'destination';

export interface FrameSlot<R extends string> {
  /** A concept id from the lexicon. */
  id: string;
  role: R;
  /** Offsets of the mention in the claim text, for emphasising it in the comparison. */
  start: number;
  end: number;
  surface: string;
}

/** An event-type concept named in a claim, with how the sentence holds it. */
export interface EventMention {
  /** Concept id (ceasefire, evacuation, control, killing…). */
  id: string;
  polarity: Polarity;
  /** Asked for, attempted, awaited or only prepared ('calls for a ceasefire', 'ready to enter'). */
  pending: boolean;
  /** Said to have happened already ('already entered', 'بالفعل'). */
  completed: boolean;
  /**
   * Told as what will or may happen ('سيغادرون', 'يمكن للمدنيين مغادرة', 'can leave', 'will
   * leave'), not as what happened. Absent when it is not.
   */
  planned?: boolean;
  /** The actor right next to the event (who requests, guarantees, controls…), when there is one. */
  agent: string | null;
  /**
   * Every side the agent is named with ('تركيا وروسيا اللتين ستضمنان', 'requested by France and
   * Britain'), the agent included, for events whose agent is the point (request, guarantee,
   * mediation). Absent when the agent stands alone.
   */
  agents?: string[];
  start: number;
  end: number;
  surface: string;
}

/** The structured reading of one claim sentence. */
export interface ClaimFrame {
  /** Events named in the claim's content, in text order. */
  events: EventMention[];
  actors: FrameSlot<ActorRole>[];
  places: FrameSlot<PlaceRole>[];
  /** Other domain concepts in the sentence (weapons, buses, monitors…). */
  objects: string[];
  /** Share of the claim's content words the engine read (see claims.ts understoodShare). */
  understood?: number;
  /** Where each object is named in the claim text (same order as the mentions). */
  /** `absent` when the claim says it is lacking ('without any weapons', 'من دون سلاح'); the span
   *  then takes in the 'without'. */
  objectSpans?: { id: string; start: number; end: number; absent?: boolean }[];
  quantities: Quantity[];
  times: TimeRef[];
  /** How the claim's main event is held (the first event's polarity; 'asserted' without one). */
  polarity: Polarity;
  /** Concept id of who is said to have said it, when the sentence attributes it. */
  speaker: string | null;
  /** Where the reported content starts in the claim text (after 'X said that'); 0 if unattributed. */
  contentStart: number;
  /** Day the statement was made, relative to the article's date ('announced on Thursday that…'). */
  saidOn?: number;
  /**
   * Proper names the lexicon does not know, lower-cased (English: people, places and organisations
   * found by compromise). They meet only names in the same language. Absent when none.
   */
  entities?: string[];
  /**
   * The order the claim states among groups of people or places ('civilians first, then the
   * fighters'): rank 0 for what comes first, 1 for what follows. Absent when it states none.
   */
  sequence?: { id: string; rank: 0 | 1 }[];
  /**
   * The two sides of the talks or the deal the claim names ('talks between the Russian military
   * and the rebels', 'مفاوضات بين أنقرة وموسكو'). Absent when it names no pair.
   */
  parties?: Parties;
  /**
   * The claim names a part of another city ('الأحياء الشرقية لمدينة الموصل', 'the eastern districts
   * of Mosul'): its scene is not Aleppo unless it names Aleppo too. Absent otherwise.
   */
  elsewhere?: true;
  /** The claim tells the terms of a leaked or draft text, not of the deal made. Absent otherwise. */
  draft?: true;
  /** Who the claim says brokered it ('بوساطة تركية', 'Russian-Turkish sponsorship'). Absent when no one. */
  mediators?: string[];
}

/** A pair of sides named for talks or a deal: concept ids and where the pair stands in the claim. */
export interface Parties {
  ids: [string, string];
  start: number;
  end: number;
  surface: string;
}

export interface Claim {
  /** Stable within one analysis: "c1", "c2"… in text order. */
  id: string;
  text: string;
  /** Offsets into the analysed article text. */
  start: number;
  end: number;
  lang: Lang;
  frame: ClaimFrame;
  /** Retrieval keys: concept ids ("C:…"), stems ("S:…") and figures ("N:…"). */
  keys: string[];
}

export interface DocAnalysis {
  lang: Lang;
  /** Whether the article is about the Aleppo events at all; when false, claims is []. */
  relevant: boolean;
  claims: Claim[];
  /** ISO date the engine settled on for the article (metadata, or a date in the text). */
  published: string | null;
}

/** One document of the corpus: a bundled seed or an article the reader saved. */
export interface CorpusDoc {
  docId: string;
  title: string;
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) of publication, or null when unknown. */
  published: string | null;
  lang: Lang;
  url: string | null;
  origin: 'seed' | 'saved';
  text: string;
  claims: Claim[];
}

/**
 * What matching needs of a document besides its statements: the metadata a match names. The
 * text is not needed (the index keeps a whitespace-insensitive identity of it).
 */
export type DocMeta = Pick<CorpusDoc, 'docId' | 'title' | 'outlet' | 'published' | 'lang' | 'url' | 'origin'>;

/** Why a source corroborates or conflicts, in a form the UI can put into any language. */
export interface StanceReason {
  code:
    | 'same-figure'
    | 'compatible-figure'
    | 'same-place'
    | 'same-actor'
    | 'same-time'
    | 'same-event'
    | 'figure-differs'
    | 'place-differs'
    | 'actor-differs'
    | 'time-differs'
    | 'order-differs'
    | 'same-order'
    | 'denied'
    | 'negated'
    | 'pending';
  /** The claim's value and the source's value, as written, where the reason names values. */
  claimValue?: string;
  sourceValue?: string;
  /** Concept id behind the values, so the UI can name both language forms (Idlib / إدلب). */
  conceptId?: string;
  sourceConceptId?: string;
}

export interface SourceMatch {
  docId: string;
  title: string;
  outlet: string | null;
  published: string | null;
  lang: Lang;
  origin: 'seed' | 'saved';
  stance: Stance;
  /** 0..1: how closely the source sentence speaks to the claim. */
  score: number;
  /** The source sentence, as it stands in the source text. */
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
  /** One short human sentence, in the requested UI language. */
  reason: string;
  reasonDetail: StanceReason;
}

export interface CheckedClaim {
  id: string;
  text: string;
  start: number;
  end: number;
  verdict: Verdict;
  matches: SourceMatch[];
}

/** The CLI's JSON (docs/contracts.md §1) and the background's answer to a page. */
export interface CheckResult {
  lang: Lang;
  relevant: boolean;
  claims: CheckedClaim[];
}
