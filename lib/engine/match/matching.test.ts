import { describe, expect, it } from 'vitest';
import { analyzeArticle, analyzeDocument, checkArticle, CorpusIndex, type CorpusDoc } from '../index';
import { sourceDoc } from '../statement.test-util';

/**
 * Matching and stance, table-driven: a page sentence against a one-sentence source, in the same
 * language and across languages. Each row is a case a reader would judge the same way.
 */

function source(docId: string, text: string, lang: 'ar' | 'en', published = '2016-12-13'): CorpusDoc {
  // The title names Aleppo, as a real source's would: a one-sentence text is otherwise no story.
  return analyzeDocument({ docId, title: 'حلب Aleppo', outlet: null, published, lang, url: null, origin: 'saved', text });
}

function stanceFor(claim: string, src: string, srcLang: 'ar' | 'en', opts: { pagePublished?: string; srcPublished?: string } = {}) {
  const index = new CorpusIndex([source('s1', src, srcLang, opts.srcPublished)]);
  // A title that names Aleppo makes a one-sentence page about Aleppo, as a headline would.
  const result = checkArticle({ text: claim, title: 'حلب Aleppo', published: opts.pagePublished ?? '2016-12-13' }, index);
  expect(result.claims.length, `«${claim}» is a claim`).toBe(1);
  const m = result.claims[0]!.matches[0];
  return m ? `${m.stance}:${m.reasonDetail.code}` : 'none';
}

