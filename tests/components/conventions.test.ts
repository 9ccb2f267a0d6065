import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Project rules for the UI, checked on every file so a new component cannot quietly break them:
 * components take props and emit callbacks (no browser API, no database: the entrypoints wire
 * them), and nothing from a page or a source is ever rendered as HTML.
 */

const ROOT = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(tsx?|mts)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const COMPONENTS = sourceFiles(join(ROOT, 'components')).filter((f) => !f.endsWith('testing.tsx'));
const EXTENSION_PAGES = ['popup', 'source', 'options', 'selection']
  .map((page) => join(ROOT, 'entrypoints', page))
  .filter((dir) => statSync(dir, { throwIfNoEntry: false })?.isDirectory())
  .flatMap(sourceFiles);

describe('UI conventions', () => {
  it('components use no browser API and no database', () => {
    expect(COMPONENTS.length).toBeGreaterThan(5);
    const offending = COMPONENTS.filter((file) =>
      /from ['"](wxt\/browser|dexie|@\/lib\/db\/[^'"]*|@\/lib\/messaging)['"]|\bbrowser\.|\bchrome\.(runtime|tabs|storage|i18n)/.test(
        // Comments and type-only imports (shapes, not calls) do not count.
        readFileSync(file, 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '').replace(/^import type [^;]*;/gm, ''),
      ),
    );
    expect(offending.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('no component or extension page renders markup from a string', () => {
    const offending = [...COMPONENTS, ...EXTENSION_PAGES].filter((file) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write/.test(readFileSync(file, 'utf8')),
    );
    expect(offending.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
