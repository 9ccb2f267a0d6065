import actorsJson from './actors.json';
import placesJson from './places.json';
import eventsJson from './events.json';
import objectsJson from './objects.json';
import type { Token } from '../layer';

/**
 * The concept lexicon (data in ./*.json, format in ./README.md) and its lookup: language-neutral
 * concept ids for every actor, place, event type and object the domain talks about, so an English
 * claim and an Arabic source meet in the same frame.
 */

export type ConceptKind = 'actor' | 'place' | 'event' | 'object';

export interface Concept {
  id: string;
  kind: ConceptKind;
  type: string;
  parent: string | null;
  label: { ar: string; en: string };
  /** Parent, grandparent…: a concept is compatible with its ancestors. */
  ancestors: string[];
}

interface RawEntry {
  id: string;
  kind?: string;
  type?: string;
  parent?: string | null;
  ar?: string[];
  en?: string[];
  label?: { ar?: string; en?: string };
}

/** A concept found in a sentence: token range and character offsets into the analysed text. */
export interface ConceptMention {
  id: string;
  kind: ConceptKind;
  /** Index of the first token and one past the last. */
  first: number;
  last: number;
  start: number;
  end: number;
}

/** Turns a lexicon form into the stems of its words, in the language's own tokenisation. */
export type FormStemmer = (form: string) => string[];

const RAW: [ConceptKind, RawEntry[]][] = [
  ['actor', actorsJson as RawEntry[]],
  ['place', placesJson as RawEntry[]],
  ['event', eventsJson as RawEntry[]],
  ['object', objectsJson as RawEntry[]],
];

const CONCEPTS = new Map<string, Concept>();
for (const [kind, entries] of RAW) {
  for (const e of entries) {
    if (!e?.id || CONCEPTS.has(e.id)) continue;
    CONCEPTS.set(e.id, {
      id: e.id,
      kind,
      type: e.type ?? '',
      parent: e.parent ?? null,
      label: { ar: e.label?.ar ?? e.ar?.[0] ?? e.id, en: e.label?.en ?? e.en?.[0] ?? e.id },
      ancestors: [],
    });
  }
}
for (const c of CONCEPTS.values()) {
  const seen = new Set<string>([c.id]);
  let p = c.parent;
  while (p && CONCEPTS.has(p) && !seen.has(p)) {
    c.ancestors.push(p);
    seen.add(p);
    p = CONCEPTS.get(p)!.parent;
  }
}

/** The concept with this id, or undefined for an id the lexicon does not have. */
export function getConcept(id: string): Concept | undefined {
  return CONCEPTS.get(id);
}

/** Every concept, in file order. */
export function allConcepts(): Concept[] {
  return [...CONCEPTS.values()];
}

/** The raw surface forms of a concept in one language ([] for an unknown id). */
export function conceptForms(id: string, lang: 'ar' | 'en'): string[] {
  for (const [, entries] of RAW) {
    const e = entries.find((x) => x.id === id);
    if (e) return e[lang] ?? [];
  }
  return [];
}

/** Every form of every concept in one language, in file order (repeats kept). */
export function lexiconForms(lang: 'ar' | 'en'): string[] {
  const out: string[] = [];
  for (const [, entries] of RAW) for (const e of entries) if (e?.id && CONCEPTS.has(e.id)) out.push(...(e[lang] ?? []));
  return out;
}

/** Display name of a concept in a UI language; the id itself for an unknown concept. */
export function conceptLabel(id: string, lang: 'ar' | 'en'): string {
  return CONCEPTS.get(id)?.label[lang] ?? id;
}

/** True when a and b are the same concept or one is an ancestor of the other. */
export function compatibleConcepts(a: string, b: string): boolean {
  if (a === b) return true;
  const ca = CONCEPTS.get(a);
  const cb = CONCEPTS.get(b);
  return !!ca && !!cb && (ca.ancestors.includes(b) || cb.ancestors.includes(a));
}

/** True when `a` is `b` or sits under it (Churkin under Russia). */
export function isWithin(a: string, b: string): boolean {
  return a === b || (CONCEPTS.get(a)?.ancestors.includes(b) ?? false);
}

/** Concept types whose forms are read whole: nothing nested inside them is a mention. */
const OPAQUE_TYPES = new Set(['ceasefire']);

interface Form {
  stems: string[];
  id: string;
}

/** Whether a token reads as this stem: its own stem or one of its dictionary alternatives. */
function tokenReads(t: Token | undefined, stem: string): boolean {
  return !!t && (t.stem === stem || (t.alts?.includes(stem) ?? false));
}

