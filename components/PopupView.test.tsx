// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SourceMatch } from '@/lib/engine/types';
import { DEFAULT_SETTINGS, type Settings, type TabState } from '@/lib/messaging';
import { act } from 'preact/test-utils';
import { ANALYSING_HINT_DELAY_MS, PopupView, type PopupModel } from './PopupView';
import { SAMPLE_RESULT, click, mount, useLocale } from './testing';

const DONE: TabState = { status: 'done', url: 'https://news.example/aleppo', title: 'حلب', result: SAMPLE_RESULT, updatedAt: '' };

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
});

function renderPopup(
  model: PopupModel = { kind: 'tab', state: DONE },
  settings: Settings = DEFAULT_SETTINGS,
  lang: 'en' | 'ar' = 'en',
) {
  cleanup.push(useLocale(lang));
  const calls = { open: [] as SourceMatch[], site: [] as boolean[], paused: [] as boolean[] };
  const { root, unmount } = mount(
    <PopupView
      model={model}
      settings={settings}
      site="news.example"
      onOpenSource={(m) => calls.open.push(m)}
      onSiteEnabled={(e) => calls.site.push(e)}
      onPaused={(p) => calls.paused.push(p)}
    />,
  );
  cleanup.push(unmount);
  return { root, calls };
}

const claimIds = (root: Element) => [...root.querySelectorAll('[data-xref-claim]')].map((el) => el.getAttribute('data-xref-claim'));
const filterButton = (root: Element, f: string) => root.querySelector(`[data-filter="${f}"]`);

describe('the popup with a checked page', () => {
  it('lists every claim with the contract attributes and a worded verdict', () => {
    const { root } = renderPopup();
    const items = [...root.querySelectorAll('li[data-xref-claim]')];
    expect(items.map((el) => [el.getAttribute('data-xref-claim'), el.getAttribute('data-xref-verdict')])).toEqual([
      ['c1', 'conflicting'],
      ['c2', 'corroborated'],
      ['c3', 'mixed'],
      ['c4', 'unverified'],
    ]);
    expect(items[0]!.textContent).toContain('Conflicting');
    expect(items[2]!.textContent).toContain('Mixed');
    // Source rows only appear once a claim is expanded.
    expect(root.querySelector('[data-xref-doc]')).toBeNull();
  });

  it('filters claims, counting a mixed claim as both conflicting and corroborated', () => {
    const { root } = renderPopup();
    expect(filterButton(root, 'all')!.textContent).toContain('4');
    expect(filterButton(root, 'conflicting')!.textContent).toContain('2');
    click(filterButton(root, 'conflicting'));
    expect(claimIds(root)).toEqual(['c1', 'c3']);
    expect(filterButton(root, 'conflicting')!.getAttribute('aria-pressed')).toBe('true');
    click(filterButton(root, 'corroborated'));
    expect(claimIds(root)).toEqual(['c2', 'c3']);
    click(filterButton(root, 'unverified'));
    expect(claimIds(root)).toEqual(['c4']);
    click(filterButton(root, 'all'));
    expect(claimIds(root)).toHaveLength(4);
  });

  it('expands a claim into a side-by-side comparison with the differing values marked', () => {
    const { root, calls } = renderPopup();
    const toggle = root.querySelector('[data-xref-claim="c1"] .claim-toggle')!;
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const row = root.querySelector('[data-xref-claim="c1"] [data-xref-doc="002_a8476a3b33d16d22"]')!;
    expect(row.getAttribute('data-xref-stance')).toBe('conflicts');
    const [pageCol, sourceCol] = [...row.querySelectorAll('blockquote')];
    // The page writes ٩٨% (Arabic-Indic digits); the engine names the value 98%: still found.
    expect(pageCol!.querySelector('mark.value-differs')!.textContent).toBe('٩٨%');
    expect(sourceCol!.querySelector('mark.value-differs')!.textContent).toBe('70%');
    expect(row.textContent).toContain('figure differs: 98% here, 70% in the source');
    expect(row.textContent).toContain('Unknown outlet');
    expect(row.textContent).toContain('Dec 13, 2016');
    click(row.querySelector('[data-action="open-source"]'));
    expect(calls.open.map((m) => [m.docId, m.evidenceStart, m.evidenceEnd])).toEqual([['002_a8476a3b33d16d22', 210, 275]]);
    click(toggle);
    expect(root.querySelector('[data-xref-claim="c1"] [data-xref-doc]')).toBeNull();
  });

  it('shows both sides of a mixed claim and says so when no source speaks to a claim', () => {
    const { root } = renderPopup();
    click(root.querySelector('[data-xref-claim="c3"] .claim-toggle'));
    const stances = [...root.querySelectorAll('[data-xref-claim="c3"] [data-xref-doc]')].map((el) => el.getAttribute('data-xref-stance'));
    expect(stances).toEqual(['corroborates', 'conflicts']);
    click(root.querySelector('[data-xref-claim="c4"] .claim-toggle'));
    expect(root.querySelector('[data-xref-claim="c4"]')!.textContent).toContain('No report in the corpus speaks to this claim');
  });

  it('renders page text as text, never as markup', () => {
    const { root } = renderPopup();
    expect(root.querySelector('img')?.getAttribute('src')).not.toBe('x');
    expect(root.querySelector('[data-xref-claim="c4"]')!.textContent).toContain('<img src=x onerror="alert(1)">');
  });
});

