import { describe, expect, it } from 'vitest';
import { CorpusSearch, searchTerms } from './search';
import { AR_OTHER_STORY, AR_WIRE, SAME_EVENT_OTHER_STORY, WIRE } from './test-articles';

const DOCS = [
  { docId: 'en-wire', title: 'Buses leave east Aleppo', outlet: 'Example Wire', text: WIRE },
  { docId: 'en-other', title: 'Evacuation begins', outlet: 'The Evening Courier', text: SAME_EVENT_OTHER_STORY },
  { docId: 'ar-wire', title: 'روسيا: النظام يسيطر على معظم حلب', outlet: 'وكالة المثال', text: AR_WIRE },
  { docId: 'ar-other', title: 'تجدد القصف في حلب', outlet: null, text: AR_OTHER_STORY },
];

describe('CorpusSearch', () => {
  const search = new CorpusSearch();
  it.each([
    ['Arabic with other spellings of alef and taa marbuta', 'الاجلاء', ['ar-wire']],
    ['Arabic word with a fused preposition in the text', 'الراموسه', ['ar-other']],
    ['Arabic without the article', 'حافلات', ['ar-wire', 'ar-other']],
    ['Arabic-Indic digits', '٩٨', ['ar-wire']],
    ['English inflections', 'evacuated', ['en-other', 'en-wire']],
    ['English, case-insensitive, every word required', 'RED CRESCENT convoy', ['en-wire']],
    ['a word beginning', 'ambul', ['en-wire', 'en-other']],
    ['title matches first', 'evacuation', ['en-other', 'en-wire']],
    ['outlet name', 'courier', ['en-other']],
    ['nothing', 'Palmyra', []],
  ])('%s: %s', (_label, query, expected) => {
    expect(search.search(DOCS, query)).toEqual(expected);
  });

  it('returns every document for an empty query', () => {
    expect(search.search(DOCS, '  ')).toEqual(DOCS.map((d) => d.docId));
  });

  it('reduces words to the engine keys', () => {
    expect(searchTerms('الإجلاء وإجلاء')).toEqual(searchTerms('الاجلاء واجلاء'));
    expect(searchTerms('Evacuations')).toEqual(searchTerms('evacuation'));
  });
});
