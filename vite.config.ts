import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './build/csp-plugin.ts';
import { inlineFavicon } from './build/inline-favicon-plugin.ts';
import { serviceWorker } from './build/service-worker-plugin.ts';

// 127.0.0.1, not localhost: the e2e tests and the bench address the server by IP on these machines.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), inlineFavicon(), serviceWorker()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { target: 'es2022', chunkSizeWarningLimit: 1600 },
});
