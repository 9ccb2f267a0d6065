import { browser } from 'wxt/browser';
import type enMessages from '../public/_locales/en/messages.json';

/**
 * The UI's strings come from `public/_locales/<lang>/messages.json` through the browser's own
 * i18n (so the UI follows the browser's language, like the extension's name in the toolbar).
 * Tests and Node code have no `browser.i18n`: they load a messages.json with `useMessages`.
 */

/** Every UI string key: the English messages.json is the reference list. */
export type MessageKey = keyof typeof enMessages;
export type UiLang = 'ar' | 'en';

/** The shape of one `_locales/<lang>/messages.json`. */
export type MessagesFile = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

type Lookup = (key: string, substitutions: string[]) => string;

// WXT types getMessage with the keys it generated at the last `wxt prepare`; MessageKey is the
// same list, taken from the messages file itself, so the plain signature loses nothing.
const browserLookup: Lookup = (key, subs) =>
  (browser.i18n.getMessage as (name: string, substitutions?: string[]) => string)(key, subs);
/**
 * The language of the strings the browser picked for us. Not getUILanguage(): in Chromium's
 * service worker (and when the locale comes from --lang) it can say 'en-US' while getMessage
 * serves Arabic, and the engine's reasons must be in the language of the popup around them.
 */
const browserUiLang = (): string =>
  (browser.i18n.getMessage as (name: string) => string)('uiLanguage') || browser.i18n.getUILanguage();

let lookup: Lookup = browserLookup;
let uiLanguage: () => string = browserUiLang;

/** The UI string for `key` with `$1`… filled from `substitutions`; the key itself when missing,
 *  so a forgotten string shows up in the UI instead of an empty gap. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const text = lookup(key, substitutions.map(String));
  return text || key;
}

/** 'ar' when the browser's UI language is Arabic, otherwise 'en' (the default locale). */
export function uiLang(): UiLang {
  return uiLanguage().toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** Writing direction of the UI. */
export function uiDir(): 'rtl' | 'ltr' {
  return uiLang() === 'ar' ? 'rtl' : 'ltr';
}

/** Sets `lang`/`dir` on the document's root, so CSS logical properties flip the layout. */
export function applyUiLanguage(doc: Document): void {
  doc.documentElement.lang = uiLang();
  doc.documentElement.dir = uiDir();
}

/**
 * Serves strings from a messages.json object instead of the browser (tests, Node scripts).
 * Resolves named placeholders (`$COUNT$` → `$1`) and `$1`… the way browsers do.
 * Returns a function that restores the browser's lookup.
 */
export function useMessages(messages: MessagesFile, lang: UiLang): () => void {
  lookup = (key, subs) => {
    const entry = messages[key];
    if (!entry) return '';
    let text = entry.message;
    for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
      text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), content);
    }
    return text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
  uiLanguage = () => lang;
  return () => {
    lookup = browserLookup;
    uiLanguage = browserUiLang;
  };
}
