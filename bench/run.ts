// `npm run bench`: build the app and the baseline, serve both on 127.0.0.1, measure in headless Chromium,
// print a table, write bench/results/latest.json and bench/results/summary.md, exit 1 if a budget is broken.
// Not part of `npm test`: timings belong here, not in assertions.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { build } from 'vite';
import { serveDir } from '../scripts/serve-dist';
import { launch } from './browser';
import { appRun, baselineRun, type AppRun } from './measure';
import { memoryRun } from './memory';
import { budgets, markdown, type Results } from './report';
import { median } from './stats';

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));

async function chromiumVersion(): Promise<string> {
  const browser = await launch();
  const version = `Chromium ${browser.version()}`;
  await browser.close();
  return version;
}

async function main(): Promise<number> {
  // The test build: the bench reads the read-only hook (window.__ube) as the e2e tests do.
  execFileSync('npm', ['run', 'build:test'], { stdio: 'inherit' });
  await build({ configFile: 'bench/baseline/vite.config.ts' });

  const app = await serveDir('dist-test');
  const baseline = await serveDir('dist-baseline');
  try {
    // Warm-up (discarded): the OS file cache and the server's first reads should not land on run 1.
    await baselineRun(baseline.url);
    await appRun(app.url, 'dist-test');

    const apps: AppRun[] = [];
    const bases: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Interleaved, so that drift in machine load hits both sides alike.
      bases.push(await baselineRun(baseline.url));
      apps.push(await appRun(app.url, 'dist-test'));
      console.log(`run ${i + 1}/${RUNS}: app ${apps[i]?.firstFrameMs.toFixed(0)} ms, baseline ${bases[i]?.toFixed(0)} ms`);
    }
    console.log('memory: 200 select/deselect/layer cycles…');
    const memory = await memoryRun(app.url);

    const first = apps[0];
    if (!first) throw new Error('no runs');
    const appSamples = apps.map((r) => r.firstFrameMs);
    const ratioSamples = apps.map((r, i) => r.firstFrameMs / (bases[i] ?? Number.NaN));
    const results: Results = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.versions.node, chromium: await chromiumVersion() },
      runs: RUNS,
      bytes: first.bytes,
      firstFrame: {
        appMs: median(appSamples),
        baselineMs: median(bases),
        ratio: median(ratioSamples),
        appSamples,
        baselineSamples: bases,
        ratioSamples,
      },
      clickToOverlay: { ms: median(apps.map((r) => r.clickToOverlayMs)), samples: apps.map((r) => r.clickToOverlayMs) },
      tapToFindings: { ms: median(apps.map((r) => r.tapToFindingsMs)), samples: apps.map((r) => r.tapToFindingsMs) },
      orbit: { fps: median(apps.map((r) => r.orbitFps)), samples: apps.map((r) => r.orbitFps) },
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
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(2);
  },
);
