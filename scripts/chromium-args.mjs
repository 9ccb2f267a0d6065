/**
 * Chromium's flags for running the built extension (docs: toolchain.md gotcha 9), shared by
 * `npm start`, the end-to-end harness and the bench: load only our extension, and keep the
 * browser itself from reaching for the network this machine does not have.
 * @param {string} extensionDir the unpacked extension (.output/chrome-mv3 or a copy of it)
 * @returns {string[]}
 */
export function chromiumArgs(extensionDir) {
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--no-default-browser-check',
  ];
  // Chromium's sandbox needs user namespaces it cannot have as root.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
