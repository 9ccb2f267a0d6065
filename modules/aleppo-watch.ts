import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { defineWxtModule } from 'wxt/modules';

/**
 * Stage 1 of the content script (entrypoints/aleppo-watch.ts), the only script on every page,
 * is bundled here rather than as a WXT unlisted script, and declared for every page.
 *
 * Why not WXT's own build: it wraps an unlisted script in a runner (a logger object of four
 * functions, a try/catch, a Promise check around `main()`), and in the fresh isolated world a
 * content script gets on each page every function called is compiled first: traced on the page
 * without Aleppo, the wrapper alone cost 0.16 ms of CPU, a fifth of what stage 1 costs there
 * (bench/chromium/stage1-ab.ts; README "Performance"). Here the file is one plain IIFE: its
 * top level runs when the page is parsed. Stage 2 (entrypoints/page-checker/) is injected by
 * the background on Aleppo pages only.
 */

const ENTRY = 'entrypoints/aleppo-watch.ts';
const OUTPUT = 'aleppo-watch.js';

async function bundleStage1(root: string, mode: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    root,
    mode,
    resolve: { alias: { '@': root } },
    build: {
      write: false,
      minify: mode === 'production',
      // Whitespace out and names shortened, but no rewriting: the compressor drops the parentheses
      // around the functions stage 1 calls at once, which are V8's hint to compile them with the
      // script (see look() in entrypoints/aleppo-watch.ts).
      rollupOptions: { output: { minify: mode === 'production' && { compress: false, mangle: true, codegen: { removeWhitespace: true } } } },
      lib: { entry: resolve(root, ENTRY), formats: ['iife'], name: 'aleppoWatch' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`bundling ${ENTRY} gave no script`);
  return chunk.code;
}

export default defineWxtModule({
  name: 'aleppo-watch',
  setup(wxt) {
    // Not one of WXT's entrypoints: it is built below, without the runner.
    wxt.hook('entrypoints:found', (_, infos) => {
      const at = infos.findIndex((info) => resolve(info.inputPath) === resolve(wxt.config.root, ENTRY));
      if (at >= 0) infos.splice(at, 1);
    });
    wxt.hook('build:publicAssets', async (_, files) => {
      files.push({ relativeDest: OUTPUT, contents: await bundleStage1(wxt.config.root, wxt.config.mode) });
    });
    // document_end: the article is in the DOM once it is parsed; document_idle waits for the load
    // event (or 200 ms more), which on a page with many images is the highlights' longest wait.
    wxt.hook('build:manifestGenerated', (_, manifest) => {
      manifest.content_scripts = [...(manifest.content_scripts ?? []), { matches: ['http://*/*', 'https://*/*'], run_at: 'document_end', js: [OUTPUT] }];
    });
  },
});
