// Issue 6, "Privacy and security": a whole session (load, select, causes, warning signs, search, layers, a click
// on the model, wording) requests nothing outside the page's own origin — no analytics, fonts or decoders from
// CDNs — and the built page keeps its Content-Security-Policy (default-src 'self', no inline script) without a
// single violation.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clickNode, layerControl, regionHeading, settle, waitReady } from './browser';
import { launchWith, offOrigin, selectViaTree, withWatchedPage } from './failure-kit';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;
let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchWith([]);
});
afterAll(async () => {
  await browser?.close();
});

/** Records every CSP violation the page reports, from before its first script runs. */
const RECORD_VIOLATIONS = `
  globalThis.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    globalThis.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);
  }, true);
`;

function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['recorder missing']);
}

/** Hosts and paths that would mean tracking or third-party assets, whatever the origin. */
const THIRD_PARTY =
  /google-analytics|googletagmanager|gstatic|fonts\.googleapis|fonts\.gstatic|jsdelivr|unpkg|cdnjs|esm\.sh|skypack|cloudflare|segment|sentry|plausible|matomo|hotjar|doubleclick|facebook|draco|basis_transcoder|\.hdr(\?|$)/i;

describe('privacy and security', () => {
  it('a whole session stays on the page origin and keeps the CSP without a violation', async () => {
    await withWatchedPage(browser, origin, async (w) => {
      await w.context.addInitScript({ content: RECORD_VIOLATIONS });
      const { page } = w;
      await page.goto(`${baseURL}/`);
      await waitReady(page);

      // The policy is the built one, in force on this page.
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp).toMatch(/(^|;)\s*default-src 'self'\s*(;|$)/);
      expect(csp).not.toMatch(/unsafe-inline/);

      await clickNode(page, 'trapezius.left');
      await regionHeading(page, /^Trapezius \(left\)/).waitFor();
      await selectViaTree(page, 'rhomboid-major.left');
      await regionHeading(page, /^Rhomboid major \(left\)/).waitFor();
      const cause = page.getByRole('region', { name: /^Rhomboid major/ }).locator('.cause-list button').first();
      const causeName = (await cause.innerText()).trim();
      await cause.click();
      await regionHeading(page, causeName).waitFor();
      await page.getByRole('button', { name: 'Warning signs', exact: true }).first().click();
      await regionHeading(page, 'Warning signs').waitFor();
      const search = page.getByRole('combobox', { name: 'Search' });
      await search.fill('posture');
      await search.press('ArrowDown');
      await search.press('Enter');
      await search.fill('levator');
      await search.press('Enter');
      await regionHeading(page, /^Levator scapulae/).waitFor();
      await page.getByRole('radio', { name: 'Clinician', exact: true }).check();
      await layerControl(page, 'Skin').click();
      await layerControl(page, 'Superficial').click();
      await settle(page);
      await page.reload();
      await waitReady(page);

      expect(w.requests.length, 'the session made requests (or nothing was recorded)').toBeGreaterThan(3);
      expect(w.requests.some((u) => u.endsWith('/models/torso.glb')), 'the model was among them').toBe(true);
      expect(offOrigin(w.requests, origin), 'requests that left the page origin').toEqual([]);
      expect(w.requests.filter((u) => THIRD_PARTY.test(u)), 'analytics, fonts, decoders or CDN files').toEqual([]);
      expect(await violations(page), 'Content-Security-Policy violations').toEqual([]);
    });
  });

  it('the CSP recorder works: a blocked inline script is reported (so the test above can fail)', async () => {
    await withWatchedPage(browser, origin, async (w) => {
      await w.context.addInitScript({ content: RECORD_VIOLATIONS });
      await w.page.goto(`${baseURL}/`);
      await w.page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true;';
        document.head.append(s);
      });
      await expect.poll(() => violations(w.page)).toEqual([expect.stringMatching(/^script-src/)]);
      await expect(w.page.evaluate(() => 'inlineRan' in window || '__inlineRan' in window)).resolves.toBe(false);
    }, { clean: false });
  });

  it('the built index.html carries the policy and no inline script', async () => {
    const html = await readFile('dist-test/index.html', 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta, 'CSP meta').not.toBeNull();
    const policy = (meta?.[1] ?? '').replace(/&#39;/g, "'");
    expect(policy).toMatch(/(^|;)\s*default-src 'self'\s*(;|$)/);
    const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*|https?:|data:/);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs, 'every script has a src').toMatch(/\ssrc=/);
      expect((body ?? '').trim(), 'and no inline body').toBe('');
    }
    // No inline event handlers or javascript: URLs either.
    expect(html).not.toMatch(/\son[a-z]+\s*=|javascript:/i);
    // Nothing in the page points off the origin.
    expect(html.match(/(?:src|href)="(?:https?:)?\/\/[^"]*"/gi) ?? []).toEqual([]);
  });
});
