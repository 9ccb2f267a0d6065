import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeDocument, type CorpusIndex } from '@/lib/engine';
import { parseCorpusFile, serializeCorpus, type ExchangeDoc } from '@/lib/corpus/exchange';
import { JSDOM } from 'jsdom';
import { WIRE } from '@/lib/corpus/test-articles';
import { extractForSaving } from '@/lib/dom/save-extract';
import { toStoredDoc } from '@/lib/db/corpus-store';
import { writeDocs } from '@/lib/db/doc-rows';
import { openXrefDb, type XrefDb } from '@/lib/db/schema';
import { removeAllListeners, sendMessage } from '@/lib/messaging';
import { useMessages } from '@/lib/i18n';
import en from '@/public/_locales/en/messages.json';
import { registerCorpusHandlers } from './corpus-handlers';
import { IndexLoader } from './index-loader';

const SEED_ID = '003_c4c60020cb983868';
const WIRE_DOC: ExchangeDoc = {
  docId: 'saved_wire0001', title: 'Buses leave east Aleppo', outlet: 'Example Wire', published: '2016-12-15',
  lang: 'en', url: 'https://example-wire.org/aleppo-buses', origin: 'saved', text: WIRE,
};

/** The article text of one of the e2e fixture pages, as saving extracts it. */
function pageText(name: string): string {
  const html = readFileSync(`e2e/pages/${name}`, 'utf8');
  return extractForSaving(new JSDOM(html, { url: `http://localhost/${name}` }).window.document).text;
}

let db: XrefDb;
let index: CorpusIndex;
let dbCount = 0;
let restoreMessages: () => void;

beforeEach(async () => {
  fakeBrowser.reset();
  // fakeBrowser has no i18n: the reasons' language comes from the real English messages.
  restoreMessages = useMessages(en, 'en');
  db = openXrefDb(`corpus-handlers-${++dbCount}-${Date.now()}`);
  const text = readFileSync(`seeds/${SEED_ID}.txt`, 'utf8');
  const seed = analyzeDocument({ docId: SEED_ID, title: 'Seed', outlet: null, published: '2016-12-13', lang: 'ar', url: null, origin: 'seed', text });
  await writeDocs(db, [toStoredDoc(seed, { addedAt: '2026-01-01T00:00:00.000Z', corpusVersion: 'test' })]);
  const loader = new IndexLoader(db);
  index = await loader.index();
  registerCorpusHandlers({ db: async () => db, index: async () => loader, recheckTab: async () => undefined });
});

afterEach(async () => {
  removeAllListeners();
  restoreMessages();
  db.close();
  await db.delete();
});

describe('corpus handlers', () => {
  it('refuses a malformed import with a coded reason and changes nothing', async () => {
    const before = await db.docs.toArray();
    const answer = await sendMessage('importCorpus', { raw: '{"format":"aleppo-xref-corpus","version":1,"docs":[{"docId":"x"}]}' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'missing-field', params: { doc: '1', field: 'title' } } });
    expect(await db.docs.toArray()).toEqual(before);
  });

  it('imports a good file and matches against it at once', async () => {
    // Two outlets' reports of the same evacuation (the e2e fixture pages).
    const ledger: ExchangeDoc = { ...WIRE_DOC, docId: 'saved_ledger01', url: 'https://ledger.example/evacuation', text: pageText('en-ledger-evacuation.html') };
    const answer = await sendMessage('importCorpus', { raw: serializeCorpus([ledger], 'saved') });
    expect(answer).toMatchObject({ ok: true, summary: { imported: 1, skippedSameDoc: 0 } });
    expect(index.has(ledger.docId)).toBe(true);
    const check = await sendMessage('checkSelection', { text: pageText('en-harbour-evacuation.html'), pageUrl: 'https://harbour.example/x', pageTitle: null });
    if (!check.ok) throw new Error(check.error.message);
    const sources = check.result.claims.flatMap((c) => c.matches.map((m) => m.docId));
    expect(sources).toContain(ledger.docId);
  });

  it('never matches a selection against the saved copy of its own page', async () => {
    await sendMessage('importCorpus', { raw: serializeCorpus([WIRE_DOC], 'saved') });
    const check = await sendMessage('checkSelection', { text: WIRE, pageUrl: 'http://www.example-wire.org/aleppo-buses?utm_source=x', pageTitle: null });
    if (!check.ok) throw new Error(check.error.message);
    expect(check.result.claims.length).toBeGreaterThan(0);
    expect(check.result.claims.flatMap((c) => c.matches.map((m) => m.docId))).not.toContain(WIRE_DOC.docId);
  });

  it('keeps the index in step with hiding, restoring and deleting', async () => {
    await sendMessage('importCorpus', { raw: serializeCorpus([WIRE_DOC], 'saved') });
    expect(await sendMessage('setDocHidden', { docId: SEED_ID, hidden: true })).toMatchObject({ ok: true, doc: { hidden: true } });
    expect(index.has(SEED_ID)).toBe(false);
    await sendMessage('setDocHidden', { docId: SEED_ID, hidden: false });
    expect(index.has(SEED_ID)).toBe(true);
    expect(await sendMessage('deleteDoc', { docId: SEED_ID })).toMatchObject({ ok: false, error: { code: 'seed-not-deletable' } });
    expect(await sendMessage('deleteDoc', { docId: WIRE_DOC.docId })).toEqual({ ok: true, doc: null });
    expect(index.has(WIRE_DOC.docId)).toBe(false);
    expect((await sendMessage('listDocs', {})).map((d) => d.docId)).toEqual([SEED_ID]);
  });

  it('refuses corpus requests from a content script (a web page\'s context)', async () => {
    // What Chromium delivers when a content script sends a message: the page's URL as sender.
    const fromPage = { url: 'https://evil.example/page', tab: { id: 3 } } as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
    const reply = new Promise<{ res?: unknown; err?: { message: string } }>((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger({ id: 1, type: 'listDocs', data: {}, timestamp: Date.now() }, fromPage, resolve);
    });
    expect((await reply).err?.message).toMatch(/only from the extension's own pages/);
    expect((await reply).res).toBeUndefined();
  });

  it('exports the saved articles only, in the exchange format', async () => {
    await sendMessage('importCorpus', { raw: serializeCorpus([WIRE_DOC], 'saved') });
    const answer = await sendMessage('exportCorpus', { scope: 'saved' });
    if (!answer.ok) throw new Error('export failed');
    expect(answer.count).toBe(1);
    expect(answer.fileName).toMatch(/^aleppo-xref-corpus-saved-\d{4}-\d{2}-\d{2}\.json$/);
    expect(parseCorpusFile(answer.json).docs).toEqual([WIRE_DOC]);
    expect(await sendMessage('storageUsage', {})).toMatchObject({ docs: 2, saved: 1, hidden: 0 });
  });
});
