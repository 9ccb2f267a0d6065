import type { CorpusFailure } from '@/lib/corpus/protocol';
import { t, type MessageKey } from '@/lib/i18n';

/**
 * The reader's-language sentence for a corpus failure (see lib/corpus/protocol.ts). Codes come
 * from the store (quota…), the page extraction and the import file checks; an unknown code
 * falls back to the English message the background sent, so nothing is ever left unexplained.
 */
const KEYS: Record<string, MessageKey> = {
  'quota-exceeded': 'errorQuotaExceeded',
  'storage-failed': 'errorStorageFailed',
  'not-found': 'errorNotFound',
  'seed-not-deletable': 'errorSeedNotDeletable',
  'empty-text': 'errorEmptyText',
  'title-required': 'errorTitleRequired',
  'text-too-long': 'errorTextTooLong',
  'not-a-web-page': 'errorNotAWebPage',
  'no-article': 'errorNoArticle',
  'page-unreachable': 'errorPageUnreachable',
  'bad-date': 'errorBadDate',
  'empty-selection': 'selectionEmpty',
};

/** Import-file error codes (CorpusFileErrorCode) → message and which params fill $1, $2. */
const IMPORT_KEYS: Record<string, [MessageKey, string[]]> = {
  'too-large': ['importErrorTooLarge', ['limit']],
  'not-json': ['importErrorNotJson', []],
  'not-corpus-file': ['importErrorNotCorpusFile', []],
  'newer-version': ['importErrorNewerVersion', ['version']],
  'bad-version': ['importErrorBadVersion', []],
  'bad-field': ['importErrorBadField', ['doc', 'field']],
  'missing-field': ['importErrorMissingField', ['doc', 'field']],
  'too-many-docs': ['importErrorTooManyDocs', ['limit']],
  'text-too-long': ['importErrorTextTooLong', ['doc']],
  'bad-doc-id': ['importErrorBadDocId', ['doc']],
  'duplicate-doc-id': ['importErrorDuplicateDocId', ['doc']],
  'bad-date': ['importErrorBadDate', ['doc']],
  'bad-url': ['importErrorBadUrl', ['doc']],
};

/** A failure as one sentence in the UI language. */
export function failureText(error: CorpusFailure): string {
  const key = KEYS[error.code];
  return key ? t(key) : t('errorUnknown', error.message);
}

/** An import failure as one sentence in the UI language (file problems name the document). */
export function importFailureText(error: CorpusFailure): string {
  const entry = IMPORT_KEYS[error.code];
  if (!entry) return failureText(error);
  // doc "0": a problem in the file's header (scope, export date), not in one document.
  if (error.params?.doc === '0') return t('importErrorNotCorpusFile');
  const [key, params] = entry;
  return t(key, ...params.map((p) => error.params?.[p] ?? ''));
}

/** The message for an exception thrown by a messaging call (a bug or a dead background). */
export function thrownText(e: unknown): string {
  return t('errorUnknown', e instanceof Error ? e.message : String(e));
}
