// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Claim, CorpusDoc } from '@/lib/engine/types';
import { SourceArticle } from './SourceArticle';
import { mount, useLocale } from './testing';

const TEXT = 'اتفاق في حلب\nأعلنت أنقرة وقفا لإطلاق النار في حلب. وبدأت الحافلات نقل المدنيين إلى ريف حلب الغربي. والطقس بارد.';
/** A stored claim at `start`-`end`: the page only uses its id and offsets, not its frame. */
function claimAt(id: string, start: number, end: number): Claim {
  return { id, text: TEXT.slice(start, end), start, end, lang: 'ar', keys: [], frame: {} as Claim['frame'] };
}

const DOC: CorpusDoc = {
  docId: '002_a8476a3b33d16d22',
  title: 'اتفاق في حلب',
  outlet: null,
  published: '2016-12-13',
  lang: 'ar',
  url: null,
  origin: 'seed',
  text: TEXT,
  claims: [claimAt('c1', 13, 47), claimAt('c2', 48, 97)],
};

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
});

describe('the source page', () => {
  it('shows the article, its metadata, its claims and the evidence sentence highlighted', () => {
    cleanup.push(useLocale('en'));
    // jsdom does not lay out, so it has no scrollIntoView: record who asks to be scrolled to.
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this);
    });
    const { root, unmount } = mount(<SourceArticle model={{ kind: 'doc', doc: DOC }} evidence={{ start: 48, end: 97 }} />);
    cleanup.push(unmount);
    expect(root.querySelector('h1')!.textContent).toBe('اتفاق في حلب');
    const meta = root.querySelector('.meta')!.textContent!;
    for (const expected of ['Unknown outlet', 'Dec 13, 2016', 'Bundled corpus', 'Arabic', 'Right to left']) expect(meta).toContain(expected);
    expect(root.querySelector('.article-body')!.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('#evidence')!.textContent).toBe(TEXT.slice(48, 97));
    expect(scrolled).toEqual([root.querySelector('#evidence')]);
    expect([...root.querySelectorAll('.claim-mark')].map((el) => el.getAttribute('data-claim'))).toEqual(['c1', 'c2']);
  });

  it('explains an unknown document in the UI language', () => {
    cleanup.push(useLocale('ar'));
    const { root, unmount } = mount(<SourceArticle model={{ kind: 'not-found' }} evidence={null} />);
    cleanup.push(unmount);
    expect(root.querySelector('[data-state="not-found"]')!.textContent).toContain('غير موجود في المجموعة');
  });
});
