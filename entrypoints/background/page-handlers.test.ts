import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeDocument } from '@/lib/engine';
import { toStoredDoc } from '@/lib/db/corpus-store';
import { writeDocs } from '@/lib/db/doc-rows';
import { openXrefDb, type XrefDb } from '@/lib/db/schema';
import { useMessages } from '@/lib/i18n';
import { removeAllListeners, SETTINGS_KEY, tabStateKey, type CheckPageData, type ProtocolMap, type TabState } from '@/lib/messaging';
import en from '@/public/_locales/en/messages.json';
import { IndexLoader } from './index-loader';
import { registerPageHandlers, registerTabLifecycle } from './page-handlers';

const SEED_ID = '003_c4c60020cb983868';
const TAB = 7;
const PAGE: CheckPageData = {
  url: 'https://news.example/aleppo',
  title: 'حلب',
  text: 'حلب\n\nذكرت وزارة الدفاع الروسية يوم الثلاثاء أن الجيش السوري بات يسيطر على 70 في المئة من مساحة مدينة حلب.',
  published: '2016-12-13',
  langHint: 'ar',
};

let db: XrefDb;
let count = 0;
let restoreMessages: () => void;

/** Delivers a message the way Chromium does from a content script in tab `tabId`. */
function fromTab<K extends keyof ProtocolMap>(type: K, data: Parameters<ProtocolMap[K]>[0], sender: object = { id: fakeBrowser.runtime.id, tab: { id: TAB } }): Promise<ReturnType<ProtocolMap[K]>> {
  return new Promise((resolve, reject) => {
    const message = { id: ++count, type, data, timestamp: Date.now() };
    void fakeBrowser.runtime.onMessage.trigger(message, sender, (response: { res?: unknown; err?: { message: string } }) =>
      response.err ? reject(new Error(response.err.message)) : resolve(response.res as ReturnType<ProtocolMap[K]>),
    );
  });
}

async function storedState(tabId = TAB): Promise<TabState | undefined> {
  return (await fakeBrowser.storage.session.get(tabStateKey(tabId)))[tabStateKey(tabId)] as TabState | undefined;
}

beforeEach(async () => {
  fakeBrowser.reset();
  restoreMessages = useMessages(en, 'en');
  db = openXrefDb(`page-handlers-${++count}-${Date.now()}`);
  const seed = analyzeDocument({ docId: SEED_ID, title: 'Seed', outlet: null, published: '2016-12-13', lang: 'ar', url: null, origin: 'seed', text: readFileSync(`seeds/${SEED_ID}.txt`, 'utf8') });
  await writeDocs(db, [toStoredDoc(seed, { addedAt: '2026-01-01T00:00:00.000Z', corpusVersion: 'test' })]);
  const loader = new IndexLoader(db);
  // Built before the test ends, so no read outlives the database the test deletes.
  await loader.index();
  registerPageHandlers({ corpus: async () => ({ db, index: loader }) });
  registerTabLifecycle();
});

afterEach(async () => {
  removeAllListeners();
  restoreMessages();
  db.close();
  await db.delete();
});

describe('checkPage', () => {
  it('checks the page, keeps the tab state in storage.session and badges the contradicted claims', async () => {
    const answer = await fromTab('checkPage', PAGE);
    expect(answer.status).toBe('done');
    const claim = answer.result!.claims.find((c) => c.text.includes('70 في المئة'));
    expect(claim?.verdict).toMatch(/conflicting|mixed/);
    expect(claim?.matches.some((m) => m.docId === SEED_ID && m.stance === 'conflicts')).toBe(true);
    const state = await storedState();
    expect(state).toMatchObject({ status: 'done', url: PAGE.url, resultId: answer.resultId });
    expect(state!.result).toEqual(answer.result);
    const contradicted = answer.result!.claims.filter((c) => c.verdict === 'conflicting' || c.verdict === 'mixed').length;
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe(String(contradicted));
  });

  it('answers only this extension, only from a page, only for web URLs', async () => {
    await expect(fromTab('checkPage', PAGE, { id: 'another-extension', tab: { id: TAB } })).rejects.toThrow(/only answered for this extension/);
    await expect(fromTab('checkPage', PAGE, { id: fakeBrowser.runtime.id })).rejects.toThrow(/from a page/);
    await expect(fromTab('checkPage', { ...PAGE, url: 'javascript:alert(1)' })).rejects.toThrow(/http/);
    await expect(fromTab('checkPage', { ...PAGE, text: 42 as unknown as string })).rejects.toThrow(/text must be a string/);
    expect(await storedState()).toBeUndefined();
  });

  it('does not analyse a page while paused or on a site switched off', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { paused: true, disabledSites: [] } });
    expect(await fromTab('checkPage', PAGE)).toEqual({ status: 'paused', resultId: null, result: null });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { paused: false, disabledSites: ['news.example'] } });
    expect((await fromTab('checkPage', PAGE)).status).toBe('off');
    expect((await storedState())?.result).toBeUndefined();
  });
});

describe('getTabResult and the switches', () => {
  it('reports the stored result, and why nothing shows once the site is switched off', async () => {
    await fromTab('checkPage', PAGE);
    expect((await fromTab('getTabResult', { tabId: TAB })).status).toBe('done');
    const settings = await fromTab('setSiteEnabled', { site: 'https://www.news.example/other', enabled: false });
    expect(settings.disabledSites).toEqual(['news.example']);
    const state = await fromTab('getTabResult', { tabId: TAB });
    expect(state).toMatchObject({ status: 'off', url: PAGE.url });
    expect(state.result).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
    await fromTab('setSiteEnabled', { site: 'news.example', enabled: true });
    expect((await fromTab('getTabResult', { tabId: TAB })).status).toBe('done');
    expect(await fromTab('setPaused', { paused: true })).toEqual({ paused: true, disabledSites: [] });
    expect((await fromTab('getTabResult', { tabId: TAB })).status).toBe('paused');
  });

  it('forgets a tab when it closes', async () => {
    await fromTab('checkPage', PAGE);
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 1, isWindowClosing: false });
    await expect.poll(() => storedState()).toBeUndefined();
  });
});
