import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting + host access: the Readability script is injected into the page only when the
    // reader saves it; contextMenus: "Save page to corpus" and "Check selected text".
    permissions: ['storage', 'scripting', 'contextMenus'],
    host_permissions: ['http://*/*', 'https://*/*'],
  },
  hooks: {
    // Firefox needs a fixed add-on id (storage and updates are keyed by it) and, from Firefox 140,
    // the data-collection declaration: we collect nothing. Chrome would warn about these keys, so
    // they go into the Firefox manifest only.
    'build:manifestGenerated': (wxt, manifest) => {
      // The content script's first stage is built and declared by modules/aleppo-watch.ts.
      if (wxt.config.browser !== 'firefox') return;
      manifest.browser_specific_settings = {
        gecko: {
          id: 'aleppo-xref@xref.local',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      };
    },
  },
  zip: {
    // An allowlist (wxt 0.21 otherwise takes every root file): what a reviewer needs to rebuild
    // the Firefox package with `npm ci && npm run build:firefox`.
    includeSources: [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'modules/**',
      'README.md',
      'entrypoints/**',
      'components/**',
      'lib/**',
      'public/**',
      'seeds/**',
      'scripts/**',
    ],
    excludeSources: ['public/corpus.json', '**/*.test.ts', '**/*.test.tsx'],
  },
});
