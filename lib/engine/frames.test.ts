import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyze';
import { findEnglishNames } from './english/nlp';
import type { ClaimFrame } from './types';

/** The frame of the first statement the engine reads in `text` (one sentence). */
function frameOf(text: string, lang: 'ar' | 'en' = 'ar', published = '2016-12-13'): ClaimFrame {
  const doc = analyzeDocument({ docId: 't', title: '', outlet: null, published, lang, url: null, origin: 'saved', text });
  expect(doc.claims.length, `a statement in «${text}»`).toBeGreaterThan(0);
  return doc.claims[0]!.frame;
}

const events = (f: ClaimFrame) => f.events.map((e) => e.id);

describe('readSentence: who says it and what', () => {
  it.each([
    ['وقال المتحدث باسم الخارجية التركية إن وقف إطلاق النار يسري في حلب', 'ar', 'turkish-foreign-ministry'],
    ['ونفت موسكو أن تكون قد توصلت إلى اتفاق لإجلاء المقاتلين من حلب', 'ar', 'russia'],
    ["Russia's U.N. envoy Vitaly Churkin told the Security Council that military operations in eastern Aleppo had stopped.", 'en', 'churkin'],
    ['Rebels will leave eastern Aleppo with their light weapons, a Turkish government official said.', 'en', 'turkish-government'],
    // an aside between the speaker and the reporting verb
    ['Turkish intelligence officials, quoted by the Anadolu news agency, said buses to carry the civilians out of Aleppo had arrived.', 'en', 'turkish-intelligence'],
    // a trailing attribution frames a long sentence too
    ['A ceasefire has been agreed in eastern Aleppo and rebel fighters and their families will be evacuated from the city in the coming hours, a Turkish government source said on Tuesday.', 'en', 'turkish-government'],
    // the speaker is named in the reporting verb's own clause, not in the scene before it
    ['Last week, after two brief encounters between Mr. Kerry and Mr. Lavrov in Hamburg, a senior American official said there had been no progress on Aleppo.', 'en', 'usa'],
    // an attribution between the claim and a side clause
    ["Syria's government forces have taken back ninety-six per cent of Aleppo's territory, the Russian Defence Ministry said on Tuesday, as militant-held pockets in the east continued to collapse.", 'en', 'russian-defence-ministry'],
    // 'ألا' (that … not) opens what is said
    ['غير أن اليوسف رجّح ألا يدخل الاتفاق في حلب حيز التنفيذ قبل مطلع الأسبوع المقبل.', 'ar', 'yasser-al-youssef'],
    // a speaker with a title, a movement and the agency told, before 'أن'
    ['وأكد ياسر اليوسف، عضو المكتب السياسي في حركة نور الدين الزنكي، لوكالة الصحافة الفرنسية أن الاتفاق في حلب أبرم برعاية روسية تركية.', 'ar', 'yasser-al-youssef'],
  ] as const)('«%s» (%s) is said by %s', (text, lang, speaker) => {
    expect(frameOf(text, lang).speaker).toBe(speaker);
  });

  it.each([
    ['وكان وقف إطلاق النار قد سرى في حلب، بحسب مصدر في الحكومة التركية، اعتباراً من الساعة الخامسة من مساء الثلاثاء بتوقيت غرينتش.', 'ar', 'turkish-government'],
    ['The ceasefire, according to the Turkish government, took effect at 5 p.m. GMT on Tuesday in eastern Aleppo.', 'en', 'turkish-government'],
  ] as const)('an aside «according to X» in mid-sentence leaves what follows it in the claim: %s', (text, lang, speaker) => {
    const f = frameOf(text, lang);
    expect(f.speaker).toBe(speaker);
    expect(f.times.find((t) => t.kind === 'clock')?.value).toBe(17 * 60);
  });

  it("reads both clauses of 'said A and that B' as what is said", () => {
    const f = frameOf('Churkin said Aleppo would now be under Syrian government control and that humanitarian arrangements were in place for civilians who chose to stay.', 'en');
    expect(f.speaker).toBe('churkin');
    expect(f.events.map((e) => e.id)).toEqual(expect.arrayContaining(['control', 'staying']));
  });

  it('reads what comes before a mid-sentence attribution as the claim, not the side clause after it', () => {
    const f = frameOf("Syria's government forces have taken back ninety-six per cent of Aleppo's territory, the Russian Defence Ministry said on Tuesday, as militant-held pockets in the east continued to collapse.", 'en');
    expect(f.events.map((e) => e.id)).toEqual(['control']);
    expect(f.quantities.map((q) => q.value)).toEqual([96]);
  });

  it('keeps figures of the attribution out of what is reported («after two encounters…, an official said»)', () => {
    const f = frameOf('Last week, after two brief encounters between Mr. Kerry and Mr. Lavrov in Hamburg, a senior American official said there had been no progress on Aleppo.', 'en');
    expect(f.quantities).toEqual([]);
  });

  it('does not take the actors after a mid-sentence «according to» aside for its speaker', () => {
    const f = frameOf('ونص الاتفاق، وفق المصدر ذاته، على أن تتولى الولايات المتحدة وروسيا تنفيذه في حلب.');
    expect(f.speaker).toBeNull();
    expect(f.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['usa', 'russia']));
  });

  it('keeps the speaker out of the reported content', () => {
    const f = frameOf('وقال لافروف إن الجيش السوري أوقف العمليات العسكرية في شرق حلب');
    expect(f.actors.map((a) => a.id)).not.toContain('lavrov');
    expect(events(f)).toContain('halt-military-operations');
  });
});