describe('the popup in Arabic', () => {
  it('lays out right to left with Arabic strings', () => {
    const { root } = renderPopup(undefined, undefined, 'ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(root.querySelector('[data-xref-claim="c1"]')!.textContent).toContain('متعارض');
    expect(filterButton(root, 'all')!.textContent).toContain('الكل');
    click(root.querySelector('[data-xref-claim="c1"] .claim-toggle'));
    expect(root.querySelector('[data-xref-doc]')!.textContent).toContain('فتح المصدر');
  });
});

describe('the popup states', () => {
  const stateOf = (root: Element) => root.querySelector('[data-state]')?.getAttribute('data-state');
  const tab = (status: TabState['status'], extra: Partial<TabState> = {}): PopupModel => ({ kind: 'tab', state: { ...DONE, status, ...extra } });

  it.each([
    [tab('not-a-web-page', { url: 'chrome://newtab/' }), 'not-a-web-page', 'Nothing to check here'],
    [tab('not-about-aleppo'), 'not-about-aleppo', 'Not about Aleppo'],
    [tab('analysing'), 'analysing', 'Reading the page'],
    [{ kind: 'loading' } as PopupModel, 'analysing', 'Reading the page'],
    [{ kind: 'storage-failed' } as PopupModel, 'storage-failed', 'could not be opened'],
    [tab('error'), 'error', 'The check failed'],
    [tab('error', { errorKind: 'storage' }), 'storage-failed', 'could not be opened'],
    [tab('done', { result: { lang: 'ar', relevant: true, claims: [] } }), 'no-claims', 'No checkable claims'],
  ])('%#: shows %s', (model, state, text) => {
    const { root } = renderPopup(model);
    expect(stateOf(root)).toBe(state);
    expect(root.textContent).toContain(text);
    expect(root.querySelector('[data-xref-claim]')).toBeNull();
  });

  it('when paused, says so and offers to resume', () => {
    const { root, calls } = renderPopup(undefined, { paused: true, disabledSites: [] });
    expect(stateOf(root)).toBe('paused');
    expect(root.querySelector<HTMLInputElement>('[data-switch="pause"] input')!.checked).toBe(true);
    click(root.querySelector('[data-state="paused"] button'));
    expect(calls.paused).toEqual([false]);
  });

  it('when switched off on this site, names the site and offers to turn it back on', () => {
    const { root, calls } = renderPopup(undefined, { paused: false, disabledSites: ['news.example'] });
    expect(stateOf(root)).toBe('off');
    expect(root.textContent).toContain('news.example');
    expect(root.querySelector<HTMLInputElement>('[data-switch="site-off"] input')!.checked).toBe(true);
    click(root.querySelector('[data-state="off"] button'));
    expect(calls.site).toEqual([true]);
  });

  it('flips the switches through callbacks', () => {
    const { root, calls } = renderPopup();
    click(root.querySelector('[data-switch="site-off"] input'));
    click(root.querySelector('[data-switch="pause"] input'));
    expect(calls.site).toEqual([false]);
    expect(calls.paused).toEqual([true]);
  });

  it('keeps the site switch disabled on pages that are not on the web', () => {
    cleanup.push(useLocale('en'));
    const { root, unmount } = mount(
      <PopupView model={{ kind: 'tab', state: { ...DONE, status: 'not-a-web-page' } }} settings={DEFAULT_SETTINGS} site="" onOpenSource={vi.fn()} onSiteEnabled={vi.fn()} onPaused={vi.fn()} />,
    );
    cleanup.push(unmount);
    expect(root.querySelector<HTMLInputElement>('[data-switch="site-off"] input')!.disabled).toBe(true);
  });
});

describe('the popup opened on one claim', () => {
  it('expands that claim and only that one', () => {
    cleanup.push(useLocale('en'));
    const { root, unmount } = mount(
      <PopupView model={{ kind: 'tab', state: DONE }} settings={DEFAULT_SETTINGS} site="news.example" initialClaimId="c3" onOpenSource={vi.fn()} onSiteEnabled={vi.fn()} onPaused={vi.fn()} />,
    );
    cleanup.push(unmount);
    const expanded = [...root.querySelectorAll('[aria-expanded="true"]')].map((el) => el.closest('[data-xref-claim]')!.getAttribute('data-xref-claim'));
    expect(expanded).toEqual(['c3']);
  });
});

describe('show on page', () => {
  it('asks for the claim to be revealed, and is absent when there is no page to scroll', () => {
    cleanup.push(useLocale('en'));
    const revealed: string[] = [];
    const withPage = mount(
      <PopupView model={{ kind: 'tab', state: DONE }} settings={DEFAULT_SETTINGS} site="news.example" initialClaimId="c2" onOpenSource={vi.fn()} onSiteEnabled={vi.fn()} onPaused={vi.fn()} onReveal={(id) => revealed.push(id)} />,
    );
    cleanup.push(withPage.unmount);
    click(withPage.root.querySelector('[data-xref-claim="c2"] [data-action="reveal"]'));
    expect(revealed).toEqual(['c2']);
    const without = mount(
      <PopupView model={{ kind: 'tab', state: DONE }} settings={DEFAULT_SETTINGS} site="news.example" initialClaimId="c2" onOpenSource={vi.fn()} onSiteEnabled={vi.fn()} onPaused={vi.fn()} />,
    );
    cleanup.push(without.unmount);
    expect(without.root.querySelector('[data-action="reveal"]')).toBeNull();
  });
});

describe('a check that takes long', () => {
  it('suggests reloading the page after a while', () => {
    vi.useFakeTimers();
    try {
      const { root } = renderPopup({ kind: 'tab', state: { ...DONE, status: 'analysing' } });
      expect(root.textContent).not.toContain('Reload the page');
      act(() => void vi.advanceTimersByTime(ANALYSING_HINT_DELAY_MS + 10));
      expect(root.querySelector('[data-state="analysing"]')!.textContent).toContain('Reload the page');
    } finally {
      vi.useRealTimers();
    }
  });
});
