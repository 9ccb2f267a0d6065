// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import type { DocSummary, DuplicateInfo, SaveDraft, SavePageResult, SavePreview } from '@/lib/corpus/protocol';
import { SaveArticle, type SaveFields } from './SaveArticle';
import { click, mount, useLocale } from './testing';

const DRAFT: SaveDraft = {
  title: 'Aleppo evacuation begins | Daily',
  outlet: 'The Daily Example',
  published: '2016-12-15',
  byline: null,
  url: 'https://daily.example/aleppo',
  canonicalUrl: null,
  lang: 'en',
  textChars: 2400,
  claimCount: 4,
};
const EXISTING: DocSummary = {
  docId: 'saved_0011223344556677', title: 'Buses leave east Aleppo', outlet: 'Example Wire', published: '2016-12-15',
  lang: 'en', url: null, origin: 'saved', hidden: false, claimCount: 5, addedAt: '2026-11-24T00:00:00.000Z',
};
const NEAR: DuplicateInfo = { reason: 'near-duplicate', existing: EXISTING, similarity: 0.8, keepBothAllowed: true };

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
});

/** Lets pending promise callbacks run and Preact re-render. */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function renderSave(preview: SavePreview, results: SavePageResult[], lang: 'en' | 'ar' = 'en') {
  cleanup.push(useLocale(lang));
  const saves: { fields: SaveFields; keepBoth: boolean }[] = [];
  const { root, unmount } = mount(
    <SaveArticle
      onPreview={() => Promise.resolve(preview)}
      onSave={(fields, keepBoth) => {
        saves.push({ fields, keepBoth });
        return Promise.resolve(results.shift()!);
      }}
      onOpenManager={() => undefined}
    />,
  );
  cleanup.push(unmount);
  return { root, saves };
}

describe('SaveArticle', () => {
  it('lets the reader correct title, outlet and date, then saves them', async () => {
    const { root, saves } = renderSave({ ok: true, draft: DRAFT, duplicate: null }, [{ ok: true, status: 'saved', doc: { ...EXISTING, title: 'Aleppo evacuation begins' } }]);
    click(root.querySelector('[data-xref-action="save"]'));
    await settle();
    const title = root.querySelector<HTMLTextAreaElement>('textarea[name="title"]')!;
    expect(title.value).toBe(DRAFT.title);
    expect(root.querySelector<HTMLInputElement>('input[name="published"]')!.value).toBe('2016-12-15');
    expect(root.textContent).toContain('Claims found in it: 4');
    type(title, 'Aleppo evacuation begins');
    type(root.querySelector<HTMLInputElement>('input[name="outlet"]')!, 'Daily Example');
    click(root.querySelector('[data-xref-action="confirm-save"]'));
    await settle();
    expect(saves).toEqual([{ fields: { title: 'Aleppo evacuation begins', outlet: 'Daily Example', published: '2016-12-15' }, keepBoth: false }]);
    expect(root.querySelector('.save-done')?.textContent).toContain('“Aleppo evacuation begins” now takes part');
  });

  it('refuses a page already saved, without offering to keep both', async () => {
    const dup: DuplicateInfo = { ...NEAR, reason: 'same-url', keepBothAllowed: false };
    const { root } = renderSave({ ok: true, draft: DRAFT, duplicate: dup }, []);
    click(root.querySelector('[data-xref-action="save"]'));
    await settle();
    expect(root.querySelector('[data-duplicate="same-url"]')?.textContent).toContain('already in your corpus as “Buses leave east Aleppo”');
    expect(root.querySelector('[data-xref-action="keep-both"]')).toBeNull();
    expect(root.querySelector<HTMLButtonElement>('[data-xref-action="confirm-save"]')!.disabled).toBe(true);
  });

  it('offers "keep both" only while the outlet differs from the existing copy\'s', async () => {
    const { root, saves } = renderSave({ ok: true, draft: DRAFT, duplicate: NEAR }, [{ ok: true, status: 'saved', doc: EXISTING }]);
    click(root.querySelector('[data-xref-action="save"]'));
    await settle();
    expect(root.querySelector('[data-duplicate="near-duplicate"]')?.textContent).toContain('(Example Wire)');
    const outlet = root.querySelector<HTMLInputElement>('input[name="outlet"]')!;
    type(outlet, 'example wire');
    expect(root.querySelector('[data-xref-action="keep-both"]')).toBeNull();
    type(outlet, 'The Daily Example');
    click(root.querySelector('[data-xref-action="keep-both"]'));
    await settle();
    expect(saves[0]?.keepBoth).toBe(true);
    expect(root.querySelector('[data-save-state="saved"]')).not.toBeNull();
  });

  it('explains a full disk in Arabic and keeps the form for another try', async () => {
    const { root } = renderSave({ ok: true, draft: DRAFT, duplicate: null }, [{ ok: false, error: { code: 'quota-exceeded', message: 'x' } }], 'ar');
    click(root.querySelector('[data-xref-action="save"]'));
    await settle();
    click(root.querySelector('[data-xref-action="confirm-save"]'));
    await settle();
    expect(root.querySelector('.save-error')?.textContent).toContain('لم يعد في المتصفح متسع');
    expect(root.querySelector<HTMLButtonElement>('[data-xref-action="confirm-save"]')!.disabled).toBe(false);
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('says why a page cannot be saved', async () => {
    const { root } = renderSave({ ok: false, error: { code: 'no-article', message: 'x' } }, []);
    click(root.querySelector('[data-xref-action="save"]'));
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('No article text was found on this page.');
  });
});