describe('stance', () => {
  it.each([
    // same fact, other words
    ['وقال مصدر تركي إن المقاتلين سيغادرون حلب حاملين أسلحتهم الفردية.', 'وأشار المسؤولون إلى أن الاتفاق يشمل مغادرة المسلحين المنطقة مع أسلحتهم الخفيفة.', 'ar', /^corroborates/],
    // other words for being taken out and for being hemmed in
    ['A Turkish official said the departing fighters would be taken by bus to Jarablus, north of Aleppo.', 'وأكد مصدر بالحكومة التركية أن المقاتلين سيغادرون حلب بحافلات إلى إدلب.', 'ar', 'conflicts:place-differs'],
    ['By Tuesday the rebels had been squeezed into just six neighborhoods of eastern Aleppo.', 'وباتت المعارضة محاصرة في 4 أحياء في شرق حلب.', 'ar', 'conflicts:figure-differs'],
    // a claim that turns on words the engine cannot read is left unverified, not matched on the rest
    ["The United Nations special envoy, Staffan de Mistura, told reporters he had first learned of the agreement from Turkey's foreign minister.", 'وقال مصدر تركي إن الاتفاق في حلب تم التوصل إليه بعد مفاوضات بين تركيا وروسيا.', 'ar', 'none'],
    ['Secretary of State John Kerry had spoken by telephone with Lavrov on Tuesday about arrangements for the evacuation of Aleppo.', 'وأعلنت روسيا أن الترتيبات لإجلاء المقاتلين من حلب اكتملت.', 'ar', 'none'],
    // with weapons, against without any
    ['وقال مسؤولون أتراك إن مسلحي المعارضة سيخرجون من حلب من دون أي سلاح.', 'وأشار المسؤولون إلى أن الاتفاق يشمل مغادرة مسلحي المعارضة حلب مع أسلحتهم الخفيفة.', 'ar', 'conflicts:negated'],
    ['Turkish officials said the rebels would leave Aleppo without any weapons.', 'وأشار المسؤولون إلى أن الاتفاق يشمل مغادرة المسلحين حلب مع أسلحتهم الخفيفة.', 'ar', 'conflicts:negated'],
    // without heavy weapons is no answer to with light ones
    ['Turkish officials said the rebels would leave Aleppo without their heavy weapons.', 'وأشار المسؤولون إلى أن الاتفاق يشمل مغادرة المسلحين حلب مع أسلحتهم الخفيفة.', 'ar', 'none'],
    // a figure of the same measure
    ['وقالت وزارة الدفاع الروسية إن الجيش السوري يسيطر على 70 في المئة من مساحة مدينة حلب.', 'وذكرت وزارة الدفاع الروسية أن الجيش السوري بسط سيطرته على 98% من مساحة مدينة حلب.', 'ar', 'conflicts:figure-differs'],
    // a vaguer figure is neither for nor against (the labelling rule: 'more than 90%' vs '98%')
    ['وقالت وزارة الدفاع الروسية إن الجيش السوري يسيطر على أكثر من 90 في المئة من مساحة مدينة حلب.', 'وذكرت وزارة الدفاع الروسية أن الجيش السوري بسط سيطرته على 98% من مساحة مدينة حلب.', 'ar', 'none'],
    ['وقال المتحدث إن نحو 50 ألف مدني ما زالوا محاصرين في الأحياء الشرقية من حلب.', 'وتدهورت أوضاع عشرات آلاف المدنيين المحاصرين في الأحياء الشرقية من حلب.', 'ar', 'none'],
    ['وقال المتحدث إن نحو 50 ألف مدني ما زالوا محاصرين في الأحياء الشرقية من حلب.', 'وسط تخوف على مصير أكثر من 75 ألف مدني ما يزالون محاصرين في الأحياء الشرقية من حلب.', 'ar', 'conflicts:figure-differs'],
    ['The UN said it had reports of at least 82 civilians killed in Aleppo.', 'وكانت الأمم المتحدة أعلنت أن لديها تقارير تفيد بأن الجنود السوريين قتلوا 82 مدنيا في حلب.', 'ar', /^corroborates/],
    // rounding slack for a share is half a point, not 2% of it: 'more than 99%' is not 98%
    ['وقالت وزارة الدفاع الروسية إن الجيش السوري يسيطر على أكثر من 99 في المئة من مساحة مدينة حلب.', 'وذكرت وزارة الدفاع الروسية أن الجيش السوري بسط سيطرته على 98% من مساحة مدينة حلب.', 'ar', 'conflicts:figure-differs'],
    // what a figure counts: neighbourhoods are not the people an unnamed count is of
    ['The UN said pro-government forces had shot dead 82 civilians in four neighbourhoods of Aleppo.', 'وأشار المسؤول الأممي إلى تقارير تتحدث عن قيام النظام بإعدام العشرات في حلب.', 'ar', 'none'],
    // a share of another whole is another fact
    ['وقالت وزارة الدفاع الروسية إن الجيش السوري يسيطر على 98% من مساحة مدينة حلب.', 'وتقدمت قوات الأسد لتسيطر على أكثر من 90% من أحياء حلب الشرقية.', 'ar', 'none'],
    // clock times of the same event
    ['وقال مصدر تركي إن الهدنة دخلت حيز التنفيذ عند الساعة الثالثة بعد الظهر بتوقيت غرينتش في حلب.', 'وأكد مصدر بالحكومة التركية التوصل إلى اتفاق لوقف إطلاق النار في حلب بدءاً من الساعة 15:00 بتوقيت غرينتش.', 'ar', 'corroborates:same-time'],
    ['The ceasefire in Aleppo took effect at 1 p.m. GMT, a Turkish official said.', 'وأكد مصدر بالحكومة التركية التوصل إلى اتفاق لوقف إطلاق النار في حلب بدءاً من الساعة 15:00 بتوقيت غرينتش.', 'ar', 'conflicts:time-differs'],
    // an hour with its day: a source that gives the day alone cannot confirm the hour
    ['وقال مصدر تركي إن وقف إطلاق النار سرى في حلب اعتباراً من الساعة الخامسة من مساء الثلاثاء بتوقيت غرينتش.', 'وأكدت أنقرة أن وقفا لإطلاق النار يسري في حلب منذ مساء الثلاثاء.', 'ar', 'none'],
    // months: another month for the same state conflicts, the same one agrees, none is vaguer
    ['وأشار البيان إلى أن الأحياء الشرقية من حلب ترزح تحت الحصار منذ مطلع أيار/مايو الماضي.', 'وقال البيان إن الأحياء الشرقية لحلب واقعة تحت الحصار وقصف كثيف منذ يوليو الماضي.', 'ar', 'conflicts:time-differs'],
    ['The Turkish statement said eastern Aleppo had been under siege and heavy shelling since July.', 'وقال البيان إن الأحياء الشرقية لحلب واقعة تحت الحصار وقصف كثيف منذ يوليو الماضي.', 'ar', 'corroborates:same-time'],
    ['The Turkish statement said eastern Aleppo had been under siege since July.', 'وقال البيان إن الأحياء الشرقية لحلب واقعة تحت الحصار.', 'ar', 'none'],
    // what talks are held for is sought, not reached
    ['وقال مسؤول تركي إن وقف إطلاق النار دخل حيز التنفيذ في حلب.', 'وقال كالين إن بلاده أجرت محادثات مكثفة مع روسيا لوقف إطلاق النار في حلب.', 'ar', 'none'],
    ['A Turkish official said a ceasefire had taken effect in Aleppo.', 'وكانت جماعات من المعارضة المسلحة قد تحدثت عن مفاوضات مع روسيا لوقف النار في شرق حلب.', 'ar', 'none'],
    // what did not happen is no answer to what may happen; what will not, to what will
    ['ولم تغادر أي حافلة الأحياء المحاصرة في حلب حتى مساء الأربعاء.', 'ويمكن للمدنيين والمقاتلين مغادرة حلب بحافلات إلى إدلب حتى ليل الأربعاء.', 'ar', 'none'],
    ['The fighters will not leave Aleppo by bus, a rebel official said.', 'وقال مسؤول إن المقاتلين سيغادرون حلب بحافلات.', 'ar', 'conflicts:negated'],
    // what is prevented is not reported as happening
    ['وفي أنقرة، اتهم بيان صادر عن وزارة الخارجية التركية قوات النظام بمنع المدنيين الراغبين في مغادرة حلب من الخروج منها.', 'وأكدت أنقرة أن وقفا لإطلاق النار يسري في حلب منذ مساء الثلاثاء بعدما توصلت الى اتفاق بهذا الشأن مع مقاتلي الفصائل المعارضة بهدف إجلائهم مع مدنيين من شرق المدينة الذي سيطرت قوات النظام على معظم انحائه.', 'ar', 'none'],
    ['The Turkish foreign ministry said regime forces were preventing civilians from leaving Aleppo.', 'وأكد بيان الخارجية التركية أن قوات النظام تمنع خروج المدنيين الراغبين بمغادرة حلب.', 'ar', /^corroborates/],
    // a week: not before next week is not within hours
    ['ورجح اليوسف ألا يدخل الاتفاق في حلب حيز التنفيذ قبل مطلع الأسبوع المقبل.', 'وقالت المصادر إن تنفيذ الاتفاق في حلب سيبدأ خلال ساعات.', 'ar', 'conflicts:time-differs'],
    // a year: since 2014 is not since 2012; a source without a year is vaguer
    ['ومنذ عام 2014 وحلب مقسومة بين شطر شرقي تسيطر عليه الفصائل وآخر غربي بيد الحكومة.', 'وكانت حلب منذ 2012 مقسمة بين قطاع شرقي للمعارضين وآخر غربي تسيطر عليه الحكومة.', 'ar', 'conflicts:time-differs'],
    ['Aleppo had been divided between a government-held west and a rebel-held east since 2012.', 'وكانت حلب منذ 2012 مقسمة بين قطاع شرقي للمعارضين وآخر غربي تسيطر عليه الحكومة.', 'ar', 'corroborates:same-time'],
    ['ومنذ عام 2014 وحلب مقسومة بين شطر شرقي تسيطر عليه الفصائل وآخر غربي بيد الحكومة.', 'وذكرت وزارة الدفاع الروسية أن الجيش السوري بسط سيطرته على 98% من مساحة مدينة حلب.', 'ar', 'none'],
    // a named person is not met by the state alone
    ["President Vladimir Putin discussed the situation in Aleppo with the permanent members of Russia's Security Council.", 'توصلت المعارضة السورية وقوات النظام المدعومة من قبل روسيا لاتفاق وقف إطلاق النار في حلب وذلك بوساطة تركية.', 'ar', 'none'],
    ['وأعلن الكرملين أن الرئيس الروسي فلاديمير بوتين بحث مع الأعضاء الدائمين في مجلس الأمن الروسي الوضع في حلب.', 'وقال الكرملين إن بوتين بحث مع مجلس الأمن الروسي الوضع في حلب.', 'ar', /^corroborates/],
    // an army's progress is its advance, in either language
    ["President Vladimir Putin discussed the progress of Syrian troops in Aleppo with the permanent members of Russia's Security Council.", 'وأعلن الكرملين أن الرئيس الروسي فلاديمير بوتين بحث مع الأعضاء الدائمين في مجلس الأمن الروسي سير تقدم القوات السورية في حلب.', 'ar', /^corroborates/],
    // a figure with a value is the point over a vague one beside it
    ['By Tuesday, the rebels and tens of thousands of civilians had been squeezed into just six neighborhoods of eastern Aleppo.', 'وتدهورت أوضاع عشرات آلاف المدنيين المحصورين في مساحة ضيقة شرقي حلب.', 'ar', 'none'],
    // a destination
    ['وقال مسؤول إن المقاتلين سيخرجون من حلب إلى إدلب.', 'وقالت المصادر إن المقاتلين سيخرجون من حلب إلى ريف حلب الغربي.', 'ar', 'conflicts:place-differs'],
    // the order of a deal: the same order, the reverse, and a source that states none
    ['وقال المتحدث إن الاتفاق في حلب ينص على إخراج المدنيين أولاً ثم المقاتلين.', 'وأضاف أن الاتفاق في حلب ينص على إخلاء المدنيين أولا يليهم مقاتلو المعارضة.', 'ar', 'corroborates:same-order'],
    ['A Turkish spokesman said the Aleppo deal provides for the rebel fighters to leave first, with civilians following in a second phase.', 'وأضاف أن الاتفاق في حلب ينص على إخلاء المدنيين أولا يليهم مقاتلو المعارضة.', 'ar', 'conflicts:order-differs'],
    ['وقال المتحدث إن الاتفاق في حلب ينص على إخراج المدنيين أولاً ثم المقاتلين.', 'وقالت المصادر إن الاتفاق في حلب يشمل خروج المدنيين والمقاتلين.', 'ar', 'none'],
    ['وقال إن المحاصرين في حلب سينقلون بداية إلى ريف حلب الشمالي، ثم إلى الريف الغربي.', 'وقال المتحدث إن المحاصرين في حلب سيتوجهون أولا إلى ريف حلب الغربي ثم الشمالي.', 'ar', 'conflicts:order-differs'],
    // a broader event is vaguer: talks are not progress, an evacuation is not a safe exit
    ['A senior American official said there had been significant progress on Aleppo.', 'وقالت موسكو إنها تجري مشاورات مكثفة مع أنقرة حول حلب.', 'ar', 'none'],
    ['وقال ملاحفجي إن وقف إطلاق النار في حلب جاء مقابل الخروج الآمن للمدنيين.', 'وقالت المصادر إن إجلاء المدنيين من حلب سيبدأ الليلة.', 'ar', 'none'],
    // … but a deal sponsored by two states was negotiated between them
    ['وقال مسؤول في المعارضة إن الاتفاق في حلب أبرم برعاية روسية تركية.', 'وقال إن الاتفاق في حلب تم التوصل له بعد مفاوضات بين تركيا وروسيا.', 'ar', /^corroborates/],
    ['The Aleppo deal was brokered by Turkish intelligence between the rebel factions and Russia.', 'وقال إن الاتفاق في حلب تم التوصل له بعد مفاوضات بين تركيا وروسيا.', 'ar', 'none'],
    // a denial
    ['Russia said it had reached a deal with the rebels to evacuate fighters from eastern Aleppo.', 'ونفت موسكو أن تكون قد توصلت إلى اتفاق مع المعارضة لإجلاء المقاتلين من شرق حلب.', 'ar', 'conflicts:denied'],
    // who guarantees
    ['وأكد المصدر أن الأمم المتحدة ستتولى ضمان تنفيذ الاتفاق في حلب.', 'وقال إن الاتفاق تم التوصل له بعد مفاوضات بين تركيا وروسيا اللتين ستضمنان تنفيذه في حلب.', 'ar', 'conflicts:actor-differs'],
    // done against only asked for
    ['وقال دي ميستورا إن فرق الأمم المتحدة دخلت بالفعل إلى الأحياء الشرقية من حلب.', 'وقال دي ميستورا: نحن مستعدون للدخول إلى حلب ولكننا بانتظار موافقة النظام.', 'ar', 'conflicts:pending'],
    // a judgement is matched only in the same voice
    ['French ambassador Francois Delattre said Aleppo was the worst humanitarian tragedy of the century.', 'وقال السفير الفرنسي فرنسوا ديلاتر إن حلب تشهد أسوأ مأساة إنسانية في القرن.', 'ar', /^corroborates/],
    ['French ambassador Francois Delattre said Aleppo was the worst humanitarian tragedy of the century.', 'وقال بيان الخارجية التركية إن سكان حلب يعيشون مأساة إنسانية.', 'ar', 'none'],
    // a destination is met by a destination, not by where people are besieged
    ['وقالت حركة أحرار الشام إن المقاتلين سيتم إجلاؤهم إلى مناطق خاضعة لسيطرة الفصائل في ريف حلب.', 'وقال لافروف إنه كان يمكن إخراج المسلحين وتحرير المدنيين المحاصرين في المناطق الخاضعة للمسلحين في حلب.', 'ar', 'none'],
    // a negated event is not contradicted by a broader one that happened: no progress, yet talks
    ['A US official said there had been no progress on Aleppo.', 'وفي أنقرة قال كالين إن بلاده أجرت محادثات مكثفة مع روسيا لوقف إطلاق النار في حلب.', 'ar', 'none'],
    ['A US official said there had been no progress on Aleppo.', 'وكان مسؤول أميركي قال إنه لم يحصل تقدم حول مسألة حلب.', 'ar', /^corroborates/],
    // a denial of what a side did is contradicted only by a source that says that side did it
    ['A Syrian government official denied that Damascus had agreed to a deal to evacuate the rebels from Aleppo.', 'وقالت أطراف في المعارضة إن اتفاق إجلاء المسلحين من حلب تم برعاية روسية تركية.', 'ar', 'none'],
    ['A Syrian government official denied that Damascus had agreed to a deal to evacuate the rebels from Aleppo.', 'وأكدت مصادر عسكرية في نظام الأسد الاتفاق على إجلاء المسلحين من حلب.', 'ar', 'conflicts:denied'],
    // a kind of area ('rebel-held areas') is compatible with Idlib but does not say Idlib
    ['وقال مسؤول إن المقاتلين سيخرجون من حلب إلى إدلب.', 'وقالت حركة أحرار الشام إن المقاتلين سيخرجون من حلب إلى مناطق تحت سيطرة الفصائل.', 'ar', 'none'],
    // a neighbourhood is the point: the city's name alone is vaguer
    ["Syria's army said it had captured the Sheikh Saeed district of Aleppo.", 'وذكرت وزارة الدفاع الروسية أن الجيش السوري بسط سيطرته على معظم أحياء حلب الشرقية.', 'ar', 'none'],
    ["Syria's army said it had captured the Sheikh Saeed district of Aleppo.", 'وقال مصدر عسكري إن الجيش السوري سيطر على حي الشيخ سعيد في حلب.', 'ar', /^corroborates/],
    // urging is pressing: an acknowledged push against a denied one
    ["Russia's foreign minister admitted that Moscow had pressed the Syrian government to turn down the UN humanitarian plan.", 'ونفى لافروف اتهامات الدول الغربية بأن موسكو تضغط على الحكومة السورية لكي لا توافق على الخطة الإنسانية التي اقترحتها الأمم المتحدة.', 'ar', 'conflicts:denied'],
    // 'rejected' is 'did not accept'
    ['وأشار لافروف إلى أن المسلحين رفضوا اتفاق الهدنة في حلب.', 'وقال لافروف إن المسلحين أنفسهم لم يوافقوا على اتفاق الهدنة.', 'ar', /^corroborates/],
    ['Lavrov said the rebels had rejected the truce.', 'وقال لافروف إن المسلحين أنفسهم لم يوافقوا على اتفاق الهدنة.', 'ar', /^corroborates/],
    // a live blog's post time is not the time of the event; vowing to defend is one event in both languages
    ['14:40 Rebel commanders have vowed to defend their neighbourhoods in eastern Aleppo to the end.', 'وتعهد مقاتلون من الفصائل بالدفاع عن مناطقهم في شرق حلب حتى النهاية.', 'ar', /^corroborates/],
    // calendar days differ however close: Thursday is not Wednesday morning
    ['وقال مصدر إن أولى الحافلات ستغادر حلب يوم الخميس.', 'وقال مسؤول إن أول حافلات ستغادر حلب ليل اليوم الثلاثاء أو صباح غد الأربعاء.', 'ar', 'conflicts:time-differs'],
    ['وقال مصدر إن أولى الحافلات ستغادر حلب صباح الأربعاء.', 'وقال مسؤول إن أول حافلات ستغادر حلب ليل اليوم الثلاثاء أو صباح غد الأربعاء.', 'ar', 'corroborates:same-time'],
    // what a claim says is needless (or only asked for) is its point: the control alone is not it
    ['Churkin said the remaining residents had no need to leave, since Aleppo would be under government control.', 'وذكرت وزارة الدفاع الروسية أن الجيش السوري بسط سيطرته على 98% من مساحة مدينة حلب.', 'ar', 'none'],
    // 'said … and urged …' are two clauses: a source must speak to both, in one sentence or two;
    // a call is a fact about who made it
    ['French ambassador François Delattre said Aleppo was the worst humanitarian tragedy of the century and urged that residents be evacuated safely.', 'وقال السفير الفرنسي فرنسوا ديلاتر إن حلب تشهد أسوأ مأساة إنسانية في القرن.', 'ar', 'none'],
    ['French ambassador François Delattre said Aleppo was the worst humanitarian tragedy of the century and urged that residents be evacuated safely.', 'وقال السفير الفرنسي فرنسوا ديلاتر إن حلب تشهد أسوأ مأساة إنسانية في القرن. وشدد المندوب الفرنسي على ضرورة إجلاء سكان حلب إلى مكان آمن.', 'ar', /^corroborates/],
    // staying, and no one harmed: Churkin's words, not any report of the deal
    ['وقال تشوركين إن الاتفاق في حلب يخص خروج المسلحين وحدهم، وإن بإمكان المدنيين البقاء من دون أن يمسهم أحد بسوء.', 'كما لفت إلى أن الاتفاق في حلب خاص بمغادرة المقاتلين. بوسع المدنيين البقاء ويمكنهم الذهاب لأماكن آمنة. لا أحد سيؤذيهم.', 'ar', /^corroborates/],
    ['وقال تشوركين إن الاتفاق في حلب يخص خروج المسلحين وحدهم، وإن بإمكان المدنيين البقاء من دون أن يمسهم أحد بسوء.', 'وقالت المصادر إن الاتفاق في حلب يشمل أيضاً خروج مقاتلي المعارضة.', 'ar', 'none'],
    // a phased exit is not the first convoy
    ['وقال مسؤول إن الحافلات الأولى لن تتحرك من حلب قبل يوم الجمعة.', 'وقال ملاحفجي إن وقف إطلاق النار في حلب جاء مقابل الخروج الآمن بدفعات.', 'ar', 'none'],
    // a clause without the claim's sides still has to be spoken to
    ['Churkin said Aleppo would now be under Syrian government control and that humanitarian arrangements were in place for civilians who chose to stay.', 'وقال المتحدث إن القوات الحكومية باتت تسيطر على مدينة حلب.', 'ar', 'none'],
    // one clause contradicted is enough to contradict the claim
    ['وقال مسؤول إن وقف إطلاق النار بدأ في حلب، وإن المقاتلين سيخرجون إلى جرابلس.', 'وقال مسؤول إن المقاتلين سيخرجون من حلب إلى إدلب.', 'ar', 'conflicts:place-differs'],
    ['The French ambassador urged that the residents of Aleppo be evacuated safely.', 'وقال تشوركين إن حلب ستكون تحت سيطرة النظام، لذلك لا حاجة لمغادرة المدنيين الباقين.', 'ar', 'none'],
    // 'by Wednesday night' allows Tuesday evening
    ['وقال مصدر تركي إن المقاتلين سيغادرون حلب مساء الثلاثاء.', 'ويمكن للمدنيين والمقاتلين مغادرة حلب بالحافلات حتى ليل الأربعاء.', 'ar', /^corroborates/],
    // calm on the fronts is what a halt of operations looks like on the ground
    ['The Russian envoy said all military operations in eastern Aleppo had stopped.', 'وأكدت مصادر ميدانية هدوء جميع جبهات الأحياء الشرقية من حلب.', 'ar', /^corroborates/],
    // a call met is met with what it asks for, however each text punctuates it
    ['France called for an urgent Security Council meeting on Aleppo.', 'هذا ودعت فرنسا الثلاثاء، مجلس الأمن لعقد جلسة طارئة لبحث الأوضاع في مدينة حلب السورية.', 'ar', /^corroborates/],
    // a call said never to have been made: the negation is of the call, not of what it asks for
    ['The State Department said Washington had never called on Moscow to stop the fighting in Aleppo.', 'وأعلن لافروف أن الإدارة الأمريكية تدعو موسكو لوقف القتال في حلب.', 'ar', 'conflicts:negated'],
    // how long an operation goes on and when it ends are one timeline
    ['وقال تشوركين إن العمليات العسكرية في شرق حلب ستستمر عدة أيام أخرى.', 'وقال تشوركين إن عملية الجيش السوري في حلب ستنتهي خلال الساعات القليلة المقبلة.', 'ar', 'conflicts:time-differs'],
    // a delay is the point: a source that times nothing does not corroborate it
    ['وقال تشوركين إن العمليات العسكرية في شرق حلب ستستمر عدة أيام أخرى.', 'وتقدمت قوات الأسد في الأحياء الشرقية من حلب.', 'ar', 'none'],
    // accepting is not refusing: the opposite event held the other way
    ['Lavrov said the rebels in Aleppo had accepted the UN humanitarian plan.', 'وقال لافروف إن المسلحين في حلب رفضوا الخطة الإنسانية التي اقترحتها الأمم المتحدة.', 'ar', 'conflicts:negated'],
    // unrelated events do not meet
    ['The UN said government forces had shot dead 82 civilians in eastern Aleppo.', 'وأكد مصدر بالحكومة التركية التوصل إلى اتفاق لوقف إطلاق النار في حلب.', 'ar', 'none'],
  ] as const)('«%s» against «%s» (%s)', (claim, src, lang, expected) => {
    const got = stanceFor(claim, src, lang);
    if (typeof expected === 'string') expect(got).toBe(expected);
    else expect(got).toMatch(expected);
  });

  it('treats a report from days before as another occurrence of a one-off event', () => {
    const claim = 'وأعلنت روسيا أن الجيش السوري أوقف العمليات العسكرية في شرق حلب.';
    const src = 'وأعلنت موسكو إيقاف الجيش السوري للعمليات العسكرية في شرق حلب.';
    expect(stanceFor(claim, src, 'ar', { pagePublished: '2016-12-13', srcPublished: '2016-12-13' })).toMatch(/^corroborates/);
    expect(stanceFor(claim, src, 'ar', { pagePublished: '2016-12-13', srcPublished: '2016-12-08' })).toBe('none');
  });

  it('dates the event by the day the claim gives, not only by the page', () => {
    const claim = 'وكانت موسكو قد أعلنت يوم الخميس الماضي أن الجيش السوري أوقف العمليات العسكرية في شرق حلب.';
    const src = 'وأعلنت موسكو إيقاف الجيش السوري للعمليات العسكرية في شرق حلب.';
    expect(stanceFor(claim, src, 'ar', { pagePublished: '2016-12-13', srcPublished: '2016-12-09' })).toMatch(/^corroborates/);
  });

  it("dates a meeting 'to discuss Aleppo' by its day, not its topic as a destination", () => {
    const claim = 'Foreign ministers of Western and Arab countries will meet in Paris on Sunday to discuss Aleppo.';
    const src = 'وفي حين تحتضن باريس غداً السبت اجتماعاً أوروبياً أميركياً لبحث الأزمة في حلب.';
    expect(stanceFor(claim, src, 'ar', { pagePublished: '2016-12-09', srcPublished: '2016-12-09' })).toBe('conflicts:time-differs');
  });

  it('reads a claim about talks in Geneva or Hamburg as part of the Aleppo story (venues, not other scenes)', () => {
    const claim = 'Lavrov, speaking in Hamburg after talks with Kerry, said Russian and US military experts would meet in Geneva on Saturday.';
    const src = 'وأضاف لافروف أنه تم الاتفاق على اجتماع بين خبراء عسكريين أميركيين وروس في جنيف السبت لبحث الوضع في حلب.';
    expect(stanceFor(claim, src, 'ar', { pagePublished: '2016-12-09', srcPublished: '2016-12-09' })).toMatch(/^corroborates/);
  });

  it('never matches a page to a source from another year it names', () => {
    const claim = 'وأعلنت روسيا في عام 2016 أن الجيش السوري أوقف العمليات العسكرية في شرق حلب.';
    expect(stanceFor(claim, 'وأعلنت موسكو إيقاف الجيش السوري للعمليات العسكرية في شرق حلب.', 'ar', { srcPublished: '2012-08-01' })).toBe('none');
  });
});

