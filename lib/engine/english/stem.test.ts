import { describe, expect, it } from 'vitest';
import { stemEnglish } from './stem';

/** Word families that must share a stem for lexicon lookup and retrieval to meet. */
const FAMILIES: string[][] = [
  ['evacuate', 'evacuated', 'evacuates', 'evacuating', 'evacuation', 'evacuations'],
  ['fighter', 'fighters'],
  ['control', 'controls', 'controlled', 'controlling'],
  ['civilian', 'civilians'],
  ['neighbourhood', 'neighbourhoods', 'neighborhood', 'neighborhoods'],
  ['negotiation', 'negotiations', 'negotiated', 'negotiate'],
  ['shelling', 'shelled', 'shell'],
  ['bus', 'buses'],
  ['defence', 'defense'],
  ['organised', 'organized'],
  ['kill', 'killed', 'killing', 'killings'],
  ['say', 'says', 'said', 'saying'],
  ['meet', 'meeting', 'met'],
  ['hold', 'held'],
];

/** Words that must stay apart: a shared stem would merge different concepts. */
const DISTINCT: [string, string][] = [
  ['fighter', 'fight'],
  ['hour', 'honour'],
  ['status', 'state'],
];

describe('stemEnglish', () => {
  it.each(FAMILIES.map((f) => [f.join(' / '), f]))('%s share one stem', (_, family) => {
    const stems = new Set((family as string[]).map(stemEnglish));
    expect([...stems]).toHaveLength(1);
  });

  it.each(DISTINCT)('%s and %s stay apart', (a, b) => {
    expect(stemEnglish(a)).not.toBe(stemEnglish(b));
  });

  it.each([
    ['damascus', 'damascus'],
    ['crisis', 'crisis'],
    ['us', 'us'],
    ['75000', '75000'],
    ['', ''],
    ['حلب', 'حلب'],
  ])('leaves %s as %s', (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });
});
