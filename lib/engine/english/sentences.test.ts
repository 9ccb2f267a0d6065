import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitEnglishSentences } from './sentences';

function split(text: string): string[] {
  return splitEnglishSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitEnglishSentences', () => {
  it.each([
    [
      'wire copy with abbreviations',
      'BEIRUT (Reuters) - The U.N. Security Council met at 3 p.m. on Tuesday. Gen. Igor Konashenkov said No. 2 convoy left. It was late.',
      ['BEIRUT (Reuters) - The U.N. Security Council met at 3 p.m. on Tuesday.', 'Gen. Igor Konashenkov said No. 2 convoy left.', 'It was late.'],
    ],
    [
      'an abbreviation that ends a sentence',
      'The convoy left at 3 p.m. The buses followed. Aid came from the U.S. It arrived late.',
      ['The convoy left at 3 p.m.', 'The buses followed.', 'Aid came from the U.S.', 'It arrived late.'],
    ],
    [
      'a clock abbreviation before a new sentence or a time zone',
      'He arrived at 5 p.m. Later, he left. The talks began at 3 p.m. GMT on Tuesday.',
      ['He arrived at 5 p.m.', 'Later, he left.', 'The talks began at 3 p.m. GMT on Tuesday.'],
    ],
    [
      'a dotted name and a date abbreviation',
      'John F. Kennedy was cited. The deal of Dec. 13 held. Mr. Churkin spoke.',
      ['John F. Kennedy was cited.', 'The deal of Dec. 13 held.', 'Mr. Churkin spoke.'],
    ],
    [
      'quotations that end inside or go on after',
      '"Is it over?" he asked. "We will leave," a fighter said. He said: "It is finished." The shelling stopped.',
      ['"Is it over?" he asked.', '"We will leave," a fighter said.', 'He said: "It is finished."', 'The shelling stopped.'],
    ],
    [
      'curly quotes',
      '“The evacuation has begun.” Buses entered the east.',
      ['“The evacuation has begun.”', 'Buses entered the east.'],
    ],
    [
      'a headline without a full stop, then a paragraph',
      'Aleppo evacuation halted as shelling resumes\n\nThe evacuation did not begin on Wednesday.',
      ['Aleppo evacuation halted as shelling resumes', 'The evacuation did not begin on Wednesday.'],
    ],
    [
      'an explainer with Q&A headings',
      'What was agreed?\nRebels would leave east Aleppo.\nWho guarantees it?\nTurkey and Russia.',
      ['What was agreed?', 'Rebels would leave east Aleppo.', 'Who guarantees it?', 'Turkey and Russia.'],
    ],
    [
      'a live blog with times and bullets',
      '14:05 GMT\nFirst buses leave Ramouseh\n• ICRC says 20 buses are ready.\n• No date set.',
      ['14:05 GMT', 'First buses leave Ramouseh', '• ICRC says 20 buses are ready.', '• No date set.'],
    ],
    [
      'a soft-wrapped line inside a sentence',
      'The army said it controlled\nalmost all of the city. Fighting went on.',
      ['The army said it controlled\nalmost all of the city.', 'Fighting went on.'],
    ],
    ['decimals and ellipses', 'About 1.5 million left... Others stayed. Why?! Nobody knows.', ['About 1.5 million left...', 'Others stayed.', 'Why?!', 'Nobody knows.']],
    ['no words at all', '  \n\n ... --- \n', []],
    ['empty', '', []],
  ])('%s', (_, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('returns exact offsets into the text', () => {
    const text = '  The deal held.  \n\nBuses left at 7 p.m. local time.  ';
    for (const s of splitEnglishSentences(text)) {
      expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
      expect(s.end).toBeGreaterThan(s.start);
    }
  });

  it('cuts a run-on without punctuation into bounded spans', () => {
    const text = 'word '.repeat(2_000);
    const spans = splitEnglishSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });
});