describe('when the deal takes effect: a time beside the taking effect is that moment', () => {
  // The source names the sponsors between the deal and its taking effect: the time's nearest
  // substantive event is the sponsorship, yet it times the deal's taking effect.
  const WITHIN_HOURS = 'وأعلن مسؤول في المعارضة التوصل إلى اتفاق لإجلاء المدنيين من شرق حلب برعاية روسية تركية، على أن يدخل حيز التنفيذ خلال ساعات.';
  it.each([
    ['ورجح مسؤول في المعارضة ألا يدخل اتفاق حلب حيز التنفيذ قبل مطلع الأسبوع المقبل.', 'conflicts:time-differs'],
    ['An opposition official said the Aleppo deal would not take effect before early next week.', 'conflicts:time-differs'],
    ['An opposition official said the Aleppo deal would take effect within hours.', 'corroborates:same-time'],
  ])('«%s» against «within hours»: %s', (claim, want) => {
    expect(stanceFor(claim, WITHIN_HOURS, 'ar')).toBe(want);
  });

  it.each([
    // the evacuation's start is the deal's taking effect
    ['Rebel groups said the evacuation of Aleppo would begin in the coming hours.', 'corroborates:same-time'],
    ['وقالت فصائل المعارضة إن إجلاء المدنيين من حلب سيبدأ خلال الساعات المقبلة.', 'corroborates:same-time'],
  ])('«%s» against the deal «within hours»: %s', (claim, want) => {
    expect(stanceFor(claim, WITHIN_HOURS, 'ar')).toBe(want);
  });

  it.each([
    // a delay is the claim's point: a source that times something else (here the sponsored deal's
    // taking effect, not the first departures) does not speak to it
    ['An official said the first civilians would leave eastern Aleppo within hours.'],
    ['وقال مسؤول إن أول دفعة من المدنيين ستغادر شرق حلب خلال ساعات.'],
  ])('«%s» is not met by a delay given for something else', (claim) => {
    expect(stanceFor(claim, WITHIN_HOURS, 'ar')).toBe('none');
  });

  it('the start of a meeting is not the taking effect of a truce', () => {
    const claim = 'The Security Council emergency session on Aleppo was scheduled to begin at 2 p.m. New York time.';
    const src = 'وأكدت أنقرة أن وقف إطلاق النار في حلب سيدخل حيز التنفيذ الساعة 15:00 بتوقيت غرينتش.';
    expect(stanceFor(claim, src, 'ar')).not.toMatch(/time-differs/);
  });
});

