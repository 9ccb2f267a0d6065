import { describe, expect, it } from 'vitest';
import { frameOf, stanceFor } from './statement.test-util';

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
