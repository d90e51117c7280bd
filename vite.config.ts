import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './build/csp-plugin.ts';
import { inlineFavicon } from './build/inline-favicon-plugin.ts';
import { serviceWorker } from './build/service-worker-plugin.ts';

// The read-only test hook (window.__ube, src/test-hook.ts) is compiled only into test builds
// (`npm run build:test`, served to the e2e tests and the bench); what patients load never carries it.
const testHook = process.env.UBE_TEST_HOOK === '1';

// 127.0.0.1, not localhost: the e2e tests and the bench address the server by IP on these machines.
export default defineConfig({
  define: { __UBE_TEST_HOOK__: JSON.stringify(testHook) },
  plugins: [react(), contentSecurityPolicy(), inlineFavicon(), serviceWorker()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { target: 'es2022', chunkSizeWarningLimit: 1600 },
});