describe('who did it: a source that gives the event another side is not silent on it', () => {
  it.each([
    ['Iran-backed militias have blocked the evacuation of Aleppo, a rebel official said.', 'وأكد بيان الخارجية التركية أن قوات النظام تمنع خروج المدنيين الراغبين بمغادرة مدينة حلب.', 'ar', 'none'],
    ['وقال مسؤول في المعارضة إن الميليشيات الإيرانية منعت خروج المدنيين من حلب.', 'The Turkish foreign ministry said regime forces were preventing civilians who wanted to leave Aleppo from leaving.', 'en', 'none'],
    // the same side
    ['Regime forces have blocked the evacuation of civilians from Aleppo, Turkey said.', 'وأكد بيان الخارجية التركية أن قوات النظام تمنع خروج المدنيين الراغبين بمغادرة مدينة حلب.', 'ar', 'corroborates:same-event'],
  ] as const)('«%s» against «%s» (%s): %s', (claim, src, lang, want) => {
    expect(stanceFor(claim, src, lang)).toBe(want);
  });
});

describe('two imprecise figures agree only when they are of one kind', () => {
  it.each([
    // a size against a bound: the size is vaguer
    ['More than 80 civilians were shot dead in the retaken districts of Aleppo, the UN said.', 'وقالت الأمم المتحدة إن قوات النظام أعدمت العشرات من المدنيين في أحياء حلب التي استعادتها.', 'ar', 'none'],
    ['وقالت الأمم المتحدة إن أكثر من 80 مدنيا قتلوا رميا بالرصاص في أحياء حلب التي استعادتها القوات الحكومية.', 'The UN said government forces had executed dozens of civilians in the retaken districts of Aleppo.', 'en', 'none'],
    // the same kind of size
    ['Thousands of civilians fled eastern Aleppo to government-held areas, the UN said.', 'وحذر المفوض الأممي من مخاطر يتعرض لها آلاف السوريين الذين فروا من حلب الشرقية إلى مناطق النظام.', 'ar', 'corroborates:compatible-figure'],
  ] as const)('«%s» against «%s» (%s): %s', (claim, src, lang, want) => {
    expect(stanceFor(claim, src, lang)).toBe(want);
  });
});

