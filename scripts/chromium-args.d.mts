/** Chromium's flags for running the built extension; see chromium-args.mjs. */
export function chromiumArgs(extensionDir: string): string[];
