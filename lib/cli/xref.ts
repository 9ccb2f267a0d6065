import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { checkArticle, CorpusIndex, analyzeDocument, MAX_ANALYSED_CHARS, printedDate, type ArticleInput } from '../engine';
import { buildBundledCorpus } from '../corpus/build';
import { parseCorpusFile, CorpusFileError } from '../corpus/exchange';
import { extractArticle } from '../dom/extract';
import { findEnglishNames } from '../engine/english/nlp';

/**
 * `npm run --silent xref -- check FILE [--corpus EXPORT.json] [--ui ar|en]`
 * Prints the contract's JSON (docs/contracts.md §1) on stdout and nothing else; user mistakes get
 * one line on stderr and a non-zero exit, never a stack trace.
 */

const USAGE = 'usage: xref check FILE(.html|.txt) [--corpus EXPORT.json] [--ui en|ar]';
/** Larger inputs are refused: no news page is this big, and jsdom would need gigabytes. */
const MAX_INPUT_BYTES = 50 * 1024 * 1024;

class UserError extends Error {}

interface Options {
  file: string;
  corpus: string[];
  ui: 'ar' | 'en';
}

function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (command !== 'check') throw new UserError(command ? `unknown command '${command}'. ${USAGE}` : USAGE);
  const opts: Options = { file: '', corpus: [], ui: 'en' };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--corpus' || a === '--ui') {
      const v = rest[++i];
      if (!v) throw new UserError(`${a} needs a value. ${USAGE}`);
      if (a === '--corpus') opts.corpus.push(v);
      else if (v === 'ar' || v === 'en') opts.ui = v;
      else throw new UserError(`--ui takes 'en' or 'ar', not '${v}'`);
    } else if (a.startsWith('-')) {
      throw new UserError(`unknown option '${a}'. ${USAGE}`);
    } else if (!opts.file) {
      opts.file = a;
    } else {
      throw new UserError(`one FILE at a time ('${a}' is extra). ${USAGE}`);
    }
  }
  if (!opts.file) throw new UserError(`no FILE given. ${USAGE}`);
  return opts;
}

function readInput(path: string): string {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new UserError(`${path} is a folder, not a file`);
    size = st.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`cannot read ${path}: no such file`);
  }
  if (size > MAX_INPUT_BYTES) throw new UserError(`${path} is ${(size / 1048576).toFixed(0)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`);
  const bytes = readFileSync(path);
  const sample = bytes.subarray(0, 65536);
  if (sample.includes(0)) throw new UserError(`${path} is a binary file, not text or HTML`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const bad = (text.slice(0, 65536).match(/\ufffd/g)?.length ?? 0) / Math.max(1, Math.min(text.length, 65536));
  if (bad > 0.01) throw new UserError(`${path} is not UTF-8 text or HTML`);
  return text;
}

function articleFromHtml(html: string, path: string): ArticleInput & { truncated: boolean } {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole(), url: 'https://localhost/' });
  const article = extractArticle(dom.window.document);
  dom.window.close();
  if (!article || !article.text.trim()) throw new UserError(`${path} has no article text to check`);
  return { text: article.text, title: article.title, published: article.published ?? printedDate(article.printedDates), langHint: article.lang, truncated: article.truncated };
}

function loadCorpus(extra: string[]): CorpusIndex {
  const index = new CorpusIndex(buildBundledCorpus(resolve(import.meta.dirname, '../../seeds')).docs);
  for (const path of extra) {
    let parsed;
    try {
      parsed = parseCorpusFile(readInput(path));
    } catch (err) {
      if (err instanceof CorpusFileError) throw new UserError(`${path}: ${err.message}`);
      throw err;
    }
    for (const doc of parsed.docs) index.add(analyzeDocument(doc, { names: findEnglishNames }));
  }
  return index;
}

function main(argv: string[]): number {
  const opts = parseArgs(argv);
  const raw = readInput(opts.file);
  const isHtml = ['.html', '.htm', '.xhtml'].includes(extname(opts.file).toLowerCase()) || /^\s*<(!doctype html|html)/i.test(raw.slice(0, 200));
  const input: ArticleInput & { truncated?: boolean } = isHtml ? articleFromHtml(raw, opts.file) : { text: raw };
  if (!input.text.trim()) throw new UserError(`${opts.file} is empty: nothing to check`);
  if (input.truncated || input.text.length > MAX_ANALYSED_CHARS) console.error(`note: only the first ${MAX_ANALYSED_CHARS} characters of the article were analysed`);
  const result = checkArticle(input, loadCorpus(opts.corpus), { uiLang: opts.ui, names: findEnglishNames });
  if (result.lang !== 'ar' && result.lang !== 'en') console.error(`note: the article is in '${result.lang}': only Arabic and English pages are checked`);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  if (err instanceof UserError) {
    console.error(`xref: ${err.message}`);
    process.exitCode = 2;
  } else {
    console.error(`xref: internal error: ${(err as Error).message} (please report it)`);
    process.exitCode = 70;
  }
}