describe('what went wrong is the claim\'s point', () => {
  it.each([
    ['The deal to evacuate eastern Aleppo collapsed on Tuesday, rebels said.', 'وقالت مصادر في المعارضة إنه تم التوصل إلى اتفاق لإجلاء المدنيين والمقاتلين من شرق حلب.', 'ar', 'none'],
    ['The evacuation of eastern Aleppo was delayed on Tuesday, rebels said.', 'وقالت مصادر في المعارضة إن إجلاء المدنيين والمقاتلين من شرق حلب بدأ.', 'ar', 'none'],
    // a source telling the same setback meets it
    ['The deal to evacuate eastern Aleppo collapsed on Tuesday, rebels said.', 'وقالت مصادر في المعارضة إن اتفاق إجلاء المدنيين والمقاتلين من شرق حلب انهار.', 'ar', 'corroborates:same-event'],
  ] as const)('«%s» against «%s» (%s): %s', (claim, src, lang, want) => {
    expect(stanceFor(claim, src, lang)).toBe(want);
  });
});

describe('a stop on the way is no other destination', () => {
  it.each([
    // 'to Khan al-Asal, then Idlib': Idlib is where they go, though no 'to' stands before it
    ['Fighters will be evacuated from Aleppo to Idlib, field sources said.', 'وقالت مصادر ميدانية إن الحافلات ستنقل المقاتلين من حلب إلى خان العسل ثم إدلب.', 'ar', 'corroborates:same-place'],
    ['Fighters will be evacuated from Aleppo to Idlib, field sources said.', 'Field sources said the fighters would be evacuated from Aleppo by bus to Khan al-Asal, then Idlib.', 'en', 'corroborates:same-place'],
    // another end of the route still differs, and it is the end that is named as differing
    ['Fighters will be evacuated from Aleppo to Jarablus, field sources said.', 'وقالت مصادر ميدانية إن الحافلات ستنقل المقاتلين من حلب إلى خان العسل ثم إدلب.', 'ar', 'conflicts:place-differs:إدلب'],
    // two groups' destinations joined by 'and' are no route
    ['Fighters will be evacuated from Aleppo to Jarablus, field sources said.', 'وقالت مصادر ميدانية إن المقاتلين سينقلون من حلب إلى خان العسل والمدنيين إلى إدلب.', 'ar', 'conflicts:place-differs:خان العسل'],
  ] as const)('«%s» against «%s» (%s): %s', (claim, src, lang, want) => {
    const m = checkArticle({ text: claim, title: 'حلب Aleppo', published: '2016-12-13' }, new CorpusIndex([sourceDoc(src, lang)])).claims[0]?.matches[0];
    const got = m ? `${m.stance}:${m.reasonDetail.code}` : 'none';
    expect(want.startsWith('conflicts') ? `${got}:${m?.reasonDetail.sourceValue}` : got).toBe(want);
  });
});

