/**
 * Times the English text layer on a 1,500-word news page: `npx tsx bench/english-layer.ts`.
 * Prints the median over 20 runs after warm-up for the whole layer (sentences, then tokens,
 * figures, times and cues of every sentence), and, apart, for compromise's name tagging of every
 * sentence, which the engine runs only on the sentences it keeps as claims.
 */
import { readFileSync } from 'node:fs';
import { englishLayer } from '../lib/engine/english/layer';
import { findEnglishNames } from '../lib/engine/english/nlp';

const PAGE_WORDS = 1_500;
const WARM_UP_RUNS = 5;
const TIMED_RUNS = 20;
const FIXTURES = ['wire', 'liveblog', 'explainer'].map((name) =>
  readFileSync(new URL(`../lib/engine/english/fixtures/${name}.txt`, import.meta.url), 'utf8'),
);

/** A page of exactly PAGE_WORDS words, from the fixture pages in turn. */
function buildPage(): string {
  const words: string[] = [];
  const paragraphs = FIXTURES.flatMap((f) => f.split('\n\n'));
  let out = '';
  for (let i = 0; words.length < PAGE_WORDS; i++) {
    const paragraph = paragraphs[i % paragraphs.length]!;
    const taken = paragraph.split(/\s+/).filter(Boolean).slice(0, PAGE_WORDS - words.length);
    words.push(...taken);
    out += `${taken.join(' ')}\n\n`;
  }
  return out;
}

function analysePage(text: string): number {
  let items = 0;
  for (const span of englishLayer.sentences(text)) {
    const tokens = englishLayer.tokens(text, span);
    items += tokens.length;
    items += englishLayer.quantities(text, span).length;
    items += englishLayer.times(text, span, { published: '2016-12-13' }).length;
    items += englishLayer.cues(text, span, tokens).length;
  }
  return items;
}

function tagNames(text: string): number {
  let names = 0;
  for (const span of englishLayer.sentences(text)) names += findEnglishNames(text, span).length;
  return names;
}

function median(run: () => unknown): number {
  for (let i = 0; i < WARM_UP_RUNS; i++) run();
  const times: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return (times[Math.floor((TIMED_RUNS - 1) / 2)]! + times[Math.ceil((TIMED_RUNS - 1) / 2)]!) / 2;
}

const page = buildPage();
const sentences = englishLayer.sentences(page).length;
console.log(`page: ${page.split(/\s+/).filter(Boolean).length} words, ${sentences} sentences`);
console.log(`english layer: median ${median(() => analysePage(page)).toFixed(2)} ms over ${TIMED_RUNS} runs`);
console.log(`compromise names, every sentence: median ${median(() => tagNames(page)).toFixed(2)} ms over ${TIMED_RUNS} runs`);
