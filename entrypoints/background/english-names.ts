import { browser } from 'wxt/browser';
import { lacksNames, withNames, type DocAnalysis, type NameFinder } from '@/lib/engine';
import { ENGLISH_NAMES_GLOBAL, ENGLISH_NAMES_SCRIPT } from '@/lib/english-names-script';

/**
 * The English name finder (compromise), loaded into the background the first time a check needs
 * it (lib/english-names-script.ts says why it is a script of its own).
 *
 * In Chromium's MV3 worker the only way to run more code after start-up is importScripts() (no
 * dynamic import()), and after its installation a service worker may import only the scripts it
 * imported while installing (they are kept with its registration). So the script is imported once
 * in the install event ({@link keepEnglishNamesInstalled}), and in any later start of the worker
 * only when a check needs it. Firefox's MV2 background is a page: a <script> element.
 */

/** Loads the finder; null when it cannot be loaded (then English names are not compared). */
export type LoadNames = () => Promise<NameFinder | null>;

interface WorkerScope {
  importScripts?: (...urls: string[]) => void;
  addEventListener(type: 'install', listener: () => void): void;
}

const scope = globalThis as unknown as WorkerScope & Record<string, unknown>;

function installedFinder(): NameFinder | null {
  const finder = scope[ENGLISH_NAMES_GLOBAL];
  return typeof finder === 'function' ? (finder as NameFinder) : null;
}

function loadBySyncImport(importScripts: (...urls: string[]) => void): NameFinder {
  importScripts(ENGLISH_NAMES_SCRIPT);
  const finder = installedFinder();
  if (!finder) throw new Error(`${ENGLISH_NAMES_SCRIPT} did not install the name finder`);
  return finder;
}

function loadByScriptElement(): Promise<NameFinder> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = browser.runtime.getURL(ENGLISH_NAMES_SCRIPT as '/popup.html');
    script.onload = () => {
      const finder = installedFinder();
      if (finder) resolve(finder);
      else reject(new Error(`${ENGLISH_NAMES_SCRIPT} did not install the name finder`));
    };
    script.onerror = () => reject(new Error(`${ENGLISH_NAMES_SCRIPT} could not be loaded`));
    document.head.append(script);
  });
}

/**
 * In a service worker, imports the finder's script while the worker installs, so that later
 * starts may import it. Call once, synchronously, at start-up.
 */
export function keepEnglishNamesInstalled(): void {
  const importScripts = scope.importScripts;
  if (typeof importScripts !== 'function') return;
  scope.addEventListener('install', () => {
    try {
      loadBySyncImport(importScripts.bind(scope));
    } catch (e) {
      console.error('[aleppo-xref] the English name finder could not be installed', e);
    }
  });
}

let loading: Promise<NameFinder | null> | null = null;

/** The finder, loaded once per background life; null (and a console error) if it cannot be. */
export const loadEnglishNames: LoadNames = () =>
  (loading ??= (async () => {
    const ready = installedFinder();
    if (ready) return ready;
    const importScripts = scope.importScripts;
    return typeof importScripts === 'function' ? loadBySyncImport(importScripts.bind(scope)) : await loadByScriptElement();
  })().catch((e: unknown) => {
    // Not cached: the next check tries again. The check goes on without English names.
    loading = null;
    console.error('[aleppo-xref] the English name finder could not be loaded; English names are not compared', e);
    return null;
  }));

/**
 * The analysis with English names when they can change its answer: it has English claims read
 * without them and the corpus holds English statements (names are compared only within one
 * language). Otherwise the analysis as it is, and the finder is not loaded unless
 * `corpusMayHaveEnglish` said it likely would be needed.
 *
 * `corpusMayHaveEnglish` answers sooner than `corpusHasEnglish` (in a cold worker, before the
 * index's snapshot is read): when it says yes, the finder is loaded and run at once, while the
 * worker would otherwise wait for the index. Whether the names are used is still decided by
 * `corpusHasEnglish`, so the answer is the same either way.
 */
export async function withNamesIfNeeded(
  analysis: DocAnalysis,
  corpusHasEnglish: () => Promise<boolean>,
  load: LoadNames,
  corpusMayHaveEnglish?: () => Promise<boolean>,
): Promise<DocAnalysis> {
  if (!lacksNames(analysis)) return analysis;
  const early = corpusMayHaveEnglish && (await corpusMayHaveEnglish()) ? addNames(analysis, load) : null;
  if (!(await corpusHasEnglish())) {
    early?.catch(() => undefined);
    return analysis;
  }
  return early ?? addNames(analysis, load);
}

async function addNames(analysis: DocAnalysis, load: LoadNames): Promise<DocAnalysis> {
  const names = await load();
  return names ? withNames(analysis, names) : analysis;
}