describe("Arabic 'لن' negates what is to come", () => {
  it.each([
    // 'will mean the end of the war' against 'will not be the end of the war': the same future, opposed
    ['وقال الرئيس بشار الأسد إن الانتصار في معركة حلب سيعني نهاية الحرب في سوريا.', 'اعتبر الرئيس السوري بشار الأسد أن الانتصار في معركة حلب سيكون إنجازا كبيرا لقواته، لكنه لن يكون نهاية الحرب في سوريا.', 'ar', 'conflicts:negated'],
    ['Assad said victory in Aleppo would mean the end of the war in Syria.', 'اعتبر الرئيس السوري بشار الأسد أن الانتصار في معركة حلب سيكون إنجازا كبيرا لقواته، لكنه لن يكون نهاية الحرب في سوريا.', 'ar', 'conflicts:negated'],
    // and agrees with 'will not put an end to the war'
    ['ورأى الأسد أن الانتصار في حلب لن يضع حدا للحرب في سوريا.', 'اعتبر الرئيس السوري بشار الأسد أن الانتصار في معركة حلب سيكون إنجازا كبيرا لقواته، لكنه لن يكون نهاية الحرب في سوريا.', 'ar', 'corroborates:same-event'],
  ] as const)('«%s» against «%s» (%s): %s', (claim, src, lang, want) => {
    expect(stanceFor(claim, src, lang)).toBe(want);
  });
});

describe('a week named for when something was said is taken at its middle', () => {
  // Page of Tuesday 13 December, source of Friday the 9th: 'last week' (4-10 December) reaches it.
  const NO_PROGRESS = 'وكان مسؤول أميركي قال قبل مغادرة كيري هامبورغ «لم يحصل تقدم حول مسألة حلب».';
  it.each([
    ['Last week, after two meetings in Hamburg, a senior American official said there had been significant progress on Aleppo.'],
    ['وفي الأسبوع الماضي، وبعد لقاءين في هامبورغ، قال مسؤول أميركي إنه حصل تقدم كبير حول مسألة حلب.'],
  ])('«%s» meets the source of the 9th that says there was none', (claim) => {
    expect(stanceFor(claim, NO_PROGRESS, 'ar', { pagePublished: '2016-12-13', srcPublished: '2016-12-09' })).toBe('conflicts:negated');
  });
});

describe('times given as alternatives: one the source gives is enough', () => {
  // Page and source of Tuesday 13 December; the source's 'tonight' is Tuesday night.
  const TONIGHT = 'وتوقعت المصادر إجلاء أول دفعة من المدنيين الليلة بالحافلات من شرق حلب.';
  it.each([
    ['The first buses are expected to leave eastern Aleppo either on Wednesday morning or late on Tuesday night.', 'corroborates:same-time'],
    ['ومن المتوقع أن تغادر أول حافلات شرق حلب صباح غد الأربعاء أو ليل اليوم الثلاثاء.', 'corroborates:same-time'],
    // no alternative agrees, or none is given
    ['The first buses are expected to leave eastern Aleppo on Thursday or Friday.', 'conflicts:time-differs'],
    ['The first buses are expected to leave eastern Aleppo on Wednesday morning.', 'conflicts:time-differs'],
  ] as const)('«%s»: %s', (claim, want) => {
    expect(stanceFor(claim, TONIGHT, 'ar')).toBe(want);
  });
});

describe("buses or civilians that 'pull out' are leaving", () => {
  const FIRST_BUSES = 'وقال مسؤول إن أول حافلات ستغادر حلب ليل اليوم الثلاثاء.';
  it.each([
    ['An official said the first buses would pull out of Aleppo on Tuesday night.', 'corroborates:same-time'],
    ['An official said the first civilians would pull out of Aleppo late on Tuesday night.', 'corroborates:same-time'],
  ] as const)('«%s»: %s', (claim, want) => {
    expect(stanceFor(claim, FIRST_BUSES, 'ar')).toBe(want);
  });

  it('fighters who pull out are withdrawing, not evacuated', () => {
    expect(stanceFor('An official said the rebels would pull out of Aleppo on Tuesday night.', FIRST_BUSES, 'ar')).toBe('none');
  });
});

