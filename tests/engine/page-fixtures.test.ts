import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { checkArticle, type CheckResult } from '../../lib/engine';
import { extractArticle } from '../../lib/dom/extract';
import { seedIndex } from './corpus-fixture';

/**
 * Golden pages (tests/fixtures/xref/<case>/source.html + expected.json), written in other
 * outlets' words: each is extracted as the content script would, checked against the bundled
 * seeds, and compared with what a careful reader of the seeds expects.
 */

interface Expected {
  lang: string;
  relevant: boolean;
  claims: { contains: string; sources?: Record<string, string>; notSources?: Record<string, string>; reason?: string }[];
  notClaims?: string[];
}

const ROOT = resolve(import.meta.dirname, '../fixtures/xref');

function check(caseDir: string): CheckResult {
  const html = readFileSync(join(ROOT, caseDir, 'source.html'), 'utf8');
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const article = extractArticle(dom.window.document);
  expect(article, 'the page has an article').not.toBeNull();
  return checkArticle({ text: article!.text, title: article!.title, published: article!.published, langHint: article!.lang }, seedIndex());
}

for (const caseDir of readdirSync(ROOT).sort()) {
  const expected: Expected = JSON.parse(readFileSync(join(ROOT, caseDir, 'expected.json'), 'utf8'));
  describe(`page fixture ${caseDir}`, () => {
    const result = check(caseDir);

    it(`is read as '${expected.lang}', ${expected.relevant ? '' : 'not '}about Aleppo`, () => {
      expect(result.lang).toBe(expected.lang);
      expect(result.relevant).toBe(expected.relevant);
      if (!expected.relevant) expect(result.claims).toEqual([]);
    });

    for (const want of expected.claims) {
      it(`checks the claim «${want.contains}»`, () => {
        const claim = result.claims.find((c) => c.text.includes(want.contains));
        expect(claim, `a claim containing «${want.contains}»; claims: ${result.claims.map((c) => c.text.slice(0, 50)).join(' | ')}`).toBeDefined();
        const got = Object.fromEntries(claim!.matches.map((m) => [m.docId, m.stance]));
        for (const [docId, stance] of Object.entries(want.sources ?? {})) expect(got[docId], `${docId} ${stance}`).toBe(stance);
        for (const [docId, stance] of Object.entries(want.notSources ?? {})) expect(got[docId], `${docId} not ${stance}`).not.toBe(stance);
        if (want.reason) expect(claim!.matches.map((m) => m.reasonDetail.code)).toContain(want.reason);
        for (const m of claim!.matches) {
          expect(m.reason.length).toBeGreaterThan(0);
          expect(m.evidence.length).toBeGreaterThan(0);
        }
      });
    }

    for (const fragment of expected.notClaims ?? []) {
      it(`does not take «${fragment}» for a claim`, () => {
        expect(result.claims.filter((c) => c.text.includes(fragment))).toEqual([]);
      });
    }
  });
}
