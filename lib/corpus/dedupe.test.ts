import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, compareFingerprints, isNearDuplicate, textFingerprint } from './dedupe';

describe('canonicalizeUrl', () => {
  it.each([
    ['HTTP://WWW.Example.COM/World/Story-1/', 'https://example.com/World/Story-1'],
    ['https://example.com/world/story?utm_source=tw&utm_medium=social&fbclid=abc&gclid=x', 'https://example.com/world/story'],
    ['https://example.com/world/story#comments', 'https://example.com/world/story'],
    ['https://example.com/world/story?page=2&id=7', 'https://example.com/world/story?id=7&page=2'],
    ['https://example.com:443/world/story', 'https://example.com/world/story'],
    ['http://localhost:4173/ar-truce.html', 'https://localhost:4173/ar-truce.html'],
    ['https://example.com/world/story/amp', 'https://example.com/world/story'],
    ['https://example.com/world/story/amp/', 'https://example.com/world/story'],
    ['https://example.com/amp/world/story', 'https://example.com/world/story'],
    ['https://example.com/world/story.amp.html', 'https://example.com/world/story.html'],
    ['https://amp.example.com/world/story?amp=1', 'https://example.com/world/story'],
    ['https://m.example.com/world/story', 'https://example.com/world/story'],
    ['https://www.google.com/amp/s/www.example.com/world/story/amp', 'https://example.com/world/story'],
    ['https://example.com/', 'https://example.com'],
    ['https://example.com/%D8%AD%D9%84%D8%A8', 'https://example.com/%D8%AD%D9%84%D8%A8'],
    ['https://example.com/حلب', 'https://example.com/%D8%AD%D9%84%D8%A8'],
  ])('%s → %s', (raw, expected) => {
    expect(canonicalizeUrl(raw)).toBe(expected);
  });

  it.each([['javascript:alert(1)'], ['file:///etc/passwd'], ['not a url'], [''], [null]])('%s → no key', (raw) => {
    expect(canonicalizeUrl(raw)).toBe('');
  });

  it('keeps two different articles apart', () => {
    expect(canonicalizeUrl('https://example.com/news?id=7')).not.toBe(canonicalizeUrl('https://example.com/news?id=8'));
    expect(canonicalizeUrl('https://example.com/a')).not.toBe(canonicalizeUrl('https://example.org/a'));
  });
});

// An agency story and what outlets do with it: our own texts, written for these tests.
const WIRE = `Buses carrying the first civilians and wounded fighters left the last rebel-held districts of
eastern Aleppo on Thursday, a day after a ceasefire brokered by Russia and Turkey collapsed amid
renewed shelling. A convoy of about twenty buses and thirteen ambulances crossed the Ramouseh road
towards the western countryside, where volunteers from the Syrian Arab Red Crescent waited with
blankets and water. The International Committee of the Red Cross said it was supervising the
operation with its local partners and that the first group numbered roughly a thousand people,
among them more than two hundred wounded. A Russian defence ministry statement said the fighters
would be allowed to carry only light personal weapons and that Syrian troops had opened a corridor
for the convoy. Rebel officials said they expected tens of thousands of people to leave over the
coming days, but warned that the agreement remained fragile. The United Nations envoy said the
world was watching and called on all sides to let the evacuation go ahead without interference.`;

const SYNDICATED = `Aleppo evacuation finally under way
Published by The Evening Courier with agency material. Follow us for live updates.
Buses carrying the first civilians and wounded fighters left the last rebel-held districts of
eastern Aleppo on Thursday, a day after a ceasefire brokered by Moscow and Ankara collapsed amid
renewed shelling. A convoy of about 20 buses and 13 ambulances crossed the Ramouseh road
towards the western countryside, where volunteers from the Syrian Arab Red Crescent waited with
blankets and water. The International Committee of the Red Cross said it was supervising the
operation with its local partners and that the first group numbered roughly a thousand people,
among them more than two hundred wounded. A Russian defence ministry statement said the fighters
would be allowed to carry only light personal weapons and that Syrian troops had opened a corridor
for the convoy. Rebel officials said they expected tens of thousands of people to leave over the
coming days, but warned that the agreement remained fragile.
Read more: our full coverage of the war in Syria. Copyright 2016 The Evening Courier.`;

const TRIMMED = `Buses carrying the first civilians and wounded fighters left the last rebel-held districts of
eastern Aleppo on Thursday, a day after a ceasefire brokered by Russia and Turkey collapsed amid
renewed shelling. A convoy of about twenty buses and thirteen ambulances crossed the Ramouseh road
towards the western countryside, where volunteers from the Syrian Arab Red Crescent waited with
blankets and water.`;

const SAME_EVENT_OTHER_STORY = `The evacuation of eastern Aleppo began on Thursday when a first convoy of buses and ambulances
left the besieged enclave, according to a Red Cross spokeswoman in Geneva. She said the first
group numbered roughly a thousand people and included many wounded who had gone weeks without
proper care. Turkish officials, who negotiated the deal with Moscow, said a field hospital had been
set up near the border to receive the most serious cases. In Damascus, state television showed
soldiers watching the buses pass and described the operation as the end of the rebellion in the
city. Residents reached by telephone said they had burned their belongings rather than leave them
behind, and that thousands were still waiting in the cold for their turn to board the buses.
Opposition activists accused pro-government militias of stopping one convoy and detaining men.`;