describe('clock times in a named zone meet GMT ones', () => {
  const SESSION_GMT = 'ومن المنتظر أن يعقد مجلس الأمن جلسة طارئة بشأن حلب عند الساعة الـ7 مساء بتوقيت غرينتش.';
  const TRUCE_GMT = 'بدوره، أكد مصدر بالحكومة التركية أنه تم التوصل إلى اتفاق لوقف إطلاق النار في حلب بدءاً من الساعة 15:00 بتوقيت غرينتش.';
  it.each([
    // Damascus was on UTC+2 in December 2016: 21:00 there is 19:00 GMT, 18:00 is 16:00 GMT
    ['يعقد مجلس الأمن الدولي عند التاسعة من مساء اليوم بتوقيت دمشق جلسة طارئة لبحث الوضع في حلب.', SESSION_GMT, 'corroborates:same-time'],
    ['The Security Council will hold an emergency session on Aleppo at 9 p.m. Damascus time.', SESSION_GMT, 'corroborates:same-time'],
    ['وبحسب مصادر تركية، فقد دخل وقف إطلاق النار حيز التنفيذ في حلب عند الساعة السادسة من مساء اليوم بتوقيت دمشق.', TRUCE_GMT, 'conflicts:time-differs'],
    // Turkey was on UTC+3: 6 p.m. there is 15:00 GMT
    ['A Turkish government source said the ceasefire in Aleppo took effect at 6 p.m. Turkish time.', TRUCE_GMT, 'corroborates:same-time'],
  ] as const)('«%s» against «%s»: %s', (claim, src, want) => {
    expect(stanceFor(claim, src, 'ar')).toBe(want);
  });
});

describe('a part is not the whole: a figure among others neither agrees nor differs', () => {
  const KILLED_82 = 'وكانت الأمم المتحدة أعلنت أن الجنود السوريين قتلوا 82 مدنيا رميا بالرصاص في أحياء حلب التي استعادوا السيطرة عليها.';
  const DOZENS = 'وأشار المسؤول الأممي إلى تقارير تتحدث عن قيام النظام بإعدام العشرات في حلب.';
  it.each([
    ['وأضاف مكتب حقوق الإنسان أن بين القتلى في حلب ١١ امرأة و١٣ طفلاً.', KILLED_82, 'ar', 'none'],
    ['وأضاف مكتب حقوق الإنسان أن بين القتلى في حلب ١١ امرأة و١٣ طفلاً.', DOZENS, 'ar', 'none'],
    ['The UN rights office said 11 women and 13 children were among those killed in Aleppo.', KILLED_82, 'ar', 'none'],
    ['The UN rights office said 11 women were killed in the retaken districts of Aleppo.', KILLED_82, 'ar', 'none'],
    // the whole with its parts meets the whole
    ['وقال مكتب حقوق الإنسان إن القوات الموالية للحكومة قتلت 82 مدنيا على الأقل في أحياء حلب، بينهم 11 امرأة و13 طفلا.', KILLED_82, 'ar', 'corroborates:compatible-figure'],
    // a part told as such meets the same part
    ['Turkish officials said some 8,000 people had been evacuated from eastern Aleppo, among them 3,000 fighters.', 'وقالت مصادر تركية إن نحو 8 آلاف شخص بينهم 3 آلاف مقاتل غادروا شرق حلب.', 'ar', 'corroborates:same-figure'],
    // the whole against the whole still differs
    ['The UN rights office said Syrian soldiers had shot dead 60 civilians in the retaken districts of Aleppo.', KILLED_82, 'ar', 'conflicts:figure-differs'],
  ] as const)('«%s» against «%s» (%s): %s', (claim, src, lang, want) => {
    expect(stanceFor(claim, src, lang)).toBe(want);
  });
});

describe("another side's call is another call unless it asks for the same", () => {
  const FRANCE_CALLED = 'ودعت فرنسا الثلاثاء مجلس الأمن لعقد جلسة طارئة لبحث الأوضاع في مدينة حلب.';
  const ZEID = 'وفي جنيف طالب مفوض الأمم المتحدة لحقوق الإنسان سوريا بالسماح لمراقبين مستقلين بالتحقق من أوضاع النازحين في شرق حلب.';
  const ANKARA = 'بينما دعت أنقرة لاجتماعٍ مع الروس لمناقشة الخروج الآمن من حلب.';
  it.each([
    ['وكان مجلس الأمن قد التأم، بطلب من فرنسا، في جلسة طارئة لبحث الأوضاع في حلب.', ZEID, 'none'],
    ['The Security Council met in emergency session on Aleppo at the request of France.', ZEID, 'none'],
    ['The Security Council meeting on Aleppo was convened at the request of France.', ANKARA, 'none'],
    // the same thing asked for by another side
    ['The Security Council emergency session on Aleppo was requested by Russia.', FRANCE_CALLED, 'conflicts:actor-differs'],
  ] as const)('«%s» against «%s»: %s', (claim, src, want) => {
    expect(stanceFor(claim, src, 'ar')).toBe(want);
  });
});

describe("'the West' speaks for the Western states and the EU", () => {
  // Source of Friday 9 December: the Paris meeting is on Saturday the 10th.
  const PARIS = 'وفي حين تحتضن باريس غداً السبت اجتماع أوروبي - أميركي لبحث هذه الأزمة وتداعياتها في حلب.';
  it.each([
    ['وتحتضن العاصمة الفرنسية اليوم السبت اجتماعاً يضم مسؤولين أوروبيين وأميركيين لبحث أزمة حلب.', '2016-12-10', 'corroborates:same-time'],
    ['Paris will host a meeting of European and US foreign ministers on Aleppo on Saturday.', '2016-12-09', 'corroborates:same-time'],
    ['تستضيف باريس بعد غدٍ الأحد اجتماعاً لوزراء خارجية دول أوروبية والولايات المتحدة لبحث معركة حلب.', '2016-12-09', 'conflicts:time-differs'],
    // not a Western side
    ['وتحتضن العاصمة الفرنسية اليوم السبت اجتماعاً يضم مسؤولين من روسيا وتركيا لبحث أزمة حلب.', '2016-12-10', 'none'],
  ] as const)('«%s» (page of %s): %s', (claim, pagePublished, want) => {
    expect(stanceFor(claim, PARIS, 'ar', { pagePublished, srcPublished: '2016-12-09' })).toBe(want);
  });
});

describe('talks held to reach a truce, with the forces of a side', () => {
  const KALIN = 'وفي أنقرة، قال إبراهيم كالين الناطق باسم الرئيس التركي رجب طيب أردوغان إن بلاده أجرت محادثات مكثفة مع روسيا لوقف إطلاق النار في حلب لافتاً إلى أن وحدات حماية الشعب الكردية السورية تتعاون مع قوات الرئيس بشار الأسد في شمال حلب.';
  it.each([
    ['وفي أنقرة، قال إبراهيم كالن إن بلاده تجري محادثات مكثفة مع الجانب الروسي من أجل التوصل إلى وقف لإطلاق النار في حلب، متهماً وحدات حماية الشعب الكردية بالتعاون مع قوات النظام في شمال المدينة.', 'corroborates:same-event'],
    ["Ibrahim Kalin said Turkey was holding intensive talks with Russia for a ceasefire in Aleppo, and that the YPG was cooperating with Assad's forces in the north of the city.", 'corroborates:same-event'],
  ] as const)('«%s»: %s', (claim, want) => {
    expect(stanceFor(claim, KALIN, 'ar', { pagePublished: '2016-12-09', srcPublished: '2016-12-09' })).toBe(want);
  });
});

