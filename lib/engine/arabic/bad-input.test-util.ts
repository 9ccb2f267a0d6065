/**
 * Time allowed for 5 MB of text: about 3 s alone on this machine, ten times that when every core
 * is busy with other work; a quadratic pass over 5 MB would take hours, so this still tells.
 */
export const LINEAR_BUDGET_MS = 45_000;

/**
 * Bad input shared by the Arabic layer's tests: binary bytes as a page decoder would hand them
 * over. Pseudo-random from a fixed LCG, so every run sees the same bytes.
 */
export function binaryGarbage(size = 300_000): [string, string][] {
  const bytes = new Uint8Array(size);
  let x = 12345;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return [
    ['read as utf-8', new TextDecoder('utf-8').decode(bytes)],
    ['read as latin1', new TextDecoder('latin1').decode(bytes)],
  ];
}

/**
 * Word soup: random sequences of the words, digits and marks that figures and times are made of,
 * for checking that parsers never throw and that every offset slices the text to its surface.
 */
export function wordSoup(count: number, length: number, seed = 7): string[] {
  const pieces = [
    'أكثر', 'من', 'نحو', 'ما', 'يزيد', 'على', 'بين', 'و', 'إلى', 'خمسة', 'وعشرون', 'آلاف', 'الآلاف', 'عشرات',
    'مئة', 'ألف', 'مليون', 'ونصف', 'نصف', 'في', 'المئة', 'بالمائة', '%', '٪', '98', '٩٨', '75,000', '1.5', '2016',
    '15:00', '/', '-', 'الـ', 'الساعة', 'الثالثة', 'مساء', 'بعد', 'الظهر', 'بتوقيت', 'غرينتش', 'اليوم', 'غداً',
    'الثلاثاء', 'الاثنين', 'يوم', 'ليل', 'لن', 'قبل', 'مرور', 'أسبوع', 'كامل', 'خلال', 'ساعات', 'حتى', 'إلا',
    '13', 'ديسمبر', 'كانون', 'الأول', '،', '.', '(', ')', '\n', 'ـ', 'ً', '\u200f', 'عام', 'منذ', 'تقريبا',
  ];
  let x = seed;
  const next = (): number => {
    x = (x * 1103515245 + 12345) >>> 0;
    return x >>> 8;
  };
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let s = '';
    for (let k = 0; k < length; k++) s += pieces[next() % pieces.length]! + (next() % 4 === 0 ? '' : ' ');
    out.push(s);
  }
  return out;
}
