/**
 * The English name finder (compromise and the engine's plugin for it, lib/engine/english/nlp.ts)
 * is a script of its own, `/english-names.js` (entrypoints/english-names.ts), not part of the
 * background bundle: compromise takes ~100 ms to set up and most of the worker's wake-ups never
 * need it (Arabic pages, an Arabic corpus, the popup, the corpus manager). The background loads it
 * when a check needs English names (entrypoints/background/english-names.ts), and the script leaves
 * the finder under this global of the background's own scope.
 */

export const ENGLISH_NAMES_SCRIPT = '/english-names.js';
export const ENGLISH_NAMES_GLOBAL = '__aleppoXrefEnglishNames';
