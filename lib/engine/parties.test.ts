import { describe, expect, it } from 'vitest';
import { checkArticle, CorpusIndex } from './index';
import { frameOf, sourceDoc as source, stanceFor } from './statement.test-util';

describe('readParties: the sides of talks or a deal, and who brokers them', () => {
  it.each([
    // 'between A and B' after talks, mediation or a deal
    ['Turkish officials said a ceasefire took effect in Aleppo after talks between the Russian military and the rebels.', 'en', ['russian-defence-ministry', 'syrian-opposition']],
    ['The truce in Aleppo was agreed directly between Ankara and the Syrian government, a Turkish spokesman said.', 'en', ['turkey', 'syrian-government']],
    ['وجاء اتفاق حلب ثمرة مفاوضات بين أنقرة وموسكو.', 'ar', ['turkey', 'russia']],
    ['وقال مصدر تركي إن وقف إطلاق النار في حلب جاء بعد مباحثات بين الجيش الروسي والمعارضة.', 'ar', ['russian-forces', 'syrian-opposition']],
    ['وأدت الاستخبارات التركية دور الوسيط بين الفصائل وروسيا للتوصل إلى اتفاق حلب.', 'ar', ['syrian-opposition', 'russia']],
    // the pair as the subject of reaching the deal
    ['توصلت المعارضة السورية وقوات النظام لاتفاق وقف إطلاق النار في حلب.', 'ar', ['syrian-opposition', 'syrian-army']],
    ['Russia and the rebels agreed on a ceasefire in Aleppo.', 'en', ['russia', 'syrian-opposition']],
  ] as const)('«%s» (%s): the parties are %j', (text, lang, ids) => {
    expect(frameOf(text, lang).parties?.ids).toEqual(ids);
  });

  it.each([
    // announcing a deal is not being a side of it
    ['أعلنت روسيا وتركيا التوصل إلى اتفاق لإجلاء المقاتلين من حلب.', 'ar'],
    ['Russia and Turkey announced a deal to evacuate fighters from Aleppo.', 'en'],
    // 'between' that is not of talks: where people are, what a city is split into
    ['Aleppo had been divided between a government-held west and a rebel-held east since 2012.', 'en'],
    ['وانطلقت الحافلات من حلب وعلى متنها نحو ألف شخص بين مدني وجريح.', 'ar'],
  ] as const)('«%s» (%s) names no parties', (text, lang) => {
    expect(frameOf(text, lang).parties).toBeUndefined();
  });

  it.each([
    ['وأكد اليوسف أن اتفاق حلب أبرم برعاية روسية تركية.', 'ar', ['russia', 'turkey']],
    ['توصلت المعارضة وقوات النظام لاتفاق وقف إطلاق النار في حلب بوساطة تركية.', 'ar', ['turkey']],
    ['The Aleppo deal, brokered by Turkey and Russia, lets the fighters leave.', 'en', ['turkey', 'russia']],
    // the sides a broker goes between are parties, not brokers
    ['وأدت الاستخبارات التركية دور الوسيط بين الفصائل وروسيا للتوصل إلى اتفاق حلب.', 'ar', ['turkish-intelligence']],
    ['Turkey mediated between the rebels and Russia to reach the Aleppo deal.', 'en', ['turkey']],
  ] as const)('«%s» (%s): the brokers are %j', (text, lang, ids) => {
    expect(frameOf(text, lang).mediators ?? []).toEqual(ids);
  });
});

describe('parties in matching: who negotiated and who brokered', () => {
  const MUFTUOGLU_AR = 'وقال المتحدث باسم الخارجية التركية إن هناك وقفا لإطلاق النار في حلب بعد مباحثات بين الجيش الروسي والمعارضة.';
  const TURKISH_MEDIATION_AR = 'توصلت المعارضة السورية وقوات النظام لاتفاق وقف إطلاق النار في حلب وذلك بوساطة تركية.';
  it.each([
    // the same pair, in the other language and other words for each side
    ['Turkish officials said a ceasefire took effect in Aleppo after talks between the Russian army and the opposition.', MUFTUOGLU_AR, 'ar', /^corroborates/],
    // no side shared, for the one deal: another account of who made it
    ['A Turkish spokesman said the ceasefire in Aleppo was agreed directly between Ankara and the Syrian government.', MUFTUOGLU_AR, 'ar', /^conflicts:actor-differs/],
    ['وقال متحدث تركي إن وقف إطلاق النار في حلب جاء بعد مباحثات بين أنقرة ودمشق.', 'Turkish officials said a ceasefire took effect in Aleppo after talks between the Russian army and the opposition.', 'en', /^conflicts:actor-differs/],
    // one side shared: other talks, neither for nor against
    ['Turkish officials said a ceasefire took effect in Aleppo after talks between the Russian military and the rebels.', TURKISH_MEDIATION_AR, 'ar', /^none$/],
    // a party of the claim only brokering in the source
    ['Turkish officials said a ceasefire took effect in Aleppo after talks between the Russian military and the rebels.', 'وأكد اليوسف أن اتفاق وقف إطلاق النار في حلب أبرم برعاية روسية تركية.', 'ar', /^none$/],
    // the claim's pair brokered the sides' deal: another level, not a contradiction
    ['وجاء اتفاق وقف إطلاق النار في حلب ثمرة مفاوضات بين أنقرة والمعارضة.', 'توصلت قوات النظام والمعارضة لاتفاق وقف إطلاق النار في حلب بوساطة تركية.', 'ar', /^(?!conflicts)/],
    // two brokers named are the pair that talked ('Russian-Turkish sponsorship' for 'talks between Ankara and Moscow')
    ['وجاء اتفاق حلب ثمرة مفاوضات بين أنقرة وموسكو.', 'وأكد اليوسف أن الاتفاق في حلب أبرم برعاية روسية تركية.', 'ar', /^corroborates/],
    // talks recur: another pair meeting is another meeting, not a contradiction
    ['Kerry and Lavrov held a meeting on Aleppo in Hamburg, a US official said.', 'وعقد في جنيف اجتماع بين خبراء عسكريين من فرنسا وبريطانيا لبحث الوضع في حلب.', 'ar', /^(?!conflicts)/],
  ] as const)('«%s» against «%s» (%s): %s', (claim, src, lang, want) => {
    expect(stanceFor(claim, src, lang)).toMatch(want);
  });
});

