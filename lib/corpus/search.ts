import { normalizeArabicWord } from '@/lib/engine/arabic/normalize';
import { stemArabic, stemCandidates } from '@/lib/engine/arabic/stem';
import { normalizeEnglish } from '@/lib/engine/english/normalize';
import { stemEnglish } from '@/lib/engine/english/stem';

/**
 * Search for the corpus manager: words are reduced to the engine's own matching keys (Arabic
 * orthographic normalisation + light10 stem, English lower case + Porter stem), so "الإجلاء" finds
 * "إجلاء" and "اجلاء", and "evacuated" finds "evacuation".
 */

/** A query word at least this long also matches words it begins ("evac" → "evacuation"). */
export const MIN_PREFIX_CHARS = 3;
/** Query words beyond this are ignored: a pasted paragraph is not a search. */
export const MAX_QUERY_WORDS = 12;
/** Documents whose word sets are kept between searches (one set per document). */
const CACHE_LIMIT = 2_000;

const WORD = /[\p{L}\p{N}]+/gu;
const ARABIC_LETTER = /[\u0621-\u064a]/;

function stemWord(norm: string): string {
  return ARABIC_LETTER.test(norm) ? stemArabic(norm) : stemEnglish(normalizeEnglish(norm));
}

/**
 * The search keys of a text, in text order (repeats kept). With `alternatives`, Arabic words
 * also give their stems without fused prepositions and pronouns (بحلب → حلب): used on the
 * documents' side, so a bare query word finds its prefixed forms. [] for a text with no words.
 */
export function searchTerms(text: string, alternatives = false): string[] {
  const out: string[] = [];
  for (const word of normalizeArabicWord(text).match(WORD) ?? []) {
    out.push(stemWord(word));
    if (alternatives && ARABIC_LETTER.test(word)) out.push(...stemCandidates(word));
  }
  return out;
}

export interface SearchableDoc {
  docId: string;
  title: string;
  outlet: string | null;
  text: string;
}

interface DocTerms {
  version: string;
  title: Set<string>;
  body: Set<string>;
}

function hasTerm(terms: Set<string>, query: string): boolean {
  if (terms.has(query)) return true;
  if (query.length < MIN_PREFIX_CHARS) return false;
  for (const t of terms) if (t.startsWith(query)) return true;
  return false;
}

/** Ranks corpus documents for a query; keeps each document's word sets between searches. */
export class CorpusSearch {
  private readonly cache = new Map<string, DocTerms>();

  private termsOf(doc: SearchableDoc): DocTerms {
    const version = `${doc.title}\u0000${doc.outlet ?? ''}\u0000${doc.text.length}`;
    const hit = this.cache.get(doc.docId);
    if (hit && hit.version === version) return hit;
    const title = new Set(searchTerms(`${doc.title} ${doc.outlet ?? ''}`, true));
    const body = new Set(searchTerms(doc.text, true));
    for (const t of title) body.add(t);
    const entry = { version, title, body };
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(doc.docId, entry);
    return entry;
  }

  /**
   * The ids of the documents holding every query word (in the title, outlet or text), best
   * first: title matches before text-only ones. Every document, in the given order, for an empty
   * query; [] when nothing matches.
   */
  search(docs: readonly SearchableDoc[], query: string): string[] {
    const words = [...new Set(searchTerms(query))].slice(0, MAX_QUERY_WORDS);
    if (words.length === 0) return docs.map((d) => d.docId);
    const scored: { docId: string; score: number; order: number }[] = [];
    docs.forEach((doc, order) => {
      const terms = this.termsOf(doc);
      if (!words.every((w) => hasTerm(terms.body, w))) return;
      const score = words.filter((w) => hasTerm(terms.title, w)).length;
      scored.push({ docId: doc.docId, score, order });
    });
    scored.sort((a, b) => b.score - a.score || a.order - b.order);
    return scored.map((s) => s.docId);
  }

  /** Forgets a document (after it is deleted). */
  forget(docId: string): void {
    this.cache.delete(docId);
  }
}
