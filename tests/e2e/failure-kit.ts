// Small shared pieces for the failure-state, fuzz, privacy and offline tests (issue 6): a browser of our own
// when the harness's flags do not fit (no WebGL), the same per-page problem and request recording the harness
// does, a seeded PRNG, and the few page helpers these tests share.
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { isHarmlessConsoleMessage, VIEWPORT } from './browser';
import { structureById } from '../../content';
import { parseNodeName, LAYER_LABELS } from '../../contract';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium-path';

/** Chromium with the harness's flags plus `extra` (e.g. WebGL turned off). */
export function launchWith(extra: readonly string[]): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...extra] });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Console errors/warnings (but the known THREE.Clock one) and page errors, as text. */
  problems: string[];
  /** Every URL requested from the context (pages and workers). */
  requests: string[];
}

/**
 * A fresh context and page that record what the harness records. Use where `useBrowser().open()` cannot be
 * (other launch flags, context options such as service workers blocked).
 */
export async function watchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: VIEWPORT, ...options });
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  const page = await context.newPage();
  const watched: Watched = { context, page, problems: [], requests: [] };
  page.on('console', (msg) => {
    const type = msg.type();
    if ((type === 'error' || type === 'warning') && !isHarmlessConsoleMessage(msg.text())) {
      watched.problems.push(`console.${type}: ${msg.text()}`);
    }
  });
  page.on('pageerror', (err) => watched.problems.push(`pageerror: ${err.message}`));
  context.on('request', (req) => watched.requests.push(req.url()));
  return watched;
}

/** URLs in `requests` that leave `origin` (data: and blob: stay on the page). */
export function offOrigin(requests: readonly string[], origin: string): string[] {
  return requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
}

/** The two promises every page keeps (the harness's after-each checks, for pages we open ourselves). */
export function expectClean(w: Watched, origin: string): void {
  expect(w.problems, 'console errors/warnings or page errors').toEqual([]);
  expect(offOrigin(w.requests, origin), 'requests that left the page origin').toEqual([]);
}

export interface WatchedBrowser {
  /** A fresh watched page (see watchedPage), closed and checked after the test. */
  page(options?: BrowserContextOptions): Promise<Watched>;
  /** For this test only: console or page messages it provokes on purpose, left out of the after-test check. */
  allow(expected: (text: string) => boolean): void;
}

/**
 * Registers one browser for the test file (the harness's flags plus `extra`) and, after each test, closes the
 * pages the test opened and checks they kept their promises (expectClean). Call once at the top of a file.
 */
export function useWatchedBrowser(extra: readonly string[], origin: string): WatchedBrowser {
  let browser: Browser | undefined;
  let open: Watched[] = [];
  let expected: (text: string) => boolean = () => false;
  beforeAll(async () => {
    browser = await launchWith(extra);
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const done = open;
    const allowed = expected;
    open = [];
    expected = () => false;
    await Promise.all(done.map((w) => w.context.close()));
    for (const w of done) expectClean({ ...w, problems: w.problems.filter((p) => !allowed(p)) }, origin);
  });
  return {
    async page(options = {}) {
      if (!browser) throw new Error('browser not launched');
      const w = await watchedPage(browser, options);
      open.push(w);
      return w;
    },
    allow(filter) {
      expected = filter;
    },
  };
}

/**
 * Runs `use` on a fresh watched page (see watchedPage), closes its context whatever happens, then checks the
 * page kept its promises (expectClean). `clean: false` skips that check, for a test that provokes a console
 * error on purpose.
 */
export async function withWatchedPage(
  browser: Browser | undefined,
  origin: string,
  use: (w: Watched) => Promise<void>,
  { clean = true }: { clean?: boolean } = {},
): Promise<void> {
  if (!browser) throw new Error('browser not launched');
  const w = await watchedPage(browser);
  try {
    await use(w);
  } finally {
    await w.context.close();
  }
  if (clean) expectClean(w, origin);
}

/** mulberry32, the app's seeded generator: the same seed gives the same sequence on every machine. */
export { seededRandom as mulberry32 } from '../../src/seeded-random';

/** A tree item of the structure list by its level and its own label (not the labels of its children). */
export function treeItem(scope: Page | Locator, level: 1 | 2 | 3, label: string): Locator {
  const page = 'page' in scope ? scope.page() : scope;
  return scope.locator(`li[role="treeitem"][aria-level="${level}"]`).filter({
    has: page.locator(':scope > .tree-row > span:not([aria-hidden]):not(.muted)', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }),
  });
}

async function expand(item: Locator): Promise<void> {
  if ((await item.getAttribute('aria-expanded')) !== 'true') await item.locator(':scope > .tree-row').click();
}

/**
 * Selects a node by clicking its item in the structure list (opening the layer and structure branches on the
 * way), with or without a canvas. Returns the item.
 */
export async function selectViaTree(page: Page, node: string): Promise<Locator> {
  const parsed = parseNodeName(node);
  const structure = parsed ? structureById(parsed.structure) : undefined;
  if (!parsed || !structure) throw new Error(`no content for ${node}`);
  const tree = page.getByRole('tree', { name: 'Structures' });
  const layer = treeItem(tree, 1, LAYER_LABELS[structure.layer]);
  await expand(layer);
  const branch = treeItem(layer, 2, structure.name);
  let item = branch;
  if (parsed.side !== 'midline') {
    await expand(branch);
    item = treeItem(branch, 3, parsed.side === 'left' ? 'Left' : 'Right');
  }
  await item.locator(':scope > .tree-row').click();
  return item;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
