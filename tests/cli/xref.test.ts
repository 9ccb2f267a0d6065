import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The command line as a user (and ../shared/tools/xref-score.mjs) runs it: one JSON object on
 * stdout for a good page, one line on stderr and a non-zero exit for a mistake, never a stack.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'xref-cli-'));

function xref(...args: string[]) {
  const r = spawnSync(TSX, ['lib/cli/xref.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function expectUserError(r: ReturnType<typeof xref>, message: RegExp) {
  expect(r.code).not.toBe(0);
  expect(r.out).toBe('');
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).toMatch(message);
  expect(r.err).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
}

describe('xref check', () => {
  it('prints the contract JSON for a seed, without matching the seed to itself', () => {
    const r = xref('check', 'seeds/000_a46ec351ea799547.txt');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ lang: 'ar', relevant: true });
    expect(json.claims.length).toBeGreaterThan(5);
    const claim = json.claims[0];
    expect(Object.keys(claim).sort()).toEqual(['end', 'id', 'matches', 'start', 'text', 'verdict']);
    expect(['corroborated', 'conflicting', 'mixed', 'unverified']).toContain(claim.verdict);
    const matches = json.claims.flatMap((c: { matches: { docId: string }[] }) => c.matches);
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.map((m: { docId: string }) => m.docId)).not.toContain('000_a46ec351ea799547');
    for (const m of matches) expect(Object.keys(m)).toEqual(expect.arrayContaining(['docId', 'title', 'stance', 'score', 'evidence', 'reason']));
  });

  it('extracts the article from an HTML page and gives offsets into its text', () => {
    const r = xref('check', 'tests/fixtures/xref/ar-levant-wire/source.html');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.relevant).toBe(true);
    for (const c of json.claims) expect(c.end - c.start).toBe(c.text.length);
    expect(json.claims.some((c: { text: string }) => c.text.includes('الأكثر قراءة'))).toBe(false);
  });

  it('gives reasons in Arabic with --ui ar', () => {
    const json = JSON.parse(xref('check', 'tests/fixtures/xref/ar-levant-wire/source.html', '--ui', 'ar').out);
    const reasons = json.claims.flatMap((c: { matches: { reason: string }[] }) => c.matches.map((m) => m.reason));
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((r: string) => /[\u0600-\u06ff]/.test(r))).toBe(true);
  });

  it('answers a page about something else with relevant: false and no claims', () => {
    const json = JSON.parse(xref('check', 'tests/fixtures/xref/other-douma/source.html').out);
    expect(json).toEqual({ lang: 'ar', relevant: false, claims: [] });
  });

  it('recognises a page in another language and says so on stderr', () => {
    const r = xref('check', 'tests/fixtures/xref/other-french/source.html');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ lang: 'fr', relevant: false, claims: [] });
    expect(r.err).toMatch(/only Arabic and English/);
  });

  it('reads a 5 MB page up to its analysis limit, and says so', () => {
    const para = `<p>${'أعلنت تركيا أن وقف إطلاق النار بات سارياً في شرق حلب. '.repeat(20)}</p>\n`;
    const big = file('big.html', `<html><body><article>${para.repeat(Math.ceil(5_000_000 / para.length))}</article></body></html>`);
    const r = xref('check', big);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).relevant).toBe(true);
    expect(r.err).toMatch(/only the first/);
  });

  it.each([
    ['a missing file', () => xref('check', join(dir, 'nope.txt')), /no such file/],
    ['an empty file', () => xref('check', file('empty.txt', '   \n')), /empty/],
    ['binary bytes', () => xref('check', file('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]))), /binary/],
    ['a page with no article', () => xref('check', file('nav.html', '<html><body><nav><a href="/">Home</a></nav></body></html>')), /no article/],
    ['an unknown option', () => xref('check', 'seeds/000_a46ec351ea799547.txt', '--fast'), /unknown option '--fast'/],
    ['no command', () => xref(), /usage/],
    ['a corpus file that is not ours', () => xref('check', 'seeds/000_a46ec351ea799547.txt', '--corpus', file('other.json', '{"hello": 1}')), /other\.json/],
  ])('refuses %s with one line on stderr', (_name, run, message) => {
    expectUserError(run(), message);
  });

  it('adds an exported corpus with --corpus', () => {
    const exported = file(
      'export.json',
      JSON.stringify({
        format: 'aleppo-xref-corpus',
        version: 1,
        scope: 'saved',
        exportedAt: '2016-12-14T10:00:00Z',
        docs: [
          {
            docId: 'saved-wire-1',
            title: 'Ceasefire in Aleppo',
            outlet: 'Test Wire',
            published: '2016-12-13',
            lang: 'en',
            url: 'https://wire.example/aleppo',
            origin: 'saved',
            text: "Russia's Defence Ministry said the Syrian army controlled 98 percent of the city of Aleppo.",
          },
        ],
      }),
    );
    const json = JSON.parse(xref('check', 'tests/fixtures/xref/ar-levant-wire/source.html', '--corpus', exported).out);
    const share = json.claims.find((c: { text: string }) => c.text.includes('60 في المئة'));
    expect(share.matches.find((m: { docId: string }) => m.docId === 'saved-wire-1')?.stance).toBe('conflicts');
  });
});