describe('readSentence: awaited events', () => {
  it.each([
    ["The UN has not yet received the government's approval to enter eastern Aleppo.", 'en', 'approval'],
    ['The United Nations stands ready to help with the evacuation of eastern Aleppo.', 'en', 'evacuation'],
    ['وقال المسؤول إن عملية الإجلاء من شرق حلب لم تبدأ بعد.', 'ar', 'start'],
  ] as const)('«%s»: %s is awaited', (text, lang, event) => {
    expect(frameOf(text, lang).events.find((e) => e.id === event)?.pending).toBe(true);
  });
});

describe('readSentence: polarity', () => {
  it.each([
    ['جنودنا الموجودون هناك لا يلاحظون أي انتهاكات للقانون الدولي الإنساني في حلب', 'monitoring', 'negated'],
    ['ونفت موسكو أن تكون قد توصلت إلى اتفاق لإجلاء المقاتلين من حلب', 'reaching-agreement', 'denied'],
    ['Moscow denied that it had reached a deal to evacuate rebels from Aleppo.', 'reaching-agreement', 'denied'],
    ['توقف القصف صباحا في الأحياء الشرقية من حلب', 'halt-military-operations', 'asserted'],
    // 'did not accept' is a refusal; 'rejected the truce' refuses it rather than denies it
    ['وقال لافروف إن المسلحين لم يوافقوا على اتفاق الهدنة في حلب', 'refusal', 'asserted'],
    ['Lavrov said the rebels in Aleppo had rejected the truce.', 'ceasefire', 'asserted'],
    ['Moscow rejected reports that it had blocked aid to Aleppo.', 'obstruction', 'denied'],
    // 'not yet' is awaited, not negated
    ["The UN has not yet received the government's approval to enter eastern Aleppo.", 'approval', 'asserted'],
    ['وقال المسؤول إن عملية الإجلاء من شرق حلب لم تبدأ بعد.', 'start', 'asserted'],
    ['وقال المسؤول إن عملية الإجلاء من شرق حلب لم تبدأ بعد الاتفاق.', 'start', 'negated'],
  ])('«%s»: %s is %s', (text, event, polarity) => {
    const lang = /[a-z]/i.test(text[0]!) ? 'en' : 'ar';
    expect(frameOf(text, lang).events.find((e) => e.id === event)?.polarity).toBe(polarity);
  });

  it("does not read 'no need to leave' as a denial that anyone leaves", () => {
    const f = frameOf('ستكون حلب تحت سيطرة النظام، لذلك لا حاجة لمغادرة المدنيين الباقين');
    expect(f.events.find((e) => e.id === 'evacuation')?.polarity).toBe('asserted');
  });

  it("does not read 'the buses will not move before Friday' as a denial that they move", () => {
    const f = frameOf('قال مسؤول في لواء السلطان مراد إن الحافلات الأولى لن تتحرك من حلب قبل يوم الجمعة');
    expect(f.events.every((e) => e.polarity === 'asserted')).toBe(true);
    expect(f.times.find((t) => t.bound === 'not-before')).toMatchObject({ kind: 'day', value: 3 });
  });

  it('marks what is only called for as pending, and what happened already as done', () => {
    expect(frameOf('ودعت فرنسا إلى وقف إطلاق النار في حلب').events.find((e) => e.id === 'ceasefire')?.pending).toBe(true);
    expect(frameOf('وقال دي ميستورا إن فرق الأمم المتحدة دخلت بالفعل إلى الأحياء الشرقية من حلب').events.some((e) => e.completed)).toBe(true);
  });
});

