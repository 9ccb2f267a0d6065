import { describe, expect, it } from 'vitest';
import { domainWords, findEnglishNames, type NameKind } from './nlp';

function names(text: string): [NameKind, string][] {
  return findEnglishNames(text, { start: 0, end: text.length }).map((n) => [n.kind, n.surface]);
}

describe('findEnglishNames', () => {
  it.each([
    ['Buses left Ramouseh for Idlib.', ['Ramouseh', 'Idlib']],
    ['Convoys reached Idleb via Ramousah.', ['Idleb', 'Ramousah']],
    ['Evacuees were taken to Khan al-Asal.', ['Khan al-Asal']],
  ])('tags places compromise does not know: %s', (text, places) => {
    const found = names(text);
    for (const place of places) expect(found).toContainEqual(['place', place]);
  });

  it('keeps a lexicon group whole even before a common noun', () => {
    expect(names('Ahrar al-Sham fighters left first.')).toContainEqual(['organization', 'Ahrar al-Sham']);
  });

  it('finds people and leaves the possessive out', () => {
    const found = names("Russia's ambassador Vitaly Churkin met François Delattre in New York.");
    expect(found).toContainEqual(['person', 'Vitaly Churkin']);
    expect(found).toContainEqual(['place', 'Russia']);
  });

  it("leaves a dateline's dash out of the place", () => {
    expect(names('BEIRUT, Lebanon — Buses left Ramouseh.').map(([, n]) => n)).not.toContainEqual(expect.stringMatching(/[—–-]$/));
  });

  it('gives offsets into the text for a span inside it', () => {
    const text = 'First sentence. Buses left Ramouseh.';
    const span = { start: 16, end: text.length };
    const [ramouseh] = findEnglishNames(text, span);
    expect(ramouseh && text.slice(ramouseh.start, ramouseh.end)).toBe('Ramouseh');
  });

  it('returns [] for text without names, empty spans and garbage', () => {
    expect(findEnglishNames('the buses left at dawn.', { start: 0, end: 23 })).toEqual([]);
    expect(findEnglishNames('', { start: 0, end: 0 })).toEqual([]);
    expect(findEnglishNames('abc', { start: 5, end: 2 })).toEqual([]);
    const garbage = Array.from({ length: 4_000 }, (_, i) => String.fromCharCode((i * 7_919) % 0xffff)).join('');
    expect(() => findEnglishNames(garbage, { start: 0, end: garbage.length })).not.toThrow();
  });
});

describe('domainWords', () => {
  const words = domainWords(() => false);

  it('joins hyphenated forms with spaces, as compromise splits them', () => {
    expect(Object.keys(words).some((k) => k.includes('-'))).toBe(false);
  });

  it('skips descriptions, common nouns and words compromise already knows', () => {
    expect(Object.keys(words).every((k) => k === k.toLowerCase())).toBe(true);
    expect(Object.keys(words).some((k) => / (?:ambassador|envoy|crossing|minister|officials?)$/.test(k))).toBe(false);
    const known = domainWords((w) => w === 'idlib');
    expect(known.idlib).toBeUndefined();
  });
});
