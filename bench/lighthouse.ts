// Lighthouse, mobile preset (its default: simulated slow 4G and a 4× slower CPU), on the production build
// (`dist/`) served with gzip from 127.0.0.1, in the system Chromium with the e2e harness's flags.
// Lighthouse comes from npm at a pinned version (12.x: newer majors need Node 22), run through npx so that
// its large dependency tree stays out of the project's lockfile.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium-path';

const run = promisify(execFile);
export const LIGHTHOUSE = 'lighthouse@12.2.3';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /** Main-thread tasks over 50 ms in the (unthrottled) trace: start and duration, ms. */
  longTasks: { startMs: number; durationMs: number }[];
  /** Audits that failed in accessibility or best practices (they cost score). */
  failedAudits: string[];
}

interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode?: string; details?: { items?: unknown[] } }>;
}

export async function lighthouseRun(url: string): Promise<LighthouseRun> {
  const dir = mkdtempSync(join(tmpdir(), 'ube-lh-'));
  const out = join(dir, 'report.json');
  try {
    await run(
      'npx',
      [
        '-y',
        LIGHTHOUSE,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance,accessibility,best-practices',
        `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
    );
    const lhr = JSON.parse(readFileSync(out, 'utf8')) as Lhr;
    const score = (c: string): number => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const num = (a: string): number => lhr.audits[a]?.numericValue ?? Number.NaN;
    const longTasks = ((lhr.audits['long-tasks']?.details?.items ?? []) as { startTime: number; duration: number }[]).map((t) => ({
      startMs: Math.round(t.startTime),
      durationMs: Math.round(t.duration),
    }));
    const failedAudits = ['accessibility', 'best-practices'].flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${c}: ${ref.id}`),
    );
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcpMs: num('first-contentful-paint'),
      lcpMs: num('largest-contentful-paint'),
      tbtMs: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      speedIndexMs: num('speed-index'),
      longTasks,
      failedAudits,
    };
  } finally {
    if (process.env.LH_KEEP) writeFileSync(process.env.LH_KEEP, readFileSync(out));
    rmSync(dir, { recursive: true, force: true });
  }
}
