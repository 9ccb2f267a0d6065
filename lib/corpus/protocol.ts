import type { CheckResult } from '@/lib/engine/types';
import type { DocSummary, DuplicateInfo, ImportSummary, StorageUsage } from '@/lib/db/corpus-store';
import type { ExportScope } from './exchange';

/**
 * The data of the corpus messages (saving, the corpus manager, export/import, checking a
 * selection), listed in lib/messaging.ts's ProtocolMap. Expected failures (a full disk, a bad
 * file, a page with no article) come back as `{ ok: false, error }` with a stable code, so each
 * page can explain them in the reader's language; a thrown error means a bug or a dead context.
 */

/** A failure the reader can act on. `message` is English; `code` (+ `params`) picks a translation. */
export interface CorpusFailure {
  code: string;
  message: string;
  params?: Record<string, string>;
}

export type Outcome<T> = ({ ok: true } & T) | { ok: false; error: CorpusFailure };

/** The page as it would be saved, for the reader to correct before saving. */
export interface SaveDraft {
  title: string;
  outlet: string | null;
  /** YYYY-MM-DD, or null when the page gives no date. */
  published: string | null;
  byline: string | null;
  url: string;
  canonicalUrl: string | null;
  /** Language the engine detected. */
  lang: string;
  /** Length of the article text, in characters. */
  textChars: number;
  /** Claims the engine finds in it (0 for a page not about the Aleppo events). */
  claimCount: number;
}

export type SavePreview = Outcome<{ draft: SaveDraft; duplicate: DuplicateInfo | null }>;

export interface SavePageData {
  tabId: number;
  /** The reader's corrections; the extracted values when they changed nothing. */
  title: string;
  outlet: string | null;
  published: string | null;
  /** Save a near-duplicate from a different outlet anyway. */
  keepBoth?: boolean;
}

export type SavePageResult = Outcome<{ status: 'saved'; doc: DocSummary } | { status: 'duplicate'; duplicate: DuplicateInfo }>;

export type ExportResult = Outcome<{ json: string; fileName: string; count: number }>;
export type ImportResult = Outcome<{ summary: Omit<ImportSummary, 'docs'> }>;
export type DocChangeResult = Outcome<{ doc: DocSummary | null }>;

export interface ExportData {
  scope: ExportScope;
}

/** A text the reader selected to check on its own (context menu "Check selected text"). */
export interface SelectionRequest {
  text: string;
  /** The page it was selected on, for the heading and for excluding that page's own copy. */
  pageUrl: string | null;
  pageTitle: string | null;
}

export type SelectionResult = Outcome<{ result: CheckResult }>;

/** The function the injected Readability script (entrypoints/readability.ts) leaves in the
 *  extension's isolated world of a tab, for the background to call. */
export const SAVE_EXTRACTOR_GLOBAL = '__xrefExtractForSaving';

/** storage.session key of a pending selection check, read by the selection page. */
export function selectionKey(id: string): string {
  return `selection:${id}`;
}

export type { DocSummary, DuplicateInfo, StorageUsage };
