import { describe, expect, it } from 'vitest';
import type { Quantity } from '../types';
import { englishConceptMatcher } from './concepts';
import { findEnglishQuantities } from './quantities';
import { tokenizeEnglish } from './tokenize';

function figures(text: string): Pick<Quantity, 'surface' | 'value' | 'max' | 'unit' | 'approx'>[] {
  return findEnglishQuantities(text, { start: 0, end: text.length }).map(({ surface, value, max, unit, approx }) => ({ surface, value, max, unit, approx }));
}

/** The lexicon's concept for an English word, as the engine would find it. */
function conceptOf(word: string): string | null {
  return englishConceptMatcher().find(tokenizeEnglish(word, { start: 0, end: word.length }))[0]?.id ?? null;
}

describe('findEnglishQuantities: figures', () => {
  it.each([
    ['The army controls 98 percent of the city.', { surface: '98 percent', value: 98, max: 98, unit: 'percent', approx: 'exact' }],
    ['It holds 98% of east Aleppo.', { surface: '98%', value: 98, max: 98, unit: 'percent', approx: 'exact' }],
    ['Some 98 per cent of it fell.', { surface: 'Some 98 per cent', value: 98, max: 98, unit: 'percent', approx: 'about' }],
    ['They killed eighty-two civilians.', { surface: 'eighty-two', value: 82, max: 82, unit: 'count', approx: 'exact' }],
    ['Troops shot dead 82 civilians.', { surface: '82', value: 82, max: 82, unit: 'count', approx: 'exact' }],
    ['Dozens of buses waited.', { surface: 'Dozens', value: 20, max: 99, unit: 'count', approx: 'vague' }],
    ['Hundreds of people disappeared.', { surface: 'Hundreds', value: 200, max: 999, unit: 'count', approx: 'vague' }],
    ['Tens of thousands remain trapped.', { surface: 'Tens of thousands', value: 20_000, max: 99_999, unit: 'count', approx: 'vague' }],
    ['More than 75,000 people were evacuated.', { surface: 'More than 75,000', value: 75_000, max: 75_000, unit: 'count', approx: 'more' }],
    ['Nearly 70% of the east was retaken.', { surface: 'Nearly 70%', value: 70, max: 70, unit: 'percent', approx: 'about' }],
    ['The army holds almost all of Aleppo.', { surface: 'almost all', value: 90, max: 99, unit: 'percent', approx: 'about' }],
    ['At least 26 people were killed.', { surface: 'At least 26', value: 26, max: 26, unit: 'count', approx: 'more' }],
    ['Rebels held a third of the city.', { surface: 'a third', value: 33.3, max: 33.3, unit: 'percent', approx: 'exact' }],
    ['Up to 1.5 million could flee.', { surface: 'Up to 1.5 million', value: 1_500_000, max: 1_500_000, unit: 'count', approx: 'less' }],
    ['Fewer than 100 fighters stayed.', { surface: 'Fewer than 100', value: 100, max: 100, unit: 'count', approx: 'less' }],
    ['Two hundred and fifty wounded left.', { surface: 'Two hundred and fifty', value: 250, max: 250, unit: 'count', approx: 'exact' }],
    ['Several thousand fighters remain.', { surface: 'Several thousand', value: 2_000, max: 9_999, unit: 'count', approx: 'vague' }],
    ['About 2000 people crossed.', { surface: 'About 2000', value: 2_000, max: 2_000, unit: 'count', approx: 'about' }],
    ['Some 2000 people crossed.', { surface: 'Some 2000', value: 2_000, max: 2_000, unit: 'count', approx: 'about' }],
    ['Between 50 and 60 buses came.', { surface: '50 and 60', value: 50, max: 60, unit: 'count', approx: 'about' }],
    ['6,000-7,000 people left.', { surface: '6,000-7,000', value: 6_000, max: 7_000, unit: 'count', approx: 'about' }],
    ['From 40 to 50 percent was lost.', { surface: '40 to 50 percent', value: 40, max: 50, unit: 'percent', approx: 'about' }],
    ['Its population was 1.5m.', { surface: '1.5m', value: 1_500_000, max: 1_500_000, unit: 'count', approx: 'exact' }],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual([expected]);
  });

  it('finds every figure of a sentence, in order', () => {
    const found = figures('Of the 250,000 residents, 98% fled and dozens died.');
    expect(found.map((q) => q.surface)).toEqual(['250,000', '98%', 'dozens']);
  });
});

describe('findEnglishQuantities: numbers that are not figures', () => {
  it.each([
    ['a year', 'The battle began in 2012 and ended in December 2016.'],
    ['a year opening a sentence', '2016 was the worst year.'],
    ['a clock time', 'The meeting started at 3 p.m. GMT and at 15:00 GMT.'],
    ['military time', 'Buses left at 1500 GMT.'],
    ['a date', 'On December 13 and on 15 Dec the deal held.'],
    ['an age', 'A 12-year-old boy and a man aged 40 were hurt.'],
    ['an ordinal', 'The worst tragedy of the 21st century.'],
    ['a label', 'Resolution 2254 and convoy No. 2 were cited.'],
    ['a duration', 'The truce lasted three days and 72 hours.'],
    ['money', 'The UN asked for $5 million and 20 million dollars.'],
    ['a list number', '1. Rebels leave.\n2) Civilians follow.'],
    ['the word one', 'One official said one of the buses broke down.'],
    ['a vote tally', 'The council voted 15-0.'],
    ['padded digits', 'Code 0800 was used.'],
    ['no number at all', 'The evacuation was delayed.'],
  ])('%s', (_, text) => {
    expect(figures(text)).toEqual([]);
  });
});

describe('findEnglishQuantities: what is counted', () => {
  it('names the concept of an obvious counted noun', () => {
    const civilians = conceptOf('civilians');
    expect(civilians).not.toBeNull();
    const text = 'Soldiers shot dead 82 civilians in the east.';
    expect(findEnglishQuantities(text, { start: 0, end: text.length })[0]?.counts).toBe(civilians);
  });

  it('looks past one adjective but not past punctuation', () => {
    const civilians = conceptOf('civilians');
    const withAdjective = 'They killed 82 unarmed civilians.';
    expect(findEnglishQuantities(withAdjective, { start: 0, end: withAdjective.length })[0]?.counts).toBe(civilians);
    const list = 'Casualties: 82, civilians among them.';
    expect(findEnglishQuantities(list, { start: 0, end: list.length })[0]?.counts ?? null).toBeNull();
  });

  it('does not take a noun from the next phrase', () => {
    const text = 'Tens of thousands fled, most of them into government-held areas.';
    expect(findEnglishQuantities(text, { start: 0, end: text.length }).map((q) => q.counts ?? null)).toEqual([null, null]);
  });

  it('leaves counts null when the noun is unknown', () => {
    const text = 'They counted 82 chairs.';
    expect(findEnglishQuantities(text, { start: 0, end: text.length })[0]?.counts ?? null).toBeNull();
  });

  it('keeps offsets within the span', () => {
    const text = 'Intro sentence with 5 people. Then 98% of Aleppo.';
    const span = { start: 30, end: text.length };
    const found = findEnglishQuantities(text, span);
    expect(found.map((q) => text.slice(q.start, q.end))).toEqual(['98%']);
  });
});
