import type { UiLang } from '@/lib/i18n';

/** "13 Dec 2016" / "١٣ ديسمبر ٢٠١٦" for an ISO date; null when the date is missing or unreadable. */
export function formatDate(iso: string | null | undefined, lang: UiLang): string | null {
  if (!iso) return null;
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Text direction for content in language `lang` (Arabic, Persian, Urdu, Hebrew… read right to left). */
export function dirOfLang(lang: string | null | undefined): 'rtl' | 'ltr' {
  return /^(ar|fa|ur|he|ps|yi|ckb|sd)\b/i.test(lang ?? '') ? 'rtl' : 'ltr';
}