describe('readSentence: roles, figures and times', () => {
  it('tells a destination from a location', () => {
    const f = frameOf('ويمكن للمدنيين والمقاتلين مغادرة حلب بحافلات إلى إدلب');
    expect(f.places.find((p) => p.id === 'idlib-province')?.role).toBe('destination');
  });

  it('reads who asked for a session, in either language', () => {
    expect(frameOf('ودعت فرنسا مجلس الأمن لعقد جلسة طارئة بشأن حلب').events.find((e) => e.id === 'request')?.agent).toBe('france');
    expect(frameOf('The Security Council met on Aleppo at the request of Britain.', 'en').events.find((e) => e.id === 'request')?.agent).toBe('uk');
  });

  it('gives a share the whole it is a share of', () => {
    const [q] = frameOf('وقالت وزارة الدفاع الروسية إن الجيش السوري يسيطر على 98% من مساحة مدينة حلب').quantities;
    expect(q).toMatchObject({ unit: 'percent', value: 98, approx: 'exact', base: 'aleppo', event: 'control' });
  });

  it('dates the event, not the speaking', () => {
    const f = frameOf('Officials said on Saturday that the first buses left Aleppo on Thursday.', 'en', '2016-12-17');
    expect(f.times.map((t) => t.surface).join(' ')).toMatch(/Thursday/);
    expect(f.times.map((t) => t.surface).join(' ')).not.toMatch(/Saturday/);
  });

  it('reads a halt of operations from a stop verb and a combat event apart', () => {
    expect(events(frameOf('وأكد تشوركين أن كل العمليات العسكرية في شرق حلب قد توقفت'))).toContain('halt-military-operations');
  });
});

describe('English names the lexicon lacks', () => {
  it('are found by compromise and kept as entities of the claim', () => {
    const doc = analyzeDocument({
      docId: 't',
      title: 'Aleppo',
      outlet: null,
      published: '2016-12-13',
      lang: 'en',
      url: null,
      origin: 'saved',
      text: 'Rebels said the convoy carrying Peter Holmes would leave eastern Aleppo for Idlib on Wednesday.',
    }, { names: findEnglishNames });
    const frame = doc.claims[0]!.frame;
    expect(frame.entities).toContain('peter holmes');
    // Names the lexicon knows stay concepts, not entities.
    expect(frame.entities ?? []).not.toContain('idlib');
    expect(doc.claims[0]!.keys).toContain('E:peter holmes');
  });

  // The tagger is the costly part of an English analysis (and a cold worker loads it for the first
  // claim that asks): a day, a month, a zone or a quoted sentence's first word is no reason to ask.
  it.each([
    ['Rebels said the convoy would leave eastern Aleppo for Idlib on Wednesday at 1500 GMT.', 0],
    ['The rebels said the siege of eastern Aleppo had lasted since July and would end in December.', 0],
    ['Rebels said the convoy carrying Peter Holmes would leave eastern Aleppo for Idlib on Wednesday.', 1],
  ])('«%s» asks the tagger %i times', (text, calls) => {
    let asked = 0;
    const names = (t: string, span: { start: number; end: number }) => (asked++, findEnglishNames(t, span));
    analyzeDocument({ docId: 't', title: 'Aleppo', outlet: null, published: '2016-12-13', lang: 'en', url: null, origin: 'saved', text }, { names });
    expect(asked).toBe(calls);
  });
});

