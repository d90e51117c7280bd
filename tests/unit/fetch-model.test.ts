import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkGlb, fetchModel, ModelLoadError } from '../../src/scene/fetch-model';

const glb = new Uint8Array(readFileSync('public/models/torso.glb'));

describe('checkGlb', () => {
  it('accepts the committed model', () => {
    expect(checkGlb(glb)).toBeNull();
  });
  it('says a truncated file is incomplete', () => {
    expect(checkGlb(glb.slice(0, glb.byteLength >> 1))).toMatch(/incomplete/);
  });
  it('rejects what is not a GLB', () => {
    expect(checkGlb(new TextEncoder().encode('<html>Not found</html>'))).toMatch(/not a binary glTF/);
    expect(checkGlb(new Uint8Array(4))).toMatch(/too short/);
  });
});

/** Splits `bytes` into chunks of the given sizes (the last size repeats until the end). */
function split(bytes: Uint8Array, sizes: number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  for (let i = 0; offset < bytes.byteLength; i++) {
    const size = sizes[Math.min(i, sizes.length - 1)] ?? bytes.byteLength;
    chunks.push(bytes.slice(offset, offset + size));
    offset += size;
  }
  return chunks;
}

interface Report {
  percent: number;
  /** Bytes the fake body had handed out when the report was made. */
  sent: number;
}

/**
 * Fetches the model from a fake server: a Response whose stream yields `chunks` (the decompressed bytes,
 * as a browser's fetch yields them) with the given headers. Records each progress report.
 */
async function download(chunks: Uint8Array[], headers: Record<string, string>) {
  const reports: Report[] = [];
  let sent = 0;
  let next = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const chunk = chunks[next++];
        if (!chunk) {
          controller.close();
          return;
        }
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    },
    // No read-ahead: a chunk is handed out only when the reader asks, so `sent` is what it has read.
    { highWaterMark: 0 },
  );
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(body, { headers })));
  const bytes = await fetchModel('/models/torso.glb', (percent) => reports.push({ percent, sent }));
  return { bytes, reports, percents: reports.map((r) => r.percent) };
}

function expectWhole(bytes: Uint8Array): void {
  expect(Buffer.from(bytes).equals(glb), 'the bytes that arrived are the model').toBe(true);
}

/** Progress that a person can trust: rising, below 100 until the end, 100 at the end, and following the bytes. */
function expectSensible(reports: Report[], minReports: number) {
  const percents = reports.map((r) => r.percent);
  expect(percents.length).toBeGreaterThanOrEqual(minReports);
  expect(percents.at(-1)).toBe(100);
  for (let i = 1; i < percents.length; i++) expect(percents[i]).toBeGreaterThanOrEqual(percents[i - 1] ?? 0);
  for (const { percent, sent } of reports.slice(0, -1)) {
    expect(percent).toBeLessThanOrEqual(99);
    // Within one point of the share of the file that has arrived.
    expect(Math.abs(percent - Math.min(99, (sent / glb.byteLength) * 100))).toBeLessThanOrEqual(1);
  }
}

describe('fetchModel progress', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const tenths = Math.ceil(glb.byteLength / 10);

  it('plain: follows Content-Length', async () => {
    const { bytes, reports } = await download(split(glb, [tenths]), { 'content-length': String(glb.byteLength) });
    expectWhole(bytes);
    expectSensible(reports, 10);
  });

  it('gzip-encoded: does not divide by the compressed Content-Length', async () => {
    // The header counts the compressed bytes (about half the file); the stream yields the decompressed ones.
    const { bytes, reports } = await download(split(glb, [tenths]), {
      'content-encoding': 'gzip',
      'content-length': String(Math.round(glb.byteLength * 0.48)),
    });
    expectWhole(bytes);
    expectSensible(reports, 10);
    // Half-way through, the bar says about half, not 99.
    expect(reports.find((r) => r.sent >= glb.byteLength / 2)?.percent).toBeLessThan(60);
  });

  it('no Content-Length (chunked, or br): progress from the length the GLB declares', async () => {
    const { bytes, reports } = await download(split(glb, [tenths]), {});
    expectWhole(bytes);
    expectSensible(reports, 10);
  });

  it('chunk boundaries inside the 12-byte header', async () => {
    const { bytes, reports } = await download(split(glb, [1, 3, 5, 2, 4, tenths]), { 'content-encoding': 'br' });
    expectWhole(bytes);
    expectSensible(reports, 10);
    // Nothing is known before byte 12; from the chunk that completes the header on, progress follows.
    expect(reports[0]?.sent).toBe(15);
  });

  it('a wrong plain Content-Length before the header arrives never makes the bar go back', async () => {
    const { percents } = await download(split(glb, [4, tenths]), { 'content-length': '8' });
    for (let i = 1; i < percents.length; i++) expect(percents[i]).toBeGreaterThanOrEqual(percents[i - 1] ?? 0);
    expect(percents.at(-1)).toBe(100);
  });

  it('still rejects a truncated download and a file that is not a GLB', async () => {
    const half = glb.slice(0, glb.byteLength >> 1);
    await expect(download(split(half, [tenths]), { 'content-encoding': 'gzip' })).rejects.toThrow(/incomplete/);
    const html = new TextEncoder().encode('<html>Not found, but served with 200</html>');
    const failure = download(split(html, [5]), { 'content-length': String(html.byteLength) });
    await expect(failure).rejects.toBeInstanceOf(ModelLoadError);
    await expect(download(split(html, [5]), {})).rejects.toThrow(/not a binary glTF/);
  });
});
