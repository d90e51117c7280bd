// `npx tsx generator/screenshots.ts`: serves the repo with Vite on 127.0.0.1:5199, renders the preview page
// in headless Chromium (software WebGL) and writes PNGs of three views × (each layer alone, all layers)
// into docs/model/. docs/model/posterior.png (all layers, from behind) is the committed one.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { LAYERS } from '../contract';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'docs', 'model');
mkdirSync(outDir, { recursive: true });
const only = process.argv.slice(2);

// Own process group, so the server (npx → vite) can be stopped as a whole afterwards.
const server = spawn('npx', ['vite', '--port', '5199', '--strictPort'], { cwd: root, stdio: 'pipe', detached: true });
const ready = new Promise<void>((res, rej) => {
  const timer = setTimeout(() => rej(new Error('vite did not start')), 30_000);
  server.stdout.on('data', (d: Buffer) => {
    if (d.toString().includes('5199')) {
      clearTimeout(timer);
      res();
    }
  });
});
try {
  await ready;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  const page = await browser.newPage({ viewport: { width: 800, height: 1000 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  const sets: [string, string][] = [['all', LAYERS.join(',')], ...LAYERS.map((l): [string, string] => [l, l])];
  for (const view of ['posterior', 'left', 'above']) {
    for (const [label, layers] of sets) {
      const name = label === 'all' ? `${view}.png` : `${view}-${label}.png`;
      if (only.length > 0 && !only.includes(name)) continue;
      await page.goto(`http://127.0.0.1:5199/generator/preview/index.html?view=${view}&layers=${layers}`, {
        waitUntil: 'domcontentloaded',
        timeout: 120_000,
      });
      await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true, null, { timeout: 60_000 });
      await page.screenshot({ path: resolve(outDir, name) });
      console.log('wrote', name);
    }
  }
  await browser.close();
} finally {
  if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
}
process.exit(0);
