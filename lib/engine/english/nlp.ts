import nlp from 'compromise/two';
import { allConcepts, conceptForms, type Concept } from '../lexicon';
import type { Span } from '../layer';
import type { NameKind, NameMention } from './names';

export type { NameFinder, NameKind, NameMention } from './names';

/**
 * compromise, taught the domain's names once through its plugin API: every English form of the
 * lexicon's actors and places is tagged (Person, City, Region, Organization, ArmedGroup…) so names
 * compromise has never seen (Idlib, Idleb, Ramouseh, Khan al-Asal, Ahrar al-Sham) come out as the
 * places and organisations they are, next to the people and places it already knows.
 *
 * compromise is ~138 kB gzipped and its tagger costs about 0.5 ms per sentence: it belongs in the
 * background service worker (never the content script), and names are asked for per claim
 * sentence, not per page.
 */

/**
 * compromise's tagger alone ('compromise/two', its `one` and `two` parts): the full build adds
 * parts we do not use, whose set-up the worker pays on its first English page, and one of them
 * (the chunker) runs on every text tagged. The three finders below are the full build's
 * `people()`, `places()` and `organizations()` (compromise 14.17.0, src/3-three/topics/*\/find.js,
 * `notIf` being `ifNo`), which only match tags (nlp-topics.test.ts compares them): the same names on every English fixture sentence (394, a third with
 * none), about a tenth less tagging time and ~40 ms less set-up in Node.
 */
type View = Pick<ReturnType<typeof nlp>, 'match' | 'splitAfter' | 'ifNo' | 'filter' | 'has' | 'after' | 'found' | 'json'>;

function people(doc: View): View {
  const m = doc.splitAfter('@hasComma').match('#Honorific+? #Person+');
  // "Spencer's King": a possessive ends a name
  return m.splitAfter(m.match('#Possessive').ifNo('(his|her)'));
}

function places(doc: View): View {
  const m = doc.match('(#Place|#Address)+');
  // Split at every comma but 'paris, france'.
  const splits = m.match('@hasComma').filter((c) => {
    if (c.has('(asia|africa|europe|america)$')) return true;
    return !(c.has('(#City|#Region|#ProperNoun)$') && c.after('^(#Country|#Region)').found);
  });
  return m.splitAfter(splits);
}

function organizations(doc: View): View {
  return doc.match('#Organization+');
}

/** Longest span handed to the tagger; a longer one is cut (sentences are far shorter). */
export const MAX_NAME_SPAN_CHARS = 2_000;

/** Tags this plugin adds under compromise's own, so callers can ask for a finer class. */
const DOMAIN_TAGS = {
  ArmedGroup: { is: 'Organization' },
  District: { is: 'Place' },
  Crossing: { is: 'Place' },
};

/** The compromise tag for an actor or place concept; null for concepts that are not names. */
function tagFor(concept: Concept): string | null {
  if (concept.kind === 'place') {
    if (concept.type === 'city') return 'City';
    if (concept.type === 'country') return 'Country';
    if (concept.type === 'province' || concept.type === 'countryside' || concept.type === 'area') return 'Region';
    if (concept.type === 'district') return 'District';
    if (concept.type === 'crossing') return 'Crossing';
    return 'Place';
  }
  if (concept.kind !== 'actor') return null;
  switch (concept.type) {
    case 'person':
      return 'Person';
    case 'state':
      return 'Country';
    case 'people':
      return null; // civilians, fighters: common nouns
    case 'armed-force':
    case 'rebel-group':
    case 'militia':
    case 'jihadist-group':
      return 'ArmedGroup';
    default:
      return 'Organization';
  }
}

/** Lower-case particles inside names: al-Sham, Staffan de Mistura, Red Crescent of … */
const NAME_PARTICLES = new Set(['al', 'el', 'ash', 'as', 'ad', 'an', 'ar', 'at', 'az', 'bin', 'ibn', 'bint', 'de', 'di', 'da', 'du', 'la', 'le', 'van', 'von', 'der', 'of', 'the', 'and', 'for']);

/**
 * Roles: "US Ambassador", "President Erdogan", "Turkish Foreign Minister" describe a person; the
 * name itself is its own form, and compromise reads titles before names unaided.
 */
const TITLE_WORDS = new Set([
  'ambassador', 'envoy', 'president', 'minister', 'secretary', 'spokesman', 'spokeswoman',
  'spokesperson', 'official', 'officials', 'chancellor', 'commissioner', 'coordinator', 'chief',
  'head', 'leader', 'commander', 'king',
]);

/**
 * Whether a lexicon form is a proper name (every word capitalised but particles): "Khan al-Asal",
 * "Ahrar ash-Sham", not a description such as "Russian ambassador" or "Ramouseh crossing".
 */
