// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { DocSummary, StorageUsage } from '@/lib/corpus/protocol';
import { CorpusManager, formatBytes, type CorpusManagerProps } from './CorpusManager';
import { click, mount, useLocale } from './testing';

const SEED: DocSummary = {
  docId: '002_a8476a3b33d16d22', title: 'توصل المعارضة والنظام لاتفاق', outlet: null, published: '2016-12-13', lang: 'ar',
  url: null, origin: 'seed', hidden: false, claimCount: 9, addedAt: '2026-01-01T00:00:00.000Z',
};
const HIDDEN_SEED: DocSummary = { ...SEED, docId: '003_c4c60020cb983868', hidden: true, title: 'روسيا: 98%' };
const SAVED: DocSummary = {
  docId: 'saved_00112233aabbccdd', title: 'Buses leave east Aleppo <script>alert(1)</script>', outlet: 'Example Wire', published: '2016-12-15',
  lang: 'en', url: 'https://example.org/a', origin: 'saved', hidden: false, claimCount: 5, addedAt: '2026-11-24T00:00:00.000Z',
};
const USAGE: StorageUsage = { usage: 2_500_000, quota: 100_000_000_000, docs: 3, saved: 1, hidden: 1 };

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
});

function renderManager(over: Partial<CorpusManagerProps> = {}, lang: 'en' | 'ar' = 'en') {
  cleanup.push(useLocale(lang));
  const calls = { deleted: [] as string[], hidden: [] as [string, boolean][], exported: [] as string[] };
  const { root, unmount } = mount(
    <CorpusManager
      docs={[SEED, HIDDEN_SEED, SAVED]}
      usage={USAGE}
      query=""
      notice={null}
      busy={false}
      onQuery={() => undefined}
      onDelete={(d) => calls.deleted.push(d.docId)}
      onSetHidden={(d, h) => calls.hidden.push([d.docId, h])}
      onExport={(s) => calls.exported.push(s)}
      onImport={() => undefined}
      {...over}
    />,
  );
  cleanup.push(unmount);
  return { root, calls };
}

describe('CorpusManager', () => {
  it('lists every document with its facts and a link to the source page', () => {
    const { root } = renderManager();
    const rows = [...root.querySelectorAll('tr[data-xref-doc]')];
    expect(rows.map((r) => r.getAttribute('data-xref-doc'))).toEqual([SEED.docId, HIDDEN_SEED.docId, SAVED.docId]);
    const saved = root.querySelector(`[data-xref-doc="${SAVED.docId}"]`)!;
    expect([...saved.querySelectorAll('td')].slice(1, 6).map((td) => td.textContent)).toEqual(['Example Wire', 'Dec 15, 2016', 'English', 'Saved by you', '5']);
    expect(saved.querySelector('a')!.getAttribute('href')).toBe(`/source.html?doc=${SAVED.docId}`);
    expect(saved.querySelector('script')).toBeNull();
    expect(root.querySelector('[data-xref-usage]')!.textContent).toContain('3 documents: 1 saved, 1 hidden');
    expect(root.querySelector('[data-xref-usage]')!.textContent).toContain('2.5 MB');
  });

  it('deletes only saved articles and hides or restores seeds', () => {
    const { root, calls } = renderManager();
    expect(root.querySelector(`[data-xref-doc="${SEED.docId}"] [data-xref-action="delete"]`)).toBeNull();
    click(root.querySelector(`[data-xref-doc="${SEED.docId}"] [data-xref-action="hide"]`));
    click(root.querySelector(`[data-xref-doc="${HIDDEN_SEED.docId}"] [data-xref-action="restore"]`));
    click(root.querySelector(`[data-xref-doc="${SAVED.docId}"] [data-xref-action="delete"]`));
    expect(calls.hidden).toEqual([[SEED.docId, true], [HIDDEN_SEED.docId, false]]);
    expect(calls.deleted).toEqual([SAVED.docId]);
    expect(root.querySelector(`[data-xref-doc="${HIDDEN_SEED.docId}"]`)!.textContent).toContain('Hidden');
  });

  it('exports all or saved only, and waits while busy', () => {
    const { root, calls } = renderManager();
    click(root.querySelector('[data-xref-action="export-all"]'));
    click(root.querySelector('[data-xref-action="export-saved"]'));
    expect(calls.exported).toEqual(['all', 'saved']);
    const busy = renderManager({ busy: true });
    expect(busy.root.querySelector<HTMLButtonElement>('[data-xref-action="export-all"]')!.disabled).toBe(true);
  });

  it('speaks Arabic right to left and says when a search finds nothing', () => {
    const { root } = renderManager({ docs: [], query: 'تدمر', notice: { tone: 'error', text: 'x' } }, 'ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(root.querySelector('h1')!.textContent).toBe('مجموعتك');
    expect(root.querySelector('.empty')!.textContent).toBe('لا وثيقة تطابق «تدمر».');
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('x');
  });

  it('formats byte counts', () => {
    expect(formatBytes(999, 'en')).toBe('999 byte');
    expect(formatBytes(1_234_567, 'en')).toBe('1.2 MB');
  });
});
