import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CorpusStoreError, describeStorageFailure, isQuotaError } from './store-errors';

const quotaDom = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaError', () => {
  it.each([
    ['the browser\'s DOMException', quotaDom, true],
    ['Dexie\'s own QuotaExceededError', new Dexie.QuotaExceededError('full'), true],
    ['a transaction AbortError whose inner error is the quota', new Dexie.AbortError('Transaction aborted', quotaDom), true],
    ['a bulk error wrapping it twice', { name: 'BulkError', inner: new Dexie.AbortError('aborted', quotaDom) }, true],
    ['Firefox\'s name for it', { name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' }, true],
    ['a constraint error', new Dexie.ConstraintError('Key already exists'), false],
    ['an abort for another reason', new Dexie.AbortError('aborted', new Error('version change')), false],
    ['nothing', null, false],
  ])('%s → %s', (_label, error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});

describe('describeStorageFailure', () => {
  it('turns a quota failure into a message that says nothing was lost', () => {
    const e = describeStorageFailure(new Dexie.AbortError('aborted', quotaDom));
    expect(e).toBeInstanceOf(CorpusStoreError);
    expect(e.code).toBe('quota-exceeded');
    expect(e.message).toMatch(/nothing already stored was lost/);
  });

  it('keeps the store\'s own errors and wraps anything else', () => {
    const own = new CorpusStoreError('not-found', 'gone');
    expect(describeStorageFailure(own)).toBe(own);
    expect(describeStorageFailure(new Error('disk I/O')).code).toBe('storage-failed');
    expect(describeStorageFailure(new Error('disk I/O')).message).toContain('disk I/O');
  });
});
