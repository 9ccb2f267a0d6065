import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Span } from '../layer';
import { englishLayer as layer, MAX_ENGLISH_TEXT_CHARS } from './layer';

/** Fixture pages in three outlets' styles; the dates are those each page would carry. */
const PAGES = {
  wire: { text: readFileSync(new URL('./fixtures/wire.txt', import.meta.url), 'utf8'), published: '2016-12-13' },
  liveblog: { text: readFileSync(new URL('./fixtures/liveblog.txt', import.meta.url), 'utf8'), published: '2016-12-14' },
  explainer: { text: readFileSync(new URL('./fixtures/explainer.txt', import.meta.url), 'utf8'), published: '2016-12-14' },
};
type Page = keyof typeof PAGES;

/** The sentence of `page` that contains `fragment`, with its span. */
function sentence(page: Page, fragment: string): { text: string; span: Span } {
  const { text } = PAGES[page];
  const span = layer.sentences(text).find((s) => text.slice(s.start, s.end).includes(fragment));
  if (!span) throw new Error(`no sentence with "${fragment}" in ${page}`);
  return { text, span };
}

function analyse(page: Page, fragment: string) {
  const { text, span } = sentence(page, fragment);
  const tokens = layer.tokens(text, span);
  return {
    sentence: text.slice(span.start, span.end),
    quantities: layer.quantities(text, span).map((q) => q.surface),
    times: layer.times(text, span, { published: PAGES[page].published }).map((t) => `${t.kind}:${t.value}..${t.max}${t.bound ? ` ${t.bound}` : ''}`),
    cues: layer.cues(text, span, tokens).map((c) => `${c.kind}:${c.surface}`),
  };
}

describe('englishLayer on a wire story', () => {
  it('keeps abbreviations and a parenthesised GMT time inside their sentence', () => {
    const s = analyse('wire', 'possibly by 5 a.m.');
    expect(s.sentence.endsWith('(0300 GMT) on Wednesday.')).toBe(true);
    expect(s.times).toEqual(['span:0..12', 'clock:180..180 by', 'clock:180..180', 'day:1..1']);
    expect(s.cues).toEqual(expect.arrayContaining(['attribution:said', 'future:was expected to', 'hedge:possibly']));
  });

  it('reads the figures of a casualty report, not its dates', () => {
    const s = analyse('wire', 'shot dead at least 82 civilians');
    expect(s.quantities).toEqual(['at least 82', '11', '13', 'four']);
    expect(s.times).toEqual(['day:-1..-1']);
  });

  it('marks a dismissed report and "there was no" as denial', () => {
    expect(analyse('wire', 'He dismissed reports').cues).toEqual(['denial:dismissed reports', 'attribution:said', 'denial:there was no']);
  });

  it('finds no figure in an ordinal, a year or an area', () => {
    expect(analyse('wire', '21st century').quantities).toEqual([]);
    expect(analyse('wire', 'captured in 2012').quantities).toEqual([]);
    expect(analyse('wire', 'captured in 2012').times).toEqual(['year:2012..2012']);
    expect(analyse('wire', 'about 5 square km').quantities).toEqual([]);
  });

  it('reads the dateline date and a past date with an abbreviated month', () => {
    expect(analyse('wire', 'BEIRUT/MOSCOW').times).toEqual(['day:0..0', 'day:0..0']);
    expect(analyse('wire', 'Nov. 15').times).toEqual(['day:-28..-28']);
  });
});

describe('englishLayer on a live blog', () => {
  it('makes each timestamp its own sentence with its GMT minute', () => {
    const { text } = PAGES.liveblog;
    const stamps = layer.sentences(text).map((s) => text.slice(s.start, s.end)).filter((s) => /^\d\d:\d\d GMT$/.test(s));
    expect(stamps).toHaveLength(8);
    expect(analyse('liveblog', '17:40 GMT').times).toEqual(['clock:1060..1060']);
  });

  it('converts local time and military hours to GMT', () => {
    expect(analyse('liveblog', '4 pm local time').times).toEqual(['clock:840..840']);
    expect(analyse('liveblog', '0630 hours').times).toEqual(['clock:270..270']);
  });

  it('reads "will not start before Thursday" as a lower bound', () => {
    const s = analyse('liveblog', 'before Thursday');
    expect(s.times).toEqual(['day:1..1 not-before']);
    expect(s.cues).toEqual(['attribution:tells', 'future:will', 'negation:not']);
  });

  it('reads a possessive relative day', () => {
    expect(analyse('liveblog', "Yesterday's deal").times).toEqual(['day:-1..-1', 'day:0..0 by']);
  });

  it('reads the figures of a quoted rebel claim', () => {
    expect(analyse('liveblog', 'about 50,000 people').quantities).toEqual(['about 50,000', 'up to 5,000']);
  });
});