describe('a quote inside what an English verb reports is part of it', () => {
  it('keeps the words before the quote', () => {
    const f = frameOf('Churkin had said the government\'s military operation in Aleppo would be over "within the next few hours."', 'en');
    expect(f.speaker).toBe('churkin');
    expect(events(f)).toEqual(expect.arrayContaining(['military-operation', 'end-of-operation']));
  });

  it('a quote opening right after the verb is still what is said', () => {
    const f = frameOf('Churkin said: "The military operation in Aleppo will be over within hours."', 'en');
    expect(f.speaker).toBe('churkin');
    expect(events(f)).toEqual(expect.arrayContaining(['military-operation', 'end-of-operation']));
  });
});

describe('a negated holding back asserts the act', () => {
  it.each([
    ['ولم يفوّت المتحدث الفرصة لاتهام روسيا بقصف المدنيين في حلب.', 'ar'],
    ['ولم يتردد المتحدث في اتهام روسيا بقصف المدنيين في حلب.', 'ar'],
    ['The spokesman did not hesitate to accuse Russia of shelling civilians in Aleppo.', 'en'],
  ] as const)('%s', (text, lang) => {
    const accusation = frameOf(text, lang).events.find((e) => e.id === 'responsibility');
    expect(accusation).toMatchObject({ polarity: 'asserted', pending: false });
  });

  it('a plain negator still negates', () => {
    expect(frameOf('ولم يتهم المتحدث روسيا بقصف المدنيين في حلب.', 'ar').events.find((e) => e.id === 'responsibility')?.polarity).toBe('negated');
  });
});

describe('a circumstantial preamble before the speaker is not what is said', () => {
  it.each([
    ['Barely a week before the deal, after meeting John Kerry on the sidelines of an OSCE gathering in Hamburg, Sergei Lavrov announced that the Syrian army had halted active combat operations in eastern Aleppo.', 'en'],
    ['وبعد لقاء جمعه بنظيره الأميركي جون كيري على هامش اجتماع منظمة الأمن والتعاون في أوروبا في هامبورغ، أعلن وزير الخارجية الروسي سيرغي لافروف أن الجيش السوري أوقف عملياته العسكرية في شرق حلب.', 'ar'],
  ] as const)('%s', (text, lang) => {
    const f = frameOf(text, lang);
    expect(f.speaker).toBe('lavrov');
    expect(events(f)).toEqual(['halt-military-operations']);
    expect(f.places.map((p) => p.id)).toEqual(['east-aleppo']);
  });

  it("keeps a long sentence's first clause when no 'that' follows the verb", () => {
    const f = frameOf('After weeks of bombardment and a siege that cut off food and medicine, government forces captured the Sheikh Saeed district of eastern Aleppo on Monday, a military source announced on state television.', 'en');
    expect(events(f)).toContain('control');
  });
});

describe("an English 'according to' phrase runs to its comma or the sentence's end", () => {
  it.each([
    ['Turkish intelligence officials met rebel representatives from Aleppo in Ankara, according to people familiar with the talks.'],
    ['The ceasefire in Aleppo, according to officials familiar with the talks, took effect at noon.'],
  ])('«%s»: the talks name the source, not an event of the claim', (text) => {
    expect(events(frameOf(text, 'en'))).not.toContain('negotiation');
  });

  it('what follows a mid-sentence aside is still the claim', () => {
    expect(events(frameOf('The ceasefire in Aleppo, according to officials familiar with the talks, took effect at noon.', 'en'))).toContain('ceasefire');
  });

  // However long the sentence before it: where the source sits is not where the claim happens.
  it.each([
    ['The Red Cross and the Syrian Arab Red Crescent have been asked by the parties to supervise the evacuation of the last rebel-held districts, according to humanitarian sources in Gaziantep.', 'en'],
    ['وطلبت الأطراف من اللجنة الدولية للصليب الأحمر والهلال الأحمر العربي السوري الإشراف على عملية إجلاء المدنيين والمقاتلين من الأحياء المحاصرة، بحسب مصادر إنسانية في غازي عنتاب.', 'ar'],
  ] as const)('a trailing source phrase closing a long sentence is not its place: %s', (text, lang) => {
    const f = frameOf(text, lang);
    expect(f.places.map((p) => p.id)).not.toContain('turkish-border-towns');
    expect(events(f)).toContain('evacuation');
  });
});

