// Fails the e2e step loudly when no Chromium is available. The browser tests never skip silently and never
// download a browser: they drive the system Chromium (Debian package) or the one named by $CHROME_PATH.
import { accessSync, constants } from 'node:fs';

const INSTALL = 'sudo apt-get update && sudo apt-get install -y chromium';

function chromiumPath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const path = chromiumPath();
if (!isExecutable(path)) {
  const from = process.env.CHROME_PATH ? '$CHROME_PATH' : 'the default path';
  console.error(
    `No Chromium found at ${path} (${from}).\n` +
      `The end-to-end tests need it. Install it with:\n\n    ${INSTALL}\n\n` +
      'or point $CHROME_PATH at an existing Chromium/Chrome binary.',
  );
  process.exit(1);
}
console.log(`Chromium: ${path}`);