describe('englishLayer on an explainer with Q&A headings', () => {
  it('makes each heading a question sentence', () => {
    const { text } = PAGES.explainer;
    const questions = layer.sentences(text).filter((s) => layer.cues(text, s, layer.tokens(text, s)).some((c) => c.kind === 'question'));
    expect(questions.map((s) => text.slice(s.start, s.end))).toEqual([
      'What was agreed?',
      'Who is still inside?',
      'Why did the first attempt fail?',
      'How much of the city does the government hold?',
      'Is this the end of the war?',
      'What happens next?',
    ]);
  });

  it('reads a share with its qualifier and a vague figure in quotes', () => {
    expect(analyse('explainer', 'more than 90%').quantities).toEqual(['more than 90%']);
    expect(analyse('explainer', 'tens of thousands').quantities).toEqual(['tens of thousands']);
  });

  it('anchors "Tuesday night" and "5 a.m. on Wednesday" to a Wednesday article', () => {
    expect(analyse('explainer', 'Tuesday night').times).toEqual(['day:-1..-1']);
    expect(analyse('explainer', 'due to leave at 5 a.m.').times).toEqual(['clock:180..180', 'day:0..0']);
  });
});

describe('englishLayer on bad input', () => {
  const all = (text: string, span: Span = { start: 0, end: text.length }) => ({
    sentences: layer.sentences(text),
    tokens: layer.tokens(text, span),
    quantities: layer.quantities(text, span),
    times: layer.times(text, span, { published: '2016-12-13' }),
    cues: layer.cues(text, span, layer.tokens(text, span)),
  });
  const nothing = { sentences: [], tokens: [], quantities: [], times: [], cues: [] };

  it.each([
    ['an empty string', ''],
    ['whitespace', ' \n\n\t  \n'],
    ['punctuation only', '... --- !!! ??? *** ### ///'],
    ['control characters', '\u0000\u0001\u0002\u001b\u007f\ufffd'.repeat(200)],
  ])('returns [] for %s', (_, text) => {
    expect(all(text)).toEqual(nothing);
  });

  it('returns [] for spans outside the text or reversed', () => {
    const text = 'Buses left at 3 p.m. on Tuesday, 82 civilians said.';
    for (const span of [{ start: 500, end: 900 }, { start: 20, end: 10 }, { start: Number.NaN, end: 10 }]) {
      expect(all(text, span)).toEqual({ ...nothing, sentences: layer.sentences(text) });
    }
  });

  it('survives binary garbage without throwing', () => {
    let garbage = '';
    let seed = 7;
    for (let i = 0; i < 200_000; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      garbage += String.fromCharCode(seed % 0xffff);
    }
    expect(() => {
      for (const span of layer.sentences(garbage)) {
        const tokens = layer.tokens(garbage, span);
        layer.quantities(garbage, span);
        layer.times(garbage, span, { published: null });
        layer.cues(garbage, span, tokens);
      }
    }).not.toThrow();
  });

  it('splits 5 MB of text in linear time, up to its limit', () => {
    const paragraph = `${PAGES.wire.text}\n\n`;
    const huge = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const half = huge.slice(0, MAX_ENGLISH_TEXT_CHARS / 2);
    const t0 = performance.now();
    const halfSpans = layer.sentences(half);
    const t1 = performance.now();
    const spans = layer.sentences(huge);
    const t2 = performance.now();
    expect(spans.at(-1)!.end).toBeLessThanOrEqual(MAX_ENGLISH_TEXT_CHARS);
    expect(spans.length).toBeGreaterThan(halfSpans.length * 1.8);
    // Twice the text (the limit) must not cost much more than twice the time: no quadratic path.
    expect(t2 - t1).toBeLessThan(Math.max(4 * (t1 - t0), 300));
  });

  it('reads a 1 MB span in one pass without hanging', () => {
    const text = PAGES.wire.text.repeat(Math.ceil(1_000_000 / PAGES.wire.text.length));
    const span = { start: 0, end: text.length };
    const t0 = performance.now();
    const tokens = layer.tokens(text, span);
    expect(layer.quantities(text, span).length).toBeGreaterThan(100);
    expect(layer.times(text, span, { published: '2016-12-13' }).length).toBeGreaterThan(100);
    expect(layer.cues(text, span, tokens).length).toBeGreaterThan(100);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