describe("Arabic 'على أن' / 'بعد أن' open a clause of the reported content, not the content itself", () => {
  it('an announcement followed by its condition keeps what was announced', () => {
    const f = frameOf('وأعلن مسؤول في المعارضة التوصل إلى اتفاق لإجلاء المدنيين من شرق حلب، على أن يدخل حيز التنفيذ خلال ساعات.');
    expect(events(f)).toEqual(expect.arrayContaining(['reaching-agreement', 'evacuation', 'implementation']));
  });

  it("a name ending in 'علي' before 'إن' still opens what is said", () => {
    const f = frameOf('وقال المتحدث باسم حركة أحرار الشام أحمد قره علي إن نحو 50 ألف مدني ما زالوا محاصرين في شرق حلب.');
    expect(f.speaker).toBe('ahmed-kara-ali');
    expect(f.contentStart).toBeGreaterThan(0);
  });
});

describe("'شدد على أن' / 'أكد على أن' report what follows", () => {
  it.each([
    ['وشدد البيان على أن النظام منع إيصال المساعدات الإنسانية إلى المدنيين في حلب.', 'obstruction'],
    ['وأكد المتحدث على أن وقف إطلاق النار في حلب صامد.', 'ceasefire'],
  ])('«%s» reports %s', (text, event) => {
    const f = frameOf(text);
    expect(events(f)).toContain(event);
    expect(f.contentStart).toBeGreaterThan(0);
  });
});

describe('a place or state naming the zone of a clock time is no side', () => {
  it.each([
    ['وبحسب مصادر تركية، دخل وقف إطلاق النار في حلب حيز التنفيذ عند الساعة السادسة من مساء اليوم بتوقيت دمشق.', 'ar', 'syrian-government'],
    ['يعقد مجلس الأمن عند التاسعة من مساء اليوم بتوقيت دمشق جلسة طارئة لبحث الوضع في حلب.', 'ar', 'syrian-government'],
    ['A Turkish government source said the ceasefire in Aleppo took effect at 6 p.m. Turkish time on Tuesday.', 'en', 'turkey'],
    ['The truce in Aleppo began at 6 p.m. Damascus time.', 'en', 'syrian-government'],
  ] as const)('«%s» (%s): %s is not an actor', (text, lang, side) => {
    const f = frameOf(text, lang);
    expect(f.actors.map((a) => a.id)).not.toContain(side);
    expect(f.events.map((e) => e.agent)).not.toContain(side);
    expect(f.times.some((t) => t.kind === 'clock')).toBe(true);
  });

  it('the same name elsewhere in the sentence still counts', () => {
    expect(frameOf('وقالت دمشق إن الهدنة في حلب بدأت عند الساعة السادسة مساء بتوقيت دمشق.').speaker).toBe('syrian-government');
    expect(frameOf('Damascus agreed to a truce in Aleppo starting at 6 p.m. Damascus time.', 'en').actors.map((a) => a.id)).toContain('syrian-government');
  });
});

