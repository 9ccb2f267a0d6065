import { describe, expect, it } from 'vitest';
import { stemArabicForm } from '../concepts';
import { stemEnglishForm } from '../english/concepts';
import { computeFormStems, storedFormStems } from './form-stems';
import { ConceptMatcher } from './index';
import { tokenizeEnglish } from '../english/tokenize';

describe('the stored stems of the lexicon forms (form-stems.json)', () => {
  it.each([
    ['ar', stemArabicForm],
    ['en', stemEnglishForm],
  ] as const)('are what the %s stemmer gives today (else run `npm run lexicon:stems`)', (lang, stem) => {
    const today = computeFormStems(lang, stem);
    const stored = storedFormStems(lang);
    const stale = Object.keys(today).filter((form) => stored[form] !== today[form]);
    const extra = Object.keys(stored).filter((form) => !(form in today));
    expect({ stale: stale.slice(0, 10), extra: extra.slice(0, 10) }).toEqual({ stale: [], extra: [] });
  });

  it('give a matcher that finds what one stemming every form finds, and a form missing from them is stemmed', () => {
    const text = 'Buses carrying rebels left the Ramouseh crossing for Idlib after Russia and Turkey agreed a ceasefire.';
    const tokens = tokenizeEnglish(text, { start: 0, end: text.length });
    const fresh = new ConceptMatcher('en', stemEnglishForm).find(tokens);
    expect(fresh.length).toBeGreaterThan(3);
    expect(new ConceptMatcher('en', stemEnglishForm, storedFormStems('en')).find(tokens)).toEqual(fresh);
    const { Idlib: dropped, ...withoutIdlib } = storedFormStems('en');
    expect(dropped).toBe('idlib');
    expect(new ConceptMatcher('en', stemEnglishForm, withoutIdlib).find(tokens)).toEqual(fresh);
  });
});