const AR_WIRE = `أعلنت وزارة الدفاع الروسية أن قوات النظام السوري سيطرت على أكثر من 98 في المئة من مدينة حلب، وأن
المسلحين المتبقين في الأحياء الشرقية سيغادرون مع عائلاتهم عبر ممر آمن باتجاه ريف حلب الغربي. وقال
المتحدث باسم الوزارة إن الحافلات ستنقل المقاتلين ومعهم أسلحتهم الفردية الخفيفة فقط، وإن الجيش الروسي
سيراقب العملية من مركز المصالحة في قاعدة حميميم. وأكد مسؤول في المعارضة المسلحة التوصل إلى الاتفاق
بوساطة تركية، مشيرا إلى أن إجلاء الجرحى والمدنيين سيبدأ في وقت مبكر من صباح الأربعاء. من جهتها، دعت
الأمم المتحدة إلى السماح لمراقبين دوليين بالإشراف على عملية الإجلاء وضمان سلامة المغادرين.`;

// The same copy as another outlet runs it: own headline and sign-off, alef and taa marbuta
// spelled differently, one figure in Arabic-Indic digits, a sentence dropped.
const AR_SYNDICATED = `حلب: اتفاق على خروج المقاتلين
أعلنت وزارة الدفاع الروسية أن قوات النظام السوري سيطرت على اكثر من ٩٨ في المئه من مدينة حلب، وأن
المسلحين المتبقين في الأحياء الشرقية سيغادرون مع عائلاتهم عبر ممر آمن باتجاه ريف حلب الغربي. وقال
المتحدث باسم الوزارة إن الحافلات ستنقل المقاتلين ومعهم أسلحتهم الفردية الخفيفة فقط، وإن الجيش الروسي
سيراقب العملية من مركز المصالحة في قاعدة حميميم. وأكد مسؤول في المعارضة المسلحة التوصل إلى الاتفاق
بوساطة تركية، مشيرا إلى أن إجلاء الجرحى والمدنيين سيبدأ في وقت مبكر من صباح الأربعاء.
جميع الحقوق محفوظة للموقع.`;

const AR_OTHER_STORY = `قال ناشطون في الأحياء الشرقية من حلب إن القصف تجدد صباح الأربعاء رغم إعلان وقف إطلاق النار، وإن
الحافلات التي كان يفترض أن تنقل الجرحى والمدنيين بقيت متوقفة عند معبر الراموسة. واتهمت فصائل المعارضة
قوات النظام والميليشيات الإيرانية بعرقلة الاتفاق الذي رعته تركيا وروسيا، فيما قالت وسائل إعلام رسمية
إن المسلحين أطلقوا النار على الممر المخصص للخروج. وطالبت منظمات إنسانية بفتح الطريق فورا أمام سيارات
الإسعاف، محذرة من أن آلاف العائلات تنتظر في البرد منذ ساعات الليل دون طعام أو دواء.`;

describe('near-duplicate fingerprints', () => {
  it.each([
    ['the same text', WIRE, WIRE, true],
    ['an outlet\'s copy with its own headline, boilerplate and light edits', WIRE, SYNDICATED, true],
    ['a republication trimmed to the first paragraph', WIRE, TRIMMED, true],
    ['another report on the same event', WIRE, SAME_EVENT_OTHER_STORY, false],
    ['another outlet\'s copy against that report', SYNDICATED, SAME_EVENT_OTHER_STORY, false],
    ['Arabic agency copy re-spelled and cut by another site', AR_WIRE, AR_SYNDICATED, true],
    ['an Arabic report on the same day\'s events', AR_WIRE, AR_OTHER_STORY, false],
    ['texts in two languages', WIRE, AR_WIRE, false],
  ])('%s → %s', (_label, a, b, expected) => {
    expect(isNearDuplicate(textFingerprint(a), textFingerprint(b))).toBe(expected);
    expect(isNearDuplicate(textFingerprint(b), textFingerprint(a))).toBe(expected);
  });

  it('scores independent stories far below the threshold, not just under it', () => {
    const sim = compareFingerprints(textFingerprint(WIRE), textFingerprint(SAME_EVENT_OTHER_STORY))!;
    expect(sim.containment).toBeLessThan(0.2);
    const copy = compareFingerprints(textFingerprint(WIRE), textFingerprint(SYNDICATED))!;
    expect(copy.containment).toBeGreaterThan(0.65);
  });

  it('is deterministic and empty for a text without words', () => {
    expect(textFingerprint(WIRE)).toBe(textFingerprint(WIRE));
    expect(textFingerprint(' .,;! ')).toBe('');
    expect(compareFingerprints('', textFingerprint(WIRE))).toBeNull();
    expect(isNearDuplicate('garbage', 'garbage')).toBe(false);
  });
});