describe("'سرت الهدنة' is a truce taking effect, not the Libyan city", () => {
  it('reads the verb as the taking effect', () => {
    const f = frameOf('وأوضح مصدر تركي أن الهدنة في حلب سرت اعتباراً من الساعة 15:00 بتوقيت غرينتش.');
    expect(f.places.map((p) => p.id)).not.toContain('sirte');
    expect(events(f)).toEqual(expect.arrayContaining(['ceasefire', 'implementation']));
  });

  it('still knows the city when it is named as one', () => {
    expect(frameOf('وقال المتحدث إن تنظيم داعش الذي طرد من مدينة سرت الليبية يهاجم تدمر بينما يتقدم الجيش في حلب.').places.map((p) => p.id)).toContain('sirte');
  });
});

describe('a figure counts the noun in its own words first', () => {
  it.each([
    ['وقالت الأمم المتحدة إن القوات الحكومية قتلت 82 مدنيا على الأقل في حلب، بينهم 11 امرأة.', 'ar', 'civilians'],
    ['The UN said government forces killed at least 82 civilians in Aleppo, among them 11 women.', 'en', 'civilians'],
  ] as const)('«%s» (%s): the first figure counts %s', (text, lang, counted) => {
    expect(frameOf(text, lang).quantities[0]?.counts).toBe(counted);
  });
});

describe("the forces of a side are its army: 'قوات الرئيس بشار الأسد', \"Assad's forces\"", () => {
  it.each([
    ['وقال كالين إن وحدات حماية الشعب الكردية تتعاون مع قوات الرئيس بشار الأسد في شمال حلب.', 'ar'],
    ["Kalin said the YPG cooperates with Assad's forces in northern Aleppo.", 'en'],
    ['Kalin said the YPG cooperates with the forces of the regime in northern Aleppo.', 'en'],
  ] as const)('«%s» (%s) names the Syrian army', (text, lang) => {
    const ids = frameOf(text, lang).actors.map((a) => a.id);
    expect(ids).toContain('syrian-army');
    expect(ids).not.toContain('assad');
  });

  it('a side named without its forces stays the side', () => {
    expect(frameOf('وقال الرئيس بشار الأسد إن استعادة حلب إنجاز كبير.').speaker).toBe('assad');
  });
});

describe('what talks are held to reach is sought, not reported', () => {
  it.each([
    ['وقال كالين إن بلاده تجري محادثات مكثفة مع الجانب الروسي من أجل التوصل إلى وقف لإطلاق النار في حلب.', 'ar'],
    ['Kalin said Turkey was holding intensive talks with Russia in order to reach a ceasefire in Aleppo.', 'en'],
  ] as const)('«%s» (%s): the ceasefire is pending', (text, lang) => {
    const ceasefire = frameOf(text, lang).events.find((e) => e.id === 'ceasefire');
    expect(ceasefire?.pending).toBe(true);
  });
});

describe('the UN named as where an envoy serves is no side', () => {
  it.each([
    ["As France's ambassador to the UN put it, Aleppo has become the worst humanitarian tragedy of the century.", 'en'],
    ["Russia's UN envoy said the operation in Aleppo would end within hours.", 'en'],
    ['وقال السفير الفرنسي لدى الأمم المتحدة إن حلب تشهد أسوأ مأساة إنسانية في هذا القرن.', 'ar'],
  ] as const)('«%s» (%s): the UN is not an actor', (text, lang) => {
    expect(frameOf(text, lang).actors.map((a) => a.id)).not.toContain('un');
  });

  it('the UN acting is still a side', () => {
    expect(frameOf('Turkey and the UN will monitor the evacuation of civilians from Aleppo.', 'en').actors.map((a) => a.id)).toContain('un');
  });
});

describe("'held' before a share of a place is control", () => {
  it.each([
    ['The Russian defence ministry said government forces held 98 per cent of Aleppo.'],
    ['The ministry said Syrian troops held more than 95 percent of the city of Aleppo.'],
  ])('«%s» is a claim of control', (text) => {
    expect(events(frameOf(text, 'en'))).toContain('control');
  });

  it.each([
    ['Talks on Aleppo were held in Geneva on 95 percent of the issues.'],
    ['The Security Council held an emergency session on Aleppo on Tuesday.'],
  ])('«%s» is no control', (text) => {
    expect(events(frameOf(text, 'en'))).not.toContain('control');
  });
});
