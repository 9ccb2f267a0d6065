import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, analyzeDocument, type Claim } from '../index';
import { syntheticArticle } from '@/bench/synthetic-corpus';
import { fixtureArticle } from '@/bench/articles';
import { compareClaims } from './compare';
import { claimNeeds, mayMatch } from './prefilter';

/**
 * The prefilter may only drop what compareClaims would reject: every pair of a page claim and a
 * corpus statement, on the bench's two long articles and synthetic pages, against the seeds and
 * synthetic sources in both languages.
 */

let claims: Claim[];
let statements: Claim[];

beforeAll(() => {
  const sources = JSON.parse(readFileSync('seeds/sources.json', 'utf8')) as { seeds: { id: string; published: string }[] };
  const seeds = sources.seeds.map((s) =>
    analyzeDocument({ docId: s.id, title: s.id, outlet: null, published: s.published, lang: 'ar', url: null, origin: 'seed', text: readFileSync(`seeds/${s.id}.txt`, 'utf8') }),
  );
  const synthetic = Array.from({ length: 120 }, (_, i) => analyzeDocument({ ...syntheticArticle(7, i) }));
  statements = [...seeds, ...synthetic].flatMap((d) => d.claims);
  const pages = [fixtureArticle('en'), fixtureArticle('ar'), ...Array.from({ length: 6 }, (_, i) => syntheticArticle(99, i))];
  claims = pages.flatMap((p) => analyzeArticle(p).claims);
}, 60_000);

describe('mayMatch', () => {
  it('never drops a statement compareClaims accepts, and drops many it rejects', () => {
    let accepted = 0;
    let dropped = 0;
    const missed: string[] = [];
    for (const claim of claims) {
      const needs = claimNeeds(claim);
      for (const s of statements) {
        const comparison = compareClaims(claim, s);
        const may = mayMatch(needs, s);
        if (comparison) {
          accepted++;
          if (!may) missed.push(`${claim.text} ⟂ ${s.text}`);
        } else if (!may) dropped++;
      }
    }
    expect(missed).toEqual([]);
    expect(accepted).toBeGreaterThan(200);
    expect(dropped).toBeGreaterThan((claims.length * statements.length) / 4);
  });
});
