// `npm run bench`: build the app and the baseline, serve both on 127.0.0.1, measure in headless Chromium,
// print a table, write bench/results/latest.json and bench/results/summary.md, exit 1 if a budget is broken.
// Not part of `npm test`: timings belong here, not in assertions.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { build } from 'vite';
import { serveDir } from '../scripts/serve-dist';
import { launch } from './browser';
import { lighthouseRun, LIGHTHOUSE, type LighthouseRun } from './lighthouse';
import { appRun, baselineRun, type AppRun, type BaselineRun } from './measure';
import { memoryRun } from './memory';
import { budgets, markdown, type Results } from './report';
import { median } from './stats';

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
/** Lighthouse runs (~15-30 s each); the median of each figure is reported. */
const LIGHTHOUSE_RUNS = Math.max(3, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));
/** BENCH_SKIP_BUILD=1 measures the dist/ and dist-test/ already built (e.g. while the content check fails). */
const SKIP_BUILD = process.env.BENCH_SKIP_BUILD === '1';

async function chromiumVersion(): Promise<string> {
  const browser = await launch();
  const version = `Chromium ${browser.version()}`;
  await browser.close();
  return version;
}

async function main(): Promise<number> {
  if (!SKIP_BUILD) {
    // The test build: the bench reads the read-only hook (window.__ube) as the e2e tests do.
    execFileSync('npm', ['run', 'build:test'], { stdio: 'inherit' });
    // The production build, what patients load: Lighthouse audits it.
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  }
  await build({ configFile: 'bench/baseline/vite.config.ts' });

  const app = await serveDir('dist-test');
  const baseline = await serveDir('dist-baseline');
  // Served with gzip, as any host serves it: Lighthouse's mobile preset models slow 4G on what is sent.
  const production = await serveDir('dist', { gzip: true });
  try {
    // Warm-up (discarded): the OS file cache and the server's first reads should not land on run 1.
    await baselineRun(baseline.url);
    await appRun(app.url, 'dist-test');

    const apps: AppRun[] = [];
    const bases: BaselineRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Interleaved, so that drift in machine load hits both sides alike.
      bases.push(await baselineRun(baseline.url));
      apps.push(await appRun(app.url, 'dist-test'));
      console.log(`run ${i + 1}/${RUNS}: app ${apps[i]?.firstFrameMs.toFixed(0)} ms, baseline ${bases[i]?.firstFrameMs.toFixed(0)} ms; orbit app ${apps[i]?.orbitFps.toFixed(1)} fps, baseline ${bases[i]?.orbitFps.toFixed(1)} fps`);
    }
    const lighthouse: LighthouseRun[] = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      const run = await lighthouseRun(`${production.url}/`);
      lighthouse.push(run);
      console.log(`lighthouse ${i + 1}/${LIGHTHOUSE_RUNS}: performance ${run.performance}, accessibility ${run.accessibility}, best practices ${run.bestPractices}; FCP ${run.fcpMs.toFixed(0)} ms, LCP ${run.lcpMs.toFixed(0)} ms, TBT ${run.tbtMs.toFixed(0)} ms`);
    }
    console.log('memory: 200 select/deselect/layer cycles…');
    const memory = await memoryRun(app.url);

    const first = apps[0];
    if (!first) throw new Error('no runs');
    const appSamples = apps.map((r) => r.firstFrameMs);
    const baseSamples = bases.map((b) => b.firstFrameMs);
    const ratioSamples = apps.map((r, i) => r.firstFrameMs / (bases[i]?.firstFrameMs ?? Number.NaN));
    const orbitSamples = apps.map((r) => r.orbitFps);
    const baseOrbitSamples = bases.map((b) => b.orbitFps);
    const lh = (pick: (r: LighthouseRun) => number): number => median(lighthouse.map(pick));
    const results: Results = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.versions.node, chromium: await chromiumVersion() },
      runs: RUNS,
      bytes: first.bytes,
      firstFrame: {
        appMs: median(appSamples),
        baselineMs: median(baseSamples),
        ratio: median(ratioSamples),
        appSamples,
        baselineSamples: baseSamples,
        ratioSamples,
      },
      clickToOverlay: { ms: median(apps.map((r) => r.clickToOverlayMs)), samples: apps.map((r) => r.clickToOverlayMs) },
      tapToFindings: { ms: median(apps.map((r) => r.tapToFindingsMs)), samples: apps.map((r) => r.tapToFindingsMs) },
      orbit: {
        fps: median(orbitSamples),
        samples: orbitSamples,
        baselineFps: median(baseOrbitSamples),
        baselineSamples: baseOrbitSamples,
        ratio: median(orbitSamples.map((f, i) => f / (baseOrbitSamples[i] ?? Number.NaN))),
      },
      lighthouse: {
        version: LIGHTHOUSE,
        runs: lighthouse.length,
        performance: lh((r) => r.performance),
        accessibility: lh((r) => r.accessibility),
        bestPractices: lh((r) => r.bestPractices),
        fcpMs: lh((r) => r.fcpMs),
        lcpMs: lh((r) => r.lcpMs),
        tbtMs: lh((r) => r.tbtMs),
        cls: lh((r) => r.cls),
        speedIndexMs: lh((r) => r.speedIndexMs),
        samples: lighthouse,
      },
      renderer: first.renderer,
      memory,
      problems: apps.flatMap((r) => r.problems),
    };
    const checks = budgets(results);
    const report = markdown(results, checks);
    console.log(`\n${report}`);
    if (results.problems.length > 0) console.log(`Console/page errors:\n${results.problems.join('\n')}`);
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/latest.json', `${JSON.stringify({ ...results, budgets: checks }, null, 2)}\n`);
    writeFileSync('bench/results/summary.md', report);
    const broken = checks.filter((c) => !c.ok);
    if (broken.length > 0) console.error(`Budgets broken: ${broken.map((c) => c.name).join(', ')}`);
    return broken.length > 0 ? 1 : 0;
  } finally {
    await app.close();
    await baseline.close();
    await production.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(2);
  },
);