function isProperName(form: string): boolean {
  const words = form.split(/[\s\-‐]+/).filter(Boolean);
  if (words.length === 0 || !/^\p{Lu}/u.test(words[0]!)) return false;
  if (words.some((w) => TITLE_WORDS.has(w.toLowerCase()))) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()));
}

/**
 * The plugin's word list: lower-cased English forms that are proper names and that compromise
 * does not already know, mapped to their tag. A leading "the" is dropped: the
 * tagger sees "Kremlin", not "the Kremlin".
 */
export function domainWords(known: (word: string) => boolean): Record<string, string> {
  const words: Record<string, string> = {};
  for (const concept of allConcepts()) {
    const tag = tagFor(concept);
    if (!tag) continue;
    for (const raw of conceptForms(concept.id, 'en')) {
      const form = raw.replace(/^the\s+/i, '').trim();
      if (!isProperName(form)) continue;
      // compromise splits hyphenated words into terms: its multi-word keys join them with spaces.
      const key = form.toLowerCase().replace(/[’]/g, "'").replace(/[-‐–]/g, ' ').replace(/\s+/g, ' ');
      if (words[key] || (!key.includes(' ') && known(key))) continue;
      const stateTag = tag === 'Country' ? countryFormTag(key, concept.label.en.toLowerCase()) : tag;
      if (stateTag) words[key] = stateTag;
    }
  }
  return words;
}

/** Endings of a state's adjectival form ("Russian", "Turkish", "Iraqi", "Lebanese"). */
const DEMONYM_RE = /(?:an|ans|ian|ians|ish|ese|i|is)$/;

/**
 * A state's own forms: its name is a Country, a word built on the name a Demonym (Russia →
 * Russian, Iran → Iranians). Other forms the lexicon files under a state (its capital, its
 * leaders: "Merkel" under Germany) are left to compromise, which knows capitals and people:
 * null.
 */
function countryFormTag(key: string, label: string): string | null {
  if (key === label) return 'Country';
  if (key.includes(' ') || key.slice(0, 3) !== label.slice(0, 3)) return null;
  return DEMONYM_RE.test(key) ? 'Demonym' : 'Country';
}

let ready = false;

/** Teaches compromise the domain's names, once per process. */
function setUp(): void {
  if (ready) return;
  ready = true;
  const lexicon = (nlp.model() as { one?: { lexicon?: Record<string, unknown> } }).one?.lexicon ?? {};
  // Frozen, not plain words: the domain's names are certain, and compromise's later passes would
  // otherwise retag "Sham" in "Ahrar al-Sham fighters" as a common noun.
  nlp.plugin({ tags: DOMAIN_TAGS, frozen: domainWords((w) => w in lexicon) });
}

interface OffsetJson {
  offset?: { start: number; length: number };
}

/** Each kind of name and its finder in a tagged text. */
export const FINDER_OF_KIND: ReadonlyArray<[NameKind, (doc: View) => View]> = [
  ['person', people],
  ['place', places],
  ['organization', organizations],
];

/**
 * People, places and organisations named in text[span.start, span.end), in text order, offsets
 * into `text`; a possessive 's is left out of the name. [] when the span names none.
 */
export function findEnglishNames(text: string, span: Span): NameMention[] {
  const start = Math.max(0, span.start);
  const end = Math.min(text.length, span.end, start + MAX_NAME_SPAN_CHARS);
  if (end <= start || !/\p{Lu}/u.test(text.slice(start, end))) return [];
  setUp();
  let matches: [NameKind, OffsetJson[]][];
  try {
    const doc = nlp(text.slice(start, end));
    matches = FINDER_OF_KIND.map(([kind, find]) => [kind, find(doc).json({ offset: true }) as OffsetJson[]]);
  } catch {
    // A third-party tagger's failure on one odd sentence must not break the page's analysis.
    return [];
  }
  const out: NameMention[] = [];
  const taken = new Set<number>();
  for (const [kind, found] of matches) {
    for (const m of found) {
      if (!m.offset) continue;
      let s = start + m.offset.start;
      let e = s + m.offset.length;
      // Trim what the tagger keeps around a name: punctuation, quotes, a possessive.
      while (e > s && /[\s.,;:!?"'”’)\u2013\u2014-]/.test(text[e - 1]!)) e--;
      if (/['’]s$/i.test(text.slice(s, e))) e -= 2;
      while (s < e && /[\s"'“‘(]/.test(text[s]!)) s++;
      if (e <= s || taken.has(s)) continue;
      taken.add(s);
      out.push({ kind, start: s, end: e, surface: text.slice(s, e) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
