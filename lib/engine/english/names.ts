import type { Span } from '../layer';

/**
 * What the engine asks of a finder of English proper names (people, places, organisations): the
 * names the lexicon lacks are compared between statements in the same language. The finder is
 * compromise's tagger (./nlp.ts), ~140 kB gzipped and ~100 ms to set up: the engine never imports
 * it, its callers hand it over (the CLI and tests at once, the extension's worker only when a page
 * needs it), so a caller that needs no names never loads it.
 */

/** The classes of proper name the finder tells apart. */
export type NameKind = 'person' | 'place' | 'organization';

/** A proper name in the text, offsets into the analysed text. */
export interface NameMention {
  kind: NameKind;
  start: number;
  end: number;
  surface: string;
}

/** People, places and organisations named in text[span.start, span.end), in text order. */
export type NameFinder = (text: string, span: Span) => NameMention[];
