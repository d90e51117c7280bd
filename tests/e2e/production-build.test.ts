// What patients load is the production build: it must not carry the read-only test hook (window.__ube)
// or its per-frame bookkeeping, which only test builds compile in (vite.config.ts, __UBE_TEST_HOOK__).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from 'vite';

describe('production build', () => {
  it('leaves the test hook out', async () => {
    expect(process.env.UBE_TEST_HOOK, 'this test builds without the flag').not.toBe('1');
    const outDir = await mkdtemp(join(tmpdir(), 'ube-prod-'));
    try {
      await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
      const assets = (await readdir(join(outDir, 'assets'))).filter((f) => f.endsWith('.js'));
      const code = (await Promise.all(assets.map((f) => readFile(join(outDir, 'assets', f), 'utf8')))).join('\n');
      expect(code).toContain('Upper Back Explorer');
      expect(code).not.toContain('__ube');
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});
