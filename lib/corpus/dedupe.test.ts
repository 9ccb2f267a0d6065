import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, compareFingerprints, isNearDuplicate, textFingerprint } from './dedupe';
import { AR_OTHER_STORY, AR_SYNDICATED, AR_WIRE, SAME_EVENT_OTHER_STORY, SYNDICATED, TRIMMED, WIRE } from './test-articles';

describe('canonicalizeUrl', () => {
  it.each([
    ['HTTP://WWW.Example.COM/World/Story-1/', 'https://example.com/World/Story-1'],
    ['https://example.com/world/story?utm_source=tw&utm_medium=social&fbclid=abc&gclid=x', 'https://example.com/world/story'],
    ['https://example.com/world/story#comments', 'https://example.com/world/story'],
    ['https://example.com/world/story?page=2&id=7', 'https://example.com/world/story?id=7&page=2'],
    ['https://example.com:443/world/story', 'https://example.com/world/story'],
    ['http://localhost:4173/ar-truce.html', 'https://localhost:4173/ar-truce.html'],
    ['https://example.com/world/story/amp', 'https://example.com/world/story'],
    ['https://example.com/world/story/amp/', 'https://example.com/world/story'],
    ['https://example.com/amp/world/story', 'https://example.com/world/story'],
    ['https://example.com/world/story.amp.html', 'https://example.com/world/story.html'],
    ['https://amp.example.com/world/story?amp=1', 'https://example.com/world/story'],
    ['https://m.example.com/world/story', 'https://example.com/world/story'],
    ['https://www.google.com/amp/s/www.example.com/world/story/amp', 'https://example.com/world/story'],
    ['https://example.com/', 'https://example.com'],
    ['https://example.com/%D8%AD%D9%84%D8%A8', 'https://example.com/%D8%AD%D9%84%D8%A8'],
    ['https://example.com/حلب', 'https://example.com/%D8%AD%D9%84%D8%A8'],
  ])('%s → %s', (raw, expected) => {
    expect(canonicalizeUrl(raw)).toBe(expected);
  });

  it.each([['javascript:alert(1)'], ['file:///etc/passwd'], ['not a url'], [''], [null]])('%s → no key', (raw) => {
    expect(canonicalizeUrl(raw)).toBe('');
  });

  it('keeps two different articles apart', () => {
    expect(canonicalizeUrl('https://example.com/news?id=7')).not.toBe(canonicalizeUrl('https://example.com/news?id=8'));
    expect(canonicalizeUrl('https://example.com/a')).not.toBe(canonicalizeUrl('https://example.org/a'));
  });
});

describe('near-duplicate fingerprints', () => {
  it.each([
    ['the same text', WIRE, WIRE, true],
    ['an outlet\'s copy with its own headline, boilerplate and light edits', WIRE, SYNDICATED, true],
    ['a republication trimmed to the first paragraph', WIRE, TRIMMED, true],
    ['another report on the same event', WIRE, SAME_EVENT_OTHER_STORY, false],
    ['another outlet\'s copy against that report', SYNDICATED, SAME_EVENT_OTHER_STORY, false],
    ['Arabic agency copy re-spelled and cut by another site', AR_WIRE, AR_SYNDICATED, true],
    ['an Arabic report on the same day\'s events', AR_WIRE, AR_OTHER_STORY, false],
    ['texts in two languages', WIRE, AR_WIRE, false],
  ])('%s → %s', (_label, a, b, expected) => {
    expect(isNearDuplicate(textFingerprint(a), textFingerprint(b))).toBe(expected);
    expect(isNearDuplicate(textFingerprint(b), textFingerprint(a))).toBe(expected);
  });

  it('scores independent stories far below the threshold, not just under it', () => {
    const sim = compareFingerprints(textFingerprint(WIRE), textFingerprint(SAME_EVENT_OTHER_STORY))!;
    expect(sim.containment).toBeLessThan(0.2);
    const copy = compareFingerprints(textFingerprint(WIRE), textFingerprint(SYNDICATED))!;
    expect(copy.containment).toBeGreaterThan(0.65);
  });

  it('is deterministic and empty for a text without words', () => {
    expect(textFingerprint(WIRE)).toBe(textFingerprint(WIRE));
    expect(textFingerprint(' .,;! ')).toBe('');
    expect(compareFingerprints('', textFingerprint(WIRE))).toBeNull();
    expect(isNearDuplicate('garbage', 'garbage')).toBe(false);
  });
});
