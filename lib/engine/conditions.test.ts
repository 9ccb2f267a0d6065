import { describe, expect, it } from 'vitest';
import { frameOf, stanceFor } from './statement.test-util';
import { analyzeArticle } from './analyze';

describe('conditionalClauses: what an if clause names is supposed, not reported', () => {
  it.each([
    ['Lavrov said the fighters could have left Aleppo as early as June if Washington had kept its promises.', 'en', 'usa'],
    ['The UN is ready to monitor the evacuation of Aleppo if the government allows it.', 'en', 'syrian-government'],
    ['وقال لافروف إنه كان يمكن إخراج المسلحين من حلب منذ حزيران لو التزمت واشنطن بتعهداتها.', 'ar', 'usa'],
    ['وقال دي ميستورا إن الأمم المتحدة مستعدة لمراقبة الإجلاء من حلب إذا سمحت الحكومة السورية بذلك.', 'ar', 'syrian-government'],
    ['وقال مسؤول إن الحافلات ستنطلق من حلب، في حال التزمت الفصائل بوقف إطلاق النار.', 'ar', 'syrian-opposition'],
  ] as const)('«%s» (%s): %s is not a side of the claim', (text, lang, side) => {
    const f = frameOf(text, lang);
    expect(f.actors.map((a) => a.id)).not.toContain(side);
    expect(f.events.map((e) => e.agent)).not.toContain(side);
  });

  it('a side named outside the condition stays', () => {
    expect(frameOf('Turkey said Russia would guarantee the evacuation of Aleppo if the rebels left.', 'en').events.map((e) => e.agent)).toContain('russia');
  });

  const SINCE_SEPTEMBER = 'وقال لافروف في مؤتمر صحفي في بلغراد إنه كان يمكن منذ سبتمبر/أيلول الماضي إخراج المسلحين من حلب.';
  it.each([
    ['Lavrov said the rebels could have been brought out of Aleppo as early as June if Washington had done its part.'],
    ['وقال لافروف إنه كان يمكن إخراج المسلحين من حلب منذ حزيران/يونيو لو قامت واشنطن بدورها.'],
  ])('«%s» meets «since September» though the source does not name Washington', (claim) => {
    expect(stanceFor(claim, SINCE_SEPTEMBER, 'ar')).toBe('conflicts:time-differs');
  });
});

describe("concessiveClauses: who a 'despite' clause names is background, not a side", () => {
  it.each([
    ['Shelling resumed on the besieged districts of east Aleppo despite the Russian announcement.', 'en', 'russia'],
    ['Government planes bombed east Aleppo in spite of Turkish appeals for calm.', 'en', 'turkey'],
    ['تجدد القصف على الأحياء الشرقية من حلب على الرغم من الإعلان الروسي.', 'ar', 'russia'],
    ['واستمر القصف على شرق حلب رغم الدعوات الأممية.', 'ar', 'un'],
  ] as const)('«%s» (%s): %s is not a side, the shelling stays', (text, lang, side) => {
    const f = frameOf(text, lang);
    expect(f.actors.map((a) => a.id)).not.toContain(side);
    expect(f.events.map((e) => e.id)).toContain('shelling');
  });

  it('a side named before the concession stays', () => {
    expect(frameOf('Russian jets bombed east Aleppo despite the truce.', 'en').actors.map((a) => a.id)).toContain('russia');
  });

  const RESUMED = 'ميدانياً، تجدد القصف على الأحياء المتبقية بيد المعارضة السورية المسلحة شرقي حلب.';
  it.each([
    ['ميدانياً، تجدد القصف اليوم على الأحياء المحاصرة في شرق حلب، على الرغم من الإعلان الروسي.'],
    ['Shelling resumed today on the rebel-held districts of eastern Aleppo, despite the Russian announcement.'],
  ])('«%s» is corroborated by a source that does not name Russia', (claim) => {
    expect(stanceFor(claim, RESUMED, 'ar')).toBe('corroborates:same-event');
  });
});

describe("'if needed' hedges the whole: its clause is only the idiom", () => {
  it.each([
    ['بدوره أعلن الصليب الأحمر الدولي أنه يعد خططاً للطوارئ للتحرك سريعا إذا لزم الأمر في حلب.', 'ar'],
    ['The ICRC said it was preparing contingency plans to move quickly if needed in Aleppo.', 'en'],
  ] as const)('«%s» (%s) is about Aleppo', (text, _lang) => {
    const f = analyzeArticle({ text, title: 'حلب Aleppo', published: '2016-12-13' }).claims[0]!.frame;
    expect(f.places.map((p) => p.id)).toContain('aleppo');
    expect(f.objects).toContain('contingency-plans');
  });
});

describe("avoidanceClauses: what a 'to avoid' clause names is feared, not reported", () => {
  it.each([
    ['وقال ملاحفجي إن خروج المحاصرين من حلب سيتم دفعة واحدة، تفادياً لأي خرق قد يعرقل الاتفاق.', 'ar'],
    ['A rebel official said the fighters would leave Aleppo all at once, to avoid any violation of the truce.', 'en'],
  ] as const)('«%s» (%s) reports no violation', (text, lang) => {
    const ids = frameOf(text, lang).events.map((e) => e.id);
    expect(ids).toContain('evacuation');
    expect(ids).not.toContain('violation');
  });
});
