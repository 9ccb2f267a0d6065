import { afterEach, describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import ar from '../../public/_locales/ar/messages.json';
import { t, uiDir, uiLang, useMessages, type MessagesFile } from '@/lib/i18n';

const LOCALES: Record<string, MessagesFile> = { en, ar };
let restore: () => void = () => {};
afterEach(() => restore());

describe('UI strings', () => {
  it('Arabic and English define the same keys, none empty, with the same placeholders', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const [lang, messages] of Object.entries(LOCALES)) {
      for (const [key, entry] of Object.entries(messages)) {
        expect(entry.message.trim(), `${lang}.${key}`).not.toBe('');
        const named = [...entry.message.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
        expect(named, `${lang}.${key} placeholders`).toEqual(Object.keys(entry.placeholders ?? {}).sort());
        const english = (en as MessagesFile)[key]!;
        expect(Object.keys(entry.placeholders ?? {}).sort(), `${lang}.${key} vs en`).toEqual(Object.keys(english.placeholders ?? {}).sort());
      }
    }
  });

  it('each locale names its own language, which is how the UI language is told', () => {
    expect(en.uiLanguage.message).toBe('en');
    expect(ar.uiLanguage.message).toBe('ar');
  });

  it('fills placeholders the way browsers do, in either language', () => {
    restore = useMessages(en, 'en');
    expect(t('summaryLine', 7)).toBe('Claims checked: 7');
    expect(uiDir()).toBe('ltr');
    restore = useMessages(ar, 'ar');
    expect(t('stateSiteOff', 'example.com')).toContain('example.com');
    expect(uiLang()).toBe('ar');
    expect(uiDir()).toBe('rtl');
  });

  it('shows the key itself for a string that is missing, rather than a blank', () => {
    restore = useMessages({}, 'en');
    expect(t('openSource')).toBe('openSource');
  });
});
