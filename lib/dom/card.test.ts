import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import type { CheckedClaim, SourceMatch } from '@/lib/engine/types';
import { ClaimCard, MAX_CARD_SOURCES } from './card';
import { cardLabelsFor } from './card-labels';

function match(overrides: Partial<SourceMatch>): SourceMatch {
  return {
    docId: 'doc-1', title: 'Source title', outlet: 'Outlet', published: '2016-12-13', lang: 'ar', origin: 'seed',
    stance: 'corroborates', score: 0.5, evidence: 'Source sentence.', evidenceStart: 0, evidenceEnd: 16,
    reason: 'same figure: 98%', reasonDetail: { code: 'same-figure' }, ...overrides,
  };
}

function setup(uiLang = 'en') {
  const doc = new JSDOM('<body><p>Text <xref-mark tabindex="0">claim</xref-mark></p></body>').window.document;
  const actions = { openComparison: vi.fn(), openSource: vi.fn() };
  const card = new ClaimCard(doc, cardLabelsFor(uiLang), actions);
  const anchor = doc.querySelector<HTMLElement>('xref-mark')!;
  const shadow = () => doc.querySelector('[data-xref-ui]')!.shadowRoot!;
  return { doc, card, anchor, actions, shadow };
}

const ARABIC_CLAIM: CheckedClaim = {
  id: 'c2', text: 'سيطرت القوات الحكومية على 98% من مدينة حلب', start: 0, end: 40, verdict: 'conflicting',
  matches: [
    match({ docId: 'a', stance: 'corroborates', score: 0.9, title: '<img src=x onerror="alert(1)">' }),
    match({ docId: 'b', stance: 'conflicts', score: 0.4, evidence: 'القوات تسيطر على 70 في المئة', reason: 'different figure: 70% vs 98%' }),
    match({ docId: 'c', stance: 'corroborates', score: 0.7 }),
    match({ docId: 'd', stance: 'corroborates', score: 0.2 }),
  ],
};

describe('ClaimCard', () => {
  it('shows the verdict, the best sources (conflicts first) and escapes everything', () => {
    const { card, anchor, shadow, doc } = setup();
    card.show(ARABIC_CLAIM, anchor, false);
    expect(doc.querySelectorAll('[data-xref-ui]')).toHaveLength(1);
    const root = shadow();
    expect(root.querySelector('.verdict')!.textContent).toBe('Conflicting');
    const items = [...root.querySelectorAll('li')];
    expect(items).toHaveLength(MAX_CARD_SOURCES);
    expect(items.map((li) => li.getAttribute('data-stance'))).toEqual(['conflicts', 'corroborates', 'corroborates']);
    expect(items[0]!.querySelector('.reason')!.textContent).toBe('different figure: 70% vs 98%');
    expect(root.querySelector('img')).toBeNull();
    expect(items[1]!.querySelector('.title')!.textContent).toBe('<img src=x onerror="alert(1)">');
    expect(root.querySelector('.more')!.textContent).toBe('and 1 more source');
    // The card reads in the claim's direction.
    expect(root.querySelector<HTMLElement>('.card')!.dir).toBe('rtl');
  });

  it('opens from the keyboard with focus inside, and Escape returns focus to the claim', () => {
    const { card, anchor, shadow, doc } = setup('ar');
    anchor.focus();
    card.show(ARABIC_CLAIM, anchor, true);
    expect(shadow().activeElement?.textContent).toBe('عرض المقارنة');
    shadow().querySelector('.card')!.dispatchEvent(new doc.defaultView!.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card.isOpen).toBe(false);
    expect(doc.activeElement).toBe(anchor);
    expect(doc.querySelector<HTMLElement>('[data-xref-ui]')!.style.display).toBe('none');
  });

  it('hands the claim and source to the actions', () => {
    const { card, anchor, shadow, actions } = setup();
    card.show(ARABIC_CLAIM, anchor, false);
    shadow().querySelector<HTMLElement>('button.primary')!.click();
    expect(actions.openComparison).toHaveBeenCalledWith(ARABIC_CLAIM);
    shadow().querySelector<HTMLElement>('li button.link')!.click();
    expect(actions.openSource).toHaveBeenCalledWith(ARABIC_CLAIM, expect.objectContaining({ docId: 'b' }));
  });

  it('says so when no source speaks to the claim', () => {
    const claim: CheckedClaim = { id: 'c1', text: 'An English claim about Aleppo.', start: 0, end: 30, verdict: 'unverified', matches: [] };
    const { card, anchor, shadow } = setup();
    card.show(claim, anchor, false);
    expect(shadow().querySelector('.none')!.textContent).toBe('No report in the corpus speaks to this claim yet.');
    expect(shadow().querySelector<HTMLElement>('.card')!.dir).toBe('ltr');
  });
});
