import { describe, expect, it } from 'vitest';
import { sourceDoc, stanceFor } from './statement.test-util';

/** The events and destinations of the first statement read in `text`, or null when none is read. */
function readingOf(text: string, lang: 'ar' | 'en'): { events: string[]; to: string[] } | null {
  const f = sourceDoc(text, lang).claims[0]?.frame;
  return f ? { events: f.events.map((e) => e.id), to: f.places.filter((p) => p.role === 'destination').map((p) => p.id) } : null;
}

describe('movementByVerb: people or buses going somewhere in everyday verbs', () => {
  it.each([
    ['Ahrar al-Sham said all fighters and civilians would go first to the western Aleppo countryside.', 'en', 'aleppo-west-countryside'],
    ['The buses carrying civilians crossed into the western Aleppo countryside on Thursday.', 'en', 'aleppo-west-countryside'],
    ['Rebel fighters will move to Idlib province under the arrangements for Aleppo.', 'en', 'idlib-province'],
    ['وبحسب الترتيبات، تعبر الحافلات طريق الراموسة وصولاً إلى الراشدين.', 'ar', 'rashideen'],
    ['وقال مصدر إن المقاتلين سينتقلون من شرق حلب إلى محافظة إدلب.', 'ar', 'idlib-province'],
    ['وتتجه القوافل إلى ريف حلب الغربي.', 'ar', 'aleppo-west-countryside'],
  ] as const)('«%s» (%s) is a claim of leaving for %s', (text, lang, place) => {
    const r = readingOf(text, lang);
    expect(r?.events).toContain('evacuation');
    expect(r?.to).toContain(place);
  });

  it.each([
    // no one moved: troops, diplomats, a statement
    ['Syrian troops moved into the eastern districts of Aleppo on Monday.', 'en'],
    ['Lavrov will go to Geneva for talks on Aleppo.', 'en'],
    // 'عبر' is also 'via', and 'تعبر عن' is 'expresses'
    ['وأرسلت الأمم المتحدة رسالة عبر تركيا إلى حلب.', 'ar'],
    ['وتعبر تركيا عن قلقها إزاء الوضع في حلب.', 'ar'],
  ] as const)('«%s» (%s) tells no evacuation', (text, lang) => {
    expect(readingOf(text, lang)?.events ?? []).not.toContain('evacuation');
  });
});

describe("'غرب حلب' / 'west of Aleppo' is a direction: the city's west or the countryside beyond", () => {
  const stance = (claim: string, src: string) => stanceFor(claim, src, 'ar');
  it.each([
    ['Turkish officials said civilians would be evacuated from Aleppo to the western Aleppo countryside.', 'وأوضح المسؤولون أن الاتفاق يشمل إجلاء المدنيين من حلب إلى غرب حلب.'],
    ['وقال مسؤول تركي إن المدنيين سيجلون من حلب إلى محافظة إدلب.', 'وأوضح المسؤولون أن الاتفاق يشمل إجلاء المدنيين من حلب إلى غرب حلب.'],
  ])('«%s» is not contradicted by «%s» (vaguer, not another place)', (claim, src) => {
    expect(stance(claim, src)).not.toMatch(/^conflicts/);
  });

  it('a named part of the city is still a place that differs from Idlib', () => {
    expect(stance('وقال مسؤول تركي إن المدنيين سيجلون من شرق حلب إلى محافظة إدلب.', 'وأوضح المسؤولون أن الاتفاق يشمل إجلاء المدنيين من شرق حلب إلى الأحياء الغربية لحلب.')).toBe('conflicts:place-differs');
  });
});
