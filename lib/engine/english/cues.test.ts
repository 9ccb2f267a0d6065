import { describe, expect, it } from 'vitest';
import type { CueHit } from '../layer';
import { findEnglishCues } from './cues';
import { tokenizeEnglish } from './tokenize';

function cues(text: string): [CueHit['kind'], string][] {
  const span = { start: 0, end: text.length };
  return findEnglishCues(text, span, tokenizeEnglish(text, span)).map((c) => [c.kind, c.surface]);
}

function kinds(text: string): CueHit['kind'][] {
  return cues(text).map(([k]) => k);
}

describe('findEnglishCues', () => {
  it.each([
    // negation
    ['The evacuation did not begin.', ['negation', 'not']],
    ["The evacuation didn't begin.", ['negation', "n't"]],
    ['Buses never arrived.', ['negation', 'never']],
    ['Neither side moved.', ['negation', 'Neither']],
    ['They left without their weapons.', ['negation', 'without']],
    ['There were no buses.', ['denial', 'There were no']],
    ['The rebels refused to accept a truce.', ['negation', 'refused to']],
    // denial
    ['Moscow denied the reports.', ['denial', 'denied']],
    ['Damascus rejected the plan.', ['denial', 'rejected']],
    ['The ministry dismissed reports of executions.', ['denial', 'dismissed reports']],
    ['The army refuted the claim.', ['denial', 'refuted']],
    // attribution
    ['A rebel official told Reuters.', ['attribution', 'told']],
    ['According to the ICRC, buses left.', ['attribution', 'According to']],
    ['The ministry announced a truce.', ['attribution', 'announced']],
    ['The UN confirmed it.', ['attribution', 'confirmed']],
    // future
    ['Buses will leave.', ['future', 'will']],
    ['The evacuation is expected to begin.', ['future', 'is expected to']],
    // demand
    ['France urged restraint.', ['demand', 'urged']],
    ['The UN called on all parties.', ['demand', 'called on']],
    // opinion
    ['Delattre described the situation as grim.', ['opinion', 'described']],
    ['Analysts say the deal is fragile.', ['opinion', 'Analysts say']],
    ['Civilians should be protected.', ['opinion', 'should']],
    // hedge
    ['The talks might fail.', ['hedge', 'might']],
    ['Rebels reportedly withdrew.', ['hedge', 'reportedly']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toContainEqual(expected);
  });

  it('marks a question sentence once, on its final mark', () => {
    expect(cues('Will the truce hold?')).toEqual([['future', 'Will'], ['question', '?']]);
    expect(kinds('“Is it over?” he asked.')).not.toContain('question');
  });

  it.each([
    ['May as a month', 'The siege began on 5 May and ended in May 2016.', 'hedge'],
    ['No. as a label', 'Convoy No. 2 left.', 'negation'],
    ['described without as', 'He described the scene.', 'opinion'],
    ['not only … but also', 'Not only rebels but also civilians left.', 'negation'],
    ['a denial verb that is asked for', 'Moscow urged Damascus to reject the plan.', 'denial'],
  ])('no cue for %s', (_, text, kind) => {
    expect(kinds(text)).not.toContain(kind);
  });

  it('reads "described … as" as an opinion someone voiced', () => {
    expect(cues('Delattre described Aleppo as a tragedy.')).toEqual([['opinion', 'described'], ['attribution', 'described']]);
  });

  it('finds several cues in a wire sentence, in text order', () => {
    expect(kinds('Churkin said the army would not stop, but Turkey denied it.')).toEqual(['attribution', 'future', 'negation', 'denial']);
  });

  it('gives nothing for a plain statement or no tokens', () => {
    expect(cues('Buses left Ramouseh for Idlib.')).toEqual([]);
    expect(findEnglishCues('', { start: 0, end: 0 }, [])).toEqual([]);
  });
});
