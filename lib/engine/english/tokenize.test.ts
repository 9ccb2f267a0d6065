import { describe, expect, it } from 'vitest';
import { tokenizeEnglish } from './tokenize';

function tokens(text: string) {
  return tokenizeEnglish(text, { start: 0, end: text.length });
}

describe('tokenizeEnglish', () => {
  it.each([
    ["Russia's envoy", ['russia', 'envoy']],
    ['Russia’s envoy', ['russia', 'envoy']],
    ["the rebels' positions", ['the', 'rebels', 'positions']],
    ["They didn't leave", ['they', 'did', 'not', 'leave']],
    ["Buses won't move", ['buses', 'will', 'not', 'move']],
    ["We can't say", ['we', 'can', 'not', 'say']],
    ["They'll go", ['they', 'will', 'go']],
    ['Ahrar al-Sham', ['ahrar', 'al', 'sham']],
    ['eighty-two civilians', ['eighty', 'two', 'civilians']],
    ['more than 75,000 people', ['more', 'than', '75000', 'people']],
    ['a 1.5 km road', ['a', '1.5', 'km', 'road']],
    ['Hüseyin Müftüoğlu said', ['huseyin', 'muftuoglu', 'said']],
    ["Zeid Ra'ad al-Hussein", ['zeid', "ra'ad", 'al', 'hussein']],
    ['—— ... !!!', []],
    ['', []],
  ])('%s', (text, norms) => {
    expect(tokens(text).map((t) => t.norm)).toEqual(norms);
  });

  it('keeps offsets on the page text, inside the span', () => {
    const text = "Intro. Russia's envoy didn't agree.";
    const span = { start: 7, end: text.length };
    for (const t of tokenizeEnglish(text, span)) {
      expect(t.start).toBeGreaterThanOrEqual(span.start);
      expect(t.end).toBeLessThanOrEqual(span.end);
    }
    const [russia, , did, not] = tokenizeEnglish(text, span);
    expect(text.slice(russia!.start, russia!.end)).toBe('Russia');
    expect(text.slice(did!.start, did!.end)).toBe('did');
    expect(text.slice(not!.start, not!.end)).toBe("n't");
  });

  it('gives the stem of the norm', () => {
    const [t] = tokens('Evacuations');
    expect(t).toMatchObject({ norm: 'evacuations', stem: 'evacu' });
  });
});
