import { expect } from 'vitest';
import { analyzeDocument, checkArticle, CorpusIndex, type CorpusDoc } from './index';
import type { ClaimFrame } from './types';

/**
 * Helpers shared by the engine's table tests: one sentence read as a corpus statement, and a claim
 * checked against a one-sentence source. Titles name Aleppo, as a real page's or source's would.
 */

/** A one-document corpus entry of `text`, dated Tuesday 13 December 2016. */
export function sourceDoc(text: string, lang: 'ar' | 'en'): CorpusDoc {
  return analyzeDocument({ docId: 's1', title: 'حلب Aleppo', outlet: null, published: '2016-12-13', lang, url: null, origin: 'saved', text });
}

/** The frame of the first statement read in `text` (asserts there is one). */
export function frameOf(text: string, lang: 'ar' | 'en'): ClaimFrame {
  const doc = sourceDoc(text, lang);
  expect(doc.claims.length, `a statement in «${text}»`).toBeGreaterThan(0);
  return doc.claims[0]!.frame;
}

/** The first match of a one-sentence page against `src`, as 'stance:reason', or 'none'. */
export function stanceFor(claim: string, src: string, srcLang: 'ar' | 'en'): string {
  const m = checkArticle({ text: claim, title: 'حلب Aleppo', published: '2016-12-13' }, new CorpusIndex([sourceDoc(src, srcLang)])).claims[0]?.matches[0];
  return m ? `${m.stance}:${m.reasonDetail.code}` : 'none';
}
