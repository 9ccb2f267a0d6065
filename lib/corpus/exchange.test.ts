import { describe, expect, it } from 'vitest';
import {
  CorpusFileError,
  MAX_CORPUS_FILE_BYTES,
  MAX_DOC_TEXT_CHARS,
  MAX_DOCS_PER_FILE,
  parseCorpusFile,
  serializeCorpus,
  type ExchangeDoc,
} from './exchange';

const DOC: ExchangeDoc = {
  docId: 'saved_1a2b3c',
  title: 'Evacuation of east Aleppo begins',
  outlet: 'Example Wire',
  published: '2016-12-15',
  lang: 'en',
  url: 'https://news.example.org/aleppo-evacuation',
  origin: 'saved',
  text: 'The first buses left east Aleppo on Thursday.\nThe ICRC said about 3,000 people had left.',
};

function file(over: Record<string, unknown> = {}, docs: unknown[] = [DOC]): string {
  return JSON.stringify({ format: 'aleppo-xref-corpus', version: 1, exportedAt: '2026-11-24T02:00:00.000Z', scope: 'all', docs, ...over });
}

function codeOf(raw: string): string {
  try {
    parseCorpusFile(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(CorpusFileError);
    expect((e as Error).message.length).toBeGreaterThan(10);
    return (e as CorpusFileError).code;
  }
  return 'accepted';
}

describe('serializeCorpus / parseCorpusFile', () => {
  it('round-trips documents and drops claims and bookkeeping', () => {
    const stored = { ...DOC, claims: [{ id: 'c1' }], hidden: 0, fingerprint: 'x' } as unknown as ExchangeDoc;
    const raw = serializeCorpus([stored], 'saved', new Date('2026-11-24T03:00:00Z'));
    expect(raw).not.toContain('claims');
    expect(raw).not.toContain('fingerprint');
    const parsed = parseCorpusFile(raw);
    expect(parsed.scope).toBe('saved');
    expect(parsed.exportedAt).toBe('2026-11-24T03:00:00.000Z');
    expect(parsed.docs).toEqual([DOC]);
  });

  it('accepts Arabic text with its direction marks and a leading byte-order mark', () => {
    const ar = { ...DOC, docId: '000_a46ec351ea799547', lang: 'ar', origin: 'seed', title: 'وقف إطلاق النار\u200F في حلب', url: null, text: 'بدأت عملية الإجلاء من شرق حلب.' };
    const parsed = parseCorpusFile('\uFEFF' + file({}, [ar]));
    expect(parsed.docs[0]).toEqual(ar);
  });

  it('strips control and direction-override characters instead of keeping them', () => {
    const hostile = { ...DOC, title: 'Safe\u202Egnp.exe\u0000 title\u001B[31m', outlet: '  Wire\u0007 ', text: 'Line one\u0000.\r\nLine two\u0085.' };
    const [doc] = parseCorpusFile(file({}, [hostile])).docs;
    expect(doc!.title).toBe('Safegnp.exe title[31m');
    expect(doc!.outlet).toBe('Wire');
    expect(doc!.text).toBe('Line one.\nLine two.');
  });

  it('cuts a date-time to its day and keeps prototype keys inert', () => {
    const raw = file({}, [{ ...DOC, published: '2016-12-13T18:30:00+02:00' }]).replace('"docId"', '"__proto__":{"polluted":true},"docId"');
    expect(raw).toContain('__proto__');
    const [doc] = parseCorpusFile(raw).docs;
    expect(doc!.published).toBe('2016-12-13');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(doc!)).not.toContain('__proto__');
  });

  it.each([
    ['not JSON', '{"format": "aleppo-xref-corpus", ', 'not-json'],
    ['another JSON file', JSON.stringify({ name: 'package', version: 1 }), 'not-corpus-file'],
    ['docs not a list', file({ docs: {} }), 'not-corpus-file'],
    ['no version', file({ version: undefined }), 'bad-version'],
    ['version as text', file({ version: '1' }), 'bad-version'],
    ['newer version', file({ version: 2 }), 'newer-version'],
    ['unknown scope', file({ scope: 'some' }), 'bad-field'],
    ['bad export date', file({ exportedAt: 'yesterday' }), 'bad-date'],
    ['doc not an object', file({}, ['text']), 'bad-field'],
    ['missing text', file({}, [{ ...DOC, text: undefined }]), 'missing-field'],
    ['empty text', file({}, [{ ...DOC, text: ' \n ' }]), 'missing-field'],
    ['title a number', file({}, [{ ...DOC, title: 42 }]), 'bad-field'],
    ['outlet an object', file({}, [{ ...DOC, outlet: { a: 1 } }]), 'bad-field'],
    ['id with a slash', file({}, [{ ...DOC, docId: '../etc/passwd' }]), 'bad-doc-id'],
    ['id with markup', file({}, [{ ...DOC, docId: '<img src=x onerror=alert(1)>' }]), 'bad-doc-id'],
    ['id twice', file({}, [DOC, { ...DOC }]), 'duplicate-doc-id'],
    ['impossible date', file({}, [{ ...DOC, published: '2016-02-30' }]), 'bad-date'],
    ['word date', file({}, [{ ...DOC, published: 'Tuesday' }]), 'bad-date'],
    ['javascript url', file({}, [{ ...DOC, url: 'javascript:alert(1)' }]), 'bad-url'],
    ['url with credentials', file({}, [{ ...DOC, url: 'https://user:pw@example.org/' }]), 'bad-url'],
    ['unknown origin', file({}, [{ ...DOC, origin: 'bundled' }]), 'bad-field'],
    ['bad lang', file({}, [{ ...DOC, lang: 'Arabic language' }]), 'bad-field'],
    ['title too long', file({}, [{ ...DOC, title: 'x'.repeat(5000) }]), 'bad-field'],
  ])('refuses %s', (_label, raw, code) => {
    expect(codeOf(raw)).toBe(code);
  });

  it('refuses a text over the per-document limit, naming the document', () => {
    const raw = file({}, [DOC, { ...DOC, docId: 'big', text: 'a'.repeat(MAX_DOC_TEXT_CHARS + 1) }]);
    expect(codeOf(raw)).toBe('text-too-long');
    expect(() => parseCorpusFile(raw)).toThrow(/Document 2/);
  });

  it('refuses too many documents and an oversized file before parsing it', () => {
    const many = Array.from({ length: MAX_DOCS_PER_FILE + 1 }, (_, i) => ({ ...DOC, docId: `d${i}` }));
    expect(codeOf(file({}, many))).toBe('too-many-docs');
    expect(codeOf(' '.repeat(MAX_CORPUS_FILE_BYTES + 1))).toBe('too-large');
  });

  it('reads a file without scope or export date as a whole corpus', () => {
    const parsed = parseCorpusFile(file({ scope: undefined, exportedAt: undefined }));
    expect(parsed.scope).toBe('all');
    expect(parsed.exportedAt).toBeNull();
  });
});
