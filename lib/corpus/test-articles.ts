/**
 * Test articles written for this project (not copied from any outlet): an agency story and what
 * outlets do with it (a republished copy with its own headline, boilerplate and light edits, a
 * trimmed copy), and independent reports of the same events, in English and Arabic. Shared by the
 * duplicate-detection and corpus-store tests.
 */

export const WIRE = `Buses carrying the first civilians and wounded fighters left the last rebel-held districts of
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

export const SYNDICATED = `Aleppo evacuation finally under way
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

export const TRIMMED = `Buses carrying the first civilians and wounded fighters left the last rebel-held districts of
eastern Aleppo on Thursday, a day after a ceasefire brokered by Russia and Turkey collapsed amid
renewed shelling. A convoy of about twenty buses and thirteen ambulances crossed the Ramouseh road
towards the western countryside, where volunteers from the Syrian Arab Red Crescent waited with
blankets and water.`;

export const SAME_EVENT_OTHER_STORY = `The evacuation of eastern Aleppo began on Thursday when a first convoy of buses and ambulances
left the besieged enclave, according to a Red Cross spokeswoman in Geneva. She said the first
group numbered roughly a thousand people and included many wounded who had gone weeks without
proper care. Turkish officials, who negotiated the deal with Moscow, said a field hospital had been
set up near the border to receive the most serious cases. In Damascus, state television showed
soldiers watching the buses pass and described the operation as the end of the rebellion in the
city. Residents reached by telephone said they had burned their belongings rather than leave them
behind, and that thousands were still waiting in the cold for their turn to board the buses.
Opposition activists accused pro-government militias of stopping one convoy and detaining men.`;

export const AR_WIRE = `أعلنت وزارة الدفاع الروسية أن قوات النظام السوري سيطرت على أكثر من 98 في المئة من مدينة حلب، وأن
المسلحين المتبقين في الأحياء الشرقية سيغادرون مع عائلاتهم عبر ممر آمن باتجاه ريف حلب الغربي. وقال
المتحدث باسم الوزارة إن الحافلات ستنقل المقاتلين ومعهم أسلحتهم الفردية الخفيفة فقط، وإن الجيش الروسي
سيراقب العملية من مركز المصالحة في قاعدة حميميم. وأكد مسؤول في المعارضة المسلحة التوصل إلى الاتفاق
بوساطة تركية، مشيرا إلى أن إجلاء الجرحى والمدنيين سيبدأ في وقت مبكر من صباح الأربعاء. من جهتها، دعت
الأمم المتحدة إلى السماح لمراقبين دوليين بالإشراف على عملية الإجلاء وضمان سلامة المغادرين.`;

// The same copy as another outlet runs it: own headline and sign-off, alef and taa marbuta
// spelled differently, one figure in Arabic-Indic digits, a sentence dropped.
export const AR_SYNDICATED = `حلب: اتفاق على خروج المقاتلين
أعلنت وزارة الدفاع الروسية أن قوات النظام السوري سيطرت على اكثر من ٩٨ في المئه من مدينة حلب، وأن
المسلحين المتبقين في الأحياء الشرقية سيغادرون مع عائلاتهم عبر ممر آمن باتجاه ريف حلب الغربي. وقال
المتحدث باسم الوزارة إن الحافلات ستنقل المقاتلين ومعهم أسلحتهم الفردية الخفيفة فقط، وإن الجيش الروسي
سيراقب العملية من مركز المصالحة في قاعدة حميميم. وأكد مسؤول في المعارضة المسلحة التوصل إلى الاتفاق
بوساطة تركية، مشيرا إلى أن إجلاء الجرحى والمدنيين سيبدأ في وقت مبكر من صباح الأربعاء.
جميع الحقوق محفوظة للموقع.`;

export const AR_OTHER_STORY = `قال ناشطون في الأحياء الشرقية من حلب إن القصف تجدد صباح الأربعاء رغم إعلان وقف إطلاق النار، وإن
الحافلات التي كان يفترض أن تنقل الجرحى والمدنيين بقيت متوقفة عند معبر الراموسة. واتهمت فصائل المعارضة
قوات النظام والميليشيات الإيرانية بعرقلة الاتفاق الذي رعته تركيا وروسيا، فيما قالت وسائل إعلام رسمية
إن المسلحين أطلقوا النار على الممر المخصص للخروج. وطالبت منظمات إنسانية بفتح الطريق فورا أمام سيارات
الإسعاف، محذرة من أن آلاف العائلات تنتظر في البرد منذ ساعات الليل دون طعام أو دواء.`;
