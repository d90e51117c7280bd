// The offline worker (src/pwa/sw-template.js) run in a bare VM context with fake caches and a fake network,
// so the navigation timeout can be tested to the millisecond with fake timers.
import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fillServiceWorker } from '../../build/service-worker-plugin';

const ORIGIN = 'http://127.0.0.1:4173';
const template = readFileSync('src/pwa/sw-template.js', 'utf8');

interface FakeRequest {
  url: string;
  method: string;
  mode: string;
}

/** A network answer the test settles when it likes. */
function pending() {
  let resolve!: (r: Response) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<Response>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

function startWorker(cached: Record<string, string>) {
  const listeners = new Map<string, (event: unknown) => void>();
  const network: { request: FakeRequest; answer: ReturnType<typeof pending> }[] = [];
  const context = createContext({
    self: { location: { origin: ORIGIN }, addEventListener: (type: string, fn: (e: unknown) => void) => listeners.set(type, fn) },
    caches: {
      match: (key: string | FakeRequest) => {
        const url = typeof key === 'string' ? key : new URL(key.url).pathname;
        const body = cached[url];
        return Promise.resolve(body === undefined ? undefined : new Response(body));
      },
    },
    fetch: (request: FakeRequest) => {
      const answer = pending();
      network.push({ request, answer });
      return answer.promise;
    },
    Response,
    URL,
    // Looked up at call time, so vitest's fake timers drive the worker's.
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  });
  runInContext(fillServiceWorker(template, { cacheName: 'ube-test', precache: [['/', 2083]], index: '/' }), context);

  /** Dispatches a fetch event; resolves to what the worker answered, or 'pending' / 'not handled'. */
  function request(path: string, mode: 'navigate' | 'cors' = 'navigate') {
    let answer: Promise<Response> | undefined;
    listeners.get('fetch')?.({
      request: { url: `${ORIGIN}${path}`, method: 'GET', mode },
      respondWith: (p: Promise<Response>) => {
        answer = p;
      },
    });
    let settled: Response | undefined;
    void answer?.then((r) => {
      settled = r;
    });
    return {
      handled: answer !== undefined,
      /** What the page has been answered so far (after letting promise callbacks run). */
      async now(): Promise<Response | 'pending'> {
        await vi.advanceTimersByTimeAsync(0);
        return settled ?? 'pending';
      },
    };
  }
  return { request, network };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('service worker: navigations', () => {
  it('answer from the network when it answers in time (an update shows)', async () => {
    const worker = startWorker({ '/': 'cached page' });
    const nav = worker.request('/?select=trapezius.left');
    await vi.advanceTimersByTimeAsync(2500);
    worker.network[0]?.answer.resolve(new Response('fresh page'));
    const answered = await nav.now();
    expect(answered).not.toBe('pending');
    expect(await (answered as Response).text()).toBe('fresh page');
  });

  it('answer from the cache 3 s after the network hung', async () => {
    const worker = startWorker({ '/': 'cached page' });
    const nav = worker.request('/');
    await vi.advanceTimersByTimeAsync(2999);
    expect(await nav.now()).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    const answered = await nav.now();
    expect(answered).not.toBe('pending');
    expect(await (answered as Response).text()).toBe('cached page');
    // The network answering later changes nothing.
    worker.network[0]?.answer.resolve(new Response('fresh page'));
    expect(await nav.now()).toBe(answered);
  });

  it('keep waiting for a slow network when nothing is cached, rather than fail at the timeout', async () => {
    const worker = startWorker({});
    const nav = worker.request('/');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await nav.now()).toBe('pending');
    worker.network[0]?.answer.resolve(new Response('fresh page'));
    const answered = await nav.now();
    expect(answered).not.toBe('pending');
    expect(await (answered as Response).text()).toBe('fresh page');
  });

  it('answer from the cache at once when the network fails, with the failure when nothing is cached', async () => {
    const offline = startWorker({ '/': 'cached page' });
    const nav = offline.request('/');
    offline.network[0]?.answer.reject(new TypeError('Failed to fetch'));
    const answered = await nav.now();
    expect(answered).not.toBe('pending');
    expect(await (answered as Response).text()).toBe('cached page');

    const nothing = startWorker({});
    const lost = nothing.request('/');
    await vi.advanceTimersByTimeAsync(5000);
    nothing.network[0]?.answer.reject(new TypeError('Failed to fetch'));
    expect(((await lost.now()) as Response).type).toBe('error');
  });
});

describe('service worker: other requests', () => {
  it('hashed assets come from the cache first, without the network', async () => {
    const worker = startWorker({ '/assets/index-abc.js': 'cached code' });
    const asset = worker.request('/assets/index-abc.js', 'cors');
    const answered = await asset.now();
    expect(await (answered as Response).text()).toBe('cached code');
    expect(worker.network).toEqual([]);
  });
});
