import stored from './form-stems.json';
import { lexiconForms, type FormStemmer } from './index';

/**
 * The stems of every lexicon form, stemmed once ahead of time (`npm run lexicon:stems` writes
 * ./form-stems.json). Stemming the ~6,600 forms when a matcher is first built cost a fresh service
 * worker ~50 ms per language, almost all of it the stemmers' code running cold, before the first
 * page could be analysed; reading them from this table costs a few. A form missing from the table
 * (a lexicon edit not yet followed by `npm run lexicon:stems`) is stemmed as before; the table's
 * test fails until it is regenerated, so a change of the stemmers cannot leave stale stems.
 */

/** Form → its stems joined by a space ('' for a form with no words). */
export type StemTable = Readonly<Record<string, string>>;

const TABLES = stored as unknown as { ar?: StemTable; en?: StemTable };

/** The stored table of one language ({} when the file has none). */
export function storedFormStems(lang: 'ar' | 'en'): StemTable {
  return TABLES[lang] ?? {};
}

/** The table as `stemForm` gives it today, keys sorted (what `npm run lexicon:stems` writes). */
export function computeFormStems(lang: 'ar' | 'en', stemForm: FormStemmer): Record<string, string> {
  const out: Record<string, string> = {};
  for (const form of [...new Set(lexiconForms(lang))].sort()) out[form] = stemForm(form).join(' ');
  return out;
}
