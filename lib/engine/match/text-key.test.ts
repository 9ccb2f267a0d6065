import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textKey } from './corpus-index';

/**
 * A page's text key finds its own copy in the corpus, and keys are stored in ranking snapshots:
 * the one-pass key must equal the key of the text as first defined, whitespace collapsed and
 * trimmed, or every stored snapshot would stop finding the pages it holds.
 */
function plainKey(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  let h = 0;
  for (let i = 0; i < t.length; i++) h = (Math.imul(h, 31) + t.charCodeAt(i)) | 0;
  return `${t.length}:${h}`;
}

const SPACES = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];

describe('textKey', () => {
  it('equals the key of the collapsed, trimmed text for every kind of whitespace', () => {
    for (const s of SPACES) {
      for (const text of [`${s}حلب${s}${s}Aleppo${s}`, `a${s}b`, `${s}${s}`, s, `x${s}`]) expect(textKey(text), JSON.stringify(text)).toBe(plainKey(text));
    }
    // Not whitespace to \s: zero-width space and joiners, the Mongolian vowel separator.
    for (const c of ['\u200b', '\u200c', '\u200d', '\u180e', '\u0085']) expect(textKey(`a${c}b ${c}`)).toBe(plainKey(`a${c}b ${c}`));
    expect(textKey('')).toBe(plainKey(''));
  });

  it('equals it on every seed and fixture page', () => {
    const files = [
      ...readdirSync('seeds').filter((f) => f.endsWith('.txt') || f.endsWith('.html')).map((f) => `seeds/${f}`),
      ...readdirSync('tests/fixtures/xref-holdout3').filter((f) => f.endsWith('.html')).map((f) => `tests/fixtures/xref-holdout3/${f}`),
      'bench/fixtures/ar-aleppo-evacuation.txt',
      'bench/fixtures/en-aleppo-evacuation.txt',
    ];
    expect(files.length).toBeGreaterThan(8);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(textKey(text), f).toBe(plainKey(text));
    }
  });

  it('tells texts apart but not their spacing', () => {
    expect(textKey('وقف إطلاق النار في حلب')).toBe(textKey('  وقف   إطلاق\nالنار\tفي حلب '));
    expect(textKey('وقف إطلاق النار في حلب')).not.toBe(textKey('وقف إطلاق النار في إدلب'));
  });
});
