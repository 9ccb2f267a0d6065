import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyze';

/** The order a claim states, as a reader would put it: who or where first, who or where next. */
function orderOf(text: string): string {
  const claims = analyzeArticle({ text, title: 'حلب Aleppo', published: '2016-12-13' }).claims;
  expect(claims.length, `«${text}» is a claim`).toBe(1);
  const seq = claims[0]!.frame.sequence ?? [];
  return seq.map((x) => `${x.id}:${x.rank}`).join(' ');
}

describe('order within a claim', () => {
  it.each([
    ['وأضاف أن الاتفاق في حلب ينص على إخلاء المدنيين أولا يليهم مقاتلو المعارضة.', 'civilians:0 fighters:1'],
    ['وقال إن الاتفاق في حلب يقضي بخروج مقاتلي المعارضة أولاً، على أن يلحق بهم المدنيون في مرحلة لاحقة.', 'fighters:0 civilians:1'],
    ['وقال المتحدث إن المحاصرين في حلب سيتوجهون أولا إلى ريف حلب الغربي ثم الشمالي.', 'aleppo-west-countryside:0 aleppo-north-countryside:1'],
    ['Fighters and civilians leaving Aleppo would be taken first to the western countryside and then on to the northern countryside.', 'aleppo-west-countryside:0 aleppo-north-countryside:1'],
    ['Civilians will leave Aleppo first, followed by the rebels, a Turkish official said.', 'civilians:0 syrian-opposition:1'],
    // 'the first' names the first of many, not an order between groups
    ['The first civilians would leave eastern Aleppo within hours, an official said.', ''],
    // 'بداية' as a noun ('the start of the week')
    ['وقال إن المدنيين سيغادرون حلب بداية الأسبوع المقبل.', ''],
  ])('%s → %s', (text, want) => {
    expect(orderOf(text)).toBe(want);
  });
});

describe("'after' between two groups: the group after it goes first", () => {
  it.each([
    ['We are alarmed that, under the agreement, civilians will be moved out of Aleppo only after the fighters have left.', 'fighters:0 civilians:1'],
    ['وقال مسؤول إن المدنيين لن يخرجوا من حلب إلا بعد خروج المقاتلين.', 'fighters:0 civilians:1'],
    // 'after' without a group on each side orders nothing
    ['After meeting Kerry in Hamburg, Lavrov said civilians could leave Aleppo.', ''],
    ['Civilians left eastern Aleppo after the truce took effect, an official said.', ''],
  ])('%s → %s', (text, want) => {
    expect(orderOf(text)).toBe(want);
  });
});