describe('a fact told before the talks that led to it is a clause of its own', () => {
  // The source tells the truce and the talks in two sentences, the talks among other terms of the
  // deal: read as one fact, the claim meets neither sentence well enough.
  it.each([
    [
      'وقالت الحكومة التركية إن وقفا لإطلاق النار دخل حيز التنفيذ في الأحياء المحاصرة شرقي حلب، بعد محادثات بين أنقرة وموسكو.',
      ['وأكدت أنقرة أن وقفا لإطلاق النار يسري في حلب منذ مساء الثلاثاء.', 'وسيكون بإمكان مقاتلي المعارضة حمل أسلحة خفيفة بناء على الاتفاق الذي تم التوصل له بعد مفاوضات بين تركيا وروسيا اللتين ستضمنان تنفيذه.'],
    ],
    [
      'The Turkish government said a ceasefire had taken effect in the besieged districts of eastern Aleppo, after talks between Ankara and Moscow.',
      ['وأكدت أنقرة أن وقفا لإطلاق النار يسري في حلب منذ مساء الثلاثاء.', 'وسيكون بإمكان مقاتلي المعارضة حمل أسلحة خفيفة بناء على الاتفاق الذي تم التوصل له بعد مفاوضات بين تركيا وروسيا اللتين ستضمنان تنفيذه.'],
    ],
  ])('«%s»: a source telling the truce and the talks in two sentences corroborates; one telling only the truce does not', (claim, [truce, talks]) => {
    const check = (text: string) => {
      const result = checkArticle({ text: claim, title: 'حلب Aleppo', published: '2016-12-13' }, new CorpusIndex([source(text, 'ar')]));
      return result.claims[0]?.verdict;
    };
    expect(check(`${truce}\n${talks}`)).toBe('corroborated');
    expect(check(truce!)).toBe('unverified');
  });
});

describe('who guarantees, requests or brokers: every side named with the agent', () => {
  it.each([
    ['وتم التوصل إلى اتفاق حلب بعد مفاوضات بين تركيا وروسيا اللتين ستضمنان تنفيذه.', 'ar', 'guarantee', ['russia', 'turkey']],
    ['وينص اتفاق حلب على أن تتولى الولايات المتحدة وروسيا ضمان تنفيذه.', 'ar', 'guarantee', ['russia', 'usa']],
    ['Turkey and Russia will guarantee the Aleppo deal.', 'en', 'guarantee', ['russia', 'turkey']],
    ['The Security Council met on Aleppo at the request of France and Britain.', 'en', 'request', ['france', 'uk']],
  ] as const)('«%s» (%s): the %s is by %j', (text, lang, event, ids) => {
    const e = frameOf(text, lang).events.find((x) => x.id === event);
    expect([...(e?.agents ?? [e?.agent])].sort()).toEqual(ids);
  });

  it('an agent standing alone has no list', () => {
    expect(frameOf('Russia will guarantee the Aleppo deal.', 'en').events.find((e) => e.id === 'guarantee')?.agents).toBeUndefined();
  });

  const PAIR = 'وأبلغ مصدر تركي أن مقاتلي المعارضة سيحملون أسلحة خفيفة بناء على اتفاق حلب الذي تم التوصل له بعد مفاوضات بين تركيا وروسيا اللتين ستضمنان تنفيذه.';
  it.each([
    // another pair of guarantors, one side shared
    ['وينص اتفاق حلب على أن تتولى الولايات المتحدة وروسيا ضمان تنفيذه.', /^conflicts:actor-differs/],
    ['The United States and Russia will guarantee the Aleppo deal.', /^conflicts:actor-differs/],
    // another guarantor alone
    ['The United States will guarantee the Aleppo deal.', /^conflicts:actor-differs/],
    // the same pair, or one of it
    ['Turkey and Russia will guarantee the Aleppo deal.', /^corroborates/],
    ['Russia will guarantee the Aleppo deal.', /^corroborates/],
    // an attribution aside with words the engine cannot read does not make the claim unreadable
    ['وينص اتفاق حلب، بحسب المصدر نفسه، على أن تتولى الولايات المتحدة وروسيا ضمان تنفيذه.', /^conflicts:actor-differs/],
    ['The Aleppo deal, according to the very same diplomatic source, will be guaranteed by the United States and Russia.', /^conflicts:actor-differs/],
  ] as const)('«%s» against Turkey and Russia as guarantors: %s', (claim, want) => {
    expect(stanceFor(claim, PAIR, 'ar')).toMatch(want);
  });

  it('a source naming fewer requesters is vaguer, not another one', () => {
    expect(stanceFor('The Security Council met on Aleppo at the request of France and Britain.', 'وعقد مجلس الأمن جلسة طارئة بشأن حلب بطلب من فرنسا.', 'ar')).not.toMatch(/^conflicts/);
  });
});
