import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import type { CheckResult, SourceMatch } from '@/lib/engine/types';
import { useMessages, applyUiLanguage, type MessagesFile, type UiLang } from '@/lib/i18n';
import en from '../public/_locales/en/messages.json';
import ar from '../public/_locales/ar/messages.json';

/**
 * Helpers for the component tests: a document to render into (the test file runs under
 * vitest's jsdom environment), the UI strings of one language, and a realistic check result.
 */

const LOCALES: Record<UiLang, MessagesFile> = { en, ar };

/** Serves the real messages.json of `lang` and sets the document's lang/dir as the pages do. */
export function useLocale(lang: UiLang): () => void {
  const restore = useMessages(LOCALES[lang], lang);
  applyUiLanguage(document);
  return restore;
}

/** Renders `ui` into a fresh container; returns the container and an unmount function. */
export function mount(ui: ComponentChildren): { root: HTMLElement; unmount: () => void } {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(ui, root));
  return { root, unmount: () => { render(null, root); root.remove(); } };
}

/** Clicks `el` and lets Preact re-render. */
export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('nothing to click');
  act(() => (el as HTMLElement).click());
}

function match(overrides: Partial<SourceMatch>): SourceMatch {
  return {
    docId: '003_c4c60020cb983868',
    title: 'روسيا: الجيش السوري يسيطر على 98% من حلب',
    outlet: 'RT Arabic',
    published: '2016-12-13',
    lang: 'ar',
    origin: 'seed',
    stance: 'corroborates',
    score: 0.8,
    evidence: 'sentence',
    evidenceStart: 100,
    evidenceEnd: 180,
    reason: 'same figure',
    reasonDetail: { code: 'same-figure' },
    ...overrides,
  };
}

/** A page's result with one claim of each verdict; c1 has a figure conflict (98% vs 70%). */
export const SAMPLE_RESULT: CheckResult = {
  lang: 'ar',
  relevant: true,
  claims: [
    {
      id: 'c1',
      text: 'وقالت موسكو إن القوات الحكومية باتت تسيطر على ٩٨% من مساحة حلب.',
      start: 0,
      end: 64,
      verdict: 'conflicting',
      matches: [
        match({
          docId: '002_a8476a3b33d16d22',
          title: 'فصائل المعارضة تنفي',
          outlet: null,
          stance: 'conflicts',
          evidence: 'وأكدت الفصائل أن النظام لا يسيطر إلا على 70% من الأحياء الشرقية.',
          evidenceStart: 210,
          evidenceEnd: 275,
          reason: 'figure differs: 98% here, 70% in the source',
          reasonDetail: { code: 'figure-differs', claimValue: '98%', sourceValue: '70%' },
        }),
      ],
    },
    {
      id: 'c2',
      text: 'وبدأ إجلاء المدنيين بالحافلات عبر معبر الراموسة.',
      start: 65,
      end: 112,
      verdict: 'corroborated',
      matches: [match({ evidence: 'الحافلات تنقل المدنيين عبر الراموسة', reason: 'same place: Ramouseh', reasonDetail: { code: 'same-place', claimValue: 'الراموسة', sourceValue: 'الراموسة' } })],
    },
    {
      id: 'c3',
      text: 'ويتجه المقاتلون إلى إدلب.',
      start: 113,
      end: 138,
      verdict: 'mixed',
      matches: [
        match({ docId: '000_a46ec351ea799547', stance: 'corroborates', evidence: 'نقل المقاتلين إلى ادلب' }),
        match({ docId: '001_7d8f754c79b70d61', stance: 'conflicts', evidence: 'نحو ريف حلب الغربي', reasonDetail: { code: 'place-differs', claimValue: 'إدلب', sourceValue: 'ريف حلب الغربي' } }),
      ],
    },
    { id: 'c4', text: 'وقال مراقبون إن <img src=x onerror="alert(1)"> الوضع هادئ.', start: 139, end: 190, verdict: 'unverified', matches: [] },
  ],
};
