// Once per e2e run: refuse to run without Chromium (never skip silently), then serve the built app on
// 127.0.0.1 and hand its address to the tests through vitest's provide/inject.
import { accessSync, constants } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDir } from '../../scripts/serve-dist';
import { CHROMIUM_PATH } from './chromium-path';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}. Install it: sudo apt-get update && sudo apt-get install -y chromium ` +
        '(or set $CHROME_PATH).',
    );
  }
  // dist-test/ (a test build, with the read-only hook) is built by `npm run test:e2e` just before vitest starts; serveDir fails clearly when it is missing.
  const server = await serveDir('dist-test');
  project.provide('baseURL', server.url);
  return () => server.close();
}