/**
 * Finds concept mentions in one language's tokens: longest form first, each token in at most one
 * mention. A token matches a form word by its stem or by one of its dictionary alternatives.
 */
export class ConceptMatcher {
  private readonly byFirst = new Map<string, Form[]>();
  private readonly known = new Set<string>();

  /**
   * @param stored forms already stemmed (form → stems joined by a space), read instead of
   *   stemming; forms it lacks are stemmed with `stemForm`.
   */
  constructor(lang: 'ar' | 'en', stemForm: FormStemmer, stored: Readonly<Record<string, string>> = {}) {
    for (const [, entries] of RAW) {
      for (const e of entries) {
        if (!e?.id || !CONCEPTS.has(e.id)) continue;
        for (const form of e[lang] ?? []) {
          const known = Object.hasOwn(stored, form) ? stored[form]! : undefined;
          const stems = known === undefined ? stemForm(form) : known === '' ? [] : known.split(' ');
          if (stems.length === 0) continue;
          for (const s of stems) this.known.add(s);
          const list = this.byFirst.get(stems[0]!) ?? [];
          if (!list.some((f) => f.id === e.id && f.stems.join(' ') === stems.join(' '))) list.push({ stems, id: e.id });
          this.byFirst.set(stems[0]!, list);
        }
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  }

  /** Whether a stem is a word of some lexicon form (for splitting run-together words). */
  knows(stem: string): boolean {
    return this.known.has(stem);
  }

  /** The longest form starting at token i that ends by token `limit`, or null. */
  private longestAt(tokens: Token[], i: number, limit: number): Form | null {
    const t = tokens[i];
    if (!t) return null;
    // The token's stem, then its dictionary alternatives, as a form's first word. No arrays are
    // built: this runs at every token of every sentence, and few tokens start any form.
    let best = this.longestFrom(tokens, i, limit, t.stem, null);
    for (const alt of t.alts ?? []) best = this.longestFrom(tokens, i, limit, alt, best);
    return best;
  }

  /** The longest form beginning with `first` at token i (and longer than `best`), else `best`. */
  private longestFrom(tokens: Token[], i: number, limit: number, first: string, best: Form | null): Form | null {
    const forms = this.byFirst.get(first);
    if (!forms) return best;
    for (const form of forms) {
      if (best && form.stems.length <= best.stems.length) continue;
      if (i + form.stems.length > limit) continue;
      let ok = true;
      for (let k = 1; k < form.stems.length && ok; k++) ok = tokenReads(tokens[i + k], form.stems[k]!);
      if (ok) best = form;
    }
    return best;
  }

  private mention(tokens: Token[], form: Form, i: number): ConceptMention {
    const concept = CONCEPTS.get(form.id)!;
    return { id: concept.id, kind: concept.kind, first: i, last: i + form.stems.length, start: tokens[i]!.start, end: tokens[i + form.stems.length - 1]!.end };
  }

  /**
   * Mentions in token order, longest form first. Concepts nested inside a longer form are found
   * too ('ستضمنان تنفيذه' is a guarantee and names the implementation), so two wordings of one
   * fact meet whichever form the lexicon happens to list. [] when the tokens name no concept.
   */
  find(tokens: Token[]): ConceptMention[] {
    const out: ConceptMention[] = [];
    for (let i = 0; i < tokens.length; ) {
      const best = this.longestAt(tokens, i, tokens.length);
      if (!best) {
        i++;
        continue;
      }
      const outer = this.mention(tokens, best, i);
      out.push(outer);
      // A halt of something is not that something: 'وقف إطلاق النار' names no gunfire.
      // Things inside an event's wording, events inside an actor's ('government control');
      // never places inside places ('ريف حلب الغربي' names no west Aleppo).
      const outerConcept = CONCEPTS.get(best.id)!;
      const opaque = outerConcept.kind === 'place' || outerConcept.kind === 'object' || OPAQUE_TYPES.has(outerConcept.type);
      for (let k = i + 1; k < outer.last && !opaque; k++) {
        const inner = this.longestAt(tokens, k, outer.last);
        const innerKind = inner ? CONCEPTS.get(inner.id)!.kind : null;
        // Not events inside events: 'agreement was reached' names no arrival.
        const allowed = (innerKind === 'event' && outerConcept.kind === 'actor') || (innerKind === 'object' && outerConcept.kind === 'event');
        if (inner && allowed && inner.id !== best.id && !out.some((m) => m.id === inner.id && m.first >= i)) out.push(this.mention(tokens, inner, k));
      }
      i = outer.last;
    }
    return out;
  }
}
