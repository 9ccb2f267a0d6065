/**
 * Errors of the corpus store, with stable codes so every extension page can explain them in the
 * reader's language.
 */

export type CorpusStoreErrorCode =
  | 'quota-exceeded'
  | 'storage-failed'
  | 'not-found'
  | 'seed-not-deletable'
  | 'empty-text'
  | 'title-required'
  | 'text-too-long';

export class CorpusStoreError extends Error {
  readonly code: CorpusStoreErrorCode;
  constructor(code: CorpusStoreErrorCode, message: string) {
    super(message);
    this.name = 'CorpusStoreError';
    this.code = code;
  }
}

/** How deep to follow `inner` / `cause` chains: Dexie wraps at most a few levels. */
const MAX_ERROR_DEPTH = 5;

/**
 * Whether a failed write ran out of space. Browsers and Dexie say it several ways: a
 * DOMException 'QuotaExceededError', Dexie's own QuotaExceededError, or an 'AbortError' of the
 * transaction whose `inner` error is the quota one; Firefox also uses NS_ERROR_DOM_QUOTA_REACHED.
 */
export function isQuotaError(e: unknown): boolean {
  let err: unknown = e;
  for (let depth = 0; depth < MAX_ERROR_DEPTH && err && typeof err === 'object'; depth++) {
    const { name, message } = err as { name?: unknown; message?: unknown };
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    if (typeof message === 'string' && /quota/i.test(message)) return true;
    const next = err as { inner?: unknown; cause?: unknown };
    err = next.inner ?? next.cause;
  }
  return false;
}

/**
 * The error a store operation reports: ours as they are, a quota failure as 'quota-exceeded',
 * anything else from the database as 'storage-failed' (keeping the browser's words).
 */
export function describeStorageFailure(e: unknown): CorpusStoreError {
  if (e instanceof CorpusStoreError) return e;
  if (isQuotaError(e)) {
    return new CorpusStoreError(
      'quota-exceeded',
      'The browser has no more room for the corpus. Nothing was saved and nothing already stored was lost; free some disk space or delete saved articles, then try again.',
    );
  }
  const detail = e instanceof Error ? e.message : String(e);
  return new CorpusStoreError('storage-failed', `The corpus could not be updated (${detail}). Nothing was changed.`);
}