describe("a judgement is its speaker's, however the page attributes it", () => {
  const DELATTRE = 'وقال السفير الفرنسي لدى الأمم المتحدة، فرنسوا ديلاتر، إن حلب تشهد "أسوأ مأساة إنسانية في القرن الـ21".';
  it('«As France\'s ambassador to the UN put it» meets Delattre', () => {
    expect(stanceFor('As France\'s ambassador to the UN put it on Tuesday, Aleppo has become "the worst humanitarian tragedy of the 21st century".', DELATTRE, 'ar')).toBe('corroborates:same-event');
  });
});

describe("'held 98 per cent of Aleppo' is the ministry's 98% of the city's area", () => {
  it('meets the Arabic report', () => {
    const src = 'وكانت وزارة الدفاع الروسية ذكرت في وقت سابق من الثلاثاء أن الجيش السوري بسط سيطرته على 98% من مساحة مدينة حلب.';
    expect(stanceFor('The Russian defence ministry said government forces held 98 per cent of Aleppo.', src, 'ar')).toBe('corroborates:same-figure');
  });
});

describe("'all at once' is the opposite of 'in batches'", () => {
  const BATCHES = 'وقال مسؤول في المعارضة إن المقاتلين سيخرجون من حلب على دفعات.';
  it.each([
    ['وقال مسؤول في المعارضة إن المقاتلين سيخرجون من حلب دفعة واحدة.', 'conflicts:negated'],
    ['A rebel official said the fighters would leave Aleppo all at once.', 'conflicts:negated'],
    ['A rebel official said the fighters would leave Aleppo in batches.', 'corroborates:same-event'],
  ] as const)('«%s»: %s', (claim, want) => {
    expect(stanceFor(claim, BATCHES, 'ar')).toBe(want);
  });
});

describe("'only after the fighters' reverses 'civilians first'", () => {
  it.each([
    ['We are alarmed that, under the agreement, civilians will be moved out of Aleppo only after the fighters have left.', 'conflicts:order-differs'],
    ['Under the agreement, civilians will be moved out of Aleppo only after the fighters have been evacuated.', 'conflicts:order-differs'],
  ])('«%s»: %s', (claim, want) => {
    expect(stanceFor(claim, 'وأضاف أن الاتفاق في حلب ينص على إخلاء المدنيين أولا يليهم مقاتلو المعارضة.', 'ar')).toBe(want);
  });
});

describe('a delay counts from when it was said', () => {
  const HOURS_13 = 'وقال تشوركين، في اجتماع مجلس الأمن، إن عملية جيش النظام السوري المدعومة من روسيا في حلب ستنتهي "خلال الساعات القليلة المقبلة".';
  const HOURS_14 = 'أعلن السفير الروسي لدى الأمم المتحدة فيتالي تشوركين أن عملية حلب العسكرية ستنتهي خلال ساعات.';
  const CLAIM = 'On Tuesday night, Russia\'s UN ambassador Vitaly Churkin told the Security Council that the military operation in Aleppo would be over "within the next few hours".';
  it.each([
    // a Saturday analysis of Tuesday's words, against Tuesday's report of them
    [CLAIM, HOURS_13, '2016-12-13', 'corroborates:same-time'],
    // the same voice's delay told a day later is the same statement
    [CLAIM, HOURS_14, '2016-12-14', 'corroborates:same-time'],
    ['On Tuesday night, Churkin told the Security Council that the military operation in Aleppo would go on for several more days.', HOURS_13, '2016-12-13', 'conflicts:time-differs'],
  ] as const)('«%s» against «%s» of %s: %s', (claim, src, srcPublished, want) => {
    expect(stanceFor(claim, src, 'ar', { pagePublished: '2016-12-17', srcPublished })).toBe(want);
  });
});

describe('a permission alone is met by what it permits', () => {
  const CARRY = 'وأبلغ وكالة رويترز أنه سيكون بإمكان مقاتلي المعارضة حمل أسلحة خفيفة بناء على الاتفاق.';
  const LEAVE_WITH = 'Field sources said the fighters would leave with their light weapons.';
  it.each([
    ['Fighters will be allowed to carry their light weapons, according to Turkish officials.', CARRY, 'ar', 'corroborates:same-event'],
    ['وقال مسؤولون أتراك إنه سيسمح للمقاتلين بحمل أسلحتهم الخفيفة.', LEAVE_WITH, 'en', 'corroborates:same-event'],
    // weapons laid down are not light weapons kept; heavy weapons are another thing
    ['Fighters will be allowed to carry their light weapons, according to Turkish officials.', 'وجاء ذلك بعد أنباء عن توافق على خروج المقاتلين من شرق حلب بعد إلقاء سلاحهم.', 'ar', 'none'],
    ['Fighters will be allowed to keep their heavy weapons, according to Turkish officials.', CARRY, 'ar', 'none'],
    // a permission said not to be given is not met by the thing alone
    ['Fighters will not be allowed to carry their light weapons, according to Turkish officials.', CARRY, 'ar', 'none'],
  ] as const)('«%s» against «%s» (%s): %s', (claim, src, lang, want) => {
    expect(stanceFor(claim, src, lang)).toBe(want);
  });
});

describe('CorpusIndex', () => {
  const doc = source('d1', 'وذكرت وزارة الدفاع الروسية أن الجيش السوري بسط سيطرته على 98% من مساحة مدينة حلب.', 'ar');
  const claim = analyzeArticle({ text: 'The Syrian army controls 98 percent of Aleppo, the Russian defence ministry said.', title: 'Aleppo' }).claims[0]!;

  it('finds a document once added and forgets it once removed', () => {
    const index = new CorpusIndex();
    expect(index.matchClaim(claim, { published: null })).toEqual([]);
    index.add(doc);
    expect(index.size).toBe(1);
    expect(index.matchClaim(claim, { published: null }).map((m) => m.doc.docId)).toEqual(['d1']);
    index.remove('d1');
    expect(index.size).toBe(0);
    expect(index.matchClaim(claim, { published: null })).toEqual([]);
  });

  it('replaces a document added again under the same id', () => {
    const index = new CorpusIndex([doc, doc]);
    expect(index.size).toBe(1);
    expect(index.matchClaim(claim, { published: null })).toHaveLength(1);
  });

  it('leaves out documents the caller excludes (the page\'s own saved copy)', () => {
    const index = new CorpusIndex([doc]);
    expect(index.matchClaim(claim, { published: null, excludeDocIds: new Set(['d1']) })).toEqual([]);
  });
});
